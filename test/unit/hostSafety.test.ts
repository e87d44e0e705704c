/**
 * The host layer's write and read rules on real files in a temporary folder: exports never
 * follow a link, never replace a file they did not write; decisions are appended atomically
 * and in order, and a broken decisions file is an error, never overwritten; a FIFO named on the
 * command line is refused at once; a workspace cannot raise the file size limit without bound.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bratAnnotationConf, headerFindings, analyzeArticle, parseDecisions, type Finding } from '../../server/src/analysis';
import { appendDecision, readDecisionsFile, writeFileAtomic, MAX_MAX_FILE_SIZE } from '../../server/src/host';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { ROOT } from '../support/fixtures';
import { boundMs } from '../support/timing';

// The bundled CLI: out/test/unit/hostSafety.test.js → out/cli.js.
const CLI = join(__dirname, '..', '..', 'cli.js');

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

const NORTH = 'date 2025-03-14 Maria Lindqvist said "we acted fast" on Friday.\n';
const SOUTH = 'date 2025-03-14 Maria Lindquist said "we acted quickly" on Friday.\n';
const SECRET = 'export PATH=/usr/bin\n';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-host-'));
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A story folder with two articles, and a file outside it that an export must never touch. */
function story(name: string): { folder: string; outside: string } {
  const folder = join(dir, name, 'story');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'north.txt'), NORTH);
  writeFileSync(join(folder, 'south.txt'), SOUTH);
  const outside = join(dir, name, 'profile.sh');
  writeFileSync(outside, SECRET);
  return { folder, outside };
}

describe('exports never follow a symbolic link', () => {
  test('brat: a planted .ann link is refused (even with --force), its target untouched; a dangling link creates nothing', () => {
    const { folder, outside } = story('brat-links');
    symlinkSync(outside, join(folder, 'north.ann'));
    symlinkSync(join(dir, 'brat-links', 'created-by-export'), join(folder, 'south.ann'));
    // A conf copied to look like the exporter's own, which used to make its folder "ours".
    writeFileSync(join(folder, 'annotation.conf'), bratAnnotationConf());
    for (const extra of [[], ['--force']]) {
      const r = run(folder, 'export', '.', '--format', 'brat', ...extra);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /north\.ann: it is a symbolic link, which is never followed/);
      assert.match(r.stderr, /south\.ann: it is a symbolic link, which is never followed/);
      assert.equal(readFileSync(outside, 'utf8'), SECRET);
      assert.ok(!existsSync(join(dir, 'brat-links', 'created-by-export')), 'the dangling link created its target');
      assert.ok(lstatSync(join(folder, 'north.ann')).isSymbolicLink());
    }
  });

  test('webannotation: a planted .jsonld link and a linked output folder are refused', () => {
    const { folder, outside } = story('wa-links');
    symlinkSync(outside, join(folder, 'north.jsonld'));
    const r = run(folder, 'export', '.', '--format', 'webannotation');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /north\.jsonld: it is a symbolic link/);
    assert.equal(readFileSync(outside, 'utf8'), SECRET);
    assert.ok(!existsSync(join(folder, 'south.jsonld')), 'a refused export writes nothing');
    // --out holding a link, planted where a story's folder of outputs goes, to a folder elsewhere.
    const elsewhere = join(dir, 'wa-links', 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(join(dir, 'wa-links', 'other'));
    writeFileSync(join(dir, 'wa-links', 'other', 'east.txt'), NORTH);
    const out = join(dir, 'wa-links', 'out');
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'story'));
    rmSync(join(folder, 'north.jsonld'));
    const linked = run(join(dir, 'wa-links'), 'export', 'story', 'other', '--format', 'webannotation', '--out', out);
    assert.equal(linked.status, 1, linked.stderr);
    assert.match(linked.stderr, /story is a symbolic link, which is never followed/);
    assert.deepEqual(readdirSync(elsewhere), []);
  });

  test('a file the export wrote and a person then edited (as brat does) is not replaced; its own files are', () => {
    const { folder } = story('edited');
    assert.equal(run(folder, 'export', '.', '--format', 'brat').status, 0);
    const ann = join(folder, 'north.ann');
    const edited = readFileSync(ann, 'utf8') + 'T99\tPerson 0 4\tdate\n';
    writeFileSync(ann, edited);
    writeFileSync(join(folder, 'north.txt'), NORTH.replace('Friday', 'Thursday'));
    const r = run(folder, 'export', '.', '--format', 'brat');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /north\.ann: it exists and was not written by triangulate, or was edited since/);
    assert.equal(readFileSync(ann, 'utf8'), edited);
    // Untouched files of its own are replaced: remove the edit and export again.
    rmSync(ann);
    assert.equal(run(folder, 'export', '.', '--format', 'brat').status, 0);
    assert.match(readFileSync(ann, 'utf8'), /Thursday/);
    assert.ok(!readdirSync(folder).some((f) => f.endsWith('.tmp')), 'no temporary file is left behind');
  });
});

