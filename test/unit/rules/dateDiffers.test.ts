import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';
import { analyzeArticle, linkEntities } from '../../../server/src/analysis';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'date-differs');
}

test('the council vote dated Thursday in one outlet and Wednesday in another is a difference on both', () => {
  const found = run({
    's/herald.txt': 'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the construction of a new harbour bridge.',
    's/daily.txt': 'date 2025-03-14 [[Velmora|place]]’s city council voted [[on Wednesday|date|2025-03-12]] to build a harbour bridge.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /"on Wednesday" = 2025-03-12 \(daily\) vs "on Thursday" = 2025-03-13 \(herald\)|"on Thursday" = 2025-03-13 \(herald\) vs "on Wednesday" = 2025-03-12 \(daily\)/);
});

test('the same day, or a month and a day within it, is agreement', () => {
  const found = run({
    's/a.txt': 'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the new harbour bridge.',
    's/b.txt': 'date 2025-03-14 The city council of [[Velmora|place]] approved the new harbour bridge [[in March|date|2025-03]].',
    's/c.txt': 'date 2025-03-14 The city council of [[Velmora|place]] approved the new harbour bridge [[on March 13|date|2025-03-13]].',
  });
  assert.deepEqual(found, []);
});

test('different events with different dates are not compared', () => {
  const found = run({
    's/a.txt': 'date 2025-03-14 The city council of [[Velmora|place]] approved the harbour bridge [[on Thursday|date|2025-03-13]].',
    's/b.txt': 'date 2025-03-14 Construction of the harbour bridge will begin [[in September|date|2025-09]], the city council said.',
  });
  assert.deepEqual(found, []);
});

test('relative dates in articles written on different days are not compared: the difference may be the calendar', () => {
  const found = run({
    's/a.txt': 'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the construction of a new harbour bridge.',
    's/b.txt': 'date 2025-03-21 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-20]] approved the construction of a new harbour bridge.',
  });
  assert.deepEqual(found, []);
});

test('two clauses that share a name but date different acts are not one event', () => {
  // The tagger reads the "Ford" of a clinic's name as a verb; a capitalised word inside a
  // sentence is a name, and the verbs nearest each date (crashed, checked) differ.
  const found = run({
    's/a.txt': 'date 2013-05-03 Her stay at the Betty Ford clinic comes after [[Lena Hart|person|hart]] crashed her car near the Ford garage [[on June 8|date|2012-06-08]].',
    's/b.txt': 'date 2013-05-03 Actress [[Lena Hart|person|hart]] finally checked into the Betty Ford clinic near the Ford garage [[late Thursday|date|2013-05-02]].',
  });
  assert.deepEqual(found, []);
});

test('a day named by the moment of writing that is one day off is an observation, not a difference', () => {
  const found = run({
    's/a.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[this morning|date|2007-04-10]], police said.',
    's/b.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[on Monday|date|2007-04-09]], police said.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'), found.map((f) => f.severity).join());
  assert.match(found[0].message, /may be dated differently/);
  assert.match(found[0].message, /time zone/);
});

test('a day named by the moment of writing that is more than a day off is still a difference', () => {
  const found = run({
    's/a.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[this morning|date|2007-04-10]], police said.',
    's/b.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[on Sunday|date|2007-04-08]], police said.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /dated differently/);
});

// Stories below go through the whole pipeline (extraction, linking, claims), as the CLI runs it.
function story(files: Record<string, string>) {
  const articles = Object.entries(files).map(([path, text]) => analyzeArticle(text, { path }));
  return compareStory(articles, linkEntities(articles)).findings.filter((f) => f.rule === 'date-differs');
}

test('undated articles that give one rescue different weekdays differ, with the reason they are one event', () => {
  const found = story({
    'r/harbour-news.txt': 'Aldmoor coastguard crews rescued two fishermen off Kelby Point on Tuesday after their trawler lost power.',
    'r/coast-daily.txt': 'The Aldmoor coastguard rescued two fishermen near Kelby Point on Wednesday when their trawler lost power.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /"Tuesday".*"Wednesday"|"Wednesday".*"Tuesday"/);
  assert.match(String(found[0].data?.why), /^Same event: both report "rescued"; both name (Aldmoor|Kelby Point)/);
});

test('WordNet synonyms make one act: a raid foiled on Friday and thwarted on Thursday', () => {
  const found = story({
    'p/wire.txt': 'A Norvian frigate foiled a pirate raid on two tankers in the Strait of Kessa on Friday, seizing three skiffs.',
    'p/post.txt': 'The Norvian Navy patrolling the Strait of Kessa on Thursday thwarted a pirate raid on two tankers.',
  });
  assert.equal(found.length, 2);
  assert.match(String(found[0].data?.why), /"foiled" and "thwarted" name one act \(synonyms\)/);
});

test('the day a statement was made is not the day of what it reports', () => {
  const found = story({
    'm/a.txt': 'The Brenton council announced on Friday that Mayor Lise Marrow resigned on Tuesday.',
    'm/b.txt': 'Mayor Lise Marrow of Brenton resigned on Tuesday, the council said Thursday.',
  });
  assert.deepEqual(found, []);
});

test('a date attached to a noun is that noun\'s event, not the verb\'s', () => {
  const found = story({
    'v/a.txt': 'Lawyers for Dana Holt appealed Monday\'s verdict of the Ostfeld court.',
    'v/b.txt': 'Lawyers for Dana Holt appealed the verdict of the Ostfeld court on Thursday.',
  });
  assert.deepEqual(found, []);
});

test('a named event is not dated by its name', () => {
  const found = story({
    'f/a.txt': 'Survivors of the May 14 floods marched through Tollen on Sunday.',
    'f/b.txt': 'Survivors of the floods marched through Tollen on Sunday.',
  });
  assert.deepEqual(found, []);
});

test('the same act of different people is not one event', () => {
  const found = story({
    'a/a.txt': 'Police in Varna arrested Ana Sorel on Monday in connection with the fraud.',
    'a/b.txt': 'Police in Varna arrested Mark Vey on Tuesday in connection with the fraud.',
  });
  assert.deepEqual(found, []);
});

test('what is expected is not compared with what happened', () => {
  const found = story({
    's/a.txt': 'Tomas Ruiz is expected to be sentenced in the Helm county court on Friday for the robbery.',
    's/b.txt': 'Tomas Ruiz was sentenced in the Helm county court on Thursday for the robbery.',
  });
  assert.deepEqual(found, []);
});

test('clock times of one event differ beyond their hedges: a warning naming the times', () => {
  const found = story({
    't/a.txt': 'The fire at the Pellham bus depot broke out shortly after 2 a.m. on Sunday, destroying six buses.',
    't/b.txt': 'The fire at the Pellham bus depot broke out just after 2:40 a.m. on Sunday and destroyed six buses.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /timed differently/);
  assert.match(found[0].message, /02:00/);
  assert.match(found[0].message, /02:40/);
});

test('clock times that agree within a hedge, or a late night and the early morning after it, are observations', () => {
  const hedged = story({
    't/a.txt': 'The fire at the Pellham bus depot broke out at about 9.10pm on Sunday, destroying six buses.',
    't/b.txt': 'The fire at the Pellham bus depot broke out at 9.14pm on Sunday and destroyed six buses.',
  });
  assert.equal(hedged.length, 2);
  assert.ok(hedged.every((f) => f.severity === 'information'));
  assert.match(hedged[0].message, /within their hedges/);
  const night = story({
    'n/a.txt': 'Rioters set fire to three cars in the Gerle district of Ostfeld late Saturday.',
    'n/b.txt': 'Rioters set fire to three cars in the Gerle district of Ostfeld early Sunday.',
  });
  assert.equal(night.length, 2);
  assert.ok(night.every((f) => f.severity === 'information'));
  assert.match(night[0].message, /same night/);
});

test('one day told in parts that do not meet, or a clock time outside the part another names, is an observation', () => {
  const parts = story({
    'p/a.txt': 'Flooding cut the rail line between Harwick and Dunmere on Tuesday morning, the operator said.',
    'p/b.txt': 'Flooding cut the rail line between Harwick and Dunmere on Tuesday afternoon.',
  });
  assert.equal(parts.length, 2);
  assert.ok(parts.every((f) => f.severity === 'information'));
  assert.match(parts[0].message, /in the (morning|afternoon)/);
  const clock = story({
    'c/a.txt': 'Firefighters rescued two climbers from the ridge above Oskarby at 9 p.m. on Sunday.',
    'c/b.txt': 'Firefighters rescued two climbers from the ridge above Oskarby on Sunday morning.',
  });
  assert.equal(clock.length, 2);
  assert.ok(clock.every((f) => f.severity === 'information'));
  assert.match(clock[0].message, /at 9 p\.m\./);
});

test('parts of the day that meet, a night and the small hours, or parts of days not known to be one are no difference', () => {
  const meet = story({
    'm/a.txt': 'Flooding cut the rail line between Harwick and Dunmere on Tuesday afternoon.',
    'm/b.txt': 'Flooding cut the rail line between Harwick and Dunmere on Tuesday evening.',
  });
  assert.deepEqual(meet, []);
  const night = story({
    'n/a.txt': 'Rioters set fire to three cars in the Gerle district of Ostfeld on Saturday night.',
    'n/b.txt': 'Rioters set fire to three cars in the Gerle district of Ostfeld at 1:30 a.m. on Saturday.',
  });
  assert.deepEqual(night, []);
  const noon = story({
    'o/a.txt': 'Firefighters rescued two climbers from the ridge above Oskarby around noon on Sunday.',
    'o/b.txt': 'Firefighters rescued two climbers from the ridge above Oskarby on Sunday morning.',
  });
  assert.deepEqual(noon, []);
});

test('dates weeks apart are other events, not one event dated differently', () => {
  const found = story({
    'o/a.txt': 'date 2025-03-25 The port of Corland reopened to shipping on March 3 after the strike.',
    'o/b.txt': 'date 2025-03-25 The port of Corland reopened to shipping on March 20 after the strike.',
  });
  assert.deepEqual(found, []);
});

test('the end of a closure is a fact that can differ; the start of a period looked back over is not an event date', () => {
  const closed = story({
    'c/a.txt': 'date 2025-06-04 Harbour master Inga Rask said the Kallen channel would stay closed until Friday.',
    'c/b.txt': 'date 2025-06-04 Harbour master Inga Rask said the Kallen channel would stay closed until Saturday.',
  });
  assert.equal(closed.length, 2);
  const since = story({
    'p/a.txt': 'date 2025-06-04 The Norvian Navy foiled a pirate raid in the Strait of Kessa on Thursday, its fifth this year since March.',
    'p/b.txt': 'date 2025-06-04 The Norvian Navy thwarted a pirate raid in the Strait of Kessa on Thursday, the third since January.',
  });
  assert.deepEqual(since, []);
});

test('a relative clause tells of its antecedent: "the blaze at the depot, which broke out at 2:10" and "the fire at the depot, which …, broke out at 2:50" are one event', () => {
  const found = story({
    'r/a.txt': 'Firefighters tackled the blaze at the Pellham bus depot, which broke out at about 2:10 a.m. on Sunday.',
    'r/b.txt': 'The fire at the bus depot in Pellham, which investigators are treating as arson, broke out at 2:50 a.m. on Sunday.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /timed differently/);
  assert.match(String(found[0].data?.why), /blaze\/fire|fire\/blaze/);
});

test('relative clauses about different things are not made one event by their verb alone', () => {
  const found = story({
    'q/a.txt': 'The mayor praised the new library on Elm Road, which opened at 9 a.m. on Monday.',
    'q/b.txt': 'Residents queued outside the swimming pool, which opened at 11 a.m. on Monday.',
  });
  assert.deepEqual(found, []);
});

test('a town and the country it is in do not make two events; two far-apart towns do', () => {
  const nested = story({
    'w/a.txt': 'A gas explosion destroyed a seafront hotel in Swansea on Tuesday.',
    'w/b.txt': 'A gas explosion destroyed a seafront hotel in Wales on Wednesday.',
  });
  assert.equal(nested.length, 2);
  assert.equal(nested[0].severity, 'warning');
  const apart = story({
    'w/a.txt': 'A gas explosion destroyed a seafront hotel in Swansea on Tuesday.',
    'w/b.txt': 'A gas explosion destroyed a seafront hotel in Glasgow on Wednesday.',
  });
  assert.deepEqual(apart, []);
});

test('a verb that sends someone somewhere is an event: "police were called to the house at 6:10" vs "at 6:40"', () => {
  const found = story({
    'p/a.txt': 'Police were called to the house on Elm Road at 6:10 a.m. on Monday after neighbours heard shots.',
    'p/b.txt': 'Neighbours heard shots and police were called to the house on Elm Road at 6:40 a.m. on Monday.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /timed differently/);
});

test('times counted back from the moment of writing differ when their spans of days do: "twelve weeks ago" vs "around six weeks ago"', () => {
  const found = story({
    'k/a.txt': 'date 2025-05-20 The Kelby ferry service resumed twelve weeks ago after storm damage to the pier was repaired.',
    'k/b.txt': 'date 2025-05-22 The Kelby ferry service resumed around six weeks ago after storm damage to the pier was repaired.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /twelve weeks ago/);
  // Within the rounding the words allow, counted from each article's own date, they agree.
  const agree = story({
    'k/a.txt': 'date 2025-05-20 The Kelby ferry service resumed twelve weeks ago after storm damage to the pier was repaired.',
    'k/b.txt': 'date 2025-05-22 The Kelby ferry service resumed about three months ago after storm damage to the pier was repaired.',
  });
  assert.deepEqual(agree, []);
});

test('a clause that "after" opens is the date\'s own: "moved to the hall after the blaze broke out at 9.50pm" is the blaze\'s time, an observation without a name in common', () => {
  const found = story({
    'h/a.txt': 'The blaze at the Kellow furniture store in Dorrin broke out at 9.10pm on Sunday.',
    'h/b.txt': 'Guests of the hotel next door were moved to Dorrin Community Hall after the blaze broke out at 9.50pm.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /09:10|21:10/);
  assert.match(found[0].message, /name no one in common/);
  // The hall is where the guests went, not where the fire was; without the blaze there is no event in common.
  assert.deepEqual(
    story({
      'h/a.txt': 'The blaze at the Kellow furniture store in Dorrin broke out at 9.10pm on Sunday.',
      'h/b.txt': 'Guests of the hotel next door were moved to Dorrin Community Hall at 9.50pm.',
    }),
    [],
  );
});

test('a subject names the event only of a verb of occurrence that it opens: "the church attended by …" is no event of a church', () => {
  const found = story({
    'c/a.txt': 'A fire destroyed the chapel attended by Mayor Ilse Varga on Friday night, the minister said.',
    'c/b.txt': 'Mayor Ilse Varga visited the chapel Saturday to thank the volunteers.',
  });
  assert.deepEqual(found, []);
  // A noun that only modifies the subject's head names no event ("the injury woes continued").
  assert.deepEqual(
    story({
      'i/a.txt': 'The injury woes began on Wednesday for Dorrin Rovers, who lost their captain.',
      'i/b.txt': 'Dorrin Rovers said their captain was injured on Tuesday in training.',
    }),
    [],
  );
  // Two different fires the story tells of are not made one by their words.
  assert.deepEqual(
    story({
      'f/a.txt': 'The fire at the Kellow store in Dorrin broke out at 9.10pm on Sunday.',
      'f/b.txt': 'In Varnley, the fire at a timber yard broke out at 3am on Monday.',
    }),
    [],
  );
});

test('one act on the same day at a street and at a town the data cannot tell apart is one event, less surely: an observation', () => {
  const found = story({
    'p/a.txt': 'Police were called to a terraced house in Kelmsby at 6.10am on Saturday and found the bodies.',
    'p/b.txt': 'On Saturday, at 6.40am, police were called to a property in Orrin Street where the bodies were found.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(String(found[0].data?.why), /same day/);
  // Another day, or two towns, are other calls.
  for (const other of [
    'On Sunday, at 6.40am, police were called to a property in Orrin Street where the bodies were found.',
    'Police were called to a terraced house in Varnley at 6.40am on Saturday and found the bodies.',
  ]) {
    assert.deepEqual(story({ 'p/a.txt': 'Police were called to a terraced house in Kelmsby at 6.10am on Saturday and found the bodies.', 'p/b.txt': other }), [], other);
  }
});

test('hearings of different kinds (for a plea, for a trial) are different occasions; one kind of hearing dated twice is a difference', () => {
  const other = run({
    's/a.txt': 'date 2025-06-12 A plea and case management hearing for [[Tom Baker|person]] will be held [[on September 6|date|2025-09-06]] at the Crown Court.',
    's/b.txt': 'date 2025-06-12 A three day trial hearing for [[Tom Baker|person]] will be held [[in October|date|2025-10]] at the Crown Court.',
  });
  assert.deepEqual(other, []);
  const same = run({
    's/a.txt': 'date 2025-06-12 A plea and case management hearing for [[Tom Baker|person]] will be held [[on September 6|date|2025-09-06]] at the Crown Court.',
    's/b.txt': 'date 2025-06-12 A plea hearing for [[Tom Baker|person]] will be held [[on September 7|date|2025-09-07]] at the Crown Court.',
  });
  assert.equal(same.length, 2);
  assert.match(same[0].message, /September 6/);
});

test('an event dated by years alone: a range of years against a year outside it is an observation', () => {
  const found = story({
    'd/ledger.txt': 'date 2025-03-14 Court records show Dale Moreno has three prior drunk-driving convictions, spanning from 1998 to 1999.',
    'd/post.txt': 'date 2025-03-14 Officers stopped Dale Moreno near the bridge.\nHe has a prior drunk-driving conviction in Harwick from 2000.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /1998\u20131999/);
  assert.match(found[0].message, /2000/);
});

test('years that fall inside a range, or before a bound ("by 2002"), agree', () => {
  const inside = story({
    'd/ledger.txt': 'date 2025-03-14 Court records show Dale Moreno has three prior drunk-driving convictions, spanning from 1998 to 2001.',
    'd/post.txt': 'date 2025-03-14 Officers stopped Dale Moreno near the bridge.\nHe has a prior drunk-driving conviction in Harwick from 1999.',
  });
  assert.deepEqual(inside, []);
  const bound = story({
    'd/a.txt': 'date 2025-03-14 By 2002, Dale Moreno had left the Harwick band.',
    'd/b.txt': 'date 2025-03-14 Dale Moreno left the Harwick band in 2001.',
  });
  assert.deepEqual(bound, []);
  const differ = story({
    'd/a.txt': 'date 2025-03-14 Dale Moreno left the Harwick band in 2002.',
    'd/b.txt': 'date 2025-03-14 Dale Moreno left the Harwick band in 2001.',
  });
  assert.equal(differ.length, 2);
});

test('years of different people\'s acts, or two years joined by "and", are not compared as one event', () => {
  assert.deepEqual(
    story({
      'd/a.txt': 'date 2025-03-14 Dale Moreno left the Harwick band in 2002.',
      'd/b.txt': 'date 2025-03-14 Ivo Keller left the Harwick band in 2001.',
    }),
    [],
  );
  // "Before 2002, …" bounds a period: no event's date.
  assert.deepEqual(
    story({
      'd/a.txt': 'date 2025-03-14 Before 2002, Dale Moreno had served only a short sentence for theft.',
      'd/b.txt': 'date 2025-03-14 Dale Moreno was serving a long sentence for theft in 2001.',
    }),
    [],
  );
  // "in 1998 and 2001" are two dates, not a range that 2001 falls in or out of.
  const two = story({
    'd/a.txt': 'date 2025-03-14 Court records show Dale Moreno has drunk-driving convictions from 1998 and 2001.',
    'd/b.txt': 'date 2025-03-14 Court records show Dale Moreno has drunk-driving convictions from 1998 and 2001.',
  });
  assert.deepEqual(two, []);
});

test('a person named only by "he" or "she" makes one event less sure: an observation, not a warning', () => {
  const found = story({
    'd/a.txt': 'date 2025-03-14 Officers stopped Dale Moreno near the Harwick bridge.\nHe was charged with theft on Thursday.',
    'd/b.txt': 'date 2025-03-14 Dale Moreno was charged with theft on Wednesday.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /"he" or "she"/);
  // Named in both, the same difference is a warning.
  const named = story({
    'd/a.txt': 'date 2025-03-14 Officers stopped Dale Moreno near the Harwick bridge.\nDale Moreno was charged with theft on Thursday.',
    'd/b.txt': 'date 2025-03-14 Dale Moreno was charged with theft on Wednesday.',
  });
  assert.equal(named.length, 2);
  assert.ok(named.every((f) => f.severity === 'warning'));
});

test('a person named by kin ("with his mum") is the one the article names in that relation: one move dated differently is an observation', () => {
  const found = story({
    'k/a.txt': 'date 2025-06-10 Ruth Calloway, 61, grew up in Dunmore.\nShe returned to her home town 12 weeks ago after a spell living in Leeds.',
    'k/b.txt':
      'date 2025-06-18 Owen Calloway, 30, is charged with the murder of his mother Ruth Calloway, 61.\nCalloway had been living in Leeds with his mum for two years and they had moved back to Dunmore around six weeks ago.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /12 weeks ago/);
  assert.match(found[0].message, /by kin/);
  assert.match(found[0].message, /Ruth Calloway/);
});

test('kin that agree, kin the article gives two people, or another person\'s kin make no difference', () => {
  // The outlets agree on when the two moved back.
  const agree = story({
    'k/a.txt': 'date 2025-06-10 Ruth Calloway, 61, grew up in Dunmore.\nShe returned to her home town six weeks ago after a spell living in Leeds.',
    'k/b.txt':
      'date 2025-06-10 Owen Calloway, 30, is charged with the murder of his mother Ruth Calloway, 61.\nCalloway had been living in Leeds with his mum for two years and they had moved back to Dunmore around six weeks ago.',
  });
  assert.deepEqual(agree, []);
  // "his sister" is said of two people: which one moved back, the words do not tell.
  const two = story({
    'k/a.txt': 'date 2025-06-10 Ruth Calloway, 28, grew up in Dunmore.\nShe returned to her home town 12 weeks ago after a spell living in Leeds.',
    'k/b.txt':
      'date 2025-06-18 Owen Calloway, 30, visited his sister Ruth Calloway and his sister Anna Calloway.\nCalloway had been living in Leeds with his sister for two years and they had moved back to Dunmore around six weeks ago.',
  });
  assert.deepEqual(two, []);
  // "her mother" is not "his mum": the kin of another person.
  const other = story({
    'k/a.txt': 'date 2025-06-10 Ruth Calloway, 61, grew up in Dunmore.\nShe returned to her home town 12 weeks ago after a spell living in Leeds.',
    'k/b.txt':
      'date 2025-06-18 Lena Marsh, 30, cared for her mother Ruth Calloway, 61.\nOwen Pryce had been living in Leeds with his mum for two years and they had moved back to Dunmore around six weeks ago.',
  });
  assert.deepEqual(other, []);
});

test('a time just before midnight is the end of its day: it meets "11:50 p.m." and still differs from "10 p.m."', () => {
  const near = story({
    't/a.txt': 'The fire at the Pellham bus depot broke out just before midnight on Sunday, destroying six buses.',
    't/b.txt': 'The fire at the Pellham bus depot broke out at about 11:50 p.m. on Sunday and destroyed six buses.',
  });
  assert.ok(near.every((f) => f.severity !== 'warning'), JSON.stringify(near.map((f) => f.message)));
  const far = story({
    't/a.txt': 'The fire at the Pellham bus depot broke out just before midnight on Sunday, destroying six buses.',
    't/b.txt': 'The fire at the Pellham bus depot broke out at about 10 p.m. on Sunday and destroyed six buses.',
  });
  assert.equal(far.length, 2);
  assert.equal(far[0].severity, 'warning');
});
