import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

/** The count findings of a hand-built story: `quantity-differs` findings that come from the fact frames. */
function counts(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'quantity-differs' && f.data?.frame === 'count');
}

/** One finding per distinct message. */
const distinct = <T extends { message: string }>(list: T[]) => list.filter((f, i) => list.findIndex((g) => g.message === f.message) === i);

test('"killing three and wounding five others" and "three dead and five injured" agree: no count finding', () => {
  const found = counts({
    's/a.txt': 'A gunman opened fire at a school in [[Millbrook|place]], killing three and wounding five others.',
    's/b.txt': 'Three dead and five injured in [[Millbrook|place]] school shooting.\nThe gunman fled on foot.',
  });
  assert.deepEqual(found, []);
  // The same wordings with one figure changed are compared.
  const differ = distinct(
    counts({
      's/a.txt': 'A gunman opened fire at a school in [[Millbrook|place]], killing three and wounding six others.',
      's/b.txt': 'Three dead and five injured in [[Millbrook|place]] school shooting.\nThe gunman fled on foot.',
    }),
  );
  assert.equal(differ.length, 1);
  assert.match(differ[0].message, /"wounding six others" \(a\) vs "five injured" \(b\)/);
});

test('"six people were hospitalised" and "five people were injured" in one shooting differ, and the finding says why it is one event', () => {
  const found = counts({
    's/a.txt': 'Six people were hospitalised after a shooting at a bar in [[Millbrook|place]] on Saturday night.',
    's/b.txt': 'A shooting at a [[Millbrook|place]] bar left one man dead. Five people were injured, police said.',
  });
  const f = distinct(found);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /number of people injured in the shooting differs/);
  assert.match(f[0].message, /"Six people were hospitalised" \(a\) vs "Five people were injured" \(b\)/);
  assert.match(String(f[0].data?.why), /^Same event: both report the shooting \(Millbrook\)\.$/);
  assert.ok(f[0].message.endsWith(String(f[0].data?.why)));
});

test('an unrelated count nearby does not block the comparison: six injured vs five injured', () => {
  const found = counts({
    's/a.txt': 'Six people were injured in the blast at the depot. Two officers were treated for smoke inhalation.',
    's/b.txt': 'Five people were injured in the blast at the depot, officials said.',
  });
  const f = distinct(found);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /"Six people were injured" \(a\) vs "Five people were injured" \(b\)/);
});

test('"more" adds to the count given before: three killed and two more killed is five', () => {
  const agree = counts({
    's/a.txt': 'Three people were killed in the first explosion. Two more were killed when a second bomb went off.',
    's/b.txt': 'The two explosions killed five people, the police said.',
  });
  assert.deepEqual(agree, []);
  const differ = distinct(
    counts({
      's/a.txt': 'Three people were killed in the first explosion. Two more were killed when a second bomb went off.',
      's/b.txt': 'The two explosions killed four people, the police said.',
    }),
  );
  assert.equal(differ.length, 1);
  assert.match(differ[0].message, /number of people killed in the explosion differs/);
  assert.match(differ[0].message, /Three people were killed … Two more were killed/);
});

test('a toll "including the gunman" counts one victim fewer; where the gunman died and the article does not say, either reading holds', () => {
  const found = counts({
    's/a.txt': 'Four people died in the shooting at the office, including the gunman.',
    's/b.txt': 'The gunman killed three people at the office before killing himself.',
    's/c.txt': 'Four people are dead after a shooting at the office. The shooter then turned the gun on himself.',
  });
  assert.deepEqual(found, []);
  const differ = counts({
    's/a.txt': 'Four people died in the shooting at the office, including the gunman.',
    's/b.txt': 'The gunman killed five people at the office before he was arrested.',
  });
  assert.equal(distinct(differ).length, 1);
});

test('for a shooting the shot are the killed and the wounded: "shot three people, killing one" differs from "killed one and wounded three", once', () => {
  const agree = counts({
    's/a.txt': 'A man shot three people at the warehouse, killing one.',
    's/b.txt': 'A gunman killed one person and wounded two others at the warehouse.',
  });
  assert.deepEqual(agree, []);
  const differ = distinct(
    counts({
      's/a.txt': 'A man shot three people at the warehouse, killing one.',
      's/b.txt': 'A gunman killed one person and wounded three others at the warehouse.',
    }),
  );
  assert.equal(differ.length, 1, differ.map((f) => f.message).join('\n'));
  assert.match(differ[0].message, /so 2: 3 shot, 1 killed|so 4: 1 killed, 3 wounded/);
});

