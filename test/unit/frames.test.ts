import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, type Mention } from '../../server/src/analysis';
import { extractFrames } from '../../server/src/analysis/compare/frames';
import { extractAges } from '../../server/src/analysis/extract/ages';
import { extractStatuses } from '../../server/src/analysis/compare/framesStatus';
import { extractPeople } from '../../server/src/analysis/compare/framesPeople';

/** The counts an article states, as `slot=value` with the words that state them. */
function countsOf(text: string): string[] {
  return extractFrames(analyzeArticle(text, { path: 'a.txt' })).counts.map((c) => `${c.slot}=${c.value}${c.additive ? '+' : ''}${c.recall ? ' recall' : ''}: ${c.text}`);
}

test('counts of people are read from headlines, active verbs and subjects, whatever the wording', () => {
  assert.deepEqual(countsOf('1 dead, 2 hurt in office shooting\nA gunman shot three people, killing one.'), [
    'killed=1: 1 dead',
    'injured=2: 2 hurt',
    'shot=3: shot three people',
    'killed=1: killing one',
  ]);
  assert.deepEqual(countsOf('The quake injured two people. Two people from Zinbi village were hurt, the governor said.'), [
    'injured=2: injured two people',
    'injured=2: Two people from Zinbi village were hurt',
  ]);
  assert.deepEqual(countsOf('The blast killed three people and wounded five others. Six additional victims were taken to hospital.'), [
    'killed=3: killed three people',
    'injured=5+: wounded five others',
    'hospital=6+: Six additional victims were taken to hospital',
  ]);
  assert.deepEqual(countsOf('No one was injured in the fire. The death toll rose to 12 on Monday.'), ['injured=0: No one was injured', 'killed=12: death toll rose to 12']);
  assert.deepEqual(countsOf('Two people were seriously injured in the crash.'), ['grave=2: Two people were seriously injured']);
});

test('parts, possibilities, pronouns, times and lists are not counts of people hurt', () => {
  assert.deepEqual(countsOf('Local news first reported that two of the three victims died.'), []);
  assert.deepEqual(countsOf('"There might have been two people killed," he said.'), []);
  assert.deepEqual(countsOf('When one is killed, all of us lose.'), []);
  assert.deepEqual(countsOf('The teenager was shot seven times. He was killed three years ago.'), []);
  assert.deepEqual(countsOf('A woman and two men were shot, the police said.'), []);
});

test('a count in a sentence about an incident the sentence before dates to the past is a recall', () => {
  const counts = countsOf('A 6.4 quake struck the region in February 2005. It killed 612 people and injured more than 1,400.');
  assert.deepEqual(counts, ['killed=612 recall: killed 612 people', 'injured=1400 recall: injured more than 1,400']);
});

const person = (text: string, name: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, kind: 'person', key: name.toLowerCase() };
};

test('one person named by "a", "an" or "another" is a count of one; "one fatally" after a count of the shot is the killed', () => {
  assert.deepEqual(countsOf('A 34-year-old man was killed and an elderly woman was hospitalised. Another man was also injured.'), [
    'killed=1: A 34-year-old man was killed',
    'injured=1: an elderly woman was hospitalised',
    'injured=1+: Another man was also injured',
  ]);
  assert.deepEqual(countsOf('Three teenagers were shot, one fatally, near the school.'), ['shot=3: Three teenagers were shot', 'killed=1: one fatally']);
  assert.deepEqual(countsOf('A crowd was hurt by tear gas. I saw an injured person on the ground. He shot and killed another man.'), ['killed=1: killed another man']);
});

test('ages are tied to the person they belong to, in apposition, before the name, or at death', () => {
  const text = 'Police said Gary Gomes, 35, was arrested. The victims were 61-year-old Katherine Gomes and Robyn Mendes, aged 48. Mark Felt died on Thursday at the age of 95.';
  const mentions = [person(text, 'Gary Gomes'), person(text, 'Katherine Gomes'), person(text, 'Robyn Mendes'), person(text, 'Mark Felt')];
  const ages = extractAges(text, [{ start: 0, end: text.length }], mentions);
  assert.deepEqual(
    ages.map((a) => [mentions[a.mention].text, a.value, a.text]),
    [
      ['Gary Gomes', 35, 'Gary Gomes, 35'],
      ['Katherine Gomes', 61, '61-year-old Katherine Gomes'],
      ['Robyn Mendes', 48, 'Robyn Mendes, aged 48'],
      ['Mark Felt', 95, 'died on Thursday at the age of 95'],
    ],
  );
});

