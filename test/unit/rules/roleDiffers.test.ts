import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { linkEntities } from '../../../server/src/analysis';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>, rule: string) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === rule);
}

const DMITRIEV = {
  's/000_alpha.txt':
    'Talks included [[U.S. special envoy|role|witkoff]] [[Steve Witkoff|person|witkoff]], with [[Russian special envoy|role|dmitriev]] [[Kirill Dmitriev|person|dmitriev]] calling them constructive. [[Russian President|role|putin]] [[Vladimir Putin|person|putin]] agreed.',
  's/003_beta.txt':
    '[[[[Vladimir Putin|person|putin]]’s economic envoy|role|dmitriev]] [[Kirill Dmitriev|person|dmitriev]] arrived, for talks mediated by the [[White House special envoy|role|witkoff]] [[Steve Witkoff|person|witkoff]].',
};

test('"Russian special envoy" and "Putin\'s economic envoy" differ in substance: a warning on both sources', () => {
  const found = run(DMITRIEV, 'role-differs');
  assert.equal(found.length, 2);
  const f = found.find((x) => x.path === 's/000_alpha.txt')!;
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^Kirill Dmitriev's role differs: "Russian special envoy" \(000_alpha\) vs "Vladimir Putin’s economic envoy" \(003_beta\)/);
  assert.match(f.message, /"special" and "economic"/);
  assert.equal(f.related[0].path, 's/003_beta.txt');
  assert.equal((f.data as { actual: string }).actual, 'Russian special envoy');
});

test('"U.S. special envoy" and "White House special envoy" are not a difference; they agree, with the reason', () => {
  assert.equal(run(DMITRIEV, 'role-differs').filter((f) => /Witkoff/.test(f.message)).length, 0);
  const agree = run(DMITRIEV, 'role-agrees').filter((f) => /Witkoff/.test(f.message));
  assert.equal(agree.length, 2);
  assert.equal(agree[0].severity, 'hint');
  assert.match(agree[0].message, /"White House" stands for the U\.S\. presidency, part of the government of the United States \("U\.S\."\)/);
});

test('"Putin\'s foreign policy adviser" and "Kremlin foreign policy adviser" agree and are not flagged', () => {
  const files = {
    's/a.txt': '[[[[Russian President Vladimir Putin|person|putin]]’s foreign policy adviser|role|ushakov]], [[Yuri Ushakov|person|ushakov]], spoke.',
    's/b.txt': '[[Kremlin foreign policy adviser|role|ushakov]] [[Yury Ushakov|person|ushakov]] told reporters.',
  };
  assert.deepEqual(run(files, 'role-differs'), []);
  const agree = run(files, 'role-agrees');
  assert.equal(agree.length, 2);
  assert.match(agree[0].message, /Kremlin/);
});

test('mayor and deputy mayor may be one title shortened: information, not a warning; "council member" and "councillor" are the same kind', () => {
  const found = run(
    {
      's/a.txt': '[[Mayor|role|petrov]] [[Aleksandr Petrov|person|petrov]] spoke. [[Council member|role|brandt]] [[Ilse Brandt|person|brandt]] voted no.',
      's/b.txt': '[[Alexander Petrov|person|petrov]], [[the city’s deputy mayor|role|petrov]], spoke. [[Ilse Brandt|person|brandt]], [[a councillor|role|brandt]], voted no.',
    },
    'role-differs',
  );
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => /Petrov/.test(f.message) && /deputy mayor/.test(f.message) && f.severity === 'information'));
  assert.match(found[0].message, /title is given with and without a qualifier: .*"mayor" may be "deputy mayor" with its qualifier left out/i);
});

