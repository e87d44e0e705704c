/**
 * Facts of a case that each article states once, compared as information: the bail set
 * ("held on $500,000 bail" / "set his bail at $750,000") and the degree of a charge
 * ("first-degree murder" / "second-degree murder"). An article with two values gives none, and
 * articles that name different people with their values are not compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle } from '../../server/src/analysis';
import { extractBail } from '../../server/src/analysis/compare/alignBail';
import { extractChargeDegrees } from '../../server/src/analysis/compare/alignCharges';

const article = (body: string, path = 'a.txt') => analyzeArticle(`date 2026-06-10\n${body}`, { path });
const bailOf = (body: string) => extractBail(article(body)).map((b) => `${b.key}${b.value}: ${b.text}`);
const degreesOf = (body: string) => extractChargeDegrees(article(body)).map((d) => `${d.key}=${d.value}: ${d.text}`);

const findings = (files: Record<string, string>, message: RegExp) => storyFindings(files, { message, date: '2026-06-10' });

test('bail amounts are read beside "bail" or "bond" in a sentence about custody or a court', () => {
  assert.deepEqual(bailOf('The driver is being held at the county jail on $40,000 bail.'), ['$40000: $40,000 bail']);
  assert.deepEqual(bailOf('A magistrate set her bond at $2.5 million on Friday.'), ['$2500000: bond at $2.5 million']);
  assert.deepEqual(bailOf('Both brothers were held on a £10,000 surety bond each, the court heard.'), ['£10000: £10,000 surety bond']);
  assert.deepEqual(bailOf('Bail was set at $75,000 during a short hearing in district court.'), ['$75000: Bail was set at $75,000']);
});

test('no bail from a bond that is a debt, from bail without an amount, or from an earlier case', () => {
  assert.deepEqual(bailOf('The city sold a $20 million bond to pay for the new library.'), []);
  assert.deepEqual(bailOf('He is being held without bail at the county jail.'), []);
  assert.deepEqual(bailOf('In 2019 he was held on $5,000 bail after a burglary arrest.'), []);
});

test('one bail given different amounts is information; two amounts in one article, or two people, give none', () => {
  const found = findings({
    'a.txt': 'Tom Reyes, 30, was charged with robbery. He is being held on $90,000 bail.',
    'b.txt': 'Tom Reyes was arrested on Monday. A judge set his bail at $60,000 on Tuesday.',
  }, /bail/);
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.equal(found[0].rule, 'quantity-differs');
  assert.match(found[0].message, /\$90,000/);
  assert.match(found[0].message, /\$60,000/);
  // A bail reduced: the article gives two amounts and none is compared.
  assert.deepEqual(findings({
    'a.txt': 'Tom Reyes was charged with robbery. He is being held on $90,000 bail.',
    'b.txt': 'Tom Reyes was charged with robbery. His bail of $90,000 was lowered to $60,000 bail by a judge on Tuesday.',
  }, /bail/), []);
  // Each article gives the bail of another defendant, by name.
  assert.deepEqual(findings({
    'a.txt': 'Two men were charged with robbery. Tom Reyes is being held on $90,000 bail.',
    'b.txt': 'Two men were charged with robbery. Dan Fisk is being held on $60,000 bail.',
  }, /bail/), []);
  // The same amount worded apart agrees.
  assert.deepEqual(findings({
    'a.txt': 'Tom Reyes is being held on $90,000 bail.',
    'b.txt': 'A judge set bail at $90,000 for Tom Reyes.',
  }, /bail/), []);
});

test('degrees of charges are read with their crime in a sentence about a charge, a plea or a verdict', () => {
  assert.deepEqual(degreesOf('Ana Voss, 41, was charged with second-degree murder on Friday.'), ['murder=second: second-degree murder']);
  assert.deepEqual(degreesOf('He faces two counts of attempted first-degree murder and one of 3rd-degree assault.'), ['attempted murder=first: attempted first-degree murder', 'assault=third: 3rd-degree assault']);
  // A law or a penalty is no charge of the case; nor a sentence about an earlier case.
  assert.deepEqual(degreesOf('First-degree murder carries a life term in the state.'), []);
  assert.deepEqual(degreesOf('He was convicted of second-degree assault in 2015.'), []);
});

test('one charge given different degrees is information; the same degree or different crimes give none', () => {
  const found = findings({
    'a.txt': 'A 30-year-old man was charged with first-degree murder after the shooting on Elm Street.',
    'b.txt': 'Police said the man, 30, is charged with second-degree murder in the shooting on Elm Street.',
  }, /degree/);
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.equal(found[0].rule, 'status-differs');
  assert.deepEqual(findings({
    'a.txt': 'A 30-year-old man was charged with first-degree murder after the shooting.',
    'b.txt': 'A man, 30, faces a charge of first-degree murder and second-degree assault after the shooting.',
  }, /degree/), []);
});
