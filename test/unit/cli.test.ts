import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '../../server/src/analysis';

// The bundled CLI: out/test/unit/cli.test.js → out/cli.js.
const CLI = join(__dirname, '..', '..', 'cli.js');
let dir = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-'));
  mkdirSync(join(dir, 'summit'));
  mkdirSync(join(dir, 'other'));
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  // A BOM and an impossible header date: the finding must sit on the date, counted without the BOM.
  writeFileSync(join(dir, 'summit', 'north-post.txt'), '\uFEFFdate 2024-02-30 Chancellor Angela Merkel met the press in Berlin on Monday.\r\nMerkel said the talks went well.\r\n');
  writeFileSync(join(dir, 'summit', 'south-daily.article'), 'date 2024-03-04 Angela Merkel spoke to reporters in Berlin. Merkel gave no details.\n');
  writeFileSync(join(dir, 'other', 'notes.txt'), 'A short note about the weather in Lisbon.\n');
  writeFileSync(join(dir, 'other', 'ignored.md'), 'Not an article.\n');
  writeFileSync(join(dir, 'other', 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'other', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
  writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.txt'), 'date 2024-02-31 Should never be read.\n');
  writeFileSync(join(dir, '.hidden', 'secret.txt'), 'date 2024-02-31 Should never be read.\n');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('text output: compiler-style lines with paths relative to the working folder, and a summary per story', () => {
  const r = run('check', '.');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  const finding = lines.find((l) => l.startsWith('summit/north-post.txt:'));
  assert.ok(finding, r.stdout);
  // "date 2024-02-30": the date starts at column 6 of line 1 once the BOM is removed.
  assert.match(finding!, /^summit\/north-post\.txt:1:6: warning: .+ \[invalid-header\]$/);
  for (const l of lines.filter((x) => /^[^ ].*:\d+:\d+: /.test(x))) assert.match(l, /^[^:]+:\d+:\d+: (error|warning|information|hint): .+ \[[a-z-]+\]$/);
  assert.ok(lines.some((l) => /^story summit: 2 sources, 1 person, /.test(l)), r.stdout);
  assert.ok(lines.some((l) => /^story other: 1 source, /.test(l)), r.stdout);
  assert.match(r.stdout, /checked 3 articles in 2 stories/);
  assert.doesNotMatch(r.stdout, /node_modules|\.hidden|ignored\.md/);
});

test('binary and invalid UTF-8 files are skipped with a clear message on stderr; so are files over the size limit', () => {
  const r = run('check', 'other');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /skipped other\/binary\.txt: binary data/);
  assert.match(r.stderr, /skipped other\/latin1\.txt: not valid UTF-8/);
  const small = run('check', '--max-file-size', '50', 'summit');
  assert.equal(small.status, 0);
  assert.match(small.stderr, /skipped summit\/north-post\.txt: \d+ bytes, over the limit of 50/);
  assert.match(small.stdout, /checked 0 articles/);
});

test('json output follows schema version 2, with entity ids shared across the sources', () => {
  const r = run('check', 'summit', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 2);
  assert.deepEqual(Object.keys(report), ['version', 'sources', 'entities', 'findings', 'problems']);
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.sources.map((s: { path: string }) => s.path), ['summit/north-post.txt', 'summit/south-daily.article']);
  for (const s of report.sources) {
    assert.deepEqual(Object.keys(s), ['path', 'outlet', 'title', 'date', 'mentions', 'quotes', 'dates', 'quantities', 'roles']);
    for (const m of s.mentions) assert.deepEqual(Object.keys(m), ['start', 'end', 'text', 'kind', 'entity']);
  }
  assert.equal(report.sources[1].date, '2024-03-04');
  assert.equal(report.sources[0].date, null);
  const merkel = report.sources.map((s: { mentions: Array<{ text: string; entity: string }> }) => s.mentions.filter((m) => /Merkel/.test(m.text)).map((m) => m.entity));
  assert.ok(merkel[0].length >= 2 && merkel[1].length >= 2, JSON.stringify(merkel));
  assert.equal(new Set([...merkel[0], ...merkel[1]]).size, 1);
  const entity = report.entities.find((e: { id: string }) => e.id === merkel[0][0]);
  assert.deepEqual(entity, { id: 'person:angela-merkel', kind: 'person', name: 'Angela Merkel', variants: entity.variants });
  const f = report.findings.find((x: { rule: string }) => x.rule === 'invalid-header');
  assert.deepEqual(Object.keys(f), ['rule', 'severity', 'message', 'path', 'start', 'end', 'related']);
  assert.equal(f.path, 'summit/north-post.txt');
  assert.equal(f.start, 5);
});