test('a rank title and the same title without its qualifier are information; two different qualifiers are a warning', () => {
  const shortened = run(
    {
      's/a.txt': '[[Assistant Chief|role|ruiz]] [[Dana Ruiz|person|ruiz]] of the county fire service arrived first.',
      's/b.txt': 'Fire service [[Chief|role|ruiz]] [[Dana Ruiz|person|ruiz]] arrived first.',
    },
    'role-differs',
  );
  assert.equal(shortened.length, 2);
  assert.ok(shortened.every((f) => f.severity === 'information'));
  const rival = run(
    {
      's/a.txt': '[[Assistant Chief|role|ruiz]] [[Dana Ruiz|person|ruiz]] of the county fire service arrived first.',
      's/b.txt': 'Fire service [[Deputy Chief|role|ruiz]] [[Dana Ruiz|person|ruiz]] arrived first.',
    },
    'role-differs',
  );
  assert.equal(rival.length, 2);
  assert.ok(rival.every((f) => f.severity === 'warning'));
});

test('roles with different head nouns are posts a person may hold at once, and are not compared', () => {
  const found = run(
    {
      's/a.txt': '[[Fund chief executive|role|ek]] [[Jonas Ek|person|ek]] spoke.',
      's/b.txt': '[[Special envoy|role|ek]] [[Jonas Ek|person|ek]] spoke.',
    },
    'role-differs',
  );
  assert.deepEqual(found, []);
});

test('envoys of different countries differ', () => {
  const found = run(
    {
      's/a.txt': '[[Russian envoy|role|x]] [[Ivo Tal|person|x]] spoke.',
      's/b.txt': '[[U.S. envoy|role|x]] [[Ivo Tal|person|x]] spoke.',
    },
    'role-differs',
  );
  assert.equal(found.length, 2);
  assert.match(found[0].message, /Russia is not the United States/);
});

test('a role owned by a surname two people share does not say the post serves someone else', () => {
  // Alpha names one Varga in full, so its "Mr. Varga" is he; beta names two, so its lone
  // "Varga" may be either, and the sister's roles do not name different people.
  const { articles } = fixtureStory({
    's/alpha.txt': '[[Tomas Varga|person|tomas]] was shot. [[Ines|person|ines]], [[[[Mr. Varga|person|tomas]]’s sister|role|ines]], spoke.',
    's/beta.txt':
      '[[Emil Varga|person|emil]] and [[Ines Varga|person|ines]] spoke of [[Tomas Varga|person|tomas]]. [[Ines Varga|person|ines]], [[[[Varga|person|x]]’s older sister|role|ines]], wept.',
  });
  const linking = linkEntities(articles);
  const lone = articles[1].mentions.findIndex((m) => m.text === 'Varga');
  assert.ok(linking.ambiguous(linking.entityOf('s/beta.txt', lone)!));
  assert.ok(!linking.ambiguous(linking.entityOf('s/beta.txt', 0)!));
  assert.equal(linking.entityOf('s/alpha.txt', 1), linking.entityOf('s/beta.txt', 1));
  assert.equal(linking.entityOf('s/alpha.txt', 2), linking.entityOf('s/beta.txt', 2));
  const found = compareStory(articles, linking).findings.filter((f) => f.rule === 'role-differs');
  assert.deepEqual(found.map((f) => f.message), []);
});

test('roles that name different people as the one the post serves are a warning only when both people are named in full', () => {
  // "Bibi" may be the singer under a nickname the linking did not join: not proven another person.
  const nickname = run(
    {
      's/a.txt': '[[Anna Berg|person|berg]] was in court. [[[[Anna Berg|person|berg]]’s lawyer|role|moss]] [[Tim Moss|person|moss]] spoke.',
      's/b.txt': 'Fans cheered [[Bibi|person|bibi]]. [[[[Bibi|person|bibi]]’s lawyer|role|moss]] [[Tim Moss|person|moss]] spoke.',
    },
    'role-differs',
  );
  assert.equal(nickname.length, 2);
  assert.ok(nickname.every((f) => f.severity === 'information'));
  const two = run(
    {
      's/a.txt': '[[Anna Berg|person|berg]] was in court. [[[[Anna Berg|person|berg]]’s lawyer|role|moss]] [[Tim Moss|person|moss]] spoke.',
      's/b.txt': '[[Carl Holm|person|holm]] was in court. [[[[Carl Holm|person|holm]]’s lawyer|role|moss]] [[Tim Moss|person|moss]] spoke.',
    },
    'role-differs',
  );
  assert.equal(two.length, 2);
  assert.ok(two.every((f) => f.severity === 'warning'));
});

