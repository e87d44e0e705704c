/**
 * A figure typed over in one article of a story, then restored: the story's findings must be what
 * a fresh comparison of the same texts finds, findings the edit did not change stay the same
 * objects (so the server neither converts nor sends them again), and every file's published
 * diagnostics are those a fresh publication would send, including the places other articles'
 * findings point at in the edited one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { Corpus, type Finding, type Rule } from '../../server/src/analysis';
import { keepEqualFindings } from '../../server/src/analysis/corpus/corpus';
import { articleDiagnostics } from '../../server/src/lsp/handlers/diagnostics';
import { publisherOver } from '../support/publisher';

// Invented articles of one story: a cost two of them agree on, a head count, a name spelled two ways.
const TEXTS: Record<string, string> = {
  's/a.txt': 'Harbour plan approved\n\nThe new harbour bridge will cost 80 million euros, Mayor Anna Berg said on Monday. Work starts in May.\nBerg said 40 workers would be hired.\n',
  's/b.txt': 'Council backs bridge\n\nThe new harbour bridge will cost 95 million euros, Mayor Anna Berg said on Monday. Work starts in May.\nBerg said 40 workers would be hired.\n',
  's/c.txt': 'Bridge gets green light\n\nThe new harbour bridge will cost 80 million euros, Mayor Ana Berg said on Monday. Work starts in May.\nBerg said 45 workers would be hired.\n',
};

function corpusOf(texts: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [path, text] of Object.entries(texts)) corpus.setArticle(path, text);
  return corpus;
}

function freshFindings(texts: Record<string, string>): Finding[] {
  return corpusOf(texts).snapshot().storyOf('s/a.txt')!.findings;
}

/** A digit of `path`'s text at the first `figure` typed over with `digit`. */
function typedOver(texts: Record<string, string>, path: string, figure: string, digit: string): Record<string, string> {
  const text = texts[path];
  const at = text.indexOf(figure);
  assert.ok(at >= 0);
  return { ...texts, [path]: text.slice(0, at) + digit + text.slice(at + 1) };
}

test('a figure typed over, then restored: the findings are a fresh comparison\'s, and those it left alone are kept', () => {
  const corpus = corpusOf(TEXTS);
  const before = corpus.snapshot().storyOf('s/a.txt')!.findings;
  assert.ok(before.some((f) => f.rule === 'quantity-differs' && f.message.includes('95 million')));
  const edited = typedOver(TEXTS, 's/b.txt', '95 million', '8');
  corpus.setArticle('s/b.txt', edited['s/b.txt']);
  const after = corpus.snapshot().storyOf('s/a.txt')!.findings;
  assert.deepEqual(after, freshFindings(edited));
  assert.ok(!after.some((f) => f.message.includes('95 million')));
  // The head count and the spelling were compared again and found alike: the same objects.
  const untouched = before.filter((f) => f.path !== 's/b.txt' && !f.message.includes('million'));
  assert.ok(untouched.length >= 2);
  for (const f of untouched) assert.ok(after.includes(f), `${f.rule} on ${f.path} kept`);
  // Restored: the findings of the first text again.
  corpus.setArticle('s/b.txt', TEXTS['s/b.txt']);
  const restored = corpus.snapshot().storyOf('s/a.txt')!.findings;
  assert.deepEqual(restored, before);
  assert.deepEqual(restored, freshFindings(TEXTS));
});

test('findings found again are taken from the earlier list only when equal in every field', () => {
  const f = (start: number, message: string, data?: Record<string, unknown>): Finding => ({ rule: 'r', severity: 'warning', message, path: 'p', start, end: start + 2, related: [], ...(data ? { data } : {}) });
  const old = [f(1, 'x'), f(5, 'y', { values: [1, { a: 2 }] }), f(5, 'z'), f(9, 'w')];
  const next = [f(1, 'x'), f(5, 'z'), f(5, 'y', { values: [1, { a: 3 }] }), f(7, 'w'), f(9, 'w', { more: 1 })];
  const kept = keepEqualFindings([...next], old);
  assert.equal(kept[0], old[0]);
  assert.equal(kept[1], old[2], 'the equal one of two at one place');
  assert.notEqual(kept[2], old[1], 'different data');
  assert.deepEqual(kept[2], next[2]);
  assert.notEqual(kept[4], old[3], 'a field more');
  assert.deepEqual(kept, next);
});

/** A publisher over a corpus, with the last diagnostics it sent per file and how many files it sent. */
function recordingPublisher(corpus: Corpus) {
  const { publisher, sent: published } = publisherOver(corpus);
  const sent = () => new Map(published.map((p) => [p.uri, p.diagnostics]));
  return { publisher, sent, sends: () => published.length };
}

/** Each file's diagnostics as a server that never saw the earlier texts publishes them. */
function freshDiagnostics(texts: Record<string, string>): Map<string, Diagnostic[]> {
  const snapshot = corpusOf(texts).snapshot();
  const story = snapshot.storyOf('s/a.txt');
  return new Map(snapshot.paths().map((p) => [p, articleDiagnostics(snapshot, story, snapshot.article(p)!, (k) => k, true)]));
}