test('sarif output has the tool, its rules, and results with regions in 1-based UTF-16 columns', () => {
  const r = run('check', 'summit', '--format=sarif');
  assert.equal(r.status, 0, r.stderr);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  const runObj = sarif.runs[0];
  assert.equal(runObj.tool.driver.name, 'Triangulate');
  assert.ok(runObj.tool.driver.rules.some((x: { id: string; shortDescription: { text: string } }) => x.id === 'invalid-header' && x.shortDescription.text));
  assert.equal(runObj.columnKind, 'utf16CodeUnits');
  const result = runObj.results.find((x: { ruleId: string }) => x.ruleId === 'invalid-header');
  assert.ok(result);
  assert.equal(result.level, 'warning');
  assert.equal(typeof result.message.text, 'string');
  assert.equal(runObj.tool.driver.rules[result.ruleIndex].id, 'invalid-header');
  const loc = result.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'summit/north-post.txt');
  assert.equal(loc.artifactLocation.uriBaseId, 'SRCROOT');
  assert.match(runObj.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
  assert.deepEqual(loc.region, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 16, charOffset: 5, charLength: 10 });
  for (const res of runObj.results) {
    for (const rel of res.relatedLocations ?? []) {
      assert.ok(rel.physicalLocation.region.startLine >= 1);
      assert.equal(typeof rel.message.text, 'string');
    }
  }
});

test('story scope workspace compares every article as one story', () => {
  const r = run('check', '.', '--story-scope', 'workspace');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /checked 3 articles in 1 story/);
});

test('usage errors exit with 2; --help exits with 0', () => {
  assert.equal(run().status, 2);
  assert.equal(run('check').status, 2);
  assert.equal(run('check', '.', '--format', 'xml').status, 2);
  assert.equal(run('check', '.', '--bogus').status, 2);
  const missing = run('check', 'no-such-folder');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such-folder: no such file or folder/);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: triangulate check/);
});

test('findings reconciled in .triangulate/decisions.json are not reported', () => {
  const before = JSON.parse(run('check', 'summit', '--format', 'json').stdout);
  const header = before.findings.find((f: { rule: string }) => f.rule === 'invalid-header');
  assert.ok(header);
  const decisions = {
    version: 1,
    reconciled: [{ rule: 'invalid-header', key: fingerprint({ rule: header.rule, message: header.message }), paths: ['summit/north-post.txt'], note: 'Checked with the outlet.', date: '2025-01-01' }],
  };
  mkdirSync(join(dir, '.triangulate'), { recursive: true });
  writeFileSync(join(dir, '.triangulate', 'decisions.json'), JSON.stringify(decisions));
  try {
    const after = JSON.parse(run('check', 'summit', '--format', 'json').stdout);
    assert.equal(after.findings.filter((f: { rule: string }) => f.rule === 'invalid-header').length, 0);
    assert.equal(after.findings.length, before.findings.length - 1);
    const text = run('check', 'summit');
    assert.doesNotMatch(text.stdout, /\[invalid-header\]/);
  } finally {
    rmSync(join(dir, '.triangulate'), { recursive: true, force: true });
  }
});
