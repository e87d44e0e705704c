/**
 * How two place names relate: one place, one inside the other (a town and its state or
 * country: a different granularity, not a contradiction), two different places, two places so
 * near that one may be part of the other, or not known. From `data/places.json`, which
 * `scripts/gazetteer/places.ts` writes from registry data (countries, US states and the nations
 * of the United Kingdom, GeoNames places of 30,000 people or more, and towns of 15,000 or more
 * whose names have several words, with their region, position and size). A name can stand for
 * several places ("Bloomington", "Georgia"): two names are different places only when every
 * pair of the places they may stand for is apart, and one is inside the other when any pair is. A name the data does not know relates to nothing: unknown.
 *
 * Decoded on first use; pure. The data is bundled, so decoding it cannot meet bad input; should it
 * fail, the failure reaches the rule runner, which reports it as the rule's problem rather than
 * as places that agree.
 */
import placeData from '../data/places.json';

/** How two place names relate (see the module's comment). */
export type PlaceRelation = 'same' | 'contains' | 'within' | 'near' | 'apart' | 'unknown';

/** A place a name may stand for. */
interface Candidate {
  level: 'country' | 'region' | 'city';
  country: string;
  /** `CC.REGION` for a region or a city. */
  region?: string;
  /** A city's position (degrees) and population. */
  lat?: number;
  lon?: number;
  population?: number;
  /** A section of a larger place (a borough, a neighbourhood). */
  section?: boolean;
}

let table: Map<string, Candidate[]> | null = null;

/** A name as the data keys it: lower case, without accents, a leading "the" and trailing dots of an abbreviation kept. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

function add(map: Map<string, Candidate[]>, name: string, c: Candidate): void {
  const list = map.get(name);
  if (list) list.push(c);
  else map.set(name, [c]);
}

function load(): Map<string, Candidate[]> {
  if (table) return table;
  const map = new Map<string, Candidate[]>();
  const data = placeData as { countries?: string; regions?: string; cities?: string };
  for (const entry of (data.countries ?? '').split(';')) {
    const [code, names] = entry.split('=');
    if (code && names) for (const n of names.split('|')) add(map, n, { level: 'country', country: code });
  }
  for (const entry of (data.regions ?? '').split(';')) {
    const [code, names] = entry.split('=');
    if (code && names) for (const n of names.split('|')) add(map, n, { level: 'region', country: code.split('.')[0], region: code });
  }
  for (const group of (data.cities ?? '').split(';')) {
    const colon = group.indexOf(':');
    if (colon <= 0) continue;
    const region = group.slice(0, colon);
    const country = region.split('.')[0];
    for (const raw of group.slice(colon + 1).split('|')) {
      // The name, then five characters of position and one of size, then `!` for a section.
      const section = raw.endsWith('!');
      const entry = section ? raw.slice(0, -1) : raw;
      if (entry.length < 7) continue;
      const name = entry.slice(0, -6);
      const size = entry.slice(-1);
      const index = parseInt(entry.slice(-6, -1), 36);
      const row = Math.floor(index / 3601);
      const col = index % 3601;
      add(map, name, {
        level: 'city',
        country,
        region,
        lat: (row - 900) / 10,
        lon: (col - 1800) / 10,
        population: 10 ** (parseInt(size, 36) / 4),
        ...(section ? { section: true } : {}),
      });
    }
  }
  table = map;
  return map;
}

/** The places a name may stand for; empty when the data does not know it. */
function candidatesOf(name: string): Candidate[] {
  return load().get(placeKey(name)) ?? [];
}

/** True when the data knows the name as a place. */
export function knownPlace(name: string): boolean {
  return candidatesOf(name).length > 0;
}

