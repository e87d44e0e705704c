/** The story board from the core: `storyBoard(story, keep)`, one row per difference or claim, one column per outlet. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyBoard, type BoardCell, type StoryBoard } from '../../../server/src/analysis';
import { fixture } from './fixture';

const BRIDGE = `
//- s/herald.txt
---
outlet: The Herald
date: 2025-03-14
---
The city council of Velmora on Thursday approved the construction of a new harbour bridge. Mayor Aleksandr Petrov said the bridge will cost €80 million.
"This bridge will connect the old town to the port for the first time in a century," Aleksandr Petrov said.
//- s/wire.txt
---
outlet: The Wire
date: 2025-03-14
---
Mayor Aleksandr Petrov said the bridge will cost $137 million.
//- s/daily.txt
---
outlet: The Daily
date: 2025-03-14
---
Velmora's city council voted on Wednesday to build a harbour bridge. Deputy mayor Alexander Petrov said the bridge will cost 85 million euros.
"This bridge will link the old town to the port for the first time in a hundred years," Alexander Petrov said.
`;

/** A cell as text: its passages, the marked words in [brackets], or `—` for a silent outlet. */
function cellText(cell: BoardCell): string {
  if (!cell.passages.length) return '—';
  return cell.passages.map((p) => p.parts.map((x) => (x.mark ? `[${x.text}]` : x.text)).join('')).join(' | ');
}

/** The board as lines: `severity label: cell | cell | cell`, outlets first. */
function boardText(board: StoryBoard): string[] {
  return [
    board.outlets.map((o) => o.outlet).join(' | '),
    ...board.rows.map((r) => `${r.kind === 'finding' ? r.severity : 'claim'} ${r.label} (${r.rule ?? '-'}): ${r.cells.map(cellText).join(' || ')}`),
  ];
}

function board(input = BRIDGE, keep?: Parameters<typeof storyBoard>[1]): StoryBoard {
  const f = fixture(input);
  return storyBoard(f.snapshot.storyOf(f.path), keep);
}

test('one column per outlet; the figures row shows each outlet\'s sentence with its figure marked', () => {
  const b = board();
  assert.deepEqual(b.outlets.map((o) => `${o.outlet} ${o.path} ${o.date}`), ['The Daily s/daily.txt 2025-03-14', 'The Herald s/herald.txt 2025-03-14', 'The Wire s/wire.txt 2025-03-14']);
  const text = boardText(b);
  const figures = text.find((l) => l.includes('(quantity-differs)'));
  assert.equal(
    figures,
    'warning Sum of money (any currency) (quantity-differs): Deputy mayor Alexander Petrov said the bridge will cost [85 million euros]. || Mayor Aleksandr Petrov said the bridge will cost [€80 million]. || Mayor Aleksandr Petrov said the bridge will cost [$137 million].',
  );
});

test('differences come first, the most pressing first; each is one row, however many outlets it involves', () => {
  const b = board();
  const kinds = b.rows.map((r) => (r.kind === 'finding' ? ['error', 'warning', 'information', 'hint'].indexOf(r.severity!) : 4));
  assert.deepEqual(kinds, [...kinds].sort((a, c) => a - c), boardText(b).join('\n'));
  const rules = b.rows.filter((r) => r.kind === 'finding').map((r) => r.rule);
  assert.equal(rules.filter((r) => r === 'name-variant').length, 1, 'the spelling of the name is one row, not one per article');
  // The spelling row leaves no outlet out; the date row names two and leaves the Wire silent.
  const date = b.rows.find((r) => r.rule === 'date-differs')!;
  assert.deepEqual(date.cells.map(cellText).map((c) => (c === '—' ? c : 'said')), ['said', 'said', '—']);
  assert.match(cellText(date.cells[0]), /\[Wednesday\]/);
  assert.match(cellText(date.cells[1]), /\[Thursday\]/);
});

test('in a quotation only the words the other outlet does not use are marked; the passage opens at the whole quotation', () => {
  const b = board();
  const quote = b.rows.find((r) => r.rule === 'quote-differs')!;
  assert.ok(quote, boardText(b).join('\n'));
  assert.equal(cellText(quote.cells[1]), '"This bridge will [connect] the old town to the port for the first time in a [century]," Aleksandr Petrov said.');
  assert.equal(cellText(quote.cells[0]), '"This bridge will [link] the old town to the port for the first time in a [hundred years]," Alexander Petrov said.');
  const f = fixture(BRIDGE);
  const passage = quote.cells[1].passages[0];
  assert.match(f.texts.get(passage.path)!.slice(passage.span.start, passage.span.end), /^"This bridge will connect.*century,"$/);
});

test('a long sentence is cut to the words around the mark; findings a team reconciled are left out', () => {
  const long = `
//- s/a.txt
${'Officials spent many hours at a long meeting in the town hall discussing routes, tolls and designs, '.repeat(3)}and Mayor Anna Berg said on Monday that 12 people died in the fire in Lisbon, ${'while the council went on to speak at length about the budget and the harbour for the rest of the evening '.repeat(3)}.
//- s/b.txt
Mayor Anna Berg said on Monday that 15 people died in the fire in Lisbon.
`;
  const b = board(long);
  const row = b.rows.find((r) => r.rule === 'quantity-differs');
  assert.ok(row, boardText(b).join('\n'));
  const cell = cellText(row.cells[0]);
  assert.match(cell, /^….*\[12 people died\].*…$/);
  assert.ok(cell.length < 260, cell);
  const without = board(long, (f) => f.rule !== 'quantity-differs');
  assert.ok(!without.rows.some((r) => r.rule === 'quantity-differs'));
});

test('claims no source differs on follow the differences; an unknown article has an empty board', () => {
  const b = board(`
//- s/a.txt
Mayor Anna Berg said on Monday that 12 people died in the fire in Lisbon.
//- s/b.txt
Mayor Anna Berg said on Monday that 12 people died in the fire in Lisbon.
`);
  assert.ok(b.rows.length > 0, 'the agreeing claims are rows');
  assert.ok(b.rows.every((r) => r.kind === 'claim'));
  assert.ok(b.rows.some((r) => r.cells.every((c) => c.passages.length === 1)), 'both outlets state a claim');
  assert.deepEqual(storyBoard(undefined), { outlets: [], rows: [], more: 0, problems: [] });
});
