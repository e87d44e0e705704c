/**
 * The server's side of the host layer, over the protocol, on real files in temporary folders:
 * the command line and the server agree on one fixture folder (articles, reconciled findings,
 * export); the server's export writes only its story, through no link; "Mark as reconciled"
 * keeps every decision sent together, never writes through a link, and reports a broken
 * decisions file instead of overwriting it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { EXPORT_ANNOTATIONS, RECONCILE_COMMAND, STORY_SOURCES, type ExportAnnotationsResult, type StorySource } from '../../server/src/lsp/protocol';
import { ROOT, startServer, uriOf, type TestClient } from './lspClient';
import { FIXTURES } from '../support/fixtures';

const FIXTURE = join(FIXTURES, 'host-story');
const ARTICLES = ['ferry-gazette.txt', 'island-post.txt'];
const CLI = join(ROOT, 'out/cli.js');

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the fixture story in a new temporary folder; returns the story folder. */
function copyFixture(parent: string, withDecisions = true): string {
  const folder = join(parent, 'host-story');
  cpSync(FIXTURE, folder, { recursive: true });
  if (!withDecisions) rmSync(join(folder, '.triangulate'), { recursive: true, force: true });
  return folder;
}

/** A finding as both programs can describe it: file, rule, range in lines and UTF-16 columns, message. */
function describeFinding(file: string, rule: string, range: Diagnostic['range'], message: string): string {
  return `${file} ${rule} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${message}`;
}

function exportRequest(client: TestClient, file: string, format: string): Promise<ExportAnnotationsResult> {
  return client.connection.sendRequest(EXPORT_ANNOTATIONS, { uri: uriOf(file), format }) as Promise<ExportAnnotationsResult>;
}

let tmp = '';
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'triangulate-host-lsp-'));
});
after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the CLI and the server over one fixture folder', () => {
  let client: TestClient;
  let viaCli = '';
  let viaServer = '';

  before(async () => {
    mkdirSync(join(tmp, 'cli'));
    mkdirSync(join(tmp, 'server'));
    viaCli = copyFixture(join(tmp, 'cli'));
    viaServer = copyFixture(join(tmp, 'server'));
    client = await startServer({ folders: [viaServer] });
  });
  after(async () => {
    await client?.stop();
  });

  test('the same articles, the same findings with the reconciled one hidden, the same export', async () => {
    const checked = cli(join(tmp, 'cli'), 'check', 'host-story', '--format', 'json');
    assert.equal(checked.status, 0, checked.stderr);
    const report = JSON.parse(checked.stdout) as { sources: { path: string }[]; findings: { path: string; rule: string; start: number; end: number; message: string }[] };

    const uris = ARTICLES.map((a) => uriOf(join(viaServer, a)));
    const diagnostics = await Promise.all(uris.map((u) => client.waitForDiagnostics(u, (d) => d.length > 0)));
    const sources = (await client.connection.sendRequest(STORY_SOURCES, { uri: uris[0] })) as StorySource[];

    // The same article list.
    assert.deepEqual(report.sources.map((s) => basename(s.path)).sort(), ARTICLES);
    assert.deepEqual(sources.map((s) => basename(decodeURIComponent(s.uri))).sort(), ARTICLES);

    // The same findings, the reconciled name variant hidden by both.
    const texts = new Map(ARTICLES.map((a) => [a, readFileSync(join(FIXTURE, a), 'utf8').replace(/^\uFEFF/, '')]));
    const fromCli = report.findings.map((f) => {
      const file = basename(f.path);
      const index = new LineIndex(texts.get(file)!);
      return describeFinding(file, f.rule, { start: index.positionAt(f.start), end: index.positionAt(f.end) }, f.message);
    });
    const fromServer = diagnostics.flatMap((list, i) => list.map((d) => describeFinding(ARTICLES[i], String(d.code), d.range, d.message)));
    assert.ok(fromCli.length >= 4, fromCli.join('\n'));
    assert.deepEqual(fromServer.sort(), fromCli.sort());
    assert.ok(!fromCli.some((f) => / name-variant /.test(f)), 'the decisions file reconciles the name variant');
    assert.ok(fromCli.some((f) => / quantity-differs /.test(f)) && fromCli.some((f) => / date-differs /.test(f)));

    // The same export, byte for byte (Web Annotation files name their own location, so those
    // are compared with the folder's URI swapped).
    for (const format of ['brat', 'webannotation']) {
      const exported = cli(join(tmp, 'cli'), 'export', 'host-story', '--format', format);
      assert.equal(exported.status, 0, exported.stderr);
      const result = await exportRequest(client, join(viaServer, ARTICLES[0]), format);
      assert.equal(result.ok, true, result.message);
    }
    const names = readdirSync(viaCli).sort();
    assert.deepEqual(readdirSync(viaServer).sort(), names);
    assert.deepEqual(names, ['.triangulate', '.triangulate-export.json', 'annotation.conf', 'ferry-gazette.ann', 'ferry-gazette.jsonld', 'ferry-gazette.txt', 'island-post.ann', 'island-post.jsonld', 'island-post.txt']);
    const cliUri = pathToFileURL(viaCli).href;
    const serverUri = pathToFileURL(viaServer).href;
    for (const name of names.filter((n) => !n.startsWith('.'))) {
      const a = readFileSync(join(viaCli, name), 'utf8');
      const b = readFileSync(join(viaServer, name), 'utf8');
      assert.equal(b.split(serverUri).join(cliUri), a, `${name} differs`);
    }
    // The records of what was written agree too, but for the hashes of the location-bearing files.
    const record = (folder: string) => {
      const files = JSON.parse(readFileSync(join(folder, '.triangulate-export.json'), 'utf8')).files as Record<string, string>;
      return Object.entries(files).map(([name, hash]) => `${name} ${name.endsWith('.jsonld') ? '' : hash}`);
    };
    assert.deepEqual(record(viaServer), record(viaCli));
  });
});

