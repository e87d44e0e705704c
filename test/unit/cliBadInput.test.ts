/**
 * `triangulate check` on hostile files: each is skipped or read with one clear message, the
 * run finishes in bounded time, and `path:line:col` points where the editor would.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundMs } from '../support/timing';

// The bundled CLI: out/test/unit/cliBadInput.test.js → out/cli.js.
const CLI = join(__dirname, '..', '..', 'cli.js');
let dir = '';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI in the test folder; a run past `timeoutMs` is killed and fails the test. */
function run(args: string[], timeoutMs = 30_000): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  assert.equal(r.error, undefined, `the CLI did not finish within ${timeoutMs} ms`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms };
}

/** The places (`path:line:col`) the text output lists beneath each finding of one rule. */
function locations(out: string, rule: string): string[] {
  const lines = out.split('\n');
  const found: string[] = [];
  lines.forEach((l, i) => {
    if (!l.endsWith(`[${rule}]`)) return;
    for (let j = i + 1; j < lines.length && lines[j].startsWith('  '); j++) found.push(lines[j].trim().split(': ')[0]);
  });
  return found;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-bad-'));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an empty file is checked as an article with nothing in it', () => {
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'blank.txt'), '');
  writeFileSync(join(dir, 'empty', 'bom-only.txt'), '\ufeff');
  const r = run(['check', 'empty']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /checked 2 articles in 1 story: 0 findings/);
});

test('a 20 MB file is skipped with one message naming its size and the limit, within seconds', () => {
  mkdirSync(join(dir, 'huge'));
  const fd = openSync(join(dir, 'huge', 'dump.txt'), 'w');
  const chunk = Buffer.from('Angela Merkel said the talks went well. '.repeat(26_000));
  for (let i = 0; i < 20; i++) writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(join(dir, 'huge', 'small.txt'), 'Angela Merkel said the talks went well.\n');
  const r = run(['check', 'huge'], 20_000);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^triangulate: skipped huge\/dump\.txt: 20,800,000 bytes, over the limit of 2,000,000 \(see --max-file-size\)$/);
  assert.match(r.stdout, /checked 1 article in 1 story/);
  assert.ok(r.ms < boundMs(10_000), `took ${Math.round(r.ms)} ms`);
});