test('no age from a name that only describes a noun, a list of numbers, or an unnamed person after several names', () => {
  const text = 'Anthony LaCalamita III, a 38-year-old Troy resident, was arrested. It fixes IE6, 7, 8 and 9. Riva and Steinberg were shot. The 39-year-old man fled.';
  const mentions = [person(text, 'Anthony LaCalamita III'), person(text, 'Troy'), person(text, 'IE6'), person(text, 'Riva'), person(text, 'Steinberg')];
  const sentences = [0, text.indexOf('It fixes'), text.indexOf('Riva and'), text.indexOf('The 39')].map((start, i, all) => ({ start, end: all[i + 1] ?? text.length }));
  const ages = extractAges(text, sentences, mentions);
  assert.deepEqual(
    ages.map((a) => [mentions[a.mention].text, a.value]),
    [['Anthony LaCalamita III', 38]],
  );
});

test('an age in an indefinite description set before a name belongs to that name; not across a list or a gender', () => {
  const text =
    'A 30-year-old man, Kevin Hale, was arrested. Police charged a 41-year-old teacher, Ann Lee of Dover. The dead were a 16-year-old boy, Mary Cole and Tom Reed. A 22-year-old woman, John Park, fled.';
  const mentions = [person(text, 'Kevin Hale'), person(text, 'Ann Lee'), person(text, 'Mary Cole'), person(text, 'Tom Reed'), person(text, 'John Park')];
  const ages = extractAges(text, [{ start: 0, end: text.length }], mentions);
  assert.deepEqual(
    ages.map((a) => [mentions[a.mention].text, a.value, a.text]),
    [
      ['Kevin Hale', 30, 'A 30-year-old man, Kevin Hale'],
      ['Ann Lee', 41, 'a 41-year-old teacher, Ann Lee'],
    ],
  );
});

test('statuses: subject, object and noun forms; negation; no status from plans or from a name that is an object', () => {
  const text =
    'Police arrested Dan Cole on Monday. Ann Lee has not been charged. The team fired head coach Rob Hale. Eva Park, 44, resigned. The bullet that killed Tim Ray was fired by an officer. Sam Oak is expected to be charged.';
  const names = ['Dan Cole', 'Ann Lee', 'Rob Hale', 'Eva Park', 'Tim Ray', 'Sam Oak'];
  const mentions = names.map((n) => person(text, n));
  const sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((all, s) => {
    const start = all.length ? all[all.length - 1].end + 1 : 0;
    all.push({ start, end: start + s.length });
    return all;
  }, []);
  const found = extractStatuses(text, sentences, mentions, []);
  assert.deepEqual(
    found.map((s) => [names[s.mention], s.status, s.negated]),
    [
      ['Dan Cole', 'arrested', false],
      ['Ann Lee', 'charged', true],
      ['Rob Hale', 'fired', false],
      ['Eva Park', 'resigned', false],
      // Killed, as the object of "killed"; not fired, as the bullet was.
      ['Tim Ray', 'killed', false],
    ],
  );
});

