/**
 * Every run-time dependency is used: a package in `dependencies` that no source imports only
 * adds to the install, to the audit surface and to what a reader must understand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures';

/** The TypeScript sources below `dir`. */
function sourcesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'out' && entry.name !== 'node_modules') out.push(...sourcesBelow(full));
    } else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** The packages a source imports or requires (`pkg` for `pkg/sub` and `@scope/pkg/sub`). */
function packagesOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)'([^'.][^']*)'/gm)) {
    const parts = m[1].split('/');
    out.push(m[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return out;
}

test('the import scan sees static imports, requires and subpaths', () => {
  assert.deepEqual(packagesOf(`import winkNLP from 'wink-nlp';\nconst m = require('wink-eng-lite-web-model');`), ['wink-nlp', 'wink-eng-lite-web-model']);
  assert.deepEqual(packagesOf(`import { x } from 'vscode-languageserver/node';\nimport '@scope/pkg/register';`), ['vscode-languageserver', '@scope/pkg']);
  assert.deepEqual(packagesOf(`import { a } from './local';`), []);
});

test('every package in dependencies is imported by the extension, the server or the CLI', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const used = new Set(
    [...sourcesBelow(join(ROOT, 'client', 'src')), ...sourcesBelow(join(ROOT, 'server', 'src'))].flatMap((f) => packagesOf(readFileSync(f, 'utf8'))),
  );
  const unused = Object.keys(manifest.dependencies ?? {}).filter((name) => !used.has(name));
  assert.deepEqual(unused, [], 'remove them with npm uninstall, or import them where they are needed');
});
