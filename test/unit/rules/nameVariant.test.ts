import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function findings(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'name-variant');
}

test('a name spelled two ways by two outlets is reported on both, naming each spelling and outlet', () => {
  const found = findings({
    's/alpha.txt': 'Adviser [[Yuri Ushakov|person|ushakov]] said no talks were planned.',
    's/beta.txt': 'Adviser [[Yury Ushakov|person|ushakov]] told reporters. [[Ushakov|person|ushakov]] said more.',
  });
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((f) => f.path).sort(), ['s/alpha.txt', 's/beta.txt']);
  assert.match(found[0].message, /"Yuri Ushakov" \(alpha\) vs "Yury Ushakov" \(beta\)/);
  assert.equal(found[0].severity, 'information');
  const onAlpha = found.find((f) => f.path === 's/alpha.txt')!;
  assert.equal(onAlpha.related.length, 1);
  assert.equal(onAlpha.related[0].path, 's/beta.txt');
});

test('a surname alone, a possessive, an initialism or dots are not spelling variants', () => {
  const found = findings({
    's/alpha.txt': '[[Helga Marsh|person|marsh]] met [[U.S.|place|us]] officials. [[Marsh’s|person|marsh]] plan was read.',
    's/beta.txt': '[[Marsh|person|marsh]] met [[United States|place|us]] officials and [[US|place|us]] envoys.',
  });
  assert.deepEqual(found, []);
});

test('an outlet that itself uses both spellings is not reported, and different names are never variants', () => {
  const found = findings({
    's/alpha.txt': '[[Zelensky|person|z]] spoke. Later [[Zelenskyy|person|z]] wrote. [[Anna Berg|person|berg]] agreed.',
    's/beta.txt': '[[Zelenskyy|person|z]] spoke. [[Anna Borg|person|borg]] agreed.',
  });
  assert.deepEqual(found, []);
});

test('transliterations of a single-word name across three outlets are reported once per outlet', () => {
  const found = findings({
    's/a.txt': 'President [[Zelensky|person|z]] spoke.',
    's/b.txt': 'President [[Zelenskyy|person|z]] spoke.',
    's/c.txt': 'President [[Zelenskiy|person|z]] spoke.',
  });
  assert.equal(found.length, 3);
  assert.equal(found[0].related.length, 2);
});

test('quotation marks around a nickname and plural endings are not spelling variants', () => {
  const found = findings({
    's/a.txt': '[[Vincent "The Chin" Gigante|person|g]] died. The [[U.S. Marshals|organization|m]] came.',
    's/b.txt': '[[Vincent \'The Chin\' Gigante|person|g]] died. The [[U.S. Marshal|organization|m]] came.',
  });
  assert.deepEqual(found, []);
});

test('a long first name one letter apart, capitals inside a name, and a name run together are spelling variants', () => {
  const found = findings({
    's/a.txt': 'President [[Kurbanguly Berdymukhamedov|person|b]] won. [[Anthony LaSalle|person|l]] was held. Judge [[Vincent DelGiudice|person|g]] ruled.',
    's/b.txt': 'President [[Gurbanguly Berdymukhamedov|person|b]] won. [[Anthony Lasalle|person|l]] was held. Judge [[Vincent Del Giudice|person|g]] ruled.',
  });
  const messages = found.filter((f) => f.path === 's/a.txt').map((f) => f.message).sort();
  assert.equal(messages.length, 3);
  assert.match(messages.join('\n'), /"Kurbanguly Berdymukhamedov" \(a\) vs "Gurbanguly Berdymukhamedov" \(b\)/);
  assert.match(messages.join('\n'), /"Anthony LaSalle" \(a\) vs "Anthony Lasalle" \(b\)/);
  assert.match(messages.join('\n'), /"Vincent DelGiudice" \(a\) vs "Vincent Del Giudice" \(b\)/);
});

test('a spelling difference is found past a middle name one outlet leaves out; the missing middle name alone is none', () => {
  const found = findings({
    's/a.txt': 'The victim, [[LuAnn Marie Johnson|person|j]], died. [[Robyn Norma Mendes|person|m]] too.',
    's/b.txt': 'The victim, [[Luann Johnson|person|j]], died. [[Robyn Mendes|person|m]] too.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /"LuAnn Marie Johnson" \(a\) vs "Luann Johnson" \(b\)/);
});

test('headline capitals, hyphens and British or American spelling are house style, not variants', () => {
  const found = findings({
    's/a.txt': '[[ANTHONY LASALLE|person|l]] held. The [[Organisation for Security|organization|o]] met at the [[Kodak Theatre|place|k]] about the [[Pin-Up Legend|organization|p]].',
    's/b.txt': '[[Anthony LaSalle|person|l]] held. The [[Organization for Security|organization|o]] met at the [[Kodak Theater|place|k]] about the [[Pinup Legend|organization|p]].',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('different first letters of a short word, or words far apart, are not variants even in one entity', () => {
  const found = findings({
    's/a.txt': '[[Jim Carver|person|c]] spoke. [[Anna Berg|person|x]] agreed.',
    's/b.txt': '[[Tim Carver|person|c]] spoke. [[Anna Bergström|person|x]] agreed.',
  });
  assert.deepEqual(found.map((f) => f.message), []);
});

test('two full names with one surname and one age, or one first name and one post, never named together, may be one person', () => {
  const age = findings({
    's/a.txt': 'The victim, [[Marta Ilves|person|m]], 58, lived alone.',
    's/b.txt': 'Police named 58-year-old [[Merike Ilves|person|k]] as the victim.',
  });
  assert.equal(age.length, 2);
  assert.match(age[0].message, /"Marta Ilves" and "Merike Ilves" may be one person named differently/);
  assert.match(age[0].message, /both are 58 years old/);
  const post = findings({
    's/a.txt': '[[Club president|role|r]] [[R.T. Vance|person|r]] said the deal was off.',
    's/b.txt': '[[Club president|role|q]] [[R.T. Oakes|person|q]] said the deal was off.',
  });
  assert.equal(post.length, 2);
  assert.match(post[0].message, /both are the club president/);
});

test('relatives of different ages, two officers, or two names in one article are not one person', () => {
  assert.deepEqual(
    findings({
      's/a.txt': '[[Marta Ilves|person|m]], 58, was hurt.',
      's/b.txt': '[[Jaan Ilves|person|j]], 31, was hurt.',
    }),
    [],
  );
  assert.deepEqual(
    findings({
      's/a.txt': '[[Officer|role|r]] [[Tom Reyes|person|r]] arrived first.',
      's/b.txt': '[[Officer|role|q]] [[Tom Hale|person|q]] arrived first.',
    }),
    [],
  );
  assert.deepEqual(
    findings({
      's/a.txt': '[[Marta Ilves|person|m]], 58, and [[Merike Ilves|person|k]], 58, were hurt.',
      's/b.txt': '[[Merike Ilves|person|k]], 58, was hurt.',
    }),
    [],
  );
});
