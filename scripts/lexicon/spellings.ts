/**
 * Writes `server/src/analysis/data/spellings.json`, the British and American spellings of one
 * word that quotation comparison reads as the same word ("fibre"/"fiber", "programme"/"program",
 * "travelled"/"traveled"), from the list of the `american-english` package (a development
 * dependency; it does not ship with the extension). Each British form maps to its American form,
 * one word to one word; entries of several words are left out. Run after `npm run build`:
 * `node out/scripts/lexicon/spellings.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const pkg = join(root, 'node_modules', 'american-english');
const out = join(root, 'server', 'src', 'analysis', 'data', 'spellings.json');

// The package's module holds its two maps inline as object literals.
const list = require(join(pkg, 'index.js')) as { us_spelling: Record<string, string> };
const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const license = readFileSync(join(pkg, 'LICENSE'), 'utf8');

const toAmerican: Record<string, string> = {};
for (const [british, american] of Object.entries(list.us_spelling)) {
  const b = british.trim().toLowerCase();
  const a = american.trim().toLowerCase();
  if (!/^[a-z]+$/.test(b) || !/^[a-z]+$/.test(a) || a === b) continue;
  toAmerican[b] = a;
}
const sorted = Object.fromEntries(Object.entries(toAmerican).sort(([x], [y]) => (x < y ? -1 : 1)));
writeFileSync(
  out,
  `${JSON.stringify({
    source: `British spellings with their American forms, from the list of the package american-english ${version}, one word each; its licence follows.`,
    license,
    toAmerican: sorted,
  })}\n`,
);
process.stdout.write(`${out}: ${Object.keys(sorted).length} spellings\n`);
