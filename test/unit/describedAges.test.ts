/**
 * Ages of a person the outlets describe without naming ("a 34-year-old man was killed" vs
 * "killing a 36-year-old man"), compared as information when each article describes one such
 * person and no article counts more than one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { extractPeople } from '../../server/src/analysis/compare/framesPeople';

const describedAges = (files: Record<string, string>) => storyFindings(files, { rule: 'age-differs', message: /unnamed/ });

test('a severity adverb between the verb and "wounded" keeps what happened to the person', () => {
  const text = 'A 52-year-old clerk was critically wounded on Monday. A 30-year-old man was fatally shot.';
  const people = extractPeople(text, [{ start: 0, end: 52 }, { start: 53, end: text.length }], []);
  assert.deepEqual(people.descriptors.map((d) => [d.role, d.age, d.noun]), [['wounded', 52, 'clerk'], ['killed', 30, 'man']]);
});

test('one unnamed victim given two ages by two outlets is shown as information', () => {
  const found = describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed and two women were hurt in a shooting in Ardmore on Saturday night, police said.\nNo arrests have been made.',
    'b.txt': 'date 2026-02-01\nPolice in Ardmore are looking for a gunman who opened fire outside a bar on Saturday, killing a 36-year-old man.\nTwo women were also injured.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /34/);
  assert.match(found[0].message, /36/);
});

test('no unnamed-age finding when the story counts two people killed, when an article recalls an earlier incident, or when the ages are far apart', () => {
  // Two men killed: the descriptions may be of two people.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed in a shooting in Ardmore on Saturday, police said.',
    'b.txt': 'date 2026-02-01\nTwo men were killed in a shooting in Ardmore on Saturday. Police said a 36-year-old man was killed near the door and the other died in hospital.',
  }), []);
  // An earlier incident the article recalls.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was wounded in a shooting in Ardmore on Saturday, police said.',
    'b.txt': 'date 2026-02-01\nA shooting in Ardmore on Saturday left one man hurt. Last year a 36-year-old man was wounded in a similar attack on the same street.',
  }), []);
  // A girl of 12 and a man of 34 are not one person; nor are 34 and 50.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed in a shooting in Ardmore on Saturday.',
    'b.txt': 'date 2026-02-01\nA 50-year-old man was killed in a shooting in Ardmore on Saturday.',
  }), []);
  // The same age is no difference.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed in a shooting in Ardmore on Saturday.',
    'b.txt': 'date 2026-02-01\nThe shooting in Ardmore on Saturday left a 34-year-old man dead. Police said a 34-year-old man was killed.',
  }), []);
});

function roles(text: string) {
  return extractPeople(text, [{ start: 0, end: text.length }], []).descriptors.map((d) => [d.role, d.age, d.noun]);
}

test('a relative clause between the description and its verb: the described person is the subject of the verb after it', () => {
  assert.deepEqual(roles('A 15-year-old boy who was walking home from a football match was struck by a stray bullet on Friday.'), [['shot', 15, 'boy']]);
  assert.deepEqual(roles('A 41-year-old man who stabbed his neighbour was arrested on Tuesday.'), [['arrested', 41, 'man']]);
  // The clause's own verb is another person's outcome: not read as the described person's.
  assert.deepEqual(roles('A 41-year-old man who said his brother was killed spoke to reporters.'), []);
  assert.deepEqual(roles('A 41-year-old man whose brother was killed spoke to reporters.'), []);
  assert.deepEqual(roles('A 41-year-old man who drove the van that a woman was hit by was questioned.'), []);
});

test('being treated in hospital says the described person was hurt, unless the clause goes on to the death', () => {
  assert.deepEqual(roles('A 62-year-old woman was hospitalised after the fire.'), [['wounded', 62, 'woman']]);
  assert.deepEqual(roles('A 62-year-old woman was hospitalized overnight.'), [['wounded', 62, 'woman']]);
  assert.deepEqual(roles('A 62-year-old woman was taken to hospital with burns.'), [['wounded', 62, 'woman']]);
  assert.deepEqual(roles('A 62-year-old woman was treated for smoke inhalation.'), [['wounded', 62, 'woman']]);
  assert.deepEqual(roles('A 62-year-old woman was taken to a hospital, where she died.'), []);
});

test('an unnamed person described with a relative clause in one article and hospitalised in another is compared; two described people in one article give nothing', () => {
  const found = describedAges({
    'a.txt': 'date 2026-03-14\nA 13-year-old girl who was watching a street parade in Kestrel Bay was hit by a stray bullet on Saturday, police said.\nA 20-year-old man was arrested.',
    'b.txt': 'date 2026-03-14\nShots were fired during a street parade in Kestrel Bay on Saturday. A 14-year-old girl was hospitalised, police said.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /13/);
  assert.match(found[0].message, /14/);
  // Article b describes two girls hurt: either may be the girl of article a.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-03-14\nA 13-year-old girl who was watching a street parade in Kestrel Bay was hit by a stray bullet on Saturday, police said.',
    'b.txt': 'date 2026-03-14\nShots were fired during a street parade in Kestrel Bay on Saturday. A 14-year-old girl was hospitalised, and a 16-year-old girl was treated for a leg wound.',
  }), []);
});

test('"two people were shot, one fatally" leaves one person hurt, so a described survivor is compared; "three people were shot, one fatally" leaves two and is not', () => {
  const a = 'date 2026-03-14\nTwo people were shot, one fatally, near the harbour in Kestrel Bay on Saturday. A 13-year-old girl who was buying ice cream was hit by a stray bullet.';
  const found = describedAges({ 'a.txt': a, 'b.txt': 'date 2026-03-14\nA man was killed near the harbour in Kestrel Bay on Saturday and a 14-year-old girl was taken to hospital.' });
  assert.equal(found.length, 2);
  assert.deepEqual(describedAges({ 'a.txt': a.replace('Two people', 'Three people'), 'b.txt': 'date 2026-03-14\nA man was killed near the harbour in Kestrel Bay on Saturday and a 14-year-old girl was taken to hospital.' }), []);
});

test('an age given after the noun, between commas, describes the person as "a N-year-old" does', () => {
  assert.deepEqual(roles('The woman, 29, was pronounced dead at the scene.'), [['killed', 29, 'woman']]);
  assert.deepEqual(roles('A man, aged 40, was arrested on Friday.'), [['arrested', 40, 'man']]);
  // No verb of what happened to the person: no description.
  assert.deepEqual(roles('The woman, 29, lived on the top floor.'), []);
  // An age in words or a count after the noun is not read as an age.
  assert.deepEqual(roles('The men, two of them brothers, were arrested.'), []);
});

test('a described person who is the subject of a sentence that tells nothing of them takes the verb of the next sentence when it opens with the pronoun of their gender', () => {
  const sentencesOf = (text: string) => {
    const out: Array<{ start: number; end: number }> = [];
    let start = 0;
    for (const m of text.matchAll(/\. /g)) { out.push({ start, end: m.index! + 1 }); start = m.index! + 2; }
    out.push({ start, end: text.length });
    return out;
  };
  const read = (text: string) => extractPeople(text, sentencesOf(text), []).descriptors.map((d) => [d.role, d.age, d.noun, d.text]);
  assert.deepEqual(read('The boy, 15, cannot be named for legal reasons. He was remanded in custody.'), [['charged', 15, 'boy', 'The boy, 15,']]);
  // The pronoun of the other gender, or a sentence that does not open with the pronoun, says nothing of the person.
  assert.deepEqual(read('The boy, 15, cannot be named for legal reasons. She was remanded in custody.'), []);
  assert.deepEqual(read('The boy, 15, cannot be named for legal reasons. Police said he was remanded in custody.'), []);
  // The description is not the sentence's subject.
  assert.deepEqual(read('Police spoke to the boy, 15, on Sunday. He was arrested later.'), []);
});

test('an unnamed person given an age after the noun in one outlet and before it in another is compared; the same age or two people give nothing', () => {
  const found = describedAges({
    'a.txt': 'date 2026-04-02\nA woman was killed in a shooting outside a cafe on Larch Road in Penfield on Wednesday. The woman, 44, was pronounced dead at the scene.',
    'b.txt': 'date 2026-04-02\nA 46-year-old woman was killed in a shooting outside a Larch Road cafe in Penfield on Wednesday, police said.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /44/);
  assert.match(found[0].message, /46/);
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-04-02\nA woman was killed in a shooting outside a cafe on Larch Road in Penfield on Wednesday. The woman, 46, was pronounced dead at the scene.',
    'b.txt': 'date 2026-04-02\nA 46-year-old woman was killed in a shooting outside a Larch Road cafe in Penfield on Wednesday, police said.',
  }), []);
  // Two women killed in one outlet: the descriptions may be of two people.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-04-02\nTwo women were killed in a shooting outside a cafe on Larch Road in Penfield on Wednesday. One woman, 44, was pronounced dead at the scene.',
    'b.txt': 'date 2026-04-02\nA 46-year-old woman was killed in a shooting outside a Larch Road cafe in Penfield on Wednesday, police said.',
  }), []);
});
