import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).filter((f) => f.rule === 'attribution-differs');
}

test('the same quoted words given to the mayor by one outlet and to a council member by another', () => {
  const found = run({
    's/herald.txt': 'Mayor [[Aleksandr Petrov|person|petrov]] spoke. [[“We have waited long enough.”|quote|petrov]]',
    's/wire.txt': '[[“We have waited long enough,”|quote|brandt]] council member [[Ilse Brandt|person|brandt]] said.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /"We have waited long enough\." to Aleksandr Petrov \(herald\) vs to Ilse Brandt \(wire\)/);
});

test('same words with the same speaker, a missing speaker, or different words are not flagged', () => {
  const found = run({
    's/a.txt': '[[“We have waited long enough,”|quote|petrov]] said [[Petrov|person|petrov]]. [[“The port will grow.”|quote]]',
    's/b.txt': '[[“We have waited long enough,”|quote|petrov]] said [[Petrov|person|petrov]]. [[“The port will grow.”|quote|brandt]] said [[Brandt|person|brandt]]. [[“Fish prices fell sharply.”|quote|ek]] said [[Ek|person|ek]].',
    's/c.txt': '[[“Fish prices rose this spring.”|quote|brandt]] said [[Brandt|person|brandt]].',
  });
  assert.deepEqual(found, []);
});
