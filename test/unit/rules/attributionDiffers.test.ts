import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'attribution-differs');
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

test('a speaker named only by a pronoun or a description is an inference, not a rival attribution', () => {
  const { articles, link } = fixtureStory({
    's/a.txt': 'Lawyer [[Ken Morrow|person|morrow]] spoke first. [[“They have a hard time because there is a lot of crime here,”|quote|morrow]] a local barber told a newspaper.',
    's/b.txt': '[[Julian Clark|person|clark]] runs a shop. [[“They have a hard time because there is a lot of crime here,”|quote|clark]] he said.',
  });
  // The extractor took each description for the nearest name before it; the words that
  // introduce the speaker are "a local barber" and "he".
  const barber = articles[0].quotes[0];
  const he = articles[1].quotes[0];
  const at = (a: typeof articles[number], words: string) => {
    const start = a.text.indexOf(words);
    return { start, end: start + words.length, text: words };
  };
  barber.speaker = { ...barber.speaker!, ...at(articles[0], 'a local barber') };
  he.speaker = { ...he.speaker!, ...at(articles[1], 'he said') , text: 'he' };
  assert.deepEqual(compareStory(articles, link).findings.filter((f) => f.rule === 'attribution-differs'), []);
  // The same quotations with both speakers named are a difference.
  const named = run({
    's/a.txt': 'Lawyer [[Ken Morrow|person|morrow]] spoke first. [[“They have a hard time because there is a lot of crime here,”|quote|morrow]] [[Morrow|person|morrow]] told a newspaper.',
    's/b.txt': '[[Julian Clark|person|clark]] runs a shop. [[“They have a hard time because there is a lot of crime here,”|quote|clark]] [[Clark|person|clark]] said.',
  });
  assert.equal(named.length, 2);
});

test('"authorities" and a named official who is one of them are not rival speakers', () => {
  const found = run({
    's/a.txt': '[[Authorities|person|authorities]] described the fire as [[“suspicious and as potential arson at this point.”|quote|authorities]]',
    's/b.txt': '[[“We are definitely treating it as suspicious and as potential arson at this point,”|quote|steele]] fire chief [[James Steele|person|steele]] said.',
  });
  assert.deepEqual(found, []);
  // Two named people given the same words still are.
  const named = run({
    's/a.txt': '[[“We are treating it as suspicious and as potential arson at this point,”|quote|kerr]] said [[Anna Kerr|person|kerr]].',
    's/b.txt': '[[“We are treating it as suspicious and as potential arson at this point,”|quote|steele]] fire chief [[James Steele|person|steele]] said.',
  });
  assert.equal(named.length, 2);
});

test('two remarks that share only a phrase are not one quotation given to two speakers', () => {
  // The short quotation is wholly inside the long one, but it is a small part of it: a
  // common phrase both speakers used, not the same remark.
  const found = run({
    's/a.txt': '[[“We will rebuild the bridge over the river as quickly as we possibly can, and the ferry will run until then,”|quote|petrov]] said [[Aleksandr Petrov|person|petrov]].',
    's/b.txt': 'Council member [[Ilse Brandt|person|brandt]] told residents to leave the valley [[“as quickly as we possibly can.”|quote|brandt]]',
  });
  assert.deepEqual(found, []);
  // A phrase too short to tell one remark from another is not compared even when it is the whole quotation.
  const stock = run({
    's/a.txt': '[[“Fix it as soon as possible,”|quote|petrov]] said [[Aleksandr Petrov|person|petrov]].',
    's/b.txt': '[[“as soon as possible,”|quote|brandt]] said [[Ilse Brandt|person|brandt]].',
  });
  assert.deepEqual(stock, []);
  // Most of each quotation shared is still one remark given to two people.
  const same = run({
    's/a.txt': '[[“We will rebuild the bridge over the river as quickly as we possibly can,”|quote|petrov]] said [[Aleksandr Petrov|person|petrov]].',
    's/b.txt': '[[“We will rebuild the bridge over the river as quickly as we can,”|quote|brandt]] said [[Ilse Brandt|person|brandt]].',
  });
  assert.equal(same.length, 2);
});

// Reported statements: the same statement of fact credited to different people.

/** A story whose second article closes its statement with "he said", the officer named in the sentence before. */
function closing(before: string) {
  const { articles, link } = fixtureStory({
    's/a.txt': '[[The driver was on probation for a previous drunk driving arrest|said|lee]], Officer [[Ann Lee|person|lee]] said.',
    's/b.txt': `${before} [[The driver was on probation for a previous arrest|said|osei]], he said.`,
  });
  const b = articles[1];
  const q = b.quotes[0];
  const start = b.text.lastIndexOf('he said');
  q.speaker = { ...q.speaker!, start, end: start + 2, text: 'he' };
  return compareStory(articles, link).findings.filter((f) => f.rule === 'attribution-differs');
}

test('a statement one outlet credits to one officer and another to a second officer, named in the sentence before "he said": information', () => {
  const found = closing('The driver failed the tests, Officer [[Ray Osei|person|osei]] said.');
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /^The same statement is credited to different people: "The driver was on probation for a previous drunk driving arrest" to Ann Lee \(a\) vs to Ray Osei \(b\)/);
});

test('reported statements are not rival attributions when "he" reaches further back, the other is named in the sentence, or the speaker is the same', () => {
  // "he" two sentences after the officer is named: an inference.
  assert.deepEqual(closing('Officer [[Ray Osei|person|osei]] spoke to reporters. The driver failed the tests.'), []);
  // Both officers named in the statement's own sentence: a joint statement.
  const joint = run({
    's/a.txt': '[[The driver was on probation for a previous drunk driving arrest|said|lee]], Officer [[Ann Lee|person|lee]] and Officer [[Ray Osei|person|osei]] said.',
    's/b.txt': '[[The driver was on probation for a previous drunk driving arrest|said|osei]], Officer [[Ray Osei|person|osei]] said.',
  });
  assert.deepEqual(joint, []);
  const same = run({
    's/a.txt': '[[The driver was on probation for a previous drunk driving arrest|said|lee]], Officer [[Ann Lee|person|lee]] said.',
    's/b.txt': 'Officer [[Ann Lee|person|lee]] said [[the driver was on probation for a previous arrest|said|lee]].',
  });
  assert.deepEqual(same, []);
  // A reported statement and a quotation are not compared for their speakers.
  const mixed = run({
    's/a.txt': '[[The driver was on probation for a previous drunk driving arrest|said|lee]], Officer [[Ann Lee|person|lee]] said.',
    's/b.txt': '[[“The driver was on probation for a previous drunk driving arrest,”|quote|osei]] Officer [[Ray Osei|person|osei]] said.',
  });
  assert.deepEqual(mixed, []);
});
