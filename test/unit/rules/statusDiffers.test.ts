import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function statuses(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'status-differs');
}

test('"was fired" and "resigned" for one coach cannot both hold: a warning naming the person', () => {
  const found = statuses({
    's/a.txt': 'The club fired coach [[Ana Ruiz|person|ruiz]] on Saturday after a fifth straight loss.',
    's/b.txt': '[[Ana Ruiz|person|ruiz]] resigned on Saturday after a fifth straight loss.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /Ana Ruiz as fired and as resigned, which cannot both hold/);
  assert.equal(found[0].data?.why, 'Same person: Ana Ruiz in both articles.');
});

test('"police are looking for X" and "X was arrested" on the same day differ; on different days they are an update', () => {
  const sameDay = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nPolice are looking for [[Dan Cole|person|cole]] after the robbery.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Dan Cole|person|cole]] was arrested after the robbery.',
  });
  assert.equal(sameDay.length, 2);
  assert.equal(sameDay[0].severity, 'warning');
  const later = statuses({
    's/a.txt': '---\ndate: 2024-05-01\n---\n[[Dan Cole|person|cole]] remains at large after the robbery.',
    's/b.txt': '---\ndate: 2024-05-03\n---\nDeputies arrested [[Dan Cole|person|cole]] in a motel.',
  });
  assert.equal(later.length, 2);
  assert.equal(later[0].severity, 'information');
  assert.match(later[0].message, /different stages \(sought, arrested\)/);
});

test('"has not been charged" and "was charged" for one person are set against each other', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\n[[Dan Cole|person|cole]] has not been charged, police said.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Dan Cole|person|cole]] was charged with burglary.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /disagree on whether Dan Cole was charged/);
});

test('no status from a name that is the object of a verb, a plan, or a status of another year', () => {
  const found = statuses({
    's/a.txt': 'The bullet that killed [[Alex Marin|person|marin]] was fired by an officer. [[Rob Hale|person|hale]] is expected to be charged. [[Vic Gale|person|gale]] was acquitted [[in 1958|date|1958]].',
    's/b.txt': '[[Alex Marin|person|marin]] resigned from the club. [[Rob Hale|person|hale]] has not been charged. The jury convicted [[Vic Gale|person|gale]] of racketeering.',
  });
  assert.deepEqual(found, []);
});

test('"was at large" tells of a time before: it does not contradict an arrest; a past conviction does not contradict being sought', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\n[[Dan Cole|person|cole]] was at large for a week before the police caught him.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Dan Cole|person|cole]] was arrested on Monday.',
    's/c.txt': '---\ndate: 2024-05-02\n---\nThe police said [[Ed Moss|person|moss]] remains at large.',
    's/d.txt': '---\ndate: 2024-05-02\n---\n[[Ed Moss|person|moss]] was convicted of robbery in 2009.',
  });
  assert.deepEqual(found, []);
});

test('"he" after a woman is named stands for the man named before her when the story says she is a woman', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nThe police are looking for [[Dan Cole|person|cole]]. [[Ms. Ann Lee|person|lee]] was hurt in the robbery. He is believed to have fled.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Ann Lee|person|lee]] was hurt. [[Dan Cole|person|cole]] was seen nearby. He was arrested at his home.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Dan Cole as sought and as arrested/);
});

test('a description the article ties to a name holds that person\'s status: "the gunman, identified as X, remains at large" vs "X was arrested"', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nDeputies arrested [[Tom Vell|person|vell]] at a gas station on Tuesday.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[The gunman|desc|vell]], identified by police as [[Tom Vell|person|vell]], remains at large.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /Tom Vell as (sought and as arrested|arrested and as sought)/);
  assert.match(String(found[0].data?.why), /"The gunman" \(b\) is Tom Vell, as that article says/);
});

test('a description only the story ties to the person ("the gunman" where another outlet names gunman X) gives information, not a warning', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nPolice arrested [[gunman|role|vell]] [[Tom Vell|person|vell]] on Tuesday.',
    's/b.txt': '---\ndate: 2024-05-02\n---\nPolice are still searching for [[the gunman|desc]] after the shooting.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(String(found[0].data?.why), /"the gunman" \(b\) is taken to be Tom Vell, the one person the story describes so/);
});