test('a figure given by articles of different dates is an update naming the later date, not a contradiction', () => {
  const found = distinct(
    counts({
      's/a.txt': '---\ndate: 2024-03-01\n---\nTwo people were killed when the building collapsed in the fire.',
      's/b.txt': '---\ndate: 2024-03-02\n---\nThe death toll from the fire rose to five on Saturday.',
    }),
  );
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /changed as the story developed/);
  assert.match(found[0].message, /the latest figure is the one of 2024-03-02/);
  assert.equal(found[0].data?.update, true);
});

test('an earlier incident an article recalls is not the incident of the story', () => {
  const found = counts({
    's/a.txt': 'A gunman killed three people at the mall on Monday. [[In February|date|2024-02]], a gunman killed five people at a school across town.',
    's/b.txt': 'Three people were killed in the shooting at the mall.',
    's/c.txt': 'Last year a shooting at a school killed seven people. Police said three people died at the mall.',
    's/d.txt': 'Four people were killed in the shooting at the mall.',
  });
  const f = distinct(found);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /"Four people were killed" \(d\)/);
  assert.doesNotMatch(f[0].message, /five|seven/);
  assert.deepEqual(new Set(found.map((x) => x.path)), new Set(['s/a.txt', 's/b.txt', 's/c.txt', 's/d.txt']));
});

test('quakes of different magnitudes are different incidents; the same quake reported with different injured is a difference', () => {
  const apart = counts({
    's/a.txt': 'A 5.6 magnitude earthquake struck the island on Sunday, injuring five people.',
    's/b.txt': 'A magnitude-5.2 quake has injured three people on the island.',
  });
  assert.deepEqual(apart, []);
  const same = distinct(
    counts({
      's/a.txt': 'A 5.6 magnitude earthquake struck the island on Sunday, injuring five people.',
      's/b.txt': 'A strong 5.6-magnitude earthquake jolted the island. The quake injured two people.',
    }),
  );
  assert.equal(same.length, 1);
  assert.equal(same[0].severity, 'warning');
  assert.match(String(same[0].data?.why), /magnitude 5\.6/);
});

test('counts of a riot that lasts for days move as it goes on: an update, not a contradiction', () => {
  const found = distinct(
    counts({
      's/a.txt': 'Police said 46 people had been arrested during the riots in the city.',
      's/b.txt': 'One person has been arrested after the riot broke out, though no injuries have been reported.',
    }),
  );
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
});

test('"no one was injured" and "two people were injured" in one fire differ; "shot three times" is no count of people', () => {
  const found = distinct(
    counts({
      's/a.txt': 'No one was injured in the fire at the warehouse.',
      's/b.txt': 'Two people were injured in the fire at the warehouse.',
    }),
  );
  assert.equal(found.length, 1);
  assert.match(found[0].message, /"No one was injured" \(a\) vs "Two people were injured" \(b\)/);
  const shots = counts({
    's/a.txt': 'Police said the man was shot three times in the shooting.',
    's/b.txt': 'The man was shot seven times in the shooting, police said.',
  });
  assert.deepEqual(shots, []);
});

test('shots fired: "letting off 13 shots" and "his dozen rounds" differ; "at least 12 shots were fired" agrees with 13', () => {
  const found = distinct(
    counts({
      's/a.txt': 'Lopez is accused of letting off 13 shots in the shooting.',
      's/b.txt': 'Lopez told police his dozen rounds were meant for a rival gang.',
      's/c.txt': 'The shooting, in which at least 12 shots were fired, began after school.',
    }),
  );
  assert.equal(found.length, 1);
  assert.match(found[0].message, /number of shots fired in the shooting differs: "letting off 13 shots" \(a\) vs "his dozen rounds" \(b\)/);
  const hits = counts({
    's/a.txt': 'The teenager was hit by seven bullets in the shooting.',
    's/b.txt': 'Officers fired 11 shots in the shooting.',
  });
  assert.deepEqual(hits, []);
});

test('a count joined to two outcomes ("killed or injured", "killed and wounded") counts neither; "shot and killed" counts the killed', () => {
  for (const joined of [
    'The earthquake in [[Velmora|place]] killed or injured 40 people on Sunday.',
    'In [[Velmora|place]], 40 people were killed or seriously injured when the earthquake struck on Sunday.',
    'The earthquake in [[Velmora|place]] killed and wounded 40 people on Sunday.',
  ]) {
    for (const single of ['The earthquake in [[Velmora|place]] injured 25 people on Sunday.', 'The earthquake in [[Velmora|place]] killed 12 people on Sunday.']) {
      assert.deepEqual(counts({ 's/a.txt': joined, 's/b.txt': single }).map((f) => f.message), [], `${joined} / ${single}`);
    }
  }
  const found = distinct(
    counts({
      's/a.txt': 'A gunman shot and killed two people at the depot in [[Millbrook|place]] on Friday.',
      's/b.txt': 'A gunman killed three people at the depot in [[Millbrook|place]] on Friday.',
    }),
  );
  assert.equal(found.length, 1);
  assert.match(found[0].message, /killed/);
});