test('statuses: descriptions hold them as names do; custody wordings; a warrant or a call for an arrest is not one', () => {
  const text =
    'The gunman remains at large. Police detained the driver late Monday. Ivo Marsh is being held without bail. A judge issued a warrant for Lena Croft\'s arrest. Protesters called for the resignation of Otto Brand. Mia Fenn\'s arrest came hours later. The clerk is in police custody.';
  const names = ['Ivo Marsh', 'Lena Croft', 'Otto Brand', 'Mia Fenn'];
  const mentions = names.map((n) => person(text, n));
  const sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((all, s) => {
    const start = all.length ? all[all.length - 1].end + 1 : 0;
    all.push({ start, end: start + s.length });
    return all;
  }, []);
  const describe = (words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, head: words.split(' ').pop()!.toLowerCase(), mention: null };
  };
  const descriptions = [describe('The gunman'), describe('the driver'), describe('The clerk')];
  const found = extractStatuses(text, sentences, mentions, [], 0, descriptions);
  assert.deepEqual(
    found.map((s) => [s.description !== undefined ? descriptions[s.description].text : names[s.mention], s.status, s.negated]),
    [
      ['The gunman', 'sought', false],
      ['the driver', 'arrested', false],
      ['Ivo Marsh', 'arrested', false],
      ['Mia Fenn', 'arrested', false],
      ['The clerk', 'arrested', false],
    ],
  );
  assert.ok(found.filter((s) => s.description !== undefined).every((s) => s.mention === -1));
});

test('statuses: a plural verb after a list of names, and a verb or noun before one, hold for every name of the list', () => {
  const text =
    'Ivo Marsh, 20, and Lena Croft, 24, were arrested on Friday. Police charged Otto Brand and Mia Fenn. The bodies of Ada Roe, 48, her former partner, and his mother, Una Pike, were found at dawn. According to Kai Dunn, Eli Shaw and Tess Bell were detained. Blows to Ray Cobb\'s body decided the fight.';
  const names = ['Ivo Marsh', 'Lena Croft', 'Otto Brand', 'Mia Fenn', 'Ada Roe', 'Una Pike', 'Kai Dunn', 'Eli Shaw', 'Tess Bell', 'Ray Cobb'];
  const mentions = names.map((n) => person(text, n));
  const sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((all, s) => {
    const start = all.length ? all[all.length - 1].end + 1 : 0;
    all.push({ start, end: start + s.length });
    return all;
  }, []);
  const found = extractStatuses(text, sentences, mentions, []).map((s) => `${names[s.mention]}: ${s.status}`);
  assert.deepEqual(new Set(found), new Set(['Ivo Marsh: arrested', 'Lena Croft: arrested', 'Otto Brand: charged', 'Mia Fenn: charged', 'Ada Roe: killed', 'Una Pike: killed', 'Eli Shaw: arrested', 'Tess Bell: arrested']));
});

test('people described together with one age each, and what happened to them', () => {
  const text = 'Police found the bodies of two women -- 70 and 44-years-old -- in the flat. Two men, ages 19 and 22, were shot outside a bar. Three teens, 15 and 16, ran away.';
  const sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((all, s) => {
    const start = all.length ? all[all.length - 1].end + 1 : 0;
    all.push({ start, end: start + s.length });
    return all;
  }, []);
  assert.deepEqual(
    extractPeople(text, sentences, []).groups.map((g) => [g.role, g.ages, g.noun, g.text]),
    [
      ['killed', [70, 44], 'women', 'bodies of two women -- 70 and 44-years-old'],
      ['shot', [19, 22], 'men', 'Two men, ages 19 and 22'],
    ],
  );
});

test('children, times shot and people described without a name, with what happened to them', () => {
  const text =
    'Ana Ruiz, a mother of three, was hurt. Mother of 13 Zora Hale was killed. Kim Gray, 16, was shot eleven times. A 31-year-old Brooklyn mom was shot in the arm. Police arrested a 23-year-old man. They were killing a mother of 12. The mother of a 10-year-old girl spoke.';
  const mentions = [person(text, 'Ana Ruiz'), person(text, 'Zora Hale'), person(text, 'Kim Gray')];
  const sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((all, s) => {
    const start = all.length ? all[all.length - 1].end + 1 : 0;
    all.push({ start, end: start + s.length });
    return all;
  }, []);
  const people = extractPeople(text, sentences, mentions);
  assert.deepEqual(
    people.kin.map((k) => [mentions[k.mention].text, k.value]),
    [
      ['Ana Ruiz', 3],
      ['Zora Hale', 13],
    ],
  );
  assert.deepEqual(
    people.times.map((k) => [mentions[k.mention].text, k.value]),
    [['Kim Gray', 11]],
  );
  assert.deepEqual(
    people.descriptors.map((d) => [d.role, d.age, d.kin, d.text]),
    [
      ['shot', 31, null, 'A 31-year-old Brooklyn mom was shot'],
      ['arrested', 23, null, 'arrested a 23-year-old man'],
      ['killed', null, 12, 'killing a mother of 12'],
    ],
  );
});