test('no status finding when the story has two gunmen, so "the gunman" may be either', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nPolice arrested [[gunman|role|vell]] [[Tom Vell|person|vell]] on Tuesday. A second [[gunman|role|rook]], [[Al Rook|person|rook]], was seen nearby.',
    's/b.txt': '---\ndate: 2024-05-02\n---\nPolice are still searching for [[the gunman|desc]] after the shooting.',
  });
  assert.deepEqual(found, []);
});

test('"a warrant for X\'s arrest" is not an arrest; "X\'s arrest" and "X is being held without bail" are', () => {
  const none = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nA judge signed a warrant for [[Ray Oduya|person|oduya]]\'s arrest.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Ray Oduya|person|oduya]] remains at large, police said.',
  });
  assert.deepEqual(none, []);
  const held = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\n[[Ray Oduya|person|oduya]] is being held without bail in the county jail.',
    's/b.txt': '---\ndate: 2024-05-02\n---\nPolice are looking for [[Ray Oduya|person|oduya]], who fled on foot.',
  });
  assert.equal(held.length, 2);
  assert.equal(held[0].severity, 'warning');
});

test('a described person sought in an earlier article and arrested in a later one is an update', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-01\n---\n[[The suspect|desc|vell]], [[Tom Vell|person|vell]], remains on the run.',
    's/b.txt': '---\ndate: 2024-05-03\n---\n[[Tom Vell|person|vell]] was taken into custody on Thursday.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /different stages/);
});

test('"X died" and "X remains in critical condition" on one day cannot both hold; a later article\'s death after an earlier one\'s condition is an update', () => {
  const sameDay = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\n[[Lou Brandt|person|brandt]] was pronounced dead at the scene.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Lou Brandt|person|brandt]], 19, remains in critical condition at a local hospital.',
  });
  assert.equal(sameDay.length, 2);
  assert.equal(sameDay[0].severity, 'warning');
  assert.match(sameDay[0].message, /Lou Brandt as (killed and as wounded|wounded and as killed)/);
  const later = statuses({
    's/a.txt': '---\ndate: 2024-05-01\n---\n[[Lou Brandt|person|brandt]] is listed in stable condition.',
    's/b.txt': '---\ndate: 2024-05-04\n---\n[[Lou Brandt|person|brandt]] succumbed to his injuries on Friday.',
  });
  assert.equal(later.length, 2);
  assert.equal(later[0].severity, 'information');
  const both = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\n[[Lou Brandt|person|brandt]] was in critical condition before he died.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Lou Brandt|person|brandt]] died on Friday.',
  });
  assert.deepEqual(both.filter((f) => /wounded/.test(f.message)), []);
});

test('"was forced out" is a dismissal: it cannot hold with "resigned" of the same day; "forced to resign" is no status', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nCoach [[Bo Harlan|person|harlan]] was forced out after the loss.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Bo Harlan|person|harlan]] resigned after the loss.',
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Bo Harlan as (fired and as resigned|resigned and as fired)/);
  const none = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\n[[Bo Harlan|person|harlan]] was forced to resign after the loss.',
    's/b.txt': '---\ndate: 2024-05-02\n---\n[[Bo Harlan|person|harlan]] resigned after the loss.',
  });
  assert.deepEqual(none, []);
});