test('posts one person does not hold at once ("coach" and "quarterback", "judge" and "prosecutor") differ: a warning with the reason', () => {
  const found = run(
    {
      's/a.txt': 'The Hawks said [[head coach|role|dale]] [[Rudy Dale|person|dale]] would miss practice. [[Judge|role|ames]] [[Lia Ames|person|ames]] set bail.',
      's/b.txt': 'The Hawks said [[quarterback|role|dale]] [[Rudy Dale|person|dale]] would miss practice. [[Prosecutor|role|ames]] [[Lia Ames|person|ames]] asked for bail.',
    },
    'role-differs',
  );
  assert.equal(found.length, 4);
  assert.ok(found.every((f) => f.severity === 'warning'));
  const dale = found.find((f) => f.path === 's/a.txt' && /Rudy Dale/.test(f.message))!;
  assert.match(dale.message, /Rudy Dale's role differs: "head coach" \(a\) vs "quarterback" \(b\); "head coach" and "quarterback" are posts one person does not hold at once/);
});

test('no exclusive-post difference for a post held at another time, posts an article gives together, or posts of different families', () => {
  const none = run(
    {
      's/a.txt': '[[Former quarterback|role|dale]] [[Rudy Dale|person|dale]] spoke. [[Coach|role|moss]] [[Ivy Moss|person|moss]] and [[owner|role|kerr]] [[Ann Kerr|person|kerr]] spoke.',
      's/b.txt': '[[Coach|role|dale]] [[Rudy Dale|person|dale]] spoke. [[Coach|role|moss]] [[Ivy Moss|person|moss]], a [[goalkeeper|role|moss]] once, spoke. [[Attorney|role|kerr]] [[Ann Kerr|person|kerr]] spoke.',
      's/c.txt': '[[Goalkeeper|role|moss]] [[Ivy Moss|person|moss]] spoke.',
    },
    'role-differs',
  );
  assert.deepEqual(none.map((f) => f.message), []);
});

test('one post tied to two organisations that share no word ("Hawks coach", "Falcons coach") differs, as information; a league, or a shared word, is no difference', () => {
  const found = run(
    {
      's/a.txt': 'The [[[[Hawks|organization|hawks]] coach|role|dale]] [[Rudy Dale|person|dale]] spoke. [[[[NFL|organization|nfl]] quarterback|role|moss]] [[Ivy Moss|person|moss]] and [[[[Port Hawks|organization|port-hawks]] coach|role|kerr]] [[Ann Kerr|person|kerr]] spoke.',
      's/b.txt': 'The [[[[Falcons|organization|falcons]] coach|role|dale]] [[Rudy Dale|person|dale]] spoke. [[[[Rams|organization|rams]] quarterback|role|moss]] [[Ivy Moss|person|moss]] and [[[[Hawks|organization|hawks]] coach|role|kerr]] [[Ann Kerr|person|kerr]] spoke.',
    },
    'role-differs',
  );
  assert.deepEqual(
    [...new Set(found.map((f) => `${f.severity}: ${f.message}`))],
    ['information: Rudy Dale\'s role differs: "Hawks coach" (a) vs "Falcons coach" (b); "Hawks" and "Falcons" are different organisations.'],
  );
  const agrees = run(
    {
      's/a.txt': 'The [[[[Hawks|organization|hawks]] coach|role|dale]] [[Rudy Dale|person|dale]] spoke.',
      's/b.txt': 'The [[[[Falcons|organization|falcons]] coach|role|dale]] [[Rudy Dale|person|dale]] spoke.',
    },
    'role-agrees',
  );
  assert.deepEqual(agrees, []);
});

test('a city standing for its team ("Denver coach") and an abbreviation ("CHP officer", "Highway Patrol officer") are no different organisations', () => {
  const found = run(
    {
      's/a.txt': 'The [[[[Denver|organization|denver]] coach|role|dale]] [[Rudy Dale|person|dale]] spoke. [[[[CHP|organization|chp]] officer|role|moss]] [[Ivy Moss|person|moss]] spoke.',
      's/b.txt': 'The [[[[Falcons|organization|falcons]] coach|role|dale]] [[Rudy Dale|person|dale]] spoke. [[[[Highway Patrol|organization|hp]] officer|role|moss]] [[Ivy Moss|person|moss]] spoke.',
    },
    'role-differs',
  );
  assert.deepEqual(found, []);
});

test('what a named ship is said to be: two kinds one ship cannot be are information that says it is one ship', () => {
  const found = run(
    {
      's/a.txt': 'The frigate INS Arvan intercepted two skiffs in the Arabian Sea on Monday, the navy said.',
      's/b.txt': 'Patrol vessel INS Arvan intercepted two skiffs in the Arabian Sea on Monday, the navy said.',
      's/c.txt': 'The warship INS Arvan intercepted two skiffs in the Arabian Sea on Monday.',
    },
    'role-differs',
  );
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /Sources call INS Arvan different kinds of ship: "frigate" \(a\) vs "patrol vessel" \(b\)/);
  assert.equal(found[0].data?.why, 'Same ship: both name INS Arvan.');
  const apposition = run(
    {
      's/a.txt': 'INS Arvan, a frigate of the Eastern Fleet, intercepted two skiffs on Monday.',
      's/b.txt': 'The cargo ship was escorted by patrol vessel INS Arvan on Monday.',
    },
    'role-differs',
  );
  assert.equal(apposition.length, 2);
});

