import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, buildReport, type Article, type EntityKind, type Mention } from '../../server/src/analysis';

/** An article built by hand with marked names (`[[Name|kind]]`), independent of the extractors. */
function handMade(path: string, marked: string, base: Article): Article {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  const re = /\[\[([^|\]]+)\|(person|organization|place)\]\]/g;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({ start, end: text.length, text: m[1], kind: m[2] as EntityKind, key: m[1].toLowerCase() });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { ...base, path, text, mentions, quotes: [], dates: [], quantities: [], roles: [] };
}

test('re-analysing one article leaves every other Article object identical', () => {
  const corpus = new Corpus();
  const a = corpus.setArticle('story/a.txt', 'First outlet. The minister spoke on Monday.');
  const b = corpus.setArticle('story/b.txt', 'Second outlet. The minister spoke on Tuesday.');
  const c = corpus.setArticle('other/c.txt', 'Another story entirely.');
  const before = corpus.snapshot();
  const a2 = corpus.setArticle('story/a.txt', 'First outlet, edited. The minister spoke on Monday.');
  const after = corpus.snapshot();
  assert.notEqual(a2, a);
  assert.equal(after.article('story/a.txt'), a2);
  assert.equal(after.article('story/b.txt'), b);
  assert.equal(after.article('other/c.txt'), c);
  // The earlier snapshot is immutable: it still shows the article as it was.
  assert.equal(before.article('story/a.txt'), a);
  assert.equal(before.storyOf('story/a.txt')!.articles[0], a);
  assert.equal(after.storyOf('story/a.txt')!.articles[0], a2);
  assert.ok(after.version > before.version);
});

test('setting the same text again does not re-analyse the article', () => {
  const corpus = new Corpus();
  const a = corpus.setArticle('s/a.txt', '\uFEFFSome text.');
  const v = corpus.snapshot().version;
  assert.equal(corpus.setArticle('s/a.txt', 'Some text.'), a);
  assert.equal(corpus.snapshot().version, v);
});

test('a story untouched by an edit is reused, not recomputed; the edited story is recomputed', () => {
  const corpus = new Corpus();
  corpus.setArticle('one/a.txt', 'Alpha.');
  corpus.setArticle('one/b.txt', 'Beta.');
  corpus.setArticle('two/c.txt', 'Gamma.');
  const s1 = corpus.snapshot();
  const one = s1.storyOf('one/a.txt')!;
  const two = s1.storyOf('two/c.txt')!;
  corpus.setArticle('one/b.txt', 'Beta, edited.');
  const s2 = corpus.snapshot();
  assert.equal(s2.storyOf('two/c.txt'), two);
  assert.notEqual(s2.storyOf('one/a.txt'), one);
  // Within one snapshot a story is computed once.
  assert.equal(s2.storyOf('one/a.txt'), s2.storyOf('one/b.txt'));
});

test('stories are folders by default, or the whole workspace', () => {
  const corpus = new Corpus();
  corpus.setArticle('/w/one/a.txt', 'Alpha.');
  corpus.setArticle('/w/one/b.txt', 'Beta.');
  corpus.setArticle('/w/two/c.txt', 'Gamma.');
  let snap = corpus.snapshot();
  assert.deepEqual(snap.stories().map((s) => [s.id, s.articles.map((a) => a.path)]), [
    ['/w/one', ['/w/one/a.txt', '/w/one/b.txt']],
    ['/w/two', ['/w/two/c.txt']],
  ]);
  corpus.configure({ storyScope: 'workspace' });
  snap = corpus.snapshot();
  assert.equal(snap.stories().length, 1);
  assert.deepEqual(snap.storyOf('/w/two/c.txt')!.articles.map((a) => a.path), ['/w/one/a.txt', '/w/one/b.txt', '/w/two/c.txt']);
  corpus.configure({ storyScope: 'folder' });
  assert.equal(corpus.snapshot().stories().length, 2);
});

test('entities are linked within a story only, and removal updates the story', () => {
  const corpus = new Corpus();
  const base = corpus.setArticle('tmp.txt', 'x');
  corpus.removeArticle('tmp.txt');
  corpus.putArticle(handMade('one/a.txt', '[[Yuri Ushakov|person]] spoke.', base));
  corpus.putArticle(handMade('one/b.txt', '[[Yury Ushakov|person]] spoke. [[Ushakov|person]] left.', base));
  corpus.putArticle(handMade('two/c.txt', '[[Yury Ushakov|person]] spoke elsewhere.', base));
  const snap = corpus.snapshot();
  const one = snap.storyOf('one/a.txt')!;
  assert.equal(one.entities.length, 1);
  const id = one.entityOf('one/a.txt', 0)!;
  assert.equal(one.entityOf('one/b.txt', 1), id);
  assert.deepEqual(one.mentionsOf(id).map((m) => m.path), ['one/a.txt', 'one/b.txt', 'one/b.txt']);
  const two = snap.storyOf('two/c.txt')!;
  assert.deepEqual(two.mentionsOf(two.entityOf('two/c.txt', 0)!).map((m) => m.path), ['two/c.txt']);
  assert.equal(one.entityOf('two/c.txt', 0), null);
  corpus.removeArticle('one/b.txt');
  const after = corpus.snapshot();
  assert.deepEqual(after.storyOf('one/a.txt')!.mentionsOf(id).map((m) => m.path), ['one/a.txt']);
  assert.equal(after.article('one/b.txt'), undefined);
  assert.equal(after.storyOf('one/b.txt'), undefined);
  assert.equal(snap.article('one/b.txt')?.path, 'one/b.txt');
});