/** Kilometres between two positions (haversine). */
function distanceKm(a: Candidate, b: Candidate): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat! - a.lat!) * rad;
  const dLon = (b.lon! - a.lon!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * rad) * Math.cos(b.lat! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The radius a town of this population may spread over, in kilometres: its area at a low
 * density of 1,000 people a square kilometre, as a disc. Generous on purpose: two towns are
 * apart only when their discs, widened by the data's grid of a tenth of a degree, do not meet.
 */
function radiusKm(population: number): number {
  return Math.sqrt(population / 1000 / Math.PI);
}
const GRID_KM = 12;
/** How many times larger a town must be for a place within its reach to be possibly one of its quarters. */
const PART_RATIO = 5;

/** How one candidate relates to another. */
function relateCandidates(a: Candidate, b: Candidate): PlaceRelation {
  if (a.level === 'city' && b.level === 'city') {
    if (a.region === b.region && a.lat === b.lat && a.lon === b.lon && a.population === b.population) return 'same';
    if (a.section || b.section) return 'unknown';
    const d = distanceKm(a, b);
    if (d > radiusKm(a.population!) + radiusKm(b.population!) + GRID_KM) return 'apart';
    // A much smaller place inside a large one's reach may be one of its quarters (a
    // neighbourhood GeoNames records as a town): not known to be another place.
    const [small, large] = a.population! <= b.population! ? [a, b] : [b, a];
    if (large.population! >= PART_RATIO * small.population! && d <= radiusKm(large.population!) + GRID_KM) return 'unknown';
    return 'near';
  }
  const rank = { country: 0, region: 1, city: 2 } as const;
  if (rank[a.level] > rank[b.level]) {
    const r = relateCandidates(b, a);
    return r === 'contains' ? 'within' : r === 'within' ? 'contains' : r;
  }
  // Now a is the larger (or equal) level.
  if (a.level === b.level) {
    if (a.level === 'country') return a.country === b.country ? 'same' : 'apart';
    return a.region === b.region ? 'same' : 'apart';
  }
  if (a.level === 'country') return a.country === b.country ? 'contains' : 'apart';
  // A region and a city.
  return b.region === a.region ? 'contains' : 'apart';
}

/** What narrows a name to fewer places: the names written after it ("Bloomington, Minn."). */
export interface PlaceName {
  name: string;
  /** Larger places the text puts it in ("Minn.", "Wales"), nearest first. */
  within?: readonly string[];
}

/** The candidates of a name that lie in every place it is said to be in (all of them when none does). */
function narrowed(p: PlaceName): Candidate[] {
  let list = candidatesOf(p.name);
  for (const q of p.within ?? []) {
    const outer = candidatesOf(q);
    if (!outer.length) continue;
    const inside = list.filter((c) => outer.some((o) => relateCandidates(o, c) === 'contains'));
    if (inside.length) list = inside;
  }
  return list;
}

/**
 * How two place names relate, from the data and what the text says of them: `same`,
 * `contains` (the first holds the second), `within`, `near` (different places close enough
 * for one to be part of the other), `apart` (different places), or `unknown`.
 * `inside(x, y)` says whether the story's own words put place x inside place y ("Millom,
 * Cumbria"); it decides containment for names the data does not know.
 */
export function relatePlaces(a: PlaceName, b: PlaceName, inside: (x: string, y: string) => boolean = () => false): PlaceRelation {
  const ka = placeKey(a.name);
  const kb = placeKey(b.name);
  if (!ka || !kb) return 'unknown';
  // One name is one place unless the larger places written after it tell two apart
  // ("Springfield, Ill." and "Springfield, Mo.").
  if (ka === kb && !(a.within?.length && b.within?.length)) return 'same';
  if (inside(ka, kb) || (a.within ?? []).some((w) => placeKey(w) === kb)) return 'within';
  if (inside(kb, ka) || (b.within ?? []).some((w) => placeKey(w) === ka)) return 'contains';
  const ca = narrowed(a);
  const cb = narrowed(b);
  if (!ca.length || !cb.length) return 'unknown';
  const seen = new Set<PlaceRelation>();
  for (const x of ca) for (const y of cb) seen.add(relateCandidates(x, y));
  for (const r of ['same', 'contains', 'within', 'unknown', 'near'] as const) if (seen.has(r)) return r;
  return 'apart';
}
