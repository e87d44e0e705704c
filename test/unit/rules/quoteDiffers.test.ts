import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>, rule = 'quote-differs') {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === rule);
}

test('a paraphrase in one outlet of a direct quote in another is linked as a paraphrase, as information', () => {
  const found = run({
    's/000_alpha.txt':
      'The adviser, [[Yuri Ushakov|person|ushakov]], stated that [[no serious discussions regarding such an initiative are currently underway|said|ushakov]].',
    's/003_beta.txt':
      '[[“At present, no one has seriously discussed this initiative, and to my knowledge it is not being prepared,”|quote|ushakov]] adviser [[Yury Ushakov|person|ushakov]] told reporters. [[Ushakov|person|ushakov]] also said [[he had not seen a revised proposal to end the conflict|said|ushakov]].',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /000_alpha paraphrases Yur[iy] Ushakov's words that 003_beta quotes directly/);
  assert.match(found[0].message, /"no serious discussions regarding such an initiative are currently underway" \(000_alpha\) paraphrases "At present, no one has seriously discussed this initiative/);
});

test('the same speaker quoted in different words by two outlets: a warning naming the changed words', () => {
  const found = run({
    's/herald.txt': '[[“This bridge will connect the old town to the port for the first time in a century,”|quote|petrov]] Mayor [[Aleksandr Petrov|person|petrov]] said.',
    's/daily.txt': '[[“This bridge will link the old town to the port for the first time in a hundred years,”|quote|petrov]] said [[Alexander Petrov|person|petrov]].',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /"connect" → "link"/);
  assert.match(found[0].message, /"century" → "hundred years"/);
});

test('the same words, or a fragment of them, and unrelated statements by one speaker are not flagged', () => {
  const found = run({
    's/a.txt': '[[“We have waited long enough.”|quote|petrov]] said [[Petrov|person|petrov]]. [[“Taxes will not rise this year.”|quote|petrov]] he added.',
    's/b.txt': '[[Petrov|person|petrov]] said the council [[“waited long enough.”|quote|petrov]] Later [[“The port needs dredging before winter.”|quote|petrov]]',
  });
  assert.deepEqual(found, []);
});

test('house spelling and a longer excerpt of the same words are not a different rendering', () => {
  const found = run({
    's/a.txt': '[[“He probably realised if he didn’t, he was going to be shot in the neighbourhood.”|quote|gage]] said [[James Gage|person|gage]]. [[“The fire spread through the store. It is treated as suspicious.”|quote|gage]]',
    's/b.txt': '[[“He probably realized if he didn’t, he was going to be shot in the neighborhood.”|quote|gage]] said [[James Gage|person|gage]]. [[“Police came at nine. The fire spread through the store.”|quote|gage]]',
  });
  assert.deepEqual(found, []);
});

test('one replaced word in an otherwise identical quotation is a different rendering', () => {
  const found = run({
    's/a.txt': '[[“It is an honour to be compared in the same breath with Tyler,”|quote|ford]] said [[Phil Ford|person|ford]].',
    's/b.txt': '[[“It is an honor to be compared in the same breath as Tyler,”|quote|ford]] said [[Phil Ford|person|ford]].',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /"with" → "as"/);
});
