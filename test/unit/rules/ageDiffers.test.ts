import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function ages(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'age-differs');
}

test('"Armstead, 32," and "31-year-old Unique Armstead" give one person two ages: a warning that says it is one person', () => {
  const found = ages({
    's/a.txt': '[[Unique Armstead|person|armstead]], 32, testified that she ran for cover.',
    's/b.txt': 'A bullet grazed 31-year-old [[Unique Armstead|person|armstead]] as she walked by.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /give Unique Armstead different ages: 32 \("Unique Armstead, 32", a\) vs 31 \("31-year-old Unique Armstead", b\)/);
  assert.match(String(found[0].data?.why), /^Same person: /);
});

test('one age in two wordings, "Smith, aged 41" and "the 41-year-old Tom Smith", is agreement', () => {
  const found = ages({
    's/a.txt': '[[Tom Smith|person|smith]], aged 41, was arrested at his home.',
    's/b.txt': 'Police arrested the 41-year-old [[Tom Smith|person|smith]] on Monday.',
  });
  assert.deepEqual(found, []);
});

test('an age dated to a past year is not compared with an age of unknown time; ages of articles years apart are an update', () => {
  const past = ages({
    's/a.txt': '"I am proud of it," [[Felt|person|felt]], 92, told a television interviewer [[in 2006|date|2006]].',
    's/b.txt': '[[Mark Felt|person|felt]] died on Thursday at the age of 95.',
  });
  assert.deepEqual(past, []);
  const later = ages({
    's/a.txt': '---\ndate: 2005-06-25\n---\nPolice are looking for [[Jose Orozco|person|orozco]], 27, in connection with the shooting.',
    's/b.txt': '---\ndate: 2007-04-04\n---\nA jury found [[Jose Orozco|person|orozco]], 29, guilty of murder.',
  });
  assert.equal(later.length, 2);
  assert.equal(later[0].severity, 'information');
  assert.match(later[0].message, /differ by about the time between the articles/);
});

test('an age given to a surname two people of the story share is not compared', () => {
  const found = ages({
    's/a.txt': '[[Gary Gomes|person|gary]] is accused of killing his mother, [[Catherine Gomes|person|catherine]], 61. [[Gomes|person|gary]], 35, was arrested.',
    's/b.txt': 'The victim, [[Gomes|person|catherine]], 68, lived alone. [[Gary Gomes|person|gary]], 35, appeared in court.',
  });
  // Only the full names are compared: Gary Gomes is 35 in both.
  assert.deepEqual(found, []);
});

test('a person described by age and what happened to them is the one person the story reports so: "a 31-year-old mom was shot" vs "Armstead, 32"', () => {
  const found = ages({
    's/a.txt': '[[Zurana Horton|person|horton]] was killed on the corner. A 31-year-old Brooklyn mom was shot in the arm.',
    's/b.txt': '[[Unique Armstead|person|armstead]], 32, was shot as she walked with her son. [[Zurana Horton|person|horton]] was fatally shot.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /31 \("A 31-year-old Brooklyn mom was shot", a\) vs 32 \("Unique Armstead, 32", b\)/);
  assert.match(String(found[0].data?.why), /is Unique Armstead, the one person the story reports shot and not killed/);
});

test('a description that fits two people, or whose age is far from the named one, is tied to nobody', () => {
  const two = ages({
    's/a.txt': 'A 31-year-old mom was shot in the arm.',
    's/b.txt': '[[Unique Armstead|person|armstead]], 32, was shot. [[Cheanne McKnight|person|mcknight]] was also shot.',
  });
  assert.deepEqual(two, []);
  const far = ages({
    's/a.txt': 'An 11-year-old girl was wounded by the gunfire.',
    's/b.txt': '[[Unique Armstead|person|armstead]], 32, was wounded by the gunfire.',
  });
  assert.deepEqual(far, []);
});

test('"two women, 70 and 44" against two women named with ages 44 and 63: the age one named woman matches leaves the other her age, a warning', () => {
  const found = ages({
    's/a.txt': 'The bodies of [[Nora Vale|person|vale]], 44, and her aunt, [[Ida Brook|person|brook]], 63, were found on Sunday.',
    's/b.txt': 'Firefighters found the bodies of two women, 70 and 44, in the flat.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /give Ida Brook different ages: 63 .* vs 70 \("bodies of two women, 70 and 44", b\)/);
  assert.match(String(found[0].data?.why), /gives 2 people killed, as many as the story names so; Nora Vale is 44 by name, so 70 is Ida Brook/);
});

test('no age for a group when no age of it matches a named person, when the story reports more people so, or when the noun does not fit', () => {
  const noAnchor = ages({
    's/a.txt': 'The bodies of [[Nora Vale|person|vale]], 44, and [[Ida Brook|person|brook]], 63, were found on Sunday.',
    's/b.txt': 'Firefighters found the bodies of two women, 70 and 45, in the flat.',
  });
  assert.deepEqual(noAnchor, []);
  const more = ages({
    's/a.txt': 'The bodies of [[Nora Vale|person|vale]], 44, [[Ida Brook|person|brook]], 63, and [[Al Brook|person|al]], 66, were found on Sunday.',
    's/b.txt': 'Firefighters found the bodies of two women, 70 and 44, in the flat.',
  });
  assert.deepEqual(more, []);
  const men = ages({
    's/a.txt': 'The bodies of [[Nora Vale|person|vale]], 44, and her husband, [[Mr. Ed Vale|person|ed]], 63, were found on Sunday.',
    's/b.txt': 'Firefighters found the bodies of two women, 70 and 44, in the flat.',
  });
  assert.deepEqual(men, []);
});
