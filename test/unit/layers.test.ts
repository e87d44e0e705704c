/**
 * The layers stay apart: the analysis core imports nothing outside itself, and the protocol
 * handlers only convert what the core's features answer (as rust-analyzer keeps `ide` apart
 * from its LSP crate). A handler that reads the model itself (an article's mentions, a story's
 * findings) is deciding, and that belongs in `analysis/features/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/fixtures';

const SERVER = join(ROOT, 'server', 'src');

function sourcesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? sourcesBelow(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The relative module specifiers a source imports or re-exports. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/\bfrom\s*'(\.[^']*)'|\bimport\s*\(\s*'(\.[^']*)'\s*\)|\brequire\s*\(\s*'(\.[^']*)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The parts of the data model whose reading is deciding, not converting. */
const MODEL_READ = /\.(mentions|quotes|dates|quantities|roles|entities|findings|sections|articles)\b/g;

/** Handlers that are not yet, or not only, conversions of a feature's answer. */
const NOT_A_FEATURE = new Set(['diagnostics.ts']);

/** Why a handler decides rather than converts, one line per offence. */
export function handlerOffences(name: string, source: string): string[] {
  const out: string[] = [];
  for (const spec of relativeImports(source)) if (spec.startsWith('../../analysis/')) out.push(`${name} reaches into ${spec} instead of the facade`);
  for (const m of source.matchAll(MODEL_READ)) out.push(`${name} reads ${m[0]} itself`);
  return out;
}

test('the handler check sees a handler that reads the model or reaches past the facade', () => {
  assert.deepEqual(handlerOffences('a.ts', `import { storyIndex } from '../../analysis/features/storyIndex';\nfor (const m of article.mentions) {}`), [
    'a.ts reaches into ../../analysis/features/storyIndex instead of the facade',
    'a.ts reads .mentions itself',
  ]);
  assert.deepEqual(handlerOffences('b.ts', `import { hoverAt } from '../../analysis';\nreturn toRange(index, found.span);`), []);
});

test('no file of the analysis core imports from outside it', () => {
  const core = join(SERVER, 'analysis');
  const offences: string[] = [];
  for (const file of sourcesBelow(core)) {
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
      const target = join(file, '..', spec);
      if (relative(core, target).startsWith('..')) offences.push(`${relative(SERVER, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(offences, []);
});

test('the protocol handlers only convert: they ask the core\'s features through its facade and read no model themselves', () => {
  const dir = join(SERVER, 'lsp', 'handlers');
  const offences = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !NOT_A_FEATURE.has(f))
    .flatMap((f) => handlerOffences(f, readFileSync(join(dir, f), 'utf8')));
  assert.deepEqual(offences, []);
});
