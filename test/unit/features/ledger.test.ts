/** The story's claim ledger, its one-line summary and the date hints, from the core. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateHints, describeDate, shortDate, storyLedger, storySummary, type FindingFilter } from '../../../server/src/analysis';
import { fixture, wordsAt } from './fixture';

/** Three reports of one vote: two give different costs, the third gives none. */
const VOTE = `
//- s/north.txt
date 2025-03-14 Bridge approved
Mayor Aleksandr Petrov said the bridge will cost €80 million. The council approved it on Thursday.
//- s/south.txt
date 2025-03-14 Bridge vote
Mayor Alexander Petrov said the bridge will cost 85 million euros. The council approved it on Thursday.
//- s/west.txt
date 2025-03-14 Council vote
Mayor Aleksandr Petrov praised the vote. The council approved the bridge on Thursday.
`;

/** Checks the ledger as lines: `label: outlet "words"[*differs] …; silent: outlets`. */
function check(input: string, expected: string[], keep?: FindingFilter): void {
  const f = fixture(input);
  const ledger = storyLedger(f.snapshot.storyOf(f.path), keep);
  const lines = ledger.map((item) => {
    const statements = item.statements.map((s) => `${s.outlet} "${wordsAt(f, s.path, s.span)}"${s.differs ? '*' : ''}`).join(', ');
    assert.equal(item.differing, item.statements.filter((s) => s.differs).length);
    return `${item.kind} ${item.label}: ${statements}${item.silent.length ? `; silent: ${item.silent.join(', ')}` : ''}`;
  });
  assert.deepEqual(lines, expected);
}

test('each claim with the outlets that state it, those that differ marked, those silent named; differing claims first', () => {
  check(VOTE, [
    'quantity Sum of money (any currency): north "€80 million"*, south "85 million euros"*; silent: west',
    'quote Words of Aleksandr Petrov: north "the bridge will cost €80 million"*, south "the bridge will cost 85 million euros"*; silent: west',
    'date Date of "approved": The council approved it on Thursday.: north "Thursday", south "Thursday", west "Thursday"',
    'role Role of Aleksandr Petrov: north "Mayor", south "Mayor", west "Mayor"',
  ]);
});

test('a reconciled difference no longer marks its statements', () => {
  check(
    VOTE,
    // Nothing differs now: the claims stated by the most outlets come first.
    [
      'date Date of "approved": The council approved it on Thursday.: north "Thursday", south "Thursday", west "Thursday"',
      'role Role of Aleksandr Petrov: north "Mayor", south "Mayor", west "Mayor"',
      'quantity Sum of money (any currency): north "€80 million", south "85 million euros"; silent: west',
      'quote Words of Aleksandr Petrov: north "the bridge will cost €80 million", south "the bridge will cost 85 million euros"; silent: west',
    ],
    (finding) => finding.rule !== 'quantity-differs',
  );
  assert.deepEqual(storyLedger(undefined), []);
});

test('the story in one line: sources, people, and differences that are not hints', () => {
  const f = fixture(VOTE);
  const story = f.snapshot.storyOf(f.path)!;
  const hints = story.findings.filter((x) => x.severity === 'hint').length;
  assert.equal(storySummary(story), `3 sources · 1 person · ${story.findings.length - hints} differing claims`);
  const alone = fixture(`
//- s/a.txt
Anna Berg spoke.
`);
  assert.equal(storySummary(alone.snapshot.storyOf('s/a.txt')!), '1 source · 1 person · 0 differing claims');
});

test('a relative date that resolves gets its calendar day after it; absolute and unresolved dates get none', () => {
  const f = fixture(`
//- s/a.txt
date 2025-03-14 The council voted on Thursday, met again on 20 March 2025 and will meet on Tuesday.
//- s/b.txt
The council voted on Thursday.
`);
  const text = f.texts.get('s/a.txt')!;
  const hints = dateHints(f.snapshot.article('s/a.txt'));
  assert.deepEqual(
    hints.map((h) => `${/\S+$/.exec(text.slice(0, h.offset))?.[0]} ${h.label} (${h.tooltip})`),
    ['Thursday ‹Mar 13› (Thursday 13 March 2025)', 'Tuesday ‹Mar 18› (Tuesday 18 March 2025)'],
  );
  // Only hints whose date ends within the window are given.
  const window = { start: 0, end: text.indexOf('met again') };
  assert.equal(dateHints(f.snapshot.article('s/a.txt'), window).length, 1);
  assert.deepEqual(dateHints(f.snapshot.article('s/b.txt')), []);
  assert.deepEqual(dateHints(undefined), []);
});

test('calendar values are written in full and in short', () => {
  assert.equal(describeDate('2025-12-21'), 'Sunday 21 December 2025');
  assert.equal(describeDate('2022-02'), 'February 2022');
  assert.equal(describeDate('2019'), '2019');
  assert.equal(describeDate(null), 'not resolved');
  assert.equal(describeDate('2025-13'), '2025-13');
  assert.deepEqual(['2025-12-21', '2025-07', '2025', 'soon'].map(shortDate), ['Dec 21', 'Jul 2025', '2025', 'soon']);
});
