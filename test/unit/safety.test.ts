/**
 * Static safety checks on the sources and the bundles the extension ships: no network access
 * but the one fetch of the URL import a person asks for,
 * files written only by the decisions store, the exporter and the importer (new files only), server options read from user
 * settings only, hovers never trusted, and an honest untrusted-workspace declaration.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { userValue } from '../../client/src/userSettings';

const ROOT = (() => {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
})();

function sourcesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourcesBelow(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

const SOURCES = [...sourcesBelow(join(ROOT, 'server/src')), ...sourcesBelow(join(ROOT, 'client/src'))].map((f) => ({
  path: relative(ROOT, f),
  text: readFileSync(f, 'utf8'),
}));

/** Modules that reach the network. */
const NETWORK = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'ws'];

/**
 * The one module that may reach the network: it fetches the page a person asks to import from
 * its address ("Import Article from URL…", `triangulate import --url`), with Node's own fetch.
 */
const FETCHER = 'server/src/host/import/fetchPage.ts';

test('no source of the extension imports a network module, and only the URL importer\'s fetcher calls fetch', () => {
  const offenders: string[] = [];
  const fetchers: string[] = [];
  const importRe = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?([\w/.-]+)['"]/g;
  for (const s of SOURCES) {
    for (const m of s.text.matchAll(importRe)) if (NETWORK.includes(m[1])) offenders.push(`${s.path}: ${m[1]}`);
    if (/XMLHttpRequest|new\s+WebSocket\b|\bEventSource\b|\bsendBeacon\b/.test(s.text)) offenders.push(`${s.path}: XMLHttpRequest, WebSocket, EventSource or sendBeacon`);
    if (/\bfetch\s*\(/.test(s.text)) fetchers.push(s.path);
  }
  assert.deepEqual(offenders, []);
  assert.deepEqual(fetchers, [FETCHER]);
  const fetcher = SOURCES.find((s) => s.path === FETCHER)!.text;
  // One call, whose redirects are followed by hand so that each is checked (http or https, no credentials).
  assert.equal([...fetcher.matchAll(/\bfetch\s*\(/g)].length, 1);
  assert.match(fetcher, /redirect: 'manual'/);
  assert.match(fetcher, /const checked = checkPageUrl\(next\)/);
  // The fetcher is called by the importer alone, for a source of kind 'url', which only the
  // command line's --url and the editor's "Import Article from URL…" make.
  const callers = SOURCES.filter((s) => s.path !== FETCHER && /\bfetchPage\s*\(/.test(s.text)).map((s) => s.path);
  assert.deepEqual(callers, ['server/src/host/import/importPages.ts']);
  const urlSources = SOURCES.filter((s) => /kind: 'url'(?: as const)?, url/.test(s.text)).map((s) => s.path).sort();
  assert.deepEqual(urlSources, ['client/src/importCommand.ts', 'server/src/cli/import.ts']);
  // The editor's command takes no argument: the address is always typed by the person.
  const commands = SOURCES.find((s) => s.path === 'client/src/commands.ts')!.text;
  assert.match(commands, /'triangulate\.importFromUrl': \(ctx\) => \(\) => importFromUrl\(ctx\),/);
  // Nothing in the language server reaches the importer (it is the bundles' test below that
  // proves no fetch reaches server.js; this says why).
  assert.deepEqual(SOURCES.filter((s) => s.path.startsWith('server/src/lsp/') && /host\/import/.test(s.text)).map((s) => s.path), []);
});

/**
 * The bundled module (esbuild names each wrapped package file in a `"node_modules/…"(exports)`
 * line, and each of our files in a `// path` comment) that holds the given offset.
 */
function moduleAt(bundle: string, offset: number): string {
  const before = bundle.slice(0, offset);
  const pkg = [...before.matchAll(/^\s*"(node_modules\/[^"]+)"\(/gm)].pop();
  const own = [...before.matchAll(/^\/\/ ((?:server|client)\/src\/\S+|node_modules\/\S+)$/gm)].pop();
  if (!pkg && !own) return '?';
  if (!own || (pkg && (pkg.index ?? 0) > (own.index ?? 0))) return pkg![1];
  return own[1];
}

/**
 * The shipped bundles. The server and the extension's own bundle call no fetch at all; the
 * command line and the importer the extension loads for an import hold the fetcher, and call
 * fetch there only.
 */
const BUNDLES: { bundle: string; fetchIn: string[] }[] = [
  { bundle: 'server/out/server.js', fetchIn: [] },
  { bundle: 'client/out/extension.js', fetchIn: [] },
  { bundle: 'client/out/importer.js', fetchIn: [FETCHER] },
  { bundle: 'out/cli.js', fetchIn: [FETCHER] },
];

for (const { bundle, fetchIn } of BUNDLES) {
  test(`the bundle ${bundle} requires no network module but the JSON-RPC transports' local sockets, and calls ${fetchIn.length ? 'fetch only in the URL importer\'s fetcher' : 'no fetch'}`, () => {
    const path = join(ROOT, bundle);
    assert.ok(existsSync(path), `${bundle} is built (npm run build)`);
    const text = readFileSync(path, 'utf8');
    const found: string[] = [];
    for (const m of text.matchAll(/require\("(?:node:)?([\w/.-]+)"\)/g)) {
      if (!NETWORK.includes(m[1])) continue;
      const where = moduleAt(text, m.index ?? 0);
      // vscode-jsonrpc's pipe and socket transports need `net` for local pipes and 127.0.0.1;
      // the extension starts its server over IPC and the server listens on IPC or stdio.
      if (m[1] === 'net' && where === 'node_modules/vscode-jsonrpc/lib/node/main.js') continue;
      found.push(`${m[1]} in ${where}`);
    }
    assert.deepEqual(found, []);
    assert.ok(!/new XMLHttpRequest|new WebSocket\(|new EventSource\(/.test(text), 'no XMLHttpRequest, WebSocket or EventSource');
    // A call of `fetch` is the network's unless the module it is in defines a function of that
    // name itself (domutils, under linkedom, reads RSS feeds with its own `fetch(tagName, …)`).
    const ownFetch = new Set([...text.matchAll(/\bfunction fetch\s*\(/g)].map((m) => moduleAt(text, m.index ?? 0)));
    const calls = [...text.matchAll(/\bfetch\s*\(/g)].map((m) => moduleAt(text, m.index ?? 0)).filter((where) => !ownFetch.has(where) || where === '?');
    assert.deepEqual([...new Set(calls)], fetchIn, fetchIn.length ? 'fetch only in the fetcher' : 'no fetch');
    // The sockets jsonrpc can open are local only.
    for (const m of text.matchAll(/net_1\.createConnection\)\(([^)]*)\)/g)) assert.match(m[1], /^(pipeName|port, "127\.0\.0\.1")$/);
  });
}

test('only the host layer writes files, and only decisions, exports and new imported articles; nothing writes over an article', () => {
  const writeRe = /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|rename|renameSync|unlink|unlinkSync|rm|rmSync|rmdir|copyFile|copyFileSync|truncate|truncateSync|utimes|utimesSync|chmod|symlink)\s*\(|\bapplyEdit\b|\bWorkspaceEdit\b|\bedit\s*:/g;
  const writers = new Map<string, string[]>();
  for (const s of SOURCES) {
    for (const m of s.text.matchAll(writeRe)) {
      const list = writers.get(s.path) ?? [];
      list.push(m[0]);
      writers.set(s.path, list);
    }
  }
  // Every write goes through the host layer's one atomic, link-refusing writer.
  assert.deepEqual([...writers.keys()].sort(), ['server/src/host/safeFs.ts']);
  // Its callers: the decisions file, `.triangulate/decisions.json`, and the export writer.
  const callers = SOURCES.filter((s) => /\bwriteFileAtomic\s*\(/.test(s.text) && s.path !== 'server/src/host/safeFs.ts').map((s) => s.path);
  assert.deepEqual(callers.sort(), ['server/src/host/decisions.ts', 'server/src/host/export.ts', 'server/src/host/import/importPages.ts']);
  // The importer only creates files: each of its writes refuses a name that is taken.
  const importer = SOURCES.find((s) => s.path === 'server/src/host/import/importPages.ts')!.text;
  const importWrites = [...importer.matchAll(/\bwriteFileAtomic\s*\(([^;]*)\);/g)].map((m) => m[1]);
  assert.ok(importWrites.length > 0 && importWrites.every((args) => /\{ replace: false \}$/.test(args)), importWrites.join('\n'));
  const decisions = SOURCES.find((s) => s.path === 'server/src/host/decisions.ts')!.text;
  assert.match(decisions, /DECISIONS_PATH: readonly string\[\] = \['\.triangulate', 'decisions\.json'\]/);
  // The exporter refuses to write over an article it reads.
  const exporter = SOURCES.find((s) => s.path === 'server/src/host/export.ts')!.text;
  assert.match(exporter, /it is one of the articles being exported/);
});

test('server options are read from user settings only: workspace values are ignored', () => {
  assert.deepEqual(userValue({ defaultValue: [], globalValue: ['--max-old-space-size=4096'], workspaceValue: ['--require=/tmp/x.js'] }), ['--max-old-space-size=4096']);
  assert.deepEqual(userValue({ defaultValue: [], workspaceValue: ['--require=/tmp/x.js'], workspaceFolderValue: ['--inspect'] }), []);
  assert.equal(userValue(undefined), undefined);
  const config = SOURCES.find((s) => s.path === 'client/src/config.ts')!.text;
  assert.match(config, /userValue\(this\.section\.inspect<unknown>\('server\.extraArgs'\)\)/);
  assert.ok(!/get<[^>]*>\('server\.extraArgs'\)/.test(config), 'extraArgs is never read with get(), which merges workspace values');
});

test('the manifest declares limited support for untrusted workspaces, restricting the server options and the file size limit', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual(untrusted.restrictedConfigurations, ['triangulate.server.extraArgs', 'triangulate.maxFileSize']);
  // The one command that reaches the network is declared off in Restricted Mode.
  assert.match(untrusted.description, /Import Article from URL \(the only command that reaches the network\) is off/);
  assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'triangulate.importFromUrl'));
  const setting = manifest.contributes.configuration.properties['triangulate.server.extraArgs'];
  assert.equal(setting.scope, 'machine');
  // No other setting makes the extension run something: every other one is data for the analysis.
  const settings = Object.keys(manifest.contributes.configuration.properties);
  assert.deepEqual(
    settings.filter((k) => /path|command|args|exec|script/i.test(k)),
    ['triangulate.server.extraArgs'],
  );
});

test('hovers and messages from the server are never rendered as trusted Markdown', () => {
  for (const s of SOURCES) {
    assert.ok(!/isTrusted\s*:\s*true|supportHtml\s*:\s*true/.test(s.text), `${s.path} trusts Markdown`);
  }
});