test('binary data and invalid UTF-8 are skipped, each with a clear message; the other files are still checked', () => {
  mkdirSync(join(dir, 'bytes'));
  writeFileSync(join(dir, 'bytes', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  // UTF-16 text with its BOM holds NUL bytes: it is reported as binary rather than misread.
  writeFileSync(join(dir, 'bytes', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Angela Merkel', 'utf16le')]));
  // Valid text for 9 KB, then a stray Latin-1 byte: caught even past the binary sniff.
  writeFileSync(join(dir, 'bytes', 'latin1.txt'), Buffer.concat([Buffer.from('a '.repeat(4600)), Buffer.from([0xe9])]));
  writeFileSync(join(dir, 'bytes', 'truncated.txt'), Buffer.from([0x41, 0x20, 0xf0, 0x9f, 0x98]));
  writeFileSync(join(dir, 'bytes', 'fine.txt'), 'Angela Merkel met Emmanuel Macron.\n');
  const r = run(['check', 'bytes']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped bytes\/image\.txt: binary data, not text/);
  assert.match(r.stderr, /skipped bytes\/utf16\.txt: binary data, not text/);
  assert.match(r.stderr, /skipped bytes\/latin1\.txt: not valid UTF-8 text/);
  assert.match(r.stderr, /skipped bytes\/truncated\.txt: not valid UTF-8 text/);
  assert.equal(r.stderr.trim().split('\n').length, 4, r.stderr);
  assert.match(r.stdout, /checked 1 article in 1 story/);
});

test('BOM, CRLF, lone CR and emoji: path:line:col counts lines as the editor does and columns in UTF-16 units', () => {
  mkdirSync(join(dir, 'fire'));
  // Line 3 (after a lone-CR blank line), after "😀 " (three UTF-16 units) and the words before
  // the figure: column 3 + 34 + 1 = 38.
  writeFileSync(
    join(dir, 'fire', 'north.txt'),
    '\ufeffdate 2025-03-04 Fire in Berlin\r\r😀 Angela Merkel said on Monday that 12 people died in the fire in Berlin.\r',
  );
  // Line 2 with CRLF, after "𝄞 " and the same words: column 3 + 34 + 1 = 38 again.
  writeFileSync(join(dir, 'fire', 'south.txt'), 'date 2025-03-04 Fire in Berlin\r\n𝄞 Angela Merkel said on Monday that 15 people died in the fire in Berlin.\r\n');
  const r = run(['check', 'fire']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(locations(r.stdout, 'quantity-differs').sort(), ['fire/north.txt:3:38', 'fire/south.txt:2:38']);
  assert.match(r.stdout, /^fire\/north\.txt:3:38: warning: .+ \[quantity-differs\]$/m);
  assert.match(r.stdout, /^ {2}fire\/south\.txt:2:38: south: "15 people died"$/m);
  // The impossible header date after a BOM sits at column 6 of line 1.
  writeFileSync(join(dir, 'fire', 'east.txt'), '\ufeffdate 2025-02-30 Fire in Berlin\r\n\r\nAngela Merkel spoke on Monday.\r\n');
  const withDate = run(['check', 'fire']);
  assert.deepEqual(locations(withDate.stdout, 'invalid-header'), ['fire/east.txt:1:6']);
});

test('a front-matter block that never closes is reported on its first line, and the file is still checked', () => {
  mkdirSync(join(dir, 'open'));
  writeFileSync(join(dir, 'open', 'draft.txt'), '---\ntitle: Draft\nAngela Merkel met Emmanuel Macron.\n');
  const r = run(['check', 'open']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(locations(r.stdout, 'invalid-header'), ['open/draft.txt:1:1']);
  assert.match(r.stdout, /never closes/);
});

test('a folder of 10,000 tiny files is checked in bounded time', () => {
  const many = join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 10_000; i++) writeFileSync(join(many, `n${i}.txt`), `Note ${i}: Angela Merkel visited Berlin on Monday.\n`);
  const r = run(['check', 'many'], 60_000);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /checked 10000 articles in 1 story/);
  assert.ok(r.ms < boundMs(30_000), `took ${Math.round(r.ms)} ms`);
});

test('a file that vanished: a missing path is a usage error with a message; a dangling link in a folder is skipped with a message', () => {
  mkdirSync(join(dir, 'gone'));
  writeFileSync(join(dir, 'gone', 'here.txt'), 'Angela Merkel met Emmanuel Macron.\n');
  symlinkSync(join(dir, 'gone', 'deleted-long-ago.txt'), join(dir, 'gone', 'renamed.txt'));
  const missing = run(['check', 'gone/not-there.txt']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^triangulate: gone\/not-there\.txt: no such file or folder$/m);
  const dangling = run(['check', 'gone/renamed.txt']);
  assert.equal(dangling.status, 2);
  assert.match(dangling.stderr, /gone\/renamed\.txt: no such file or folder/);
  const folder = run(['check', 'gone']);
  assert.equal(folder.status, 0, folder.stderr);
  assert.match(folder.stderr, /^triangulate: skipped gone\/renamed\.txt: it disappeared before it could be read$/m);
  assert.match(folder.stdout, /checked 1 article in 1 story/);
});

test('a link to an article in a folder is read like the article', () => {
  mkdirSync(join(dir, 'linked'));
  writeFileSync(join(dir, 'real.txt'), 'date 2025-02-30 Angela Merkel met Emmanuel Macron.\n');
  symlinkSync(join(dir, 'real.txt'), join(dir, 'linked', 'alias.txt'));
  const r = run(['check', 'linked']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(locations(r.stdout, 'invalid-header'), ['linked/alias.txt:1:6']);
});
