import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, type EntityKind } from '../../server/src/analysis';
import { SEED, storyText } from '../support/fixtures';

/** The names found in `text`, as "text/kind" strings in text order. */
function names(text: string): string[] {
  return analyzeArticle(text).mentions.map((m) => `${m.text}/${m.kind}`);
}

/** Checks that each expected name is found with its kind, and that none of `absent` is. */
function check(text: string, expected: Array<[string, EntityKind]>, absent: string[] = []): void {
  const found = names(text);
  for (const [name, kind] of expected) assert.ok(found.includes(`${name}/${kind}`), `expected ${name}/${kind} in ${found.join(', ')}`);
  for (const name of absent) assert.ok(!found.some((f) => f.startsWith(`${name}/`)), `did not expect ${name} in ${found.join(', ')}`);
}

test('people, organisations and places get their kinds', () => {
  check('The mayor met Angela Merkel at the Ministry of Finance in Lisbon on Tuesday, the Associated Press reported.', [
    ['Angela Merkel', 'person'],
    ['Ministry of Finance', 'organization'],
    ['Lisbon', 'place'],
    ['Associated Press', 'organization'],
  ]);
  check('Shares of Hartwell Logistics Inc. fell after the Green Party criticised it in Manitoba.', [
    ['Hartwell Logistics Inc.', 'organization'],
    ['Green Party', 'organization'],
    ['Manitoba', 'place'],
  ]);
});

test('U.S., US and United States are places with one key; the Kremlin and the White House are organisations', () => {
  const a = analyzeArticle('The U.S. team and the US envoy flew to the United States. The Kremlin and the White House disagreed.');
  const us = a.mentions.filter((m) => m.kind === 'place');
  assert.deepEqual(us.map((m) => m.text), ['U.S.', 'US', 'United States']);
  assert.equal(new Set(us.map((m) => m.key)).size, 1);
  check(a.text, [['Kremlin', 'organization'], ['White House', 'organization']]);
});

test('titles and possessives are not part of a person span', () => {
  const a = analyzeArticle("Police Inspector Dave Gaskin said President Trump's plan and Putin's reply surprised Dr. Amara Okafor.");
  const people = a.mentions.filter((m) => m.kind === 'person').map((m) => a.text.slice(m.start, m.end));
  assert.deepEqual(people, ['Dave Gaskin', 'Trump', 'Putin', 'Amara Okafor']);
});

test('demonyms, weekdays, months and plain capitalised words are not names', () => {
  check(
    'Ukrainian and European delegations met on Friday in March, according to Russian news agencies. However, the talks stalled.',
    [],
    ['Ukrainian', 'European', 'Friday', 'March', 'Russian', 'However', 'The'],
  );
  assert.deepEqual(names('On Monday, the European delegations said nothing.'), []);
});

test('a lone surname after a full name is the same person, even at the start of a sentence', () => {
  const a = analyzeArticle('Ingrid Solberg arrived in Oslo. Solberg said the deal was close. Later, officials said Solberg left.');
  const solberg = a.mentions.filter((m) => m.text === 'Solberg');
  assert.equal(solberg.length, 2);
  for (const m of solberg) {
    assert.equal(m.kind, 'person');
    assert.equal(m.key, 'ingrid solberg');
  }
});

test('context types unknown names: "in X" is a place, "the X" is not a person, a role noun marks a person', () => {
  check('Residents of Velmora were evacuated. Flooding in Velmora continued, said actress Tiva Ronn.', [
    ['Velmora', 'place'],
    ['Tiva Ronn', 'person'],
  ]);
  check('The Tar Heels beat their rivals, and the Quillon Reporter covered it.', [
    ['Tar Heels', 'organization'],
    ['Quillon Reporter', 'organization'],
  ]);
});

test('a title inside a run of capitals separates the place before it from the person after it', () => {
  check('U.S. President Donald Trump spoke with French President Emmanuel Macron.', [
    ['U.S.', 'place'],
    ['Donald Trump', 'person'],
    ['Emmanuel Macron', 'person'],
  ], ['French', 'President']);
});

test('title-case headlines only keep names the article vouches for', () => {
  const a = analyzeArticle('Texas Lifer Escapes Prison Van Near Houston\nA prisoner escaped near Houston on Monday, officials said.');
  const inHeadline = a.mentions.filter((m) => m.end <= a.text.indexOf('\n'));
  assert.deepEqual(inHeadline.map((m) => m.text), ['Texas', 'Houston']);
});

test('spans are exact UTF-16 offsets after emoji, a BOM and CRLF line ends', () => {
  const text = '\ufeff🎉🎉 Maria Gonzalez visited Madrid.\r\nShe left Madrid later.';
  const a = analyzeArticle(text);
  for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
  assert.deepEqual(a.mentions.map((m) => m.text), ['Maria Gonzalez', 'Madrid', 'Madrid']);
});

