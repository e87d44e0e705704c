// Bundles the client, the server, the CLI, the analysis facade (for scripts) and the tests.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** Lists the files below `dir` whose names end with `suffix`. */
function filesBelow(dir, suffix) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'out') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesBelow(full, suffix));
    else if (name.endsWith(suffix)) found.push(full);
  }
  return found;
}

/**
 * Writes every character above U+00FF of a bundle as a `\u` escape. esbuild escapes them in
 * strings but leaves them in regular expression literals and comments, and one such character
 * makes Node hold the whole bundle's source as a string of two bytes per character: 13 MB
 * instead of 6.6 MB for the server, in every thread that loads it. The escape means the same
 * character in a regular expression (a backslash already before it, as in `/[\–]/`, keeps
 * its place) and in a comment it changes nothing.
 */
function latin1Source(text) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) continue;
    let slashes = 0;
    while (i - 1 - slashes >= 0 && text.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    out += text.slice(from, i) + (slashes % 2 ? 'u' : '\\u') + code.toString(16).padStart(4, '0');
    from = i + 1;
  }
  return from ? out + text.slice(from) : text;
}

/** Rewrites a bundle's output files with {@link latin1Source} once esbuild has written them. */
const latin1Plugin = {
  name: 'latin1-source',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      for (const file of Object.keys(result.metafile?.outputs ?? {})) {
        if (!file.endsWith('.js')) continue;
        const text = readFileSync(file, 'utf8');
        const rewritten = latin1Source(text);
        if (rewritten !== text) writeFileSync(file, rewritten);
      }
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Node 20 reads \p{...} in regular expressions; without this esbuild rewrites each such
  // literal into `new RegExp(...)`, built again every time the expression runs.
  supported: { 'regexp-unicode-property-escapes': true },
  metafile: true,
  plugins: [latin1Plugin],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The importer of web pages (Readability, linkedom), which the extension loads only when
  // "Import Articles…" runs, so that activation never reads it.
  { ...common, entryPoints: ['server/src/host/import/index.ts'], outfile: 'client/out/importer.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'out/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  builds.push({ ...common, entryPoints: ['server/src/analysis/index.ts'], outfile: 'out/analysis.js' });
  const tests = [
    ...filesBelow('test/unit', '.test.ts'),
    ...filesBelow('test/lsp', '.test.ts'),
    ...filesBelow('test/integration', '.ts'),
    ...filesBelow('scripts', '.ts'),
  ];
  if (tests.length) {
    builds.push({ ...common, entryPoints: tests, outdir: 'out', outbase: '.', external: ['vscode', 'mocha'] });
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
