/**
 * Lists of counts ("seized 14 carbines, 31 magazines and 900 cartridges"): each count's clause
 * runs over the list to its verb, the other items of the list are context, and a model
 * designator between a number and its noun ("14 AK-47 rifles") does not hide the count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, Corpus } from '../../server/src/analysis';
import { clauseAround } from '../../server/src/analysis/compare/claimsText';

function findings(files: Record<string, string>, rule = 'quantity-differs') {
  const corpus = new Corpus();
  for (const [path, text] of Object.entries(files)) corpus.setArticle(path, text);
  return corpus.snapshot().stories().flatMap((s) => s.findings).filter((f) => f.rule === rule);
}

test('a count with a model designator before its noun is a count of that noun', () => {
  const a = analyzeArticle('Customs officers seized 14 M4 carbines and an F-16 jet landed nearby.', { path: 's/a.txt' });
  const q = a.quantities.map((x) => ({ text: a.text.slice(x.start, x.end), value: x.value, unit: x.unit }));
  assert.deepEqual(q.find((x) => x.unit === 'carbine'), { text: '14 M4 carbines', value: 14, unit: 'carbine' });
  assert.ok(!q.some((x) => x.value === 16 || x.value === 4), JSON.stringify(q));
});

test('the clause of a count in a list runs over the list, and stops at a comma that opens no count', () => {
  const text = 'During the search, six carbines, 12 magazines and about 300 cartridges were found and seized.';
  const sentence = { start: 0, end: text.length };
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  assert.equal(text.slice(...Object.values(clauseAround(text, sentence, at('12 magazines'))) as [number, number]), ' six carbines, 12 magazines and about 300 cartridges were found and seized.');
  const plain = 'Officials said on Monday, after a long meeting, that 40 people had left.';
  const c = clauseAround(plain, { start: 0, end: plain.length }, { start: plain.indexOf('40'), end: plain.indexOf('40') + 9 });
  assert.equal(plain.slice(c.start, c.end), ' that 40 people had left.');
});

test('two lists of the same seizure that differ in two counts give a finding for each', () => {
  const found = findings({
    's/north.txt': 'Harbour raid\n\nCustoms officers seized 14 M4 carbines, 31 magazines and 900 cartridges from the boat, the agency said.\n',
    's/south.txt': 'Harbour raid\n\nDuring the search, six M4 carbines, 12 magazines and about 300 cartridges were found and seized by customs officers.\n',
  });
  const messages = found.map((f) => f.message);
  for (const pair of [/"14 M4 carbines" \(north\) vs "six M4 carbines" \(south\)/, /"31 magazines" \(north\) vs "12 magazines" \(south\)/, /"900 cartridges" \(north\) vs "about 300 cartridges" \(south\)/]) {
    assert.equal(messages.filter((m) => pair.test(m)).length, 2, `${pair} once on each source:\n${messages.join('\n')}`);
  }
  assert.equal(found.length, 6);
});

test('lists of the same things under different acts are not compared', () => {
  const found = findings({
    's/north.txt': 'Transfer window\n\nThe club signed three strikers, two goalkeepers and four defenders in the summer.\n',
    's/south.txt': 'Transfer window\n\nThe club sold five strikers, one goalkeeper and six defenders in the summer.\n',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('cartridges seized are ammunition, not shots fired; spent casings at a scene are', () => {
  const seized = findings({
    's/north.txt': 'Harbour raid\n\nCustoms officers seized 900 cartridges from the boat.\n',
    's/south.txt': 'Harbour raid\n\nAbout 300 cartridges were found on the boat.\n',
  });
  assert.ok(!seized.some((f) => /shots fired/.test(f.message)), seized.map((f) => f.message).join('\n'));
});
