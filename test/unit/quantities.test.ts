import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, type Quantity } from '../../server/src/analysis';
import { singular } from '../../server/src/analysis/extract/quantities';
import { SEED, storyText } from '../support/fixtures';

function quantitiesOf(body: string): { text: string; q: Quantity[] } {
  const text = ` date 2025-12-21 ${body}`;
  return { text, q: analyzeArticle(text, { path: 'wire.txt' }).quantities };
}

/**
 * Checks each expected quantity: `expected` maps the expression's text to
 * `[value, unit, hedge, number text]`.
 */
function check(body: string, expected: Record<string, [number, string, string | null, string]>): void {
  const { text, q } = quantitiesOf(body);
  for (const [expr, [value, unit, hedge, num]] of Object.entries(expected)) {
    const hit = q.find((x) => x.text === expr);
    assert.ok(hit, `expected a quantity "${expr}" in ${JSON.stringify(q.map((x) => x.text))}`);
    assert.equal(hit.value, value, `value of "${expr}"`);
    assert.equal(hit.unit, unit, `unit of "${expr}"`);
    assert.equal(hit.hedge, hedge, `hedge of "${expr}"`);
    assert.equal(text.slice(hit.number.start, hit.number.end), num, `number span of "${expr}"`);
    assert.equal(text.slice(hit.start, hit.end), expr);
  }
}

/** Checks that no quantity contains any of `texts`. */
function checkNone(body: string, texts: string[]): void {
  const { q } = quantitiesOf(body);
  for (const t of texts) assert.ok(!q.some((x) => x.text.includes(t)), `"${t}" is not a quantity: ${JSON.stringify(q.map((x) => x.text))}`);
}

test('seed 003: about 1,300 drones, nearly 1,200 guided aerial bombs, nine missiles', () => {
  const a = analyzeArticle(storyText(SEED.story, SEED.a), { path: SEED.a });
  const drones = a.quantities.find((q) => q.unit === 'drone');
  assert.deepEqual([drones?.value, drones?.hedge, drones?.text], [1300, 'about', 'about 1,300 drones']);
  const bombs = a.quantities.find((q) => q.unit === 'guided aerial bomb');
  assert.deepEqual([bombs?.value, bombs?.hedge], [1200, 'nearly']);
  assert.equal(a.quantities.find((q) => q.unit === 'missile')?.value, 9);
  assert.equal(a.quantities.find((q) => q.unit === 'month')?.value, 6);
});

test('counts with hedges and number words', () => {
  check('Police said more than 300 people marched, twenty-five soldiers watched and about 40 buses waited.', {
    'more than 300 people': [300, 'person', 'more than', '300'],
    'twenty-five soldiers': [25, 'soldier', null, 'twenty-five'],
    'about 40 buses': [40, 'bus', 'about', '40'],
  });
  check('At least 12 were hurt and up to 5,000 tents went up for 1.5 million residents.', {
    'At least 12': [12, '', 'at least', '12'],
    'up to 5,000 tents': [5000, 'tent', 'up to', '5,000'],
    '1.5 million residents': [1_500_000, 'resident', null, '1.5 million'],
  });
});

test('money in symbols, words and abbreviations, as ISO currency codes', () => {
  check('The fund got €80 million, or 85 million euros, after $137 million and £2bn; bail was US$ 20,000.', {
    '€80 million': [80_000_000, 'EUR', null, '80 million'],
    '85 million euros': [85_000_000, 'EUR', null, '85 million'],
    '$137 million': [137_000_000, 'USD', null, '137 million'],
    '£2bn': [2_000_000_000, 'GBP', null, '2bn'],
    'US$ 20,000': [20_000, 'USD', null, '20,000'],
  });
});

test('percentages in sign and words', () => {
  check('Turnout rose 12% while prices fell 3.5 per cent and wages nearly 2 percent.', {
    '12%': [12, 'percent', null, '12'],
    '3.5 per cent': [3.5, 'percent', null, '3.5'],
    'nearly 2 percent': [2, 'percent', 'nearly', '2'],
  });
});

test('years, dates, times, ordinals, compounds and labels are not quantities', () => {
  checkNone('In 2019, on 12 March 2024 at 3 p.m. and 9:30, the 36-year-old boarded a Boeing 737 on Route 94.', [
    '2019', '12', '3', '9', '36', '737', '94',
  ]);
  checkNone('She came 1st. He was 91. Nine of them left. Dozens of homes burned.', ['1st', '91', 'Nine', 'Dozens']);
});

test('durations are quantities of time', () => {
  check('The first talks in six months lasted two weeks.', {
    'six months': [6, 'month', null, 'six'],
    'two weeks': [2, 'week', null, 'two'],
  });
});

test('units are made singular by rule and by a list of irregular plurals', () => {
  assert.equal(singular('guided aerial bombs'), 'guided aerial bomb');
  assert.equal(singular('casualties'), 'casualty');
  assert.equal(singular('people'), 'person');
  assert.equal(singular('buses'), 'bus');
  assert.equal(singular('children'), 'child');
});

test('never throws on odd input, and spans stay exact after emoji', () => {
  for (const body of ['', '🎉 '.repeat(50) + 'about 30 drones', '1'.repeat(5000), '$$$ €€ 12,,,000 . . 9.9.9 %%%']) {
    const { text, q } = quantitiesOf(body);
    for (const x of q) assert.equal(text.slice(x.start, x.end), x.text);
  }
  const { q } = quantitiesOf('🎉🎉 about 30 drones');
  assert.deepEqual(q.map((x) => [x.text, x.value]), [['about 30 drones', 30]]);
});

test('counts of sides, reasons and options frame the story and are not quantities', () => {
  checkNone('Mediators met the two warring sides and gave three reasons for hope in two ways.', ['sides', 'reasons', 'ways']);
  // What a checker compares stays: people, casualties, objects.
  check('Mediators met the two warring sides; two men were arrested and 14 homes burned.', {
    'two men': [2, 'man', null, 'two'],
    '14 homes': [14, 'home', null, '14'],
  });
});

test('a small number word after "the" or a possessive points back and is not a new count', () => {
  checkNone('The two countries signed a treaty; their three leaders smiled.', ['two countries', 'three leaders']);
  // A count stated as news, or written in digits, is kept.
  check('Two countries recognised the vote. The 12 victims were named.', {
    'Two countries': [2, 'country', null, 'Two'],
    '12 victims': [12, 'victim', null, '12'],
  });
});