test('how the authorities class an incident: a hedged class against a stated one is information that says why it is one incident', () => {
  const found = statuses({
    's/a.txt': 'A fire destroyed a furniture warehouse in [[Duluth|place|duluth]] on Sunday night. The blaze is being treated as suspicious, police said.',
    's/b.txt': 'A fire gutted a furniture warehouse in [[Duluth|place|duluth]] on Sunday night. Police are treating the fire as “potentially suspicious”.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /Sources class the fire with different certainty: "suspicious" \(a\) vs "potentially suspicious" \(b\)/);
  assert.match(String(found[0].data?.why), /^Same incident: both articles are about the fire/);
});

test('classes one incident cannot have at once: a warning on one day, information across days; "not suspicious" against "suspicious"', () => {
  const death = (date: string, label: string) => `---\ndate: ${date}\n---\nThe death of [[Ann Lee|person|lee]] at her home in [[Fargo|place|fargo]] was ruled ${label} by the county coroner.`;
  const sameDay = statuses({ 's/a.txt': death('2024-05-02', 'a suicide'), 's/b.txt': death('2024-05-02', 'a homicide') });
  assert.equal(sameDay.length, 2);
  assert.equal(sameDay[0].severity, 'warning');
  assert.match(sameDay[0].message, /"suicide" and "murder" cannot both hold|"murder" and "suicide" cannot both hold/);
  assert.match(String(sameDay[0].data?.why), /names Ann Lee/);
  const later = statuses({ 's/a.txt': death('2024-05-02', 'a suicide'), 's/b.txt': death('2024-05-09', 'a homicide') });
  assert.equal(later[0].severity, 'information');
  const negated = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nA fire destroyed a barn near [[Fargo|place|fargo]]. The fire is not being treated as suspicious.',
    's/b.txt': '---\ndate: 2024-05-02\n---\nA fire destroyed a barn near [[Fargo|place|fargo]]. The fire is being treated as suspicious.',
  });
  assert.equal(negated.length, 2);
  assert.equal(negated[0].severity, 'warning');
});

test('no class is compared without one incident named by its kind, nor from a plan, a person or one outlet that changes its view', () => {
  const none = (a: string, b: string) => assert.deepEqual(statuses({ 's/a.txt': a, 's/b.txt': b }), []);
  // A pronoun names no incident.
  none('A fire destroyed a barn. It is being treated as suspicious.', 'A fire destroyed a barn. The fire is being treated as potentially suspicious.');
  // Different kinds of incident.
  none('A fire destroyed a barn. The fire is being treated as suspicious.', 'A fire destroyed a barn. The death was ruled an accident.');
  // A plan or a guess is no class; a label before a person names the person.
  none('A fire destroyed a barn. The fire could be treated as arson.', 'A fire destroyed a barn. The fire was ruled an accident.');
  none('A fire destroyed a barn. Police are treating the fire as suspicious.', 'A fire destroyed a barn. Police regarded the fire as a murder suspect’s work.');
  // The same class stated plainly by both is no difference; an article that states both the hedged and the plain class hedges nothing.
  none('A fire destroyed a barn. The fire is being treated as suspicious.', 'A fire destroyed a barn. The blaze is being treated as suspicious.');
  none('A fire destroyed a barn. The fire is being treated as suspicious.', 'A fire destroyed a barn. The fire is treated as potentially suspicious. The blaze is being treated as suspicious.');
  // An article that gives one incident two classes that cannot both hold is left out.
  none('A fire destroyed a barn. The fire was first treated as an accident but is now being treated as arson.', 'A fire destroyed a barn. The fire was ruled an accident.');
});