describe('the decisions file', () => {
  const finding = (text: string, path: string): Finding => headerFindings(analyzeArticle(text, { path }))[0];
  const findings = ['2024-02-30', '2024-02-31', '2023-02-29'].map((date, i) => finding(`date ${date} Text number ${i}.\n`, `/w/a${i}.txt`));

  test('three decisions recorded together are all kept, in a file written whole', async () => {
    const root = join(dir, 'decisions-together');
    mkdirSync(root);
    const results = await Promise.all(findings.map((f, i) => appendDecision(root, f, `note ${i}`, (p) => join(root, p.replace('/w/', '')))));
    for (const r of results) assert.ok('file' in r, JSON.stringify(r));
    const read = await readDecisionsFile(join(root, '.triangulate', 'decisions.json'));
    assert.equal(read.error, null);
    assert.deepEqual(read.decisions.map((d) => d.note).sort(), ['note 0', 'note 1', 'note 2']);
    assert.deepEqual(readdirSync(join(root, '.triangulate')), ['decisions.json']);
  });

  for (const [name, content] of [['empty', ''], ['garbled', '{ "version": 1, "reconciled": [ {"rule": "x", "ke'], ['not UTF-8', '\xff\xfe{}']] as const) {
    test(`${name === 'empty' ? 'an' : 'a'} ${name} decisions file is an error, applies nothing, and is never overwritten`, async () => {
      const root = join(dir, `decisions-${name.replace(/\W/g, '')}`);
      mkdirSync(join(root, '.triangulate'), { recursive: true });
      const file = join(root, '.triangulate', 'decisions.json');
      writeFileSync(file, Buffer.from(content, 'latin1'));
      const read = await readDecisionsFile(file);
      assert.ok(read.error, 'an error is reported');
      assert.match(read.error!, /decisions\.json/);
      assert.deepEqual(read.decisions, []);
      const r = await appendDecision(root, findings[0], 'n', (p) => p);
      assert.ok('error' in r);
      assert.ok(readFileSync(file).equals(Buffer.from(content, 'latin1')), 'the file was changed');
    });
  }

  test('a symlinked .triangulate folder or decisions.json is never written through; nothing is written outside the folder', async () => {
    const root = join(dir, 'decisions-links');
    const elsewhere = join(dir, 'decisions-elsewhere');
    mkdirSync(root);
    mkdirSync(elsewhere);
    const target = join(elsewhere, 'decisions.json');
    writeFileSync(target, '{"version": 1, "reconciled": []}\n');
    symlinkSync(elsewhere, join(root, '.triangulate'));
    const viaFolder = await appendDecision(root, findings[0], 'n', (p) => p);
    assert.ok('error' in viaFolder && /\.triangulate is a symbolic link/.test(viaFolder.error), JSON.stringify(viaFolder));
    assert.equal(readFileSync(target, 'utf8'), '{"version": 1, "reconciled": []}\n');
    assert.deepEqual(readdirSync(elsewhere), ['decisions.json']);

    rmSync(join(root, '.triangulate'));
    mkdirSync(join(root, '.triangulate'));
    symlinkSync(target, join(root, '.triangulate', 'decisions.json'));
    const viaFile = await appendDecision(root, findings[0], 'n', (p) => p);
    assert.ok('error' in viaFile && /symbolic link/.test(viaFile.error), JSON.stringify(viaFile));
    assert.equal(readFileSync(target, 'utf8'), '{"version": 1, "reconciled": []}\n');

    rmSync(join(root, '.triangulate', 'decisions.json'));
    const dangling = join(elsewhere, 'created.json');
    symlinkSync(dangling, join(root, '.triangulate', 'decisions.json'));
    const viaDangling = await appendDecision(root, findings[0], 'n', (p) => p);
    assert.ok('error' in viaDangling, JSON.stringify(viaDangling));
    assert.ok(!existsSync(dangling), 'the dangling link created its target');
  });

  test('the CLI reports an empty decisions file as an error and still shows every finding', () => {
    const root = join(dir, 'decisions-cli');
    mkdirSync(join(root, '.triangulate'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'date 2024-02-30 An impossible date.\n');
    writeFileSync(join(root, '.triangulate', 'decisions.json'), '');
    const r = run(root, 'check', '.', '--format', 'json');
    assert.equal(JSON.parse(r.stdout).findings.length, 1);
    assert.match(r.stderr, /decisions\.json is empty, perhaps because a write was interrupted; no decision was applied/);
    assert.equal(readFileSync(join(root, '.triangulate', 'decisions.json'), 'utf8'), '');
    // A valid empty list is not an error.
    writeFileSync(join(root, '.triangulate', 'decisions.json'), '{"version": 1, "reconciled": []}\n');
    assert.doesNotMatch(run(root, 'check', '.', '--format', 'json').stderr, /decisions/);
    assert.deepEqual(parseDecisions('{"version": 1, "reconciled": []}').problems, []);
  });
});

test('writeFileAtomic replaces a file whole and leaves no temporary file; a refused write leaves the target as it was', async () => {
  const folder = join(dir, 'atomic');
  mkdirSync(folder);
  const file = join(folder, 'sub', 'x.json');
  await writeFileAtomic(folder, file, 'one\n');
  await writeFileAtomic(folder, file, 'two\n');
  assert.equal(readFileSync(file, 'utf8'), 'two\n');
  assert.deepEqual(readdirSync(join(folder, 'sub')), ['x.json']);
  await assert.rejects(writeFileAtomic(folder, join(dir, 'escape.json'), 'x'), /outside/);
  await assert.rejects(writeFileAtomic(folder, `${folder}/sub/../../escape.json`, 'x'), /outside/);
  assert.ok(!existsSync(join(dir, 'escape.json')));
});

test('a FIFO named on the command line is refused at once with a clear message; one in a folder is passed over', { skip: process.platform === 'win32' ? 'no FIFOs on Windows' : false }, () => {
  const folder = join(dir, 'fifo');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), NORTH);
  const fifo = join(folder, 'pipe.txt');
  const made = spawnSync('mkfifo', [fifo]);
  assert.equal(made.status, 0, `mkfifo failed: ${made.stderr}`);
  const named = run(folder, 'check', 'pipe.txt', 'a.txt');
  assert.notEqual(named.status, null, 'the CLI hung on the FIFO');
  assert.ok(named.ms < boundMs(20_000), `took ${named.ms} ms`);
  assert.match(named.stderr, /skipped pipe\.txt: it is a named pipe \(FIFO\), not a regular file/);
  assert.match(named.stdout, /checked 1 article/);
  const walked = run(folder, 'check', '.');
  assert.notEqual(walked.status, null);
  assert.match(walked.stdout, /checked 1 article/);
  if (existsSync('/dev/zero')) {
    const device = run(folder, 'check', '/dev/zero');
    assert.notEqual(device.status, null, 'the CLI hung on a device');
    assert.match(device.stderr, /it is a device, not a regular file/);
  }
});

test('a workspace cannot raise triangulate.maxFileSize without bound', () => {
  const problems: string[] = [];
  assert.equal(normalizeSettings({ maxFileSize: 1e12 }, problems).maxFileSize, MAX_MAX_FILE_SIZE);
  assert.match(problems.join('\n'), /capped at 20,000,000 bytes/);
  assert.equal(normalizeSettings({ maxFileSize: MAX_MAX_FILE_SIZE }).maxFileSize, MAX_MAX_FILE_SIZE);
  assert.equal(normalizeSettings({ maxFileSize: 5_000 }).maxFileSize, 5_000);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.contributes.configuration.properties['triangulate.maxFileSize'].maximum, MAX_MAX_FILE_SIZE);
});
