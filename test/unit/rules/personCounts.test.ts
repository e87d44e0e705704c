import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function personCounts(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'quantity-differs' && f.data?.frame === 'person');
}

test('"Mother of 13 Zurana Horton" and "killing a mother of 12" give one victim different numbers of children', () => {
  const found = personCounts({
    's/a.txt': 'Mother of 13 [[Zurana Horton|person|horton]] killed by stray bullet.\nThe gunman fired from a roof.',
    's/b.txt': 'Two men went on trial for killing a mother of 12. [[Zurana Horton|person|horton]] was killed as she picked up her daughter.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /number of children of Zurana Horton differs: 13 \("Mother of 13 Zurana Horton", a\) vs 12 \("killing a mother of 12", b\)/);
  assert.match(String(found[0].data?.why), /the one person that article reports killed/);
});

test('"shot seven times" and "shot 11 times" for one person differ; from articles of different dates it is an update', () => {
  const found = personCounts({
    's/a.txt': "[[Kimani Gray|person|gray]]'s autopsy showed he had been shot seven times.",
    's/b.txt': '[[Kimani Gray|person|gray]], 16, was shot eleven times by police.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /number of times Kimani Gray was shot differs: 7/);
  const dated = personCounts({
    's/a.txt': '---\ndate: 2013-03-11\n---\n[[Kimani Gray|person|gray]] was shot 11 times by police.',
    's/b.txt': '---\ndate: 2013-03-14\n---\nThe autopsy showed [[Kimani Gray|person|gray]] was shot seven times.',
  });
  assert.equal(dated[0].severity, 'information');
});

test('the same number of children in two wordings, or a mother of a named child, is no finding', () => {
  const found = personCounts({
    's/a.txt': '[[Ana Ruiz|person|ruiz]], a mother of three, was hurt.',
    's/b.txt': '[[Ana Ruiz|person|ruiz]] was the mother of three children. The mother of a 10-year-old girl spoke.',
  });
  assert.deepEqual(found, []);
});