test('"a 34-year-old man was killed" is one killed: it agrees with "one man is dead" and differs from "two people died"', () => {
  const agree = counts({
    's/a.txt': 'A 34-year-old man was killed and a 29-year-old woman was hospitalised after a shooting at a mall in [[Millbrook|place]] on Tuesday.',
    's/b.txt': 'One man is dead and one woman is injured after a shooting at a [[Millbrook|place]] mall on Tuesday.',
  });
  assert.deepEqual(agree, []);
  const differ = distinct(
    counts({
      's/a.txt': 'A 34-year-old man was killed in a shooting at a mall in [[Millbrook|place]] on Tuesday.',
      's/b.txt': 'Two people died in a shooting at a [[Millbrook|place]] mall on Tuesday.',
    }),
  );
  assert.equal(differ.length, 1);
  assert.match(differ[0].message, /number of people killed in the shooting differs: "A 34-year-old man was killed" \(a\) vs "Two people died" \(b\)/);
});

test('"three other teenagers were wounded" and "wounding two others" differ; "three teenagers were shot, one fatally" is two wounded', () => {
  const found = distinct(
    counts({
      's/a.txt': 'Three teenagers were shot, one fatally, at a bus stop in [[Millbrook|place]] on Friday.',
      's/b.txt': 'A shooting at a bus stop in [[Millbrook|place]] on Friday killed one teenager and wounded two others.',
      's/c.txt': 'A shooting at a bus stop in [[Millbrook|place]] on Friday killed a 16-year-old boy and wounded three other teenagers.',
    }),
  );
  assert.equal(found.length, 1);
  assert.match(found[0].message, /number of people injured in the shooting differs/);
  assert.match(found[0].message, /"wounded three other teenagers" \(c\)/);
  assert.ok(!/"wounded two others" \(b\) vs "Three teenagers/.test(found[0].message));
});

test('"another man was also injured" adds one to "a man wounded"; "a man … killed another man" is one killed; an injured person a witness saw is no count', () => {
  assert.deepEqual(
    counts({
      's/a.txt': 'A gunman opened fire at a factory in [[Millbrook|place]] on Thursday, killing two workers and wounding two others.',
      's/b.txt': 'A gunman at a factory in [[Millbrook|place]] on Thursday killed two women and left a man wounded.\nAnother man was also injured.',
    }),
    [],
  );
  assert.deepEqual(
    counts({
      's/a.txt': 'A man who had just been fired came back to the factory in [[Millbrook|place]] on Thursday and shot and killed another man.',
      's/b.txt': 'One man is dead after a shooting at a factory in [[Millbrook|place]] on Thursday.',
    }),
    [],
  );
  assert.deepEqual(
    counts({
      's/a.txt': 'Two people were injured in a shooting at a factory in [[Millbrook|place]] on Thursday. "I saw an injured person being carried out," a worker said.',
      's/b.txt': 'A shooting at a factory in [[Millbrook|place]] on Thursday left two people injured.',
    }),
    [],
  );
});

test('a count in a sentence that points back to an earlier incident ("Nobody was killed in that incident") is of that incident', () => {
  const found = counts({
    's/a.txt': 'A man was killed in a shooting at a mall in [[Millbrook|place]] on Tuesday.\n[[In 2024|date|2024]], two people were wounded in a fight at the same mall. Nobody was killed in that incident.',
    's/b.txt': 'One man is dead after a shooting at a [[Millbrook|place]] mall on Tuesday.',
  });
  assert.deepEqual(found, []);
});

test('two articles of one day that give different wounded counts differ, whatever a later article says; articles of different days alone are an update', () => {
  const a = '---\ndate: 2026-03-08\n---\nA gunman killed two people and wounded four others at a party in [[Millbrook|place]] on Saturday.';
  const b = '---\ndate: 2026-03-08\n---\nA gunman killed two people and wounded five others at a party in [[Millbrook|place]] on Saturday.';
  const c = '---\ndate: 2026-03-09\n---\nThe shooting at a party in [[Millbrook|place]] on Saturday left two people dead and four injured.';
  const three = distinct(counts({ 's/a.txt': a, 's/b.txt': b, 's/c.txt': c }));
  assert.equal(three.length, 1);
  assert.equal(three[0].severity, 'warning');
  assert.match(three[0].message, /number of people injured in the shooting differs/);
  const two = distinct(counts({ 's/b.txt': b, 's/c.txt': c }));
  assert.equal(two.length, 1);
  assert.equal(two[0].severity, 'information');
  assert.match(two[0].message, /changed as the story developed/);
});