test('a ship\'s kind and a narrower one, a generic word, two ships or two prefixes are no difference', () => {
  const none = (a: string, b: string) => assert.deepEqual(run({ 's/a.txt': a, 's/b.txt': b }, 'role-differs'), []);
  none('The offshore patrol vessel INS Arvan sailed on Monday.', 'The patrol vessel INS Arvan sailed on Monday.');
  none('The frigate INS Arvan sailed on Monday.', 'The warship INS Arvan sailed on Monday.');
  none('The frigate INS Arvan sailed on Monday.', 'The patrol vessel INS Kestrel sailed on Monday.');
  none('The frigate HMS Arvan sailed on Monday.', 'The patrol vessel INS Arvan sailed on Monday.');
  none('The freighter MV Dorin sank on Monday.', 'The cargo ship MV Dorin sank on Monday.');
});

test('lists of the titles a person holds that each name a title the other lacks are information naming what only some list', () => {
  const found = run(
    {
      's/a.txt': '[[Mara Quell|person|quell]] retained her WBA, IBF and WBC middleweight titles on Saturday night.',
      's/b.txt': '[[Mara Quell|person|quell]] kept her IBF, WBO, WBA & IBO middleweight world titles on Saturday night.',
    },
    'role-differs',
  );
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /Sources list different middleweight titles held by Mara Quell: .*; WBC, IBO, WBO are in only some of the lists\./);
});