test('statuses: "he" after an unnamed person of its gender is not said of the person named before', () => {
  const sentencesOf = (text: string) => text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((all, s) => {
    const start = all.length ? all[all.length - 1].end + 1 : 0;
    all.push({ start, end: start + s.length });
    return all;
  }, []);
  const statuses = (text: string, names: string[]) =>
    extractStatuses(text, sentencesOf(text), names.map((n) => person(text, n)), []).map((s) => `${s.mention >= 0 ? names[s.mention] : 'he/she'}: ${s.negated ? 'not ' : ''}${s.status}`);
  // The pronoun may be the second man's: no status for it.
  assert.deepEqual(statuses('Tom Vale was charged with robbery. Deputies detained another man at a farm on Friday. He has not been charged.', ['Tom Vale']), ['Tom Vale: charged']);
  assert.deepEqual(statuses('Ada Kerr was arrested at home. Officers later stopped a 19-year-old woman in a car. She was released without charge.', ['Ada Kerr']), ['Ada Kerr: arrested']);
  // A woman brought in does not stand for "he"; with nobody unnamed between, "he" is the named man's.
  assert.deepEqual(statuses('Tom Vale was arrested on Monday. A woman who lives nearby called police. He was charged with burglary.', ['Tom Vale']), ['Tom Vale: arrested', 'he/she: charged']);
  assert.deepEqual(statuses('Tom Vale was arrested on Monday at his flat. He was charged with burglary.', ['Tom Vale']), ['Tom Vale: arrested', 'he/she: charged']);
  // A man named right after the noun is a named person, not an unnamed one.
  assert.deepEqual(statuses('Tom Vale was arrested on Monday after a man, Rob Lark, called police. He was charged with burglary.', ['Tom Vale', 'Rob Lark']), ['Tom Vale: arrested', 'he/she: charged']);
});

test('people "in custody" or "under arrest" are a count of the arrested, not a part of a group counted before', () => {
  assert.deepEqual(countsOf('Four men are in custody after the robbery.'), ['arrested=4: Four men are in custody']);
  assert.deepEqual(countsOf('Police said two teenagers were under arrest on Friday.'), ['arrested=2: two teenagers were under arrest']);
  assert.deepEqual(countsOf('Two of the suspects remain in custody.'), []);
});

test('a prison term is read after "jailed for" as after "sentenced to"; other lengths are not terms', () => {
  const terms = (text: string, name: string) =>
    extractStatuses(text, [{ start: 0, end: text.length }], [person(text, name)], []).map((s) => `${s.status}${s.term ? ` ${s.term.months}` : ''}`);
  assert.deepEqual(terms('Rae Cobb, 28, was jailed for 15 months at the crown court.', 'Rae Cobb'), ['arrested 15']);
  assert.deepEqual(terms('Rae Cobb was sentenced to six years in prison.', 'Rae Cobb'), ['sentenced 72']);
  assert.deepEqual(terms('Rae Cobb was jailed for two days before her release.', 'Rae Cobb'), ['arrested']);
  assert.deepEqual(terms('Rae Cobb was sentenced for 15 months of fraud.', 'Rae Cobb'), ['sentenced']);
});

test('times stabbed or shot are read past a courtesy title before the name', () => {
  const text = 'Kerr stabbed Mr Dale 16 times in the car park.';
  const start = text.indexOf('Dale');
  const people = extractPeople(text, [{ start: 0, end: text.length }], [{ start, end: start + 4, text: 'Dale', kind: 'person', key: 'dale' }]);
  assert.deepEqual(people.times.map((t) => [t.value, t.text]), [[16, 'Dale 16 times']]);
});
