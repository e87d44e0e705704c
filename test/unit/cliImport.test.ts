/**
 * `triangulate import` as a person runs it: articles written and named on stdout, the header
 * fields a page does not give reported on stderr, nothing ever overwritten, and the imported
 * story checked by `triangulate check`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHeader } from '../../server/src/analysis';
import { FIXTURES } from '../support/fixtures';

// The bundled CLI: out/test/unit/cliImport.test.js → out/cli.js.
const CLI = join(__dirname, '..', '..', 'cli.js');

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function inTemp(body: (dir: string) => void): () => void {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-import-'));
    try {
      cpSync(join(FIXTURES, 'import'), join(dir, 'pages'), { recursive: true });
      body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('import writes one article per page into the story folder, names them on stdout and reports the fields a page lacks', inTemp((dir) => {
  const r = run(dir, 'import', 'pages', '--story', 'bridge');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').sort(), ['bridge/coastal-herald.txt', 'bridge/harbourgazette-example.txt', 'bridge/north-sea-wire.txt', 'bridge/velmora-daily.txt', 'bridge/velmora-ledger.txt']);
  assert.match(r.stderr, /bridge\/harbourgazette-example\.txt: no author \(the page has no <meta name="author">, article:author or JSON-LD author\); left out of the header/);
  assert.match(r.stderr, /bridge\/harbourgazette-example\.txt: outlet: the page names no site/);
  assert.match(r.stderr, /bridge\/velmora-ledger\.txt: the page marks the article as for subscribers/);
  assert.match(r.stderr, /imported 5 articles\n$/);
  // No other field is reported missing: those pages give all five.
  assert.equal((r.stderr.match(/: no \w+ \(/g) ?? []).length, 1);
  const gazette = parseHeader(readFileSync(join(dir, 'bridge', 'harbourgazette-example.txt'), 'utf8'));
  assert.equal(gazette.author, null);
  assert.equal(gazette.date, '2025-03-16');
  // The story the pages make is checked like any other.
  const check = run(dir, 'check', 'bridge');
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /\[quantity-differs\]/);
}));

test('without --story each article is written beside its page', inTemp((dir) => {
  const r = run(dir, 'import', join('pages', 'north-sea-wire.html'));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${join('pages', 'north-sea-wire.txt')}\n`);
}));

test('import never overwrites: an existing article keeps its text, the new one is numbered, and a page imported before is refused', inTemp((dir) => {
  const mine = join(dir, 'pages', 'velmora-daily.txt');
  writeFileSync(mine, 'my notes on the bridge\n');
  const first = run(dir, 'import', join('pages', 'velmora-daily.html'));
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, `${join('pages', 'velmora-daily-2.txt')}\n`);
  assert.equal(readFileSync(mine, 'utf8'), 'my notes on the bridge\n');
  const again = run(dir, 'import', join('pages', 'velmora-daily.html'));
  assert.equal(again.status, 1);
  assert.equal(again.stdout, '');
  assert.match(again.stderr, /not imported: pages\/velmora-daily\.html: it was imported before, as velmora-daily-2\.txt/);
  assert.deepEqual(readdirSync(join(dir, 'pages')).filter((n) => n.startsWith('velmora-daily')).sort(), ['velmora-daily-2.txt', 'velmora-daily.html', 'velmora-daily.txt']);
}));

test('usage errors exit with 2: no page, a missing path, an unknown option; --help exits with 0', inTemp((dir) => {
  const none = run(dir, 'import');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /needs at least one saved page/);
  const missing = run(dir, 'import', 'nowhere.html');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nowhere\.html: no such file or folder/);
  assert.equal(run(dir, 'import', 'pages', '--force').status, 2);
  const help = run(dir, 'import', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: triangulate import/);
  assert.deepEqual(readdirSync(join(dir, 'pages')).filter((n) => n.endsWith('.txt')), []);
}));

test('a page with no article text is reported and exits with 1; the others are imported', inTemp((dir) => {
  writeFileSync(join(dir, 'pages', 'empty.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  const r = run(dir, 'import', 'pages', '--story', 'out-story');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not imported: pages\/empty\.html: no article text was found in it/);
  assert.match(r.stderr, /imported 5 articles, 1 page not imported\n$/);
}));