test('aliases from the options link names in every story', () => {
  const corpus = new Corpus();
  const base = corpus.setArticle('tmp.txt', 'x');
  corpus.removeArticle('tmp.txt');
  corpus.putArticle(handMade('s/a.txt', '[[Lula|person]] spoke.', base));
  corpus.putArticle(handMade('s/b.txt', '[[Luiz Inácio Lula da Silva|person]] spoke.', base));
  assert.equal(corpus.snapshot().storyOf('s/a.txt')!.entities.length, 2);
  corpus.configure({ aliases: [['Lula', 'Luiz Inácio Lula da Silva']] });
  const story = corpus.snapshot().storyOf('s/a.txt')!;
  assert.equal(story.entities.length, 1);
  assert.equal(story.entities[0].name, 'Luiz Inácio Lula da Silva');
});

test('the report follows schema version 2 with entity ids shared across sources', () => {
  const corpus = new Corpus();
  const base = corpus.setArticle('tmp.txt', 'x');
  corpus.removeArticle('tmp.txt');
  const a = handMade('s/a.txt', '[[Yuri Ushakov|person]] said talks were off.', base);
  a.roles = [{ start: 0, end: 4, text: 'Yuri', mention: 0 }];
  a.quotes = [{ start: 20, end: 36, text: 'talks were off', content: { start: 21, end: 35 }, direct: false, verb: null, speaker: { start: 0, end: 12, text: 'Yuri Ushakov', mention: 0 } }];
  a.dates = [{ start: 0, end: 3, text: 'x', value: null, relative: false }];
  a.quantities = [{ start: 0, end: 3, text: 'x', value: 3, unit: 'drone', hedge: 'about', number: { start: 0, end: 1 } }];
  corpus.putArticle(a);
  corpus.putArticle(handMade('s/b.txt', 'Then [[Yury Ushakov|person]] left for [[Moscow|place]].', base));
  const report = buildReport(corpus.snapshot().stories(), { displayPath: (p) => `./${p}` });
  assert.equal(report.version, 2);
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.sources.map((s) => s.path), ['./s/a.txt', './s/b.txt']);
  for (const s of report.sources) {
    assert.deepEqual(Object.keys(s), ['path', 'outlet', 'title', 'date', 'mentions', 'quotes', 'dates', 'quantities', 'roles']);
  }
  const [sa, sb] = report.sources;
  assert.deepEqual(Object.keys(sa.mentions[0]), ['start', 'end', 'text', 'kind', 'entity']);
  assert.equal(sa.mentions[0].entity, sb.mentions[0].entity);
  assert.equal(sa.quotes[0].speaker!.entity, sa.mentions[0].entity);
  assert.deepEqual(Object.keys(sa.quotes[0]), ['start', 'end', 'text', 'content', 'direct', 'speaker']);
  assert.deepEqual(sa.quotes[0].content, { start: 21, end: 35 });
  assert.equal(sa.roles[0].entity, sa.mentions[0].entity);
  assert.deepEqual(sa.quantities[0], { start: 0, end: 3, text: 'x', value: 3, unit: 'drone', hedge: 'about' });
  assert.deepEqual(sa.dates[0], { start: 0, end: 3, text: 'x', value: null });
  assert.deepEqual(report.entities.map((e) => e.kind).sort(), ['person', 'place']);
  const person = report.entities.find((e) => e.kind === 'person')!;
  assert.deepEqual(Object.keys(person), ['id', 'kind', 'name', 'variants']);
  assert.equal(person.id, sa.mentions[0].entity);
  // Findings name the sources by their displayed paths and keep exactly the schema's fields.
  assert.ok(report.findings.length > 0);
  for (const f of report.findings) {
    assert.deepEqual(Object.keys(f), ['rule', 'severity', 'message', 'path', 'start', 'end', 'related']);
    assert.match(f.path, /^\.\/s\/[ab]\.txt$/);
    for (const r of f.related) assert.deepEqual(Object.keys(r), ['path', 'start', 'end', 'message']);
  }
  // The spelling difference between the two sources is reported on both of them.
  assert.deepEqual(report.findings.filter((f) => f.rule === 'name-variant').map((f) => f.path), ['./s/a.txt', './s/b.txt']);
});

test('header problems are reported as findings', () => {
  const corpus = new Corpus();
  corpus.setArticle('s/a.txt', 'date 2025-02-30 Something happened.');
  const report = buildReport(corpus.snapshot().stories());
  const header = corpus.snapshot().article('s/a.txt')!.header;
  assert.ok(header.problems.length >= 1);
  assert.equal(report.findings.length, header.problems.length);
  for (const f of report.findings) {
    assert.equal(f.rule, 'invalid-header');
    assert.deepEqual(Object.keys(f), ['rule', 'severity', 'message', 'path', 'start', 'end', 'related']);
  }
});
