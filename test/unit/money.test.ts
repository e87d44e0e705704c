/**
 * Amounts of money tied to one thing by grammar: the amount that modifies a noun compound ("a
 * $900 million tax relief plan") and the money taken in a robbery ("got away with $5,000"),
 * compared as information when each article gives one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle } from '../../server/src/analysis';
import { extractMoneyAmounts, extractTakenMoney } from '../../server/src/analysis/compare/alignMoney';

const article = (body: string) => analyzeArticle(`date 2026-06-10\n${body}`, { path: 'a.txt' });
const amountsOf = (body: string) => extractMoneyAmounts(article(body)).map((v) => `${v.key}=${v.value}: ${v.text}`);
const takenOf = (body: string) => extractTakenMoney(article(body)).map((v) => `${v.hedge ?? ''} ${v.value}`.trim());
const money = (files: Record<string, string>) => storyFindings(files, { rule: 'quantity-differs', date: '2026-06-10', message: /amount/ });

test('an amount before a noun compound is the size of what the compound names, up to a verb, a function word or a name', () => {
  assert.deepEqual(amountsOf('The mayor unveiled a $40 million harbour renewal scheme that would add two piers.'), ['$ scheme=40000000: $40 million harbour renewal scheme']);
  assert.deepEqual(amountsOf('The council approved a 2.5 billion euro housing fund on Monday.'), ['\u20ac fund=2500000000: 2.5 billion euro housing fund']);
  // No noun after the amount: nothing.
  assert.deepEqual(amountsOf('The bridge cost $40 million and opened in May.'), []);
  // The scale word is part of the amount, never the compound's noun.
  assert.deepEqual(amountsOf('The bridge cost $40 million. It opened in May.'), []);
  assert.deepEqual(amountsOf('She paid $400 for Tickets Direct passes.'), []);
});

test('one plan given two amounts under one head noun, or under the same two words before the head, is information', () => {
  const found = money({
    'a.txt': 'Governor Lena Park has made her $600 million school repair programme the centre of her campaign.',
    'b.txt': 'Lena Park said a $650 million school repair programme would be her first bill.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  const shared = money({
    'a.txt': 'Governor Lena Park has made her $600 million rural school repair plan the centre of her campaign.',
    'b.txt': 'Lena Park said a $650 million school repair package would be her first bill.',
  });
  assert.equal(shared.length, 2);
});

test('no finding for the same amount, compounds with nothing in common, two amounts in one article, or different organisations', () => {
  assert.deepEqual(money({
    'a.txt': 'Governor Lena Park has made her $600 million school repair programme the centre of her campaign.',
    'b.txt': 'Lena Park said a $600 million school repair programme would be her first bill.',
  }), []);
  assert.deepEqual(money({
    'a.txt': 'Governor Lena Park has made her $600 million school repair programme the centre of her campaign.',
    'b.txt': 'Lena Park signed a $90 million road safety bill on Monday.',
  }), []);
  assert.deepEqual(money({
    'a.txt': 'Governor Lena Park proposed a $600 million school repair programme. Her rival wants a $200 million school repair programme.',
    'b.txt': 'Lena Park said a $650 million school repair programme would be her first bill.',
  }), []);
  assert.deepEqual(money({
    'a.txt': 'The Harbor Hawks made a $60 million contract offer to the pitcher on Monday.',
    'b.txt': 'The Lake City Owls made a $75 million contract offer to the pitcher on Monday.',
  }), []);
});

test('the money taken in a robbery is read after a verb of taking, or before "was stolen", with its hedge, in a story about a theft', () => {
  assert.deepEqual(takenOf('Two men robbed a pharmacy on Elm Road. They got away with about $4,000 in cash.'), ['about 4000']);
  assert.deepEqual(takenOf('Police said $12,500 was stolen from the safe during the burglary.'), ['12500']);
  // No theft in the story: "left with" is no taking.
  assert.deepEqual(takenOf('The charity left with $4,000 raised at the fair.'), []);
  // An earlier theft the story recalls.
  assert.deepEqual(takenOf('The shop was robbed on Monday. In March, thieves stole $9,000 from the same shop.'), []);
});

test('one robbery given two amounts taken is information; amounts within their hedges agree', () => {
  const found = money({
    'a.txt': 'Two men robbed the Corner Savings bank on Dale Street on Monday and fled with about $14,000, police said.',
    'b.txt': 'Robbers took roughly $41,000 from the Corner Savings bank on Dale Street on Monday.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /14,000/);
  assert.deepEqual(money({
    'a.txt': 'Two men robbed the Corner Savings bank on Dale Street on Monday and fled with about $14,000, police said.',
    'b.txt': 'Robbers took $14,500 from the Corner Savings bank on Dale Street on Monday.',
  }), []);
});