test('a meeting one outlet reports held and another still to come is information that names both people', () => {
  const found = statuses({
    's/a.txt': 'The club ended her season. The decision came after [[Mia Cole|person|cole]] met with Dr. [[Omar Reyes|person|reyes]] this past week.',
    's/b.txt': 'The club ended her season on Wednesday. [[Mia Cole|person|cole]] was not available and will see Dr. [[Omar Reyes|person|reyes]] in Tulsa on Friday.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /whether Mia Cole and Omar Reyes have met: "met with Dr\. Omar Reyes", already held \(a\) vs "will see Dr\. Omar Reyes", still to come \(b\)/);
  assert.equal(found[0].data?.why, 'Same meeting: both name Mia Cole and Omar Reyes.');
  // Other wordings of the same two states: a perfect, a gerund after "after", a passive, a schedule.
  const other = statuses({
    's/a.txt': 'After meeting with [[Omar Reyes|person|reyes]], [[Mia Cole|person|cole]] left. [[Mia Cole|person|cole]] has seen Dr. [[Omar Reyes|person|reyes]].',
    's/b.txt': '[[Mia Cole|person|cole]] is scheduled to be examined by Dr. [[Omar Reyes|person|reyes]] next week.',
  });
  assert.equal(other.length, 2);
});

test('no meeting finding for a plan of the past, a negation, another occasion, a date order that is an update, or "saw" a non-doctor', () => {
  const none = (a: string, b: string) => assert.deepEqual(statuses({ 's/a.txt': a, 's/b.txt': b }), []);
  const planned = '[[Mia Cole|person|cole]] will see Dr. [[Omar Reyes|person|reyes]] on Friday.';
  none('[[Mia Cole|person|cole]] did not meet Dr. [[Omar Reyes|person|reyes]].', planned);
  none('[[Mia Cole|person|cole]] was scheduled to see Dr. [[Omar Reyes|person|reyes]] on Monday.', planned);
  none('[[Mia Cole|person|cole]] first met Dr. [[Omar Reyes|person|reyes]] in 2019.', planned);
  none('[[Mia Cole|person|cole]] met with Dr. [[Omar Reyes|person|reyes]].', '[[Mia Cole|person|cole]] will meet Dr. [[Omar Reyes|person|reyes]] again in May.');
  // "Saw" without a doctor or another professional is not a visit.
  none('[[Mia Cole|person|cole]] saw [[Omar Reyes|person|reyes]] score twice.', '[[Mia Cole|person|cole]] will meet [[Omar Reyes|person|reyes]] on Friday.');
  // Another pair of people.
  none('[[Mia Cole|person|cole]] met with Dr. [[Omar Reyes|person|reyes]].', '[[Ada Lin|person|lin]] will see Dr. [[Omar Reyes|person|reyes]] on Friday.');
  // The announcement was written before the report of the meeting held: the story moved on.
  none('---\ndate: 2024-05-06\n---\n[[Mia Cole|person|cole]] met with Dr. [[Omar Reyes|person|reyes]] on Friday.', '---\ndate: 2024-05-01\n---\n' + planned);
});

test('an event one outlet reports called off and another put off is information that says why it is one event', () => {
  const found = statuses({
    's/a.txt': 'She hosted the [[Lumen Prize|organization|lumen]] gala in 2009 after the show was canceled twice.',
    's/b.txt': 'She hosted the [[Lumen Prize|organization|lumen]] gala in 2009, which was twice delayed by the storm.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /"show was canceled", called off \(a\) vs "gala in 2009, which was twice delayed", put off to a later time \(b\)/);
  assert.equal(found[0].data?.why, 'Same event: both sentences name Lumen Prize and 2009.');
});

test('no schedule finding for other years, a negation, a guess, an article that reports both, or events naming nothing in common', () => {
  const none = (a: string, b: string) => assert.deepEqual(statuses({ 's/a.txt': a, 's/b.txt': b }), []);
  const put = 'The [[Lumen Prize|organization|lumen]] gala in 2009 was postponed.';
  none('The [[Lumen Prize|organization|lumen]] gala in 2010 was cancelled.', put);
  none('The [[Lumen Prize|organization|lumen]] gala was not cancelled.', put);
  none('The [[Lumen Prize|organization|lumen]] gala could be cancelled.', put);
  none('The [[Lumen Prize|organization|lumen]] gala was postponed and the show was later cancelled by [[Lumen Prize|organization|lumen]].', put);
  none('The [[Orbit Cup|organization|orbit]] match was cancelled.', put);
});

test('of three articles, the arrest reported the same day as "sought" is the one set against it, as a warning; an arrest the next day alone is an update', () => {
  const found = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nPolice are looking for [[Dan Cole|person|cole]] after the robbery.',
    's/b.txt': '---\ndate: 2024-05-03\n---\n[[Dan Cole|person|cole]] was arrested and charged with robbery.',
    's/c.txt': '---\ndate: 2024-05-02\n---\n[[Dan Cole|person|cole]] was arrested on Thursday morning.',
  });
  const sought = found.filter((f) => f.path === 's/a.txt');
  assert.equal(sought.length, 1);
  assert.equal(sought[0].severity, 'warning');
  assert.match(sought[0].message, /as sought and as arrested, which cannot both hold/);
  assert.ok(sought[0].related.some((r) => r.path === 's/c.txt'));
  const two = statuses({
    's/a.txt': '---\ndate: 2024-05-02\n---\nPolice are looking for [[Dan Cole|person|cole]] after the robbery.',
    's/b.txt': '---\ndate: 2024-05-03\n---\n[[Dan Cole|person|cole]] was arrested and charged with robbery.',
  });
  assert.ok(two.length > 0 && two.every((f) => f.severity === 'information'));
});
