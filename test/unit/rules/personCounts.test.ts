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

test('"He was sentenced to 2 years" and "He was sentenced to 2 1/2 years" give one man two sentences; "he" is the man, not the woman named between', () => {
  const found = personCounts({
    's/a.txt': 'Police said [[Gary Gomes|person|gomes]] has a long record. [[Robyn Mendes|person|mendes]], his ex-girlfriend, was the victim in that case. He was sentenced to 2 years.',
    's/b.txt': '[[Mr. Gomes|person|gomes]] had been released in 2008. [[Ms. Mendes|person|mendes]] was the victim in that case. He was sentenced to 2 1/2 years.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /sentence given to Gary Gomes differs: "He was sentenced to 2 years" \(a\) vs "He was sentenced to 2 1\/2 years" \(b\)/);
  assert.match(String(found[0].data?.why), /"He was sentenced to 2 years" \(a\) is said of Gary Gomes, the nearest person named before it/);
  // "He" never stands for a woman: with no man named before it, nothing is compared.
  const unknown = personCounts({
    's/a.txt': '[[Ms. Ann Lee|person|lee]] was the victim in that case. He was sentenced to 2 years.',
    's/b.txt': '[[Ann Lee|person|lee]] was the victim in that case. He was sentenced to 3 years.',
  });
  assert.deepEqual(unknown, []);
});