test('odd input never throws', () => {
  for (const text of ['', '   ', '"unbalanced', '\u0000\u0001\u0002', 'A'.repeat(5000), 'The The The', '...', 'x\u200bY']) {
    const a = analyzeArticle(text);
    assert.ok(Array.isArray(a.mentions));
    assert.deepEqual(a.notes, []);
  }
});

test('seed story: both spellings of Ushakov are people; Kremlin, Miami and U.S. are typed', () => {
  const first = analyzeArticle(storyText(SEED.story, SEED.b));
  const second = analyzeArticle(storyText(SEED.story, SEED.a));
  const kinds = (a: typeof first) => new Map(a.mentions.map((m) => [m.text, m.kind]));
  assert.equal(kinds(first).get('Yuri Ushakov'), 'person');
  assert.equal(kinds(second).get('Yury Ushakov'), 'person');
  assert.equal(kinds(second).get('Ushakov'), 'person');
  assert.equal(kinds(second).get('Zelensky'), 'person');
  assert.equal(kinds(second).get('Kremlin'), 'organization');
  assert.equal(kinds(second).get('Miami'), 'place');
  assert.equal(kinds(first).get('U.S.'), 'place');
  assert.equal(kinds(second).get('White House'), 'organization');
  for (const a of [first, second]) {
    assert.ok(!a.mentions.some((m) => /^(Russian|Ukrainian|European|Sunday|Saturday|Friday)$/.test(m.text)));
  }
});

test('a country that plays or acts throughout an article is a team or a government, not a place', () => {
  const match = 'Norway faced Portugal in Oslo on Sunday. Norway 2 – 1 Portugal. Portugal\'s coach praised his players, and Norway won the group.';
  check(match, [
    ['Norway', 'organization'],
    ['Portugal', 'organization'],
    ['Oslo', 'place'],
  ]);
  const a = analyzeArticle(match);
  assert.ok(a.mentions.filter((m) => m.text === 'Norway').every((m) => m.kind === 'organization'));
  // Where the name mostly locates things, it stays a place even if it once acts.
  const trip = analyzeArticle('Tourists flocked to Norway in June. Prices in Norway rose, and hotels in Norway were full. Norway said nothing.');
  assert.ok(trip.mentions.filter((m) => m.text === 'Norway').every((m) => m.kind === 'place'));
});

test('shouted words, jargon abbreviations and event names are not names', () => {
  check('A HUGE fire destroyed the depot. The fire started at 0300 GMT, and Dana Whitby, MD, was charged with DUI.', [['Dana Whitby', 'person']], [
    'HUGE',
    'GMT',
    'MD',
    'DUI',
  ]);
  check('She will host the Academy Awards after the Super Bowl, and he won a prize at the Google Science Fair.', [['Google', 'organization']], [
    'Academy Awards',
    'Super Bowl',
    'Google Science Fair',
  ]);
  // An acronym written in capitals mid-sentence still names an organisation.
  check('Engineers from the first FIRST Global contest met officials of the NASA programme.', [['FIRST Global', 'organization'], ['NASA', 'organization']]);
});

test('a headline verb ends the name before it', () => {
  const a = analyzeArticle('Retired Judge Fred Varga Dies at 75\nFred Varga, a judge for thirty years, died on Monday.');
  assert.deepEqual(a.mentions.map((m) => `${m.text}/${m.kind}`), ['Fred Varga/person', 'Fred Varga/person']);
});

test('a title-case line the tagger reads as proper nouns is still a headline: its verbs and common words end names', () => {
  const hire = analyzeArticle('Hawks Hire Maurice Dalton as Head Coach\nMaurice Dalton was introduced as the head coach of the Hawks on Monday.');
  assert.deepEqual(hire.mentions.map((m) => `${m.text}/${m.kind}`), ['Hawks/organization', 'Maurice Dalton/person', 'Maurice Dalton/person', 'Hawks/organization']);
  const reverse = analyzeArticle('Lindgren Overturns Carver Fishing Ruling\nThe Lindgren administration on Monday overturned a fishing rule set by the Carver government.');
  assert.ok(!reverse.mentions.some((m) => /Overturns|Ruling/.test(m.text)), reverse.mentions.map((m) => m.text).join(', '));
  // A suffix written without its stop in the headline is the prose's "Jr.".
  const suffix = analyzeArticle('Arcady Joseph Cormier Jr: Inmate Escaped and Armed\nTexas inmate Arcady Joseph Cormier Jr. escaped from a prison van.');
  assert.ok(suffix.mentions.some((m) => m.start === 0 && m.text.startsWith('Arcady Joseph Cormier')), suffix.mentions.map((m) => m.text).join(', '));
  // A line of names alone, with no stop (a list, a byline), is not a headline: its names stand.
  const list = names('Airlines at Terminal 2\nAeromar, Air Canada, Delta, British Airways, Volaris\nThe terminal opened in 1990.');
  for (const name of ['Air Canada', 'Delta', 'British Airways']) assert.ok(list.some((n) => n.startsWith(`${name}/`)), `${name} in ${list.join(', ')}`);
  // Nor is a caption of two sentences that ends without a stop.
  const caption = names('The staff\nEditorial Manager Chet Clemson and President Sean Millard. Image: David Shankland\nThe office is small.');
  for (const name of ['Sean Millard', 'David Shankland']) assert.ok(caption.some((n) => n.startsWith(`${name}/`)), `${name} in ${caption.join(', ')}`);
});

