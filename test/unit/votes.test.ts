/**
 * Vote tallies told differently by two outlets ("passed 54-46" / "by 52 votes to 48"), compared
 * as information: one tally per article, of one vote (nearly the same votes cast), not a vote
 * the sentence places earlier.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { Corpus, analyzeArticle } from '../../server/src/analysis';
import { extractTallies } from '../../server/src/analysis/compare/alignVotes';

const talliesOf = (body: string) => extractTallies(analyzeArticle(`date 2026-05-06\n${body}`, { path: 'a.txt' })).map((t) => `${t.high}-${t.low}: ${t.text}`);

const voteFindings = (files: Record<string, string>) => storyFindings(files, { rule: 'quantity-differs', message: /vote/, date: '2026-05-06' });

test('tallies are read in the wordings of a vote', () => {
  assert.deepEqual(talliesOf('The bill passed 54-46 on Tuesday.'), ['54-46: 54-46']);
  assert.deepEqual(talliesOf('The assembly approved the plan by 52 votes to 48.'), ['52-48: 52 votes to 48']);
  assert.deepEqual(talliesOf('The council backed it by a vote of 7 to 2.'), ['7-2: vote of 7 to 2']);
  assert.deepEqual(talliesOf('The motion was carried with 310 in favour and 290 against, the speaker said after the vote.'), ['310-290: 310 in favour and 290 against']);
  assert.deepEqual(talliesOf('The measure failed 46-54 in the Senate on Tuesday.'), ['54-46: 46-54']);
});

test('no tally from scores, ranges, ages or a vote the sentence places earlier', () => {
  assert.deepEqual(talliesOf('The home side won 3-1 on Saturday.'), []);
  assert.deepEqual(talliesOf('The Senate passed the bill after a 10-day debate, with funding for 2026-2027.'), []);
  assert.deepEqual(talliesOf('A similar bill was rejected 201-221 in 2024.'), []);
  assert.deepEqual(talliesOf('Lawmakers approved the plan for children aged 5 to 11.'), []);
});

test('two outlets giving one vote different tallies are shown as information', () => {
  const found = voteFindings({
    'a.txt': 'The Senate passed the budget 54-46 on Tuesday after a long debate.',
    'b.txt': 'Senators approved the budget on Tuesday by 52 votes to 48.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /54-46/);
  assert.match(found[0].message, /52 votes to 48/);
});

test('no vote finding for the same tally in other words, for votes of different bodies, or for an article with two tallies', () => {
  assert.deepEqual(voteFindings({
    'a.txt': 'The Senate passed the budget 54-46 on Tuesday.',
    'b.txt': 'Senators approved the budget by 54 votes to 46.',
  }), []);
  // A committee of 21 and a chamber of 100.
  assert.deepEqual(voteFindings({
    'a.txt': 'The finance committee approved the budget 12-9 on Monday.',
    'b.txt': 'The Senate passed the budget 54-46 on Tuesday.',
  }), []);
  assert.deepEqual(voteFindings({
    'a.txt': 'The committee voted 54-46 to send the bill on. The Senate then passed it 52-48.',
    'b.txt': 'The Senate passed the budget by 54 votes to 46.',
  }), []);
});

test('a tally typed over in an open article is compared again, as a fresh comparison would', () => {
  const a = 'Budget vote\ndate 2026-05-06\nThe Senate passed the budget 54-46 on Tuesday after a long debate.';
  const b = 'Budget passes\ndate 2026-05-06\nSenators approved the budget on Tuesday by 52 votes to 48.';
  const edited = a.replace('54-46', '52-48');
  const corpus = new Corpus();
  corpus.setArticle('s/a.txt', a);
  corpus.setArticle('s/b.txt', b);
  assert.equal(corpus.snapshot().storyOf('s/a.txt')!.findings.filter((f) => /vote/.test(f.message)).length, 2, 'the tallies differ before the edit');
  corpus.setArticle('s/a.txt', edited);
  assert.deepEqual(corpus.snapshot().storyOf('s/a.txt')!.findings.filter((f) => /vote/.test(f.message)), [], 'the tallies agree after it');
});
