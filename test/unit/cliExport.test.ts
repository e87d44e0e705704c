import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDecision, analyzeArticle, headerFindings } from '../../server/src/analysis';

// The bundled CLI: out/test/unit/cliExport.test.js → out/cli.js.
const CLI = join(__dirname, '..', '..', 'cli.js');
let dir = '';

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A BOM, an emoji before a name, CRLF line ends and a quote over two lines, on disk.
const NORTH = '\uFEFFdate 2024-02-30 🎙️ Chancellor Angela Merkel met the press in Berlin on Monday.\r\nMerkel said "the talks\r\nwent well" and 40 people attended.\r\n';
const SOUTH = 'date 2024-02-31 Angela Merkel spoke to reporters in Berlin. Merkel gave no details.\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-export-'));
  mkdirSync(join(dir, 'news', 'summit'), { recursive: true });
  mkdirSync(join(dir, 'news', 'mine'), { recursive: true });
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'news', 'summit', 'north.txt'), NORTH);
  writeFileSync(join(dir, 'news', 'summit', 'south.txt'), SOUTH);
  writeFileSync(join(dir, 'news', 'mine', 'east.txt'), 'Olaf Scholz visited Paris.\n');
  // Someone's own brat annotations, which an export must not overwrite unasked.
  writeFileSync(join(dir, 'news', 'mine', 'east.ann'), 'T1\tPerson 0 11\tOlaf Scholz\n');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Checks that each T line's offsets select its text in the file on disk, counted in code points. */
function assertAnnMatches(annPath: string, txtPath: string): string[] {
  const chars = Array.from(readFileSync(txtPath, 'utf8'));
  const texts: string[] = [];
  for (const line of readFileSync(annPath, 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
    const [, typeAndOffsets, text] = line.split('\t');
    const fragments = typeAndOffsets.slice(typeAndOffsets.indexOf(' ') + 1).split(';').map((f) => f.split(' ').map(Number));
    assert.equal(fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), text, line);
    texts.push(text);
  }
  return texts;
}

test('brat: a .ann beside each article and an annotation.conf, articles untouched, offsets right on disk', () => {
  const r = run(dir, 'export', 'news/summit', '--format', 'brat');
  assert.equal(r.status, 0, r.stderr);
  const folder = join(dir, 'news', 'summit');
  // The record of what the export wrote sits beside its files (see host/export.ts).
  assert.deepEqual(readdirSync(folder).sort(), ['.triangulate-export.json', 'annotation.conf', 'north.ann', 'north.txt', 'south.ann', 'south.txt']);
  assert.equal(readFileSync(join(folder, 'north.txt'), 'utf8'), NORTH);
  assert.equal(readFileSync(join(folder, 'south.txt'), 'utf8'), SOUTH);
  const north = assertAnnMatches(join(folder, 'north.ann'), join(folder, 'north.txt'));
  assert.ok(north.includes('Angela Merkel'), north.join('\n'));
  assertAnnMatches(join(folder, 'south.ann'), join(folder, 'south.txt'));
  assert.match(readFileSync(join(folder, 'annotation.conf'), 'utf8'), /\[entities\]\nPerson\n/);
  // Running again replaces what it wrote.
  assert.equal(run(dir, 'export', 'news/summit', '--format', 'brat').status, 0);
});

test('brat: hand-made annotations are not overwritten without --force', () => {
  const own = join(dir, 'news', 'mine', 'east.ann');
  const r = run(dir, 'export', 'news/mine', '--format', 'brat');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /east\.ann: it exists and was not written by triangulate/);
  assert.equal(readFileSync(own, 'utf8'), 'T1\tPerson 0 11\tOlaf Scholz\n');
  assert.ok(!existsSync(join(dir, 'news', 'mine', 'annotation.conf')), 'nothing is half written');
  assert.equal(run(dir, 'export', 'news/mine', '--format', 'brat', '--force').status, 0);
  assert.notEqual(readFileSync(own, 'utf8'), 'T1\tPerson 0 11\tOlaf Scholz\n');
});

test('brat --out: a collection folder with copies of the texts, keeping the relative folders', () => {
  const out = join(dir, 'brat-out');
  const r = run(dir, 'export', 'news', '--format', 'brat', '--out', out, '--force');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(join(out, 'summit')).sort(), ['.triangulate-export.json', 'annotation.conf', 'north.ann', 'north.txt', 'south.ann', 'south.txt']);
  assert.equal(readFileSync(join(out, 'summit', 'north.txt'), 'utf8'), NORTH);
  assertAnnMatches(join(out, 'summit', 'north.ann'), join(out, 'summit', 'north.txt'));
});

