/** The hover card at the cursor, from the core: `hoverAt(snapshot, path, offset)`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, type FindingFilter } from '../../../server/src/analysis';
import { fixture } from './fixture';
import { cardText } from './render';

/** Checks the card at the fixture's cursor, and the words it covers (`[words]` marks them in `expected`'s first line). */
function check(input: string, expected: string | null, keep?: FindingFilter): void {
  assert.ok(input.includes('$0'), 'the fixture marks the cursor');
  const f = fixture(input);
  const found = hoverAt(f.snapshot, f.path, f.offset, keep);
  if (expected === null) {
    assert.equal(found, null);
    return;
  }
  assert.ok(found, 'a card at the cursor');
  const [words, ...card] = expected.trim().split('\n');
  assert.equal(`[${f.texts.get(f.path)!.slice(found.span.start, found.span.end)}]`, words.trim());
  assert.equal(cardText(found.card), card.map((l) => l.trim()).join('\n'));
}

/** Two reports of one council vote, which differ on the mayor's spelling, role, words, day and cost. */
const BRIDGE = (north: string) => `
//- s/north.txt
${north}
//- s/south.txt
date 2025-03-14 Velmora votes for bridge
Velmora's city council voted on Wednesday to build a harbour bridge. Deputy mayor Alexander Petrov said: "This bridge will link our city for a hundred years." The bridge will cost 85 million euros.
`;
const NORTH = `date 2025-03-14 Harbour bridge approved
The city council of Velmora on Thursday approved a new harbour bridge. Mayor Aleksandr Petrov said: "This bridge will connect our city for a century." The bridge will cost €80 million.

Funding
Aleksandr Petrov said the state would pay half.`;

/** The card over the mayor's name in the north report, with the findings' lines given. */
const PETROV = (differs: string) => `[Aleksandr Petrov]
     Aleksandr Petrov · person
     Also written: Alexander Petrov
     Role here: Mayor
     In this article: 2 mentions, 2 quotes
     ---
     ${differs}
     ---
     south: "Alexander Petrov", 1 mention, 1 quote; Deputy mayor → line 2 (s/south.txt:2)`;

test('over a name: its other spellings, its role here, its mentions and quotes, what differs and each other source', () => {
  check(
    BRIDGE(NORTH.replace('Mayor Aleksandr Petrov', 'Mayor Aleks$0andr Petrov')),
    PETROV('role-differs → south (s/south.txt:2)\n     name-variant → south (s/south.txt:2)'),
  );
});

test('the cursor right after a name still points at it', () => {
  const f = fixture(BRIDGE(NORTH.replace('of Velmora on', 'of Velmora$0 on')));
  assert.equal(hoverAt(f.snapshot, f.path, f.offset)?.card.title, 'Velmora');
});

test('a finding the reader reconciled is left off the card', () => {
  check(
    BRIDGE(NORTH.replace('Mayor Aleksandr Petrov', 'Mayor Aleksandr Pet$0rov')),
    PETROV('name-variant → south (s/south.txt:2)'),
    (finding) => finding.rule !== 'role-differs',
  );
});

test('over a relative date: the calendar day, counted from the article date, and the other outlet\'s day', () => {
  check(
    BRIDGE(NORTH.replace('on Thursday', 'on Thurs$0day')),
    `[Thursday]
     Thursday · date
     Date: Thursday 13 March 2025
     Counted from: the article's date, Friday 14 March 2025
     ---
     date-differs → south (s/south.txt:2)`,
  );
});

test('over a relative date in an undated article: why it has no calendar day', () => {
  check(
    `
//- s/a.txt
The council met on Tues$0day to vote on the bridge.
`,
    `[Tuesday]
     Tuesday · date
     Date: not resolved
     Why: it depends on a date the text does not give`,
  );
});

test('over a number: its value, what it counts, its hedge, and that the sources differ', () => {
  check(
    BRIDGE(NORTH.replace('€80 million', '€8$00 million')),
    `[€80 million]
     €80 million · quantity
     Value: 80,000,000
     Counts: EUR
     Hedge: none
     ---
     quantity-differs → south (s/south.txt:2)`,
  );
});

