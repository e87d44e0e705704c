// Bundles the client, the server, the CLI, the analysis facade (for scripts) and the tests.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
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
