import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'polarity-differs');
}

test('an authority that confirmed funding in one outlet and denied it in another', () => {
  const found = run({
    's/herald.txt': 'The regional transport authority, [[Velmora Transit|organization]], confirmed that it would fund a third of the cost.',
    's/daily.txt': '[[Velmora Transit|organization]] denied that it had agreed to fund any part of the bridge.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /what Velmora Transit did: one reports it as done, the other as denied or not done: "Velmora Transit, confirmed that it would fund a third of the cost" \(herald, affirmed\) vs "Velmora Transit denied that it had agreed to fund any part of the bridge" \(daily, denied\)/);
});

test('"did not" against "confirmed" for the same act is a difference; a confirmation of not doing it is not', () => {
  const differ = run({
    's/a.txt': '[[Orlan Bank|organization]] did not approve the loan to the shipyard.',
    's/b.txt': '[[Orlan Bank|organization]] confirmed it would approve the loan to the shipyard.',
  });
  assert.equal(differ.length, 2);
  const agree = run({
    's/a.txt': '[[Orlan Bank|organization]] denied the loan to the shipyard.',
    's/b.txt': '[[Orlan Bank|organization]] confirmed it would not grant the loan to the shipyard.',
  });
  assert.deepEqual(agree, []);
});

test('two denials, denials of different things, or different subjects are not flagged', () => {
  const found = run({
    's/a.txt': 'The [[Kremlin|organization|kremlin]] has officially denied that any three-way talks are being prepared. [[Tallin Port|organization]] confirmed new berths.',
    's/b.txt': 'The [[Kremlin|organization|kremlin]] on Sunday denied that three-way talks were under discussion. The [[Kremlin|organization|kremlin]] confirmed a prisoner exchange. [[Harbor Board|organization]] denied new berths.',
  });
  assert.deepEqual(found, []);
});
