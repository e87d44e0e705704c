/**
 * The analysis core stays pure: no file in `server/src/analysis/` may import the editor API,
 * the language-server packages, or Node's file system, path or process modules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FORBIDDEN = /^(node:)?(fs|fs\/promises|path|process|child_process)$|^vscode$|^vscode-languageserver|^vscode-languageclient|^vscode-jsonrpc/;

function root(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'server/src/analysis'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|js|mjs|cjs)$/.test(name)) out.push(full);
  }
  return out;
}

/** Every module specifier a file imports, requires or re-exports. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]);
  return found;
}

test('the import scanner sees every form of import', () => {
  const sample = `import * as fs from 'fs';\nimport 'node:path';\nconst p = require("process");\nexport { x } from 'vscode-languageserver/node';\nconst v = await import('vscode');`;
  assert.deepEqual(importsOf(sample).filter((s) => FORBIDDEN.test(s)).sort(), ['fs', 'node:path', 'process', 'vscode', 'vscode-languageserver/node']);
});

test('no file of the analysis core imports the editor, the protocol, fs, path or process', () => {
  const dir = join(root(), 'server/src/analysis');
  const files = sources(dir);
  assert.ok(files.length > 5, `expected the core's sources under ${dir}`);
  const offences: string[] = [];
  for (const file of files) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) if (FORBIDDEN.test(spec)) offences.push(`${file.slice(dir.length + 1)} imports ${spec}`);
  }
  assert.deepEqual(offences, []);
});

test('only the protocol layer imports the language-server packages, and only convert turns offsets into positions', () => {
  const server = join(root(), 'server/src');
  const offences: string[] = [];
  for (const file of sources(server)) {
    const rel = file.slice(server.length + 1).split(/[\\/]/).join('/');
    const text = readFileSync(file, 'utf8');
    const inLsp = rel.startsWith('lsp/') || rel === 'server.ts';
    if (!inLsp && importsOf(text).some((s) => /^vscode-languageserver/.test(s))) offences.push(`${rel} imports the protocol`);
    if (rel.startsWith('lsp/') && rel !== 'lsp/convert.ts' && /\.(positionAt|offsetAt)\(|lineStarts/.test(text)) offences.push(`${rel} converts positions itself`);
  }
  assert.deepEqual(offences, []);
});

/** The layer (first folder below `server/src`) a relative import of `file` lands in, or null for a package. */
function layerOf(file: string, spec: string, server: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = resolve(file, '..', spec);
  const rel = target.slice(server.length + 1).split(/[\\/]/);
  return target.startsWith(server + '/') || target.startsWith(server + '\\') ? (rel.length > 1 ? rel[0] : rel[0].replace(/\.(ts|js)$/, '')) : '(outside server/src)';
}

test('layers import only downwards: lsp never imports cli, host imports neither, the core imports none of them', () => {
  const server = join(root(), 'server/src');
  const forbidden: Record<string, string[]> = { lsp: ['cli'], host: ['lsp', 'cli', 'server'], cli: ['lsp', 'server'], analysis: ['host', 'lsp', 'cli', 'server'] };
  const offences: string[] = [];
  for (const file of sources(server)) {
    const rel = file.slice(server.length + 1).split(/[\\/]/).join('/');
    const layer = rel.split('/')[0];
    const banned = forbidden[layer];
    if (!banned) continue;
    const text = readFileSync(file, 'utf8');
    for (const spec of importsOf(text)) {
      const target = layerOf(file, spec, server);
      if (target && banned.includes(target)) offences.push(`${rel} imports ${spec} (${target}/)`);
      if (layer === 'host' && /^vscode/.test(spec)) offences.push(`${rel} imports ${spec}`);
    }
  }
  assert.deepEqual(offences, []);
  // The scan sees what it must: an import of cli/ from lsp/ is an offence.
  assert.equal(layerOf(join(server, 'lsp', 'wire.ts'), '../cli/export', server), 'cli');
});