test('over a quote: its speaker and verb, the words that changed, and the other outlet\'s rendering', () => {
  check(
    BRIDGE(NORTH.replace('will connect our', 'will con$0nect our')),
    `["This bridge will connect our city for a century."]
     "This bridge will connect our city for a century." · quote
     Speaker: Aleksandr Petrov
     Verb: said
     ---
     quote-differs → south (s/south.txt:2)
     Wording: "connect" → "link"; "century" → "hundred years"
     ---
     south: "This bridge will link our city for a hundred years." → line 2 (s/south.txt:2)`,
  );
});

test('a name inside a quote has the name\'s card, not the quote\'s', () => {
  const f = fixture(`
//- s/a.txt
"We thank Anna Be$0rg for this," said Lena Holt.
`);
  assert.equal(hoverAt(f.snapshot, f.path, f.offset)?.card.kind, 'person');
});

test('over words that are none of these, and outside any article, there is no card', () => {
  check(BRIDGE(NORTH.replace('a new harbour', 'a n$0ew harbour')), null);
  const f = fixture(BRIDGE(NORTH));
  assert.equal(hoverAt(f.snapshot, 's/missing.txt', 0), null);
  assert.equal(hoverAt(f.snapshot, f.path, -5), null);
  assert.equal(hoverAt(f.snapshot, f.path, 1e9), null);
});

test('over a description that another outlet ties to a name: that person\'s card, and why', () => {
  const f = fixture(`
//- s/north.txt
The gunman, identified as Tom Vell, fled on foot after the shooting.
//- s/south.txt
Witnesses said the gun$0man fled on foot.
`);
  const found = hoverAt(f.snapshot, f.path, f.offset);
  assert.ok(found, 'a card over the description');
  assert.equal(f.texts.get(f.path)!.slice(found.span.start, found.span.end), 'the gunman');
  assert.equal(found.card.title, 'Tom Vell');
  assert.equal(found.card.lines[0].text, '"the gunman" is Tom Vell: other sources name the gunman');
  assert.deepEqual(
    found.card.sources?.map((s) => `${s.label}: ${s.text}`),
    ['north: "Tom Vell", 1 mention; gunman; as "The gunman"'],
  );
});

test('over a name: the sources that only describe the person are listed with their words', () => {
  const f = fixture(`
//- s/north.txt
The gunman, identified as Tom V$0ell, fled on foot after the shooting.
//- s/south.txt
Witnesses said the gunman fled on foot.
`);
  const found = hoverAt(f.snapshot, f.path, f.offset);
  assert.equal(found?.card.title, 'Tom Vell');
  assert.deepEqual(found?.card.lines.map((l) => `${l.label}: ${l.text}`), ['Role here: gunman', 'Described here: "The gunman"', 'In this article: 1 mention']);
  assert.deepEqual(found?.card.sources?.map((s) => `${s.label}: ${s.text}`), ['south: not named; as "the gunman"']);
});

test('a description that no source ties to a name has no card of a person', () => {
  const f = fixture(`
//- s/north.txt
The gunman fled on foot after the shooting.
//- s/south.txt
Witnesses said the gun$0man fled on foot.
`);
  // The reported speech around it keeps its own card.
  assert.equal(hoverAt(f.snapshot, f.path, f.offset)?.card.kind, 'reported speech');
});

test("over an organisation: the places its name contains, and none over a plain name", () => {
  check(
    `
//- s/a.txt
date 2025-03-14 Harvest falls
Researchers at the University of Nebr$0aska said the harvest would fall.`,
    `[University of Nebraska]
     University of Nebraska · organisation
     Places in the name: Nebraska
     In this article: 1 mention`,
  );
  check(
    `
//- s/a.txt
date 2025-03-14 Harvest falls
Researchers at the Halvorsen Insti$0tute said the harvest would fall.`,
    `[Halvorsen Institute]
     Halvorsen Institute · organisation
     In this article: 1 mention`,
  );
});