test('a list of titles that is part of another only leaves titles out: a hint, not information', () => {
  const files = (a: string, b: string, c?: string) => run({ 's/a.txt': a, 's/b.txt': b, ...(c ? { 's/c.txt': c } : {}) }, 'role-differs');
  const shorter = files(
    '[[Mara Quell|person|quell]] retained her WBA, IBF and WBO middleweight titles on Saturday night.',
    '[[Mara Quell|person|quell]] kept her IBF, WBO, WBA & IBO middleweight world titles on Saturday night.',
  );
  assert.equal(shorter.length, 2);
  assert.ok(shorter.every((f) => f.severity === 'hint'));
  assert.match(shorter[0].message, /Some sources list more middleweight titles held by Mara Quell: .*; IBO is in only some of the lists, which the shorter lists leave out without denying\./);
  // Three lists, each part of the longest, the same set written in another order among them.
  const chain = files(
    '[[Mara Quell|person|quell]] defended her WBC and IBF titles.',
    '[[Mara Quell|person|quell]] defended her IBF, WBC and IBO titles.',
    '[[Mara Quell|person|quell]] defended her IBO, IBF and WBC title belts.',
  );
  assert.equal(chain.length, 3);
  assert.ok(chain.every((f) => f.severity === 'hint'));
  // One list names a title the longest lacks: the lists differ.
  const apart = files(
    '[[Mara Quell|person|quell]] defended her WBC and WBA titles.',
    '[[Mara Quell|person|quell]] defended her IBF, WBC and IBO titles.',
    '[[Mara Quell|person|quell]] defended her IBO, IBF and WBC title belts.',
  );
  assert.equal(apart.length, 3);
  assert.ok(apart.every((f) => f.severity === 'information'));
  assert.match(apart[0].message, /Sources list different titles held by Mara Quell/);
});

test('title lists in another order, of another division or of another holder, or two lists in one article, are no difference', () => {
  const none = (a: string, b: string) => assert.deepEqual(run({ 's/a.txt': a, 's/b.txt': b }, 'role-differs'), []);
  none('[[Mara Quell|person|quell]] retained her WBA, IBF and WBO titles.', '[[Mara Quell|person|quell]] retained her IBF, WBO and WBA title belts.');
  none('[[Mara Quell|person|quell]] retained her WBA and IBF middleweight titles.', '[[Mara Quell|person|quell]] won the WBA, IBF and WBO super-middleweight titles.');
  none('[[Mara Quell|person|quell]] retained her WBA and IBF titles.', '[[Ines Varga|person|varga]] retained her WBA, IBF and WBO titles.');
  none(
    '[[Mara Quell|person|quell]] won the WBA and WBC titles, adding them to the IBF and WBO titles she held.',
    '[[Mara Quell|person|quell]] retained her WBA and WBC titles.',
  );
});

test('a title list belongs to the subject of its sentence, not to the last person named before it', () => {
  const found = run(
    {
      's/a.txt': '[[Mara Quell|person|quell]] stopped [[Ines Varga|person|varga]] in the fifth round to keep her WBA, IBF and WBO titles.',
      's/b.txt': '[[Mara Quell|person|quell]] kept her IBF, WBO, WBA & IBO world titles on Saturday night.',
      's/c.txt': '[[Mara Quell|person|quell]] beat [[Ines Varga|person|varga]] and kept her WBO, WBA and IBF title belts.',
    },
    'role-differs',
  );
  assert.equal(found.length, 3);
  assert.match(found[0].message, /Mara Quell: "WBA, IBF and WBO titles" \(a, c\) vs "IBF, WBO, WBA & IBO world titles" \(b\)/);
});

// Who tried to do an act.

const attempts = (files: Record<string, string>) => run(files, 'role-differs').filter((f) => /who tried to/.test(f.message));

