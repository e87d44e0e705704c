/**
 * A range of money is one value: "between $40 million and $45 million" is not two figures, and
 * it is compared as a range (a single figure inside it agrees, one outside it differs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle } from '../../server/src/analysis';

function amounts(body: string) {
  return analyzeArticle(`date 2025-04-02 ${body}`, { path: 'wire.txt' }).quantities.filter((q) => /^[A-Z]{3}$/.test(q.unit));
}

const differs = (files: Record<string, string>) => storyFindings(files, { rule: 'quantity-differs' });

test('the two ends of a range of money make one quantity with a lower and an upper end', () => {
  const between = amounts('The county offered between $40 million and $45 million for the quarry land.');
  assert.equal(between.length, 1);
  assert.equal(between[0].text, 'between $40 million and $45 million');
  assert.deepEqual([between[0].value, between[0].upper, between[0].unit], [40e6, 45e6, 'USD']);
  // The lower end written without its scale takes the upper end's.
  const to = amounts('Bids were in the €3 to €5 billion range.');
  assert.equal(to.length, 1);
  assert.deepEqual([to[0].value, to[0].upper], [3e9, 5e9]);
});

test('two amounts joined by "and" without "between", or falling, are two figures', () => {
  assert.equal(amounts('The firm paid $5 million and $2 million in fees went to lawyers.').length, 2);
  assert.equal(amounts('Its value fell from $10 million to $8 million last year.').length, 2);
});

test('a figure inside the range agrees with it, one outside differs, and two ranges that end differently are noted', () => {
  const inside = differs({
    's/a.txt': 'The county offered between $40 million and $45 million for the quarry land, officials said.',
    's/b.txt': 'The county offered $42 million for the quarry land, officials said.',
  });
  assert.ok(inside.every((f) => f.severity !== 'warning'), inside.map((f) => f.message).join('\n'));
  const outside = differs({
    's/a.txt': 'The county offered between $40 million and $45 million for the quarry land, officials said.',
    's/b.txt': 'The county offered $60 million for the quarry land, officials said.',
  });
  assert.equal(outside.length, 2);
  assert.equal(outside[0].severity, 'warning');
  const ranges = differs({
    's/a.txt': 'The county offered between $40 million and $45 million for the quarry land, officials said.',
    's/b.txt': 'The county offered $40 million to $50 million for the quarry land, officials said.',
  });
  assert.equal(ranges.length, 2);
  assert.equal(ranges[0].severity, 'information');
  assert.match(ranges[0].message, /ranges given for the same thing .* differ but overlap/);
});

test('a lower bound and an upper bound of one amount are its range', () => {
  const bounds = amounts('The bid is believed to be worth at least $20 million and possibly as much as $25 million.');
  assert.equal(bounds.length, 1);
  assert.equal(bounds[0].text, 'at least $20 million and possibly as much as $25 million');
  assert.deepEqual([bounds[0].value, bounds[0].upper, bounds[0].hedge], [20e6, 25e6, null]);
  assert.equal(amounts('Fees ran to more than €2 million but up to €3 million a year.').length, 1);
  // Without an upper bound's hedge, or falling, they stay two figures.
  assert.equal(amounts('The firm paid at least $20 million and $25 million went to lawyers.').length, 2);
  assert.equal(amounts('It raised at least $20 million and up to $5 million came from abroad.').length, 2);
});

test('"US $" before an amount leaves its hedge before it', () => {
  const [q] = amounts('The offer was reportedly worth about US $160 million.');
  assert.deepEqual([q.text, q.hedge, q.unit], ['about US $160 million', 'about', 'USD']);
});

test('amounts that are the worth of one noun are compared, as an observation, though their clauses share no other word', () => {
  const agree = differs({
    's/a.txt': 'The club made its offer, reportedly worth about $50 million, during the winter meetings.',
    's/b.txt': 'Owner Jo Park presented the offer, which is believed to be worth at least $48 million and possibly as much as $55 million over the life of the contract.',
  });
  assert.equal(agree.length, 2);
  assert.ok(agree.every((f) => f.severity === 'information'));
  const apart = differs({
    's/a.txt': 'The club made its offer, reportedly worth about $50 million, during the winter meetings.',
    's/b.txt': 'Owner Jo Park presented the offer, which is believed to be worth $80 million over the life of the contract.',
  });
  assert.equal(apart.length, 2);
  assert.ok(apart.every((f) => f.severity === 'information'), apart.map((f) => f.severity).join());
  assert.match(apart[0].message, /differ/);
  // The worth of different things is not compared.
  const things = differs({
    's/a.txt': 'The club made its offer, reportedly worth about $50 million, during the winter meetings.',
    's/b.txt': 'The stadium, which is believed to be worth $80 million, opened in the spring.',
  });
  assert.equal(things.length, 0);
});