test('after each edit every file shows what a fresh publication shows, and unchanged files are not sent', () => {
  const corpus = corpusOf(TEXTS);
  const { publisher, sent, sends } = recordingPublisher(corpus);
  publisher.setRelatedSupport(true);
  publisher.scheduleAll(true);
  publisher.publishNow();
  assert.deepEqual(sent(), freshDiagnostics(TEXTS));
  let texts = TEXTS;
  const edit = (next: Record<string, string>, path: string) => {
    texts = next;
    corpus.setArticle(path, texts[path]);
    publisher.schedule([path], true);
    const from = sends();
    publisher.publishNow();
    assert.deepEqual(sent(), freshDiagnostics(texts));
    return sends() - from;
  };
  // A figure typed over changes what every source is told of the cost.
  assert.equal(edit(typedOver(texts, 's/b.txt', '95 million', '8'), 's/b.txt'), 3);
  // The head count in one article typed over: "45" against "40" and "40" is still a difference
  // the others are told of, in the same words where only the figure on the article changed.
  edit(typedOver(texts, 's/c.txt', '45 workers', '3'), 's/c.txt');
  // Restored: as at first, and a file whose diagnostics are as last sent is not sent again.
  edit({ ...texts, 's/b.txt': TEXTS['s/b.txt'] }, 's/b.txt');
  edit({ ...texts, 's/c.txt': TEXTS['s/c.txt'] }, 's/c.txt');
  assert.equal(edit({ ...texts }, 's/a.txt'), 0);
  // A space before the head count becomes a line break (the same length): the other sources'
  // findings point at the figure, which is now on another line.
  const c = texts['s/c.txt'];
  const space = c.indexOf(' said 40 workers') >= 0 ? c.indexOf(' said 40 workers') : c.indexOf(' said 45 workers');
  assert.ok(space > 0);
  edit({ ...texts, 's/c.txt': `${c.slice(0, space)}\n${c.slice(space + 1)}` }, 's/c.txt');
  const related = (sent().get('s/a.txt') ?? []).flatMap((d) => d.relatedInformation ?? []).filter((r) => r.location.uri === 's/c.txt');
  assert.ok(related.some((r) => r.location.range.start.line === 4), 'a related place on the new line');
});

/**
 * A rule of the test's own: one finding on every article, whose data lists more values than a
 * diagnostic carries. The digit `s/a.txt` gives decides the order of the values past those sent
 * (even: reversed), and a 9 changes the first value, which is sent.
 */
const LONG_LIST: Rule = {
  id: 'long-list',
  description: 'A finding whose data lists more values than a diagnostic carries.',
  defaultSeverity: 'information',
  enabledByDefault: true,
  check(ctx) {
    const digit = /\d/.exec(ctx.article('s/a.txt')?.text ?? '')?.[0] ?? '0';
    const head = Array.from({ length: 20 }, (_, i) => (i === 0 && digit === '9' ? 'nine' : `value ${i}`));
    const tail = ['x', 'y', 'z'];
    if (Number(digit) % 2 === 0) tail.reverse();
    const items = ctx.articles.map((a) => ({ path: a.path, outlet: a.outlet, span: { start: 0, end: 7 }, wording: a.text.slice(0, 7) }));
    return [{ items, message: 'Every source lists the values.', data: { values: [...head, ...tail] } }];
  },
};

test('a finding found again with its data reordered past what a diagnostic carries is not converted again', () => {
  const options = { ruleSet: [LONG_LIST] };
  const corpus = new Corpus(options);
  for (const [path, text] of Object.entries(TEXTS)) corpus.setArticle(path, text);
  // A file converted asks for its own URI and those of the articles its related places are in.
  let uris = 0;
  const { publisher, sent: published } = publisherOver(corpus, (key) => (uris++, key));
  const sent = () => new Map(published.map((p) => [p.uri, p.diagnostics]));
  publisher.setRelatedSupport(true);
  publisher.scheduleAll(true);
  publisher.publishNow();
  const fresh = (texts: Record<string, string>) => {
    const c = new Corpus(options);
    for (const [path, text] of Object.entries(texts)) c.setArticle(path, text);
    const snapshot = c.snapshot();
    const story = snapshot.storyOf('s/a.txt');
    return new Map(snapshot.paths().map((p) => [p, articleDiagnostics(snapshot, story, snapshot.article(p)!, (k) => k, true)]));
  };
  let texts = TEXTS;
  const edit = (digit: string) => {
    texts = typedOver(texts, 's/a.txt', texts['s/a.txt'].match(/\d+ million/)![0], digit);
    corpus.setArticle('s/a.txt', texts['s/a.txt']);
    publisher.schedule(['s/a.txt'], true);
    uris = 0;
    const from = published.length;
    publisher.publishNow();
    assert.deepEqual(sent(), fresh(texts));
    return { converted: uris / 3, sent: published.length - from, findings: corpus.snapshot().storyOf('s/a.txt')!.findings };
  };
  const before = corpus.snapshot().storyOf('s/a.txt')!.findings;
  // 80 → 70: the values past the twentieth change order. Only the edited article is converted
  // again (its text changed), and nothing it shows changed: nothing is sent.
  const reordered = edit('7');
  assert.ok(reordered.findings.every((f) => !before.includes(f)), 'new findings, unequal to the earlier ones');
  assert.deepEqual([reordered.converted, reordered.sent], [1, 0]);
  const back = edit('6');
  assert.deepEqual([back.converted, back.sent], [1, 0]);
  // A 9 changes the first value, which every diagnostic carries: every file is sent.
  const first = edit('9');
  assert.deepEqual([first.converted, first.sent], [3, 3]);
  const again = edit('8');
  assert.deepEqual([again.converted, again.sent], [3, 3]);
});