test('webannotation: one file to stdout, a folder to .jsonld files', () => {
  const one = run(dir, 'export', 'news/summit/north.txt', '--format', 'webannotation');
  assert.equal(one.status, 0, one.stderr);
  const coll = JSON.parse(one.stdout);
  assert.equal(coll['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(coll.type, 'AnnotationCollection');
  const text = readFileSync(join(dir, 'news', 'summit', 'north.txt'), 'utf8').replace(/^\uFEFF/, '');
  const chars = Array.from(text);
  for (const a of coll.first.items) {
    assert.match(a.target.source, /^file:\/\/.*\/news\/summit\/north\.txt$/);
    const [quote, pos] = a.target.selector;
    assert.equal(chars.slice(pos.start, pos.end).join(''), quote.exact);
  }
  assert.ok(coll.first.items.some((a: { target: { selector: Array<{ exact?: string }> } }) => a.target.selector[0].exact === 'Angela Merkel'));

  const out = join(dir, 'wa-out');
  const many = run(dir, 'export', 'news/summit', '--format', 'webannotation', '--out', out);
  assert.equal(many.status, 0, many.stderr);
  assert.equal(many.stdout, '');
  assert.deepEqual(readdirSync(out).sort(), ['.triangulate-export.json', 'north.jsonld', 'south.jsonld']);
  assert.equal(JSON.parse(readFileSync(join(out, 'south.jsonld'), 'utf8')).type, 'AnnotationCollection');
});

test('json: the same report as check --format json', () => {
  const exported = run(dir, 'export', 'news/summit', '--format', 'json');
  const checked = run(dir, 'check', 'news/summit', '--format', 'json');
  assert.equal(exported.status, 0, exported.stderr);
  assert.equal(JSON.parse(exported.stdout).version, 2);
  assert.equal(exported.stdout, checked.stdout);
});

test('usage errors exit with status 2 and a message', () => {
  for (const args of [['export', 'news'], ['export', 'news', '--format', 'xml'], ['export', '--format', 'brat'], ['export', 'nothing-here', '--format', 'brat'], ['export', 'news', '--format', 'brat', '--bogus']]) {
    const r = run(dir, ...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /triangulate/, args.join(' '));
  }
  assert.equal(run(dir, 'export', '--help').status, 0);
});

test('check honours .triangulate/decisions.json found above the inputs, and --decisions FILE', () => {
  const findingsOf = (stdout: string) => JSON.parse(stdout).findings.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`);
  const before = run(dir, 'check', 'news/summit', '--format', 'json');
  assert.deepEqual(findingsOf(before.stdout), ['news/summit/north.txt invalid-header', 'news/summit/south.txt invalid-header']);

  // Reconcile the north article's impossible date, as the editor would, with paths from the root.
  const [north] = headerFindings(analyzeArticle(NORTH, { path: 'news/summit/north.txt' }));
  mkdirSync(join(dir, '.triangulate'), { recursive: true });
  writeFileSync(join(dir, '.triangulate', 'decisions.json'), addDecision('', north, 'The print edition had the date wrong.', '2025-12-22'));

  const after = run(dir, 'check', 'news/summit', '--format', 'json');
  assert.deepEqual(findingsOf(after.stdout), ['news/summit/south.txt invalid-header']);
  // Found from the inputs' folder even when the command runs elsewhere.
  const fromElsewhere = run(join(dir, 'elsewhere'), 'check', join(dir, 'news', 'summit'), '--format', 'json');
  assert.equal(JSON.parse(fromElsewhere.stdout).findings.length, 1, fromElsewhere.stdout);
  // An explicit file replaces the search; an unreadable one hides nothing and says why.
  writeFileSync(join(dir, 'elsewhere', 'broken.json'), '{ "version": 1, ');
  const broken = run(dir, 'check', 'news/summit', '--format', 'json', '--decisions', 'elsewhere/broken.json');
  assert.equal(broken.status, 0);
  assert.equal(JSON.parse(broken.stdout).findings.length, 2);
  assert.match(broken.stderr, /broken\.json: The decisions file is not valid JSON/);
  // The json export honours the same decisions.
  assert.equal(JSON.parse(run(dir, 'export', 'news/summit', '--format', 'json').stdout).findings.length, 1);
  rmSync(join(dir, '.triangulate'), { recursive: true, force: true });
});