test('outlets that describe the one who tried to stop the driver differently: information on both, naming each description', () => {
  const found = attempts({
    's/star.txt': 'A woman was struck in the crosswalk. A bystander tried to stop the driver, but he drove off.',
    's/tribune.txt': 'The driver paused as Lund\'s husband tried to stop him. Then the driver hit the gas.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /who tried to stop the driver differently: "A bystander" \(star\) vs "Lund's husband" \(tribune\)/);
  const star = found.find((f) => f.path === 's/star.txt')!;
  const text = 'A woman was struck in the crosswalk. A bystander tried to stop the driver, but he drove off.';
  assert.equal(text.slice(star.start, star.end), 'A bystander tried to stop the driver');
});

test('attempts are not compared when the descriptions agree, say nothing of the person, or the acts or their objects differ', () => {
  const same = { 's/star.txt': 'A bystander tried to stop the driver.', 's/tribune.txt': 'Another bystander tried to stop him.' };
  assert.deepEqual(attempts(same), []);
  const general = { 's/star.txt': 'A bystander tried to stop the driver.', 's/tribune.txt': 'A man tried to stop the driver.' };
  assert.deepEqual(attempts(general), []);
  const otherAct = { 's/star.txt': 'A bystander tried to stop the driver.', 's/tribune.txt': 'Her husband tried to help her.' };
  assert.deepEqual(attempts(otherAct), []);
  const otherObject = { 's/star.txt': 'A bystander tried to stop the fight.', 's/tribune.txt': 'A guard tried to stop the bus.' };
  assert.deepEqual(attempts(otherObject), []);
  // Words of a quotation are the speaker's, and "the time and tried to" describes no one.
  const quoted = { 's/star.txt': '[[“A bystander tried to stop the driver,”|quote]] she said.', 's/tribune.txt': 'A guard tried to stop the driver.' };
  assert.deepEqual(attempts({ 's/star.txt': 'A bystander tried to stop the driver.', 's/tribune.txt': 'He was visiting at the time and tried to stop the driver.' }), []);
  assert.deepEqual(attempts(quoted), []);
});

test('one attempt on one thing by other verbs is one attempt; a person described by what they were doing is its doer', () => {
  const star = 'The prisoner stabbed his wife. He also injured a man who was visiting another inmate at the time and tried to stop the attack.';
  const tribune = 'His wife survived, but another inmate who tried to break up the attack also suffered stab wounds.';
  const found = attempts({ 's/star.txt': star, 's/tribune.txt': tribune });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /who tried to stop or break up the attack differently: "a man who was visiting another inmate at the time" \(star\) vs "another inmate" \(tribune\)/);
  const other = found.find((f) => f.path === 's/tribune.txt')!;
  assert.equal(tribune.slice(other.start, other.end), 'another inmate who tried to break up the attack');
  // A driver, by what she was doing, against a guard.
  assert.equal(attempts({ 's/star.txt': 'A woman who was driving past tried to stop the fight.', 's/tribune.txt': 'A guard tried to break up the fight.' }).length, 2);
});

test('attempts by other verbs are not compared when the descriptions agree, the doing names no person, or an article tells of two', () => {
  // "was visiting" is what a visitor does: the outlets agree.
  assert.deepEqual(attempts({ 's/star.txt': 'He injured a man who was visiting his brother at the time and tried to stop the attack.', 's/tribune.txt': 'A visitor who tried to break up the attack was stabbed.' }), []);
  assert.deepEqual(attempts({ 's/star.txt': 'A woman who was driving past tried to stop the fight.', 's/tribune.txt': 'A driver tried to break up the fight.' }), []);
  // "walking her dog" makes no noun of a person ("walker" is not one): "a woman" says nothing of who she was.
  assert.deepEqual(attempts({ 's/star.txt': 'A woman who was walking her dog tried to stop the fight.', 's/tribune.txt': 'A guard tried to break up the fight.' }), []);
  // Two attempts on the attack in one article: which one the other outlet tells of is unknown.
  assert.deepEqual(attempts({ 's/star.txt': 'A man who was visiting his son tried to stop the attack. A guard tried to stop the attack too.', 's/tribune.txt': 'An inmate tried to break up the attack.' }), []);
  // Other verbs on other things are other attempts.
  assert.deepEqual(attempts({ 's/star.txt': 'A bystander tried to stop the driver.', 's/tribune.txt': 'A guard tried to calm the crowd.' }), []);
});

const finders = (files: Record<string, string>) => run(files, 'role-differs').filter((f) => /who found the dead/.test(f.message));

test('outlets that name different finders of the dead: information on both, naming each finder', () => {
  const found = finders({
    's/star.txt': 'The bodies of two women were found by police and firefighters on Monday in an apartment.',
    's/tribune.txt': 'A detective said the landlord\'s son found the bodies after entering the flat.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /who found the dead differently: "police and firefighters" \(star\) vs "the landlord's son" \(tribune\)/);
});

test('finders are not compared when they share a noun, say nothing of who they were, or are quoted', () => {
  assert.deepEqual(finders({ 's/star.txt': 'Police found the bodies on Monday.', 's/tribune.txt': 'The bodies were found by police and firefighters.' }), []);
  assert.deepEqual(finders({ 's/star.txt': 'A man found the body on Monday.', 's/tribune.txt': 'Her neighbour found the body.' }), []);
  assert.deepEqual(finders({ 's/star.txt': 'Investigators said they found the body on Monday.', 's/tribune.txt': 'Her neighbour found the body.' }), []);
  assert.deepEqual(finders({ 's/star.txt': '[[“Her son found the body,”|quote]] she said.', 's/tribune.txt': 'Her neighbour found the body.' }), []);
  // An article that names two finders of different kinds tells of both, not of one.
  assert.deepEqual(finders({ 's/star.txt': 'Her son found the body. Police later found the bodies of two dogs.', 's/tribune.txt': 'Her neighbour found the body.' }), []);
});

const schools = (files: Record<string, string>) => run(files, 'role-differs').filter((f) => /different schools/.test(f.message));

test('outlets that name different schools for one student: information on both, naming each school', () => {
  const found = schools({
    's/star.txt': 'Neighbours said [[Mira Okafor|person|mira]] got into [[Lakeside University|organization|lakeside]] last year.',
    's/tribune.txt': 'Miss [[Okafor|person|okafor]] was a student at the [[University of Westmoor|organization|westmoor]] in [[Dunmore|place|dunmore]]. Her brother [[Tom Okafor|person|tom]] works in a bank.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /different schools for Mira Okafor: "Lakeside University" \(star\) vs "University of Westmoor" \(tribune\)/);
});

test('schools are not compared when they are one, when a surname fits two people, or when one is said of the past', () => {
  // One school under two forms of its name.
  assert.deepEqual(
    schools({
      's/star.txt': '[[Mira Okafor|person|mira]] got into [[Lakeside University|organization|lakeside]] last year.',
      's/tribune.txt': '[[Mira Okafor|person|mira]], a law student at the [[University of Lakeside|organization|uol]], was named.',
    }),
    [],
  );
  // A school of the university.
  assert.deepEqual(
    schools({
      's/star.txt': '[[Lakeside Law School|organization|lls]] student [[Mira Okafor|person|mira]] was named.',
      's/tribune.txt': '[[Mira Okafor|person|mira]] is a student at [[Lakeside University|organization|lakeside]].',
    }),
    [],
  );
  // "Okafor" alone may be either of two women named in full.
  assert.deepEqual(
    schools({
      's/star.txt': '[[Mira Okafor|person|mira]] got into [[Lakeside University|organization|lakeside]]. Her sister [[Ada Okafor|person|ada]] stayed home.',
      's/tribune.txt': 'Miss [[Okafor|person|okafor]] was a student at the [[University of Westmoor|organization|westmoor]].',
    }),
    [],
  );
  // Where a person studied before and where she studies now may both be true.
  assert.deepEqual(
    schools({
      's/star.txt': '[[Mira Okafor|person|mira]] graduated from [[Lakeside University|organization|lakeside]] in 2019.',
      's/tribune.txt': '[[Mira Okafor|person|mira]] is a student at the [[University of Westmoor|organization|westmoor]].',
    }),
    [],
  );
  // Agreeing outlets raise nothing.
  assert.deepEqual(
    schools({
      's/star.txt': '[[Mira Okafor|person|mira]] got into [[Lakeside University|organization|lakeside]].',
      's/tribune.txt': '[[Lakeside University|organization|lakeside]] student [[Mira Okafor|person|mira]] was named.',
    }),
    [],
  );
});