test('a unit of time by itself is no name, even capitalised in a title', () => {
  check('The reigning National Player of the Year, Tom Hadley, scored in Week 16 for the Ravens.', [['Tom Hadley', 'person']], ['Year', 'Week']);
  // Inside a longer name it stays part of it.
  check('She won the Teacher of the Year Award in Boston.', [['Boston', 'place']], ['Year']);
});

test('a newspaper\'s last word and an organisation\'s word before a place make an organisation', () => {
  check('The Hollywood Reporter said Ross would return, and the Sacramento Examiner agreed.', [
    ['Hollywood Reporter', 'organization'],
    ['Sacramento Examiner', 'organization'],
  ]);
  check('Air Canada cancelled flights after a Telecom Egypt cable near Alexandria failed.', [
    ['Air Canada', 'organization'],
    ['Telecom Egypt', 'organization'],
    ['Alexandria', 'place'],
  ]);
  // A place's name stays a place without such a word.
  check('Flights to Canada and Egypt were cancelled.', [
    ['Canada', 'place'],
    ['Egypt', 'place'],
  ]);
});

test('an institution named by its building is a place where something happens at it, an organisation where it acts', () => {
  check('Fire broke out at Greenfield Bible Church on Friday, and the hearing took place at Preston Crown Court.', [
    ['Greenfield Bible Church', 'place'],
    ['Preston Crown Court', 'place'],
  ]);
  check('Greenfield Bible Church said the fire was arson, and Preston Crown Court ruled on Monday.', [
    ['Greenfield Bible Church', 'organization'],
    ['Preston Crown Court', 'organization'],
  ]);
  // Joining a club is no place.
  check('Hobson initiated him into the Cambridge Whig Club at twenty.', [['Cambridge Whig Club', 'organization']]);
});

test('a capitalised title opening the sentence marks the unknown name after it as a person', () => {
  check('President Lindqvist on Monday reversed the rule. Justice Oyelaran dissented.', [
    ['Lindqvist', 'person'],
    ['Oyelaran', 'person'],
  ]);
  // Without a title, an unknown word opening a sentence proves nothing.
  check('Lindqvist reversed the rule on Monday, officials said.', [], ['Lindqvist']);
});

test('an age before a name marks a person; a kind of organisation before a name marks an organisation', () => {
  check('Police shot 16-year-old Tavon Marsh on Saturday, and cable operator Zentrix announced repairs.', [
    ['Tavon Marsh', 'person'],
    ['Zentrix', 'organization'],
  ]);
});

test('a quoted nickname stays inside the name; a second opponent after "and" is a team too', () => {
  check('Mob boss Vincent "The Chin" Gigante died in prison.', [['Vincent "The Chin" Gigante', 'person']], ['Vincent', 'Chin']);
  const a = analyzeArticle('He will miss the games against Detroit and Denver with a sprained knee.');
  assert.deepEqual(
    a.mentions.map((m) => `${m.text}/${m.kind}`),
    ['Detroit/organization', 'Denver/organization'],
  );
});

test('the short form of a team is the team; "Org" ends an organisation name', () => {
  const a = analyzeArticle('South Korea beat Ghana 2 – 1 in Seoul. South Korea won the group after Korea substituted two players.');
  assert.ok(a.mentions.filter((m) => /Korea/.test(m.text)).every((m) => m.kind === 'organization'), a.mentions.map((m) => `${m.text}/${m.kind}`).join(', '));
  check('She joined the Ember Org at fourteen.', [['Ember Org', 'organization']]);
});

test('a surname ending in s is a person; a plural of an ordinary noun names a team', () => {
  check('Jurors heard the case against Darnell Timmons on Monday, and fans said Harbor Chiefs won again.', [
    ['Darnell Timmons', 'person'],
    ['Harbor Chiefs', 'organization'],
  ]);
});