describe("the server's export", () => {
  let client: TestClient;
  let folder = '';
  let outside = '';
  const planted: string[] = [];

  before(async () => {
    const parent = join(tmp, 'export');
    mkdirSync(parent);
    folder = copyFixture(parent, false);
    // Another story in a sub-folder, which exporting this one must leave alone.
    mkdirSync(join(folder, 'other'));
    for (const a of ARTICLES) cpSync(join(FIXTURE, a), join(folder, 'other', a));
    outside = join(parent, 'profile.sh');
    writeFileSync(outside, 'export PATH=/usr/bin\n');
    symlinkSync(outside, join(folder, 'ferry-gazette.ann'));
    symlinkSync(join(parent, 'created-by-export'), join(folder, 'island-post.ann'));
    symlinkSync(outside, join(folder, 'ferry-gazette.jsonld'));
    planted.push('ferry-gazette.ann', 'island-post.ann', 'ferry-gazette.jsonld');
    client = await startServer({ folders: [parent] });
    await client.waitForDiagnostics(uriOf(join(folder, ARTICLES[0])), (d) => d.length > 0);
  });
  after(async () => {
    await client?.stop();
  });

  test('never follows a planted link or creates a dangling link’s target', async () => {
    for (const format of ['brat', 'webannotation']) {
      const result = await exportRequest(client, join(folder, ARTICLES[0]), format);
      assert.equal(result.ok, false, result.message);
      assert.match(result.message, /symbolic link, which is never followed/);
    }
    assert.equal(readFileSync(outside, 'utf8'), 'export PATH=/usr/bin\n');
    assert.ok(!existsSync(join(tmp, 'export', 'created-by-export')));
  });

  test('exports only its own story, never the stories in sub-folders', async () => {
    for (const p of planted) rmSync(join(folder, p));
    const before = readdirSync(join(folder, 'other')).sort();
    const result = await exportRequest(client, join(folder, ARTICLES[0]), 'brat');
    assert.equal(result.ok, true, result.message);
    assert.match(result.message, /Wrote 2 brat annotation files in 1 folder/);
    assert.ok(existsSync(join(folder, 'ferry-gazette.ann')) && existsSync(join(folder, 'island-post.ann')));
    assert.deepEqual(readdirSync(join(folder, 'other')).sort(), before);
  });
});