test("a shop named with its owner's possessive is one name", () => {
  check("She was struck outside the Sam's Club in Bloomington, Putin's Party said.", [["Sam's Club", 'place'], ['Bloomington', 'place']], ["Putin's Party"]);
});

test('an unknown single word is a place when its context calls it one', () => {
  // An apposition naming a kind of place, even at the start of a sentence.
  check('Tarnow, a river town of 12,000 people, voted on Sunday.', [['Tarnow', 'place']]);
  // "the mayor of X", "X's city council", "from X".
  check('The mayor of Kessenich resigned. Brakel\'s city council met. Delegates from Ostrel arrived.', [
    ['Kessenich', 'place'],
    ['Brakel', 'place'],
    ['Ostrel', 'place'],
  ]);
  // Once typed, the same word is a place wherever else it stands in the article.
  check('Harlow\'s residents were angry. Harlow voted against the plan.', [['Harlow', 'place']], []);
  assert.deepEqual(
    analyzeArticle('Harlow\'s residents were angry. Harlow voted against the plan.').mentions.map((m) => m.kind),
    ['place', 'place'],
  );
});

test('a person apposition, a possessive or a title wins over "at" and "from"', () => {
  check('The attack was aimed at Dremmel, the former party candidate, officials said.', [['Dremmel', 'person']]);
  check('She ate at Gorton\'s diner.', [], ['Gorton']);
  check('A letter from Ivana Kolar arrived. It was signed by Kolar, and another from Kolar followed.', [['Kolar', 'person']]);
  check('Lund, a student, said no.', [['Lund', 'person']]);
});

test('a heading of "The" and one word is not a name; "Horn of Africa" is one place; a transit company is an organisation', () => {
  check('The Outcome\nThe board approved the plan on Monday.', [], ['Outcome']);
  check('Ships sailed off the Horn of Africa.', [['Horn of Africa', 'place']]);
  check('Delays hit Norland Transit this week.', [['Norland Transit', 'organization']]);
});

test('an opponent after "defeated" or "against", or beside a score, is a team; a person opponent stays a person', () => {
  check('The Bluejays defeated Marlow 65-53 on Friday.', [['Marlow', 'organization']]);
  check('Fans cheered the top-ranked Marsh Herons in the game against Ostbury on Friday.', [['Marsh Herons', 'organization'], ['Ostbury', 'organization']]);
  check('Kim Hollis won the seat, defeating Arne Voss by 5,000 votes.', [['Arne Voss', 'person']]);
});

test('a place named with a possessive is one place, even with a title among its words', () => {
  check("Deputies from Queen Edith's County arrested him.", [["Queen Edith's County", 'place']], ['Edith']);
  check("They sailed to Marta's Vineyard on Monday.", [["Marta's Vineyard", 'place']]);
  check("Ana Lisk's lawyer said no.", [['Ana Lisk', 'person']]);
  check("She shopped at Sam's Club.", [["Sam's Club", 'place']]);
  check("Sam's Club cut its prices.", [["Sam's Club", 'organization']]);
});

test('names with letters outside Latin-1 are found whole, at their UTF-16 offsets', () => {
  const text = '𝐀𝐁 Mayor Paweł Łęcki met Antonín Dvořák and Søren Ørsted in Łódź. Đorđe Vuković said the talks with Ioannis Παπαδόπουλος went well.';
  const a = analyzeArticle(text);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  check(text, [
    ['Paweł Łęcki', 'person'],
    ['Antonín Dvořák', 'person'],
    ['Søren Ørsted', 'person'],
    ['Đorđe Vuković', 'person'],
  ], ['Pawe', 'Dvo']);
});

test('capitals, shouted words and title-case lines read alike in plain ASCII and with letters beyond it', () => {
  // The case of plain ASCII words is read without regular expressions: an accent must change nothing.
  const pairs = [
    ['A DEPOT FIRE hit Oslo. The depot and the fire were old, Dana Whitby said.', 'A DÉPOT FIRE hit Oslo. The dépot and the fire were old, Dána Whitby said.'],
    ['The Mayor Of Velmora Resigns Over Port Deal\nThe mayor of Velmora, Ann Lee, resigned on Monday.', 'The Mayor Of Velmöra Resigns Over Port Deal\nThe mayor of Velmöra, Ånn Lee, resigned on Monday.'],
  ];
  for (const [ascii, accented] of pairs) {
    const read = (text: string) => analyzeArticle(text).mentions.map((m) => `${m.start}-${m.end}/${m.kind}`);
    assert.deepEqual(read(accented), read(ascii));
    assert.ok(read(ascii).length >= 2);
  }
});