describe('Mark as reconciled', () => {
  /** The reconcile commands the server offers for an article's diagnostics, one per rule. */
  async function reconcileCommands(client: TestClient, uri: string): Promise<Map<string, unknown[]>> {
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length >= 3);
    const commands = new Map<string, unknown[]>();
    for (const d of diagnostics) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const reconcile = actions.find((a) => a.command?.command === RECONCILE_COMMAND);
      if (reconcile && !commands.has(String(d.code))) commands.set(String(d.code), reconcile.command!.arguments!);
    }
    return commands;
  }
  const execute = (client: TestClient, args: unknown[]) => client.connection.sendRequest('workspace/executeCommand', { command: RECONCILE_COMMAND, arguments: args });

  test('three reconciles sent together are all kept', async () => {
    const parent = join(tmp, 'together');
    mkdirSync(parent);
    const folder = copyFixture(parent, false);
    const client = await startServer({ folders: [folder] });
    try {
      const uri = uriOf(join(folder, ARTICLES[0]));
      const commands = await reconcileCommands(client, uri);
      assert.ok(commands.size >= 3, [...commands.keys()].join(', '));
      const three = [...commands.values()].slice(0, 3);
      const answers = await Promise.all(three.map((args) => execute(client, args)));
      for (const a of answers) assert.ok(a && typeof a === 'object' && 'file' in a, JSON.stringify(a));
      const file = JSON.parse(readFileSync(join(folder, '.triangulate', 'decisions.json'), 'utf8'));
      assert.deepEqual(file.reconciled.map((d: { rule: string }) => d.rule).sort(), [...commands.keys()].slice(0, 3).sort());
      assert.deepEqual(readdirSync(join(folder, '.triangulate')), ['decisions.json'], 'no temporary file is left');
    } finally {
      await client.stop();
    }
  });

  for (const [name, content] of [['empty', ''], ['garbled', '{"version": 1, "reconciled": [{"rule": "name-var']] as const) {
    test(`${name === 'empty' ? 'an' : 'a'} ${name} decisions file is shown as an error and never overwritten`, async () => {
      const parent = join(tmp, `broken-${name}`);
      mkdirSync(parent);
      const folder = copyFixture(parent);
      const file = join(folder, '.triangulate', 'decisions.json');
      writeFileSync(file, content);
      const client = await startServer({ folders: [folder] });
      try {
        const uri = uriOf(join(folder, ARTICLES[0]));
        // Nothing is hidden: the name variant the file meant to reconcile is shown.
        const commands = await reconcileCommands(client, uri);
        assert.ok(commands.has('name-variant'));
        assert.ok(client.messages.some((m) => m.type === 1 && /decisions\.json/.test(m.message)), JSON.stringify(client.messages));
        const answer = await execute(client, commands.get('date-differs')!);
        assert.equal(answer, null);
        assert.ok(client.messages.some((m) => m.type === 1 && /could not record the decision/.test(m.message)), JSON.stringify(client.messages));
        assert.equal(readFileSync(file, 'utf8'), content);
      } finally {
        await client.stop();
      }
    });
  }

  test('a symlinked .triangulate is never written through, nor anything outside the workspace folder', async () => {
    const parent = join(tmp, 'linked');
    mkdirSync(parent);
    const folder = copyFixture(parent, false);
    const elsewhere = join(parent, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'decisions.json'), '{"version": 1, "reconciled": []}\n');
    symlinkSync(elsewhere, join(folder, '.triangulate'));
    const client = await startServer({ folders: [folder] });
    try {
      const uri = uriOf(join(folder, ARTICLES[0]));
      const commands = await reconcileCommands(client, uri);
      const answer = await execute(client, commands.get('date-differs')!);
      assert.equal(answer, null);
      assert.ok(client.messages.some((m) => m.type === 1 && /symbolic link/.test(m.message)), JSON.stringify(client.messages));
      assert.equal(readFileSync(join(elsewhere, 'decisions.json'), 'utf8'), '{"version": 1, "reconciled": []}\n');
      assert.deepEqual(readdirSync(elsewhere), ['decisions.json']);
    } finally {
      await client.stop();
    }
  });
});
