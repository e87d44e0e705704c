import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'quantity-differs');
}

test('"€80 million", "85 million euros" and "$137 million" for one bridge differ; the dollar figure is converted with its rate', () => {
  const found = run({
    's/herald.txt': 'The bridge will cost [[€80 million|qty|80000000|EUR]], according to the council.',
    's/daily.txt': 'The council voted for a bridge whose price has risen to [[85 million euros|qty|85000000|EUR]].',
    's/wire.txt': 'The bridge is expected to cost [[$137 million|qty|137000000|USD]], the council said.',
  });
  assert.equal(found.length, 3, 'one finding on each source');
  const f = found.find((x) => x.path === 's/herald.txt')!;
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /"€80 million" \(herald\)/);
  assert.match(f.message, /"85 million euros" \(daily\)/);
  assert.match(f.message, /"\$137 million" \(wire; about €125 million at 0\.91 EUR per USD\)/);
  assert.equal(f.related.length, 2);
});

test('"about 1,300 drones" and "1,250 drones" agree within the hedge: information, not a warning', () => {
  const found = run({
    's/a.txt': 'Russia launched [[about 1,300 drones|qty|1300|drone|about]] at Ukraine over the past week.',
    's/b.txt': 'Over the past week Russia launched [[1,250 drones|qty|1250|drone]] at Ukraine.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /agree within their hedges/);
});

test('"1,300 drones" and "900 drones" launched in the same week differ even allowing for "about"', () => {
  const found = run({
    's/a.txt': 'Russia launched [[about 1,300 drones|qty|1300|drone|about]] at Ukraine over the past week.',
    's/b.txt': 'Over the past week Russia launched [[900 drones|qty|900|drone]] at Ukraine.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /differ: "about 1,300 drones" \(a\) vs "900 drones" \(b\), even allowing for the hedges/);
});

test('numbers of different things, or of the same unit in unrelated sentences, are not compared', () => {
  const found = run({
    's/a.txt': 'Russia launched [[1,300 drones|qty|1300|drone]] at Ukraine last week. A shop sold [[40 drones|qty|40|drone]] to hobbyists.',
    's/b.txt': 'Farmers bought [[12 drones|qty|12|drone]] for crop spraying. Russia fired [[nine missiles|qty|9|missile]] at Ukraine last week.',
  });
  assert.deepEqual(found, []);
});

test('the same number written the same way in two sources is agreement', () => {
  const found = run({
    's/a.txt': 'About [[1,500 residents|qty|1500|resident]] signed a petition against the plan.',
    's/b.txt': 'A petition against the plan was signed by [[1,500 residents|qty|1500|resident]].',
  });
  assert.deepEqual(found, []);
});

// Figures with the same unit that a careful reader would not compare: each case below was
// reported as a difference before the alignment read what governs and owns a number.

test('bullets that hit a man and bullets his gun was loaded with are different things', () => {
  const found = run({
    's/a.txt': 'An autopsy showed that [[Kimani Gray|person|gray]] was hit by [[seven bullets|qty|7|bullet]] fired by the officers.',
    's/b.txt': 'Police say [[Kimani Gray|person|gray]]’s gun was loaded with [[four bullets|qty|4|bullet]] but have not determined whether the teenager fired his weapon.',
  });
  assert.deepEqual(found, []);
});

test('the same event counted by two verbs that both appear is still compared', () => {
  // "Injured" governs one number and appears in the other's clause: the same injured people.
  const found = run({
    's/a.txt': 'The governor said that [[five people|qty|5|person]] had received treatment after being injured by the quake.',
    's/b.txt': 'State television says the quake has injured [[three people|qty|3|person]] on the island.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

test('two players’ touchdowns are different counts, also when a pronoun or a description names the player', () => {
  assert.deepEqual(
    run({
      's/a.txt': '[[Marco Bell|person|bell]] finished the season with 700 yards and [[two touchdowns|qty|2|touchdown]].',
      's/b.txt': '[[Dion Carter|person|carter]] finished the season with 900 yards and [[five touchdowns|qty|5|touchdown]].',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': '[[Marco Bell|person|bell]] was hurt in week three. He finished with 269 yards and [[two touchdowns|qty|2|touchdown]] rushing.',
      's/b.txt': '[[Dion Carter|person|carter]] made the most of his chances. The undrafted rookie finished with 716 yards rushing and [[five touchdowns|qty|5|touchdown]].',
    }),
    [],
  );
});

test('one player’s touchdowns in two sources are still compared', () => {
  const found = run({
    's/a.txt': '[[Marco Bell|person|bell]] finished the season with [[two touchdowns|qty|2|touchdown]] rushing.',
    's/b.txt': 'The team said [[Marco Bell|person|bell]] finished the season with [[four touchdowns|qty|4|touchdown]] rushing.',
  });
  assert.equal(found.length, 2);
});

test('numbers that pick a span ("their first two drives") are not compared', () => {
  const found = run({
    's/a.txt': 'After scoring on four of their first [[five drives|qty|5|drive]], the Jaguars punted to start the fourth quarter.',
    's/b.txt': 'The Jaguars scored touchdowns on their first [[two drives|qty|2|drive]] and led at halftime.',
  });
  assert.deepEqual(found, []);
});

test('a career total and a count without that word are different counts', () => {
  assert.deepEqual(
    run({
      's/a.txt': '[[Marco Bell|person|bell]] has scored [[40 career touchdowns|qty|40|touchdown]] for the club.',
      's/b.txt': '[[Marco Bell|person|bell]] has scored [[12 touchdowns|qty|12|touchdown]] for the club.',
    }),
    [],
  );
});

test('counts of two different seasons are different counts', () => {
  assert.deepEqual(
    run({
      's/a.txt': 'The club sold [[30,000 season tickets|qty|30000|ticket]] this season, its owner said.',
      's/b.txt': 'The club sold [[22,000 season tickets|qty|22000|ticket]] last season, its owner said.',
    }),
    [],
  );
});

test('a figure of a past high point or a former time is not compared with one of the present', () => {
  // "At its height" and "once" / "at one point" place the number in another time than the present tense's.
  assert.deepEqual(
    run({
      's/a.txt': 'The mill opened in 1952 and at its height employed [[2,400 workers|qty|2400|worker]], the union said.',
      's/b.txt': 'The mill now employs [[600 workers|qty|600|worker]], the union said.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'At one point [[300 firefighters|qty|300|firefighter]] battled the blaze, the county said.',
      's/b.txt': 'About [[120 firefighters|qty|120|firefighter|about]] battled the blaze on Monday, the county said.',
    }),
    [],
  );
});

test('two figures of the same past high point are still compared', () => {
  const found = run({
    's/a.txt': 'The mill opened in 1952 and at its peak employed [[2,400 workers|qty|2400|worker]], the union said.',
    's/b.txt': 'At its peak the mill employed [[1,400 workers|qty|1400|worker]], the union said.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

test('"was used to" is the passive of "use", not a former time: the figures are still compared', () => {
  const found = run({
    's/a.txt': 'The hall was used to shelter [[85 families|qty|85|family]] after the flood, the mayor said.',
    's/b.txt': 'The hall sheltered [[58 families|qty|58|family]] after the flood, the mayor said.',
  });
  assert.equal(found.length, 2);
});

test('a source that says less cannot join two counts its neighbours tell apart', () => {
  // The third source shares words with both others, but those two count different bullets:
  // no finding may set the bullets that hit a man against the bullets in his gun.
  const found = run({
    's/a.txt': 'The autopsy showed [[Kimani Gray|person|gray]] was hit by [[seven bullets|qty|7|bullet]] fired by police in the shooting.',
    's/b.txt': '[[Kimani Gray|person|gray]]’s gun was loaded with [[four bullets|qty|4|bullet]] but it is not known whether he fired it in the shooting.',
    's/c.txt': 'Police fired [[seven bullets|qty|7|bullet]] in the shooting of [[Kimani Gray|person|gray]].',
  });
  for (const f of found) {
    const paths = [f.path, ...f.related.map((r) => r.path)];
    assert.ok(!(paths.includes('s/a.txt') && paths.includes('s/b.txt')), f.message);
  }
});

// Counts of one group named by related nouns (WordNet: a sense in common, or one a kind of the other).

test('"300 protesters" and "120 demonstrators" who marched on the ministry count one crowd: a difference', () => {
  const found = run({
    's/a.txt': 'Some [[300 protesters|qty|300|protester|some]] marched on the ministry of transport in Velmora on Monday.',
    's/b.txt': 'On Monday [[120 demonstrators|qty|120|demonstrator]] marched on the ministry of transport in Velmora.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /protester, demonstrator/);
});

test('"six surgeons" and "nine doctors" sent to one clinic may be one team: an observation, since a surgeon is a kind of doctor', () => {
  const found = run({
    's/a.txt': 'The regional hospital sent [[six surgeons|qty|6|surgeon]] to staff the field clinic at Harrowgate.',
    's/b.txt': 'The regional hospital has sent [[nine doctors|qty|9|doctor]] to staff the field clinic at Harrowgate.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /may be one group .*one noun names a kind of the other/);
});

test('related nouns counted by different acts, and unrelated nouns counted by one act, are not compared', () => {
  assert.deepEqual(
    run({
      's/a.txt': 'The regional hospital sent [[six surgeons|qty|6|surgeon]] to staff the field clinic at Harrowgate.',
      's/b.txt': 'The regional hospital hired [[nine doctors|qty|9|doctor]] for the field clinic at Harrowgate.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'The regional hospital sent [[six surgeons|qty|6|surgeon]] to staff the field clinic at Harrowgate.',
      's/b.txt': 'The regional hospital sent [[nine nurses|qty|9|nurse]] to staff the field clinic at Harrowgate.',
    }),
    [],
  );
});

// Percentages are compared only when their sentences name what they measure.

test('turnout given as 71.4 percent and as about 58 per cent differs; the measure is the subject of the level', () => {
  const found = run({
    's/a.txt': 'Election officials said turnout reached [[71.4 percent|qty|71.4|percent]] in the referendum.',
    's/b.txt': 'The electoral board said that turnout was [[about 58 per cent|qty|58|percent|about]].',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /"71\.4 percent" \(a\)/);
});

test('the share of the electorate that voted is the turnout: "58 percent of registered voters cast ballots" differs from "turnout reached 71.4 percent"', () => {
  const turnout = 'Election officials said turnout reached [[71.4 percent|qty|71.4|percent]] in the referendum.';
  for (const share of [
    'The commission said [[58 percent|qty|58|percent]] of registered voters cast ballots in the referendum.',
    'Only [[58 per cent|qty|58|percent]] of eligible voters took part in the referendum, the commission said.',
    'Officials said [[58 percent|qty|58|percent]] of voters had turned out by the close of polls.',
  ]) {
    const found = run({ 's/a.txt': turnout, 's/b.txt': share });
    assert.equal(found.length, 2, share);
    assert.equal(found[0].severity, 'warning');
  }
  // "stood at" and "put … at" state a level too: "at" is a hedge only in "at least", "at most".
  for (const level of [
    'Officials said turnout stood at [[58 percent|qty|58|percent]] in the referendum.',
    'The commission put turnout at [[58 percent|qty|58|percent]] in the referendum.',
  ]) {
    const found = run({ 's/a.txt': turnout, 's/b.txt': level });
    assert.equal(found.length, 2, level);
    assert.equal(found[0].severity, 'warning');
  }
  // A share that agrees with the turnout is worded differently, not a difference.
  const agree = run({ 's/a.txt': turnout, 's/b.txt': 'The commission said [[71.4 percent|qty|71.4|percent]] of eligible voters participated.' });
  assert.ok(agree.every((f) => f.severity !== 'warning'));
});

test('a vote share, or the turnout of one part of the electorate, is not the turnout', () => {
  const turnout = 'Election officials said turnout reached [[71.4 percent|qty|71.4|percent]] in the referendum.';
  for (const share of [
    'The commission said [[58 percent|qty|58|percent]] of voters voted for the new constitution.',
    'The commission said [[58 percent|qty|58|percent]] of voters voted against the plan in the referendum.',
    'The commission said [[58 percent|qty|58|percent]] of voters cast their ballots for the mayor.',
    'The commission said [[58 percent|qty|58|percent]] of young voters cast ballots in the referendum.',
    'The commission said [[58 percent|qty|58|percent]] of voters backed the new constitution.',
  ]) {
    assert.deepEqual(run({ 's/a.txt': turnout, 's/b.txt': share }), [], share);
  }
});

test('shares of one group that did one thing are compared; shares of what others did, other measures and changes are not', () => {
  const differ = run({
    's/a.txt': 'The union said [[62 percent|qty|62|percent]] of its members backed the merger with the dockers.',
    's/b.txt': 'Only [[45 percent|qty|45|percent]] of members backed the merger, the union said.',
  });
  assert.equal(differ.length, 2);
  assert.deepEqual(
    run({
      's/a.txt': 'The union said [[62 percent|qty|62|percent]] of its members backed the merger with the dockers.',
      's/b.txt': 'The union said [[30 percent|qty|30|percent]] of its members opposed the merger with the dockers.',
    }),
    [],
  );
  // A phrase that narrows the share tells two shares apart; the same phrase does not.
  assert.deepEqual(
    run({
      's/a.txt': 'The operator said [[65 percent|qty|65|percent]] of phone traffic with Norland was down after the storm.',
      's/b.txt': 'The operator said [[40 percent|qty|40|percent]] of phone traffic between the islands was down after the storm.',
    }),
    [],
  );
  assert.equal(
    run({
      's/a.txt': 'The operator said [[65 percent|qty|65|percent]] of phone traffic with Norland was down after the storm.',
      's/b.txt': 'The operator said [[40 percent|qty|40|percent]] of phone traffic with Norland was down after the storm.',
    }).length,
    2,
  );
  assert.deepEqual(
    run({
      's/a.txt': 'Officials said the jobless rate was [[5.2 percent|qty|5.2|percent]] in March.',
      's/b.txt': 'Officials said the inflation rate was [[3.1 percent|qty|3.1|percent]] in March.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'Officials said turnout was [[40 percent|qty|40|percent]] in the valley.',
      's/b.txt': 'Officials said turnout rose by [[12 percent|qty|12|percent]] in the valley.',
    }),
    [],
  );
});

// Counts of the same incident only: a count that its sentence places in another incident
// ("last year", "in March", "a similar storm") is compared with counts of that incident only,
// and a count with no day of its own, in a story that recalls another incident of the thing,
// may be either incident's: an observation, not a warning.

const severed = {
  undated: 'Millions lost access to the web after [[two fibre cables|qty|2|fibre cable]] under the Baltic were severed.',
  dated: 'Phone and web services failed on [[Tuesday|date|2031-03-04]] when [[four fibre cables|qty|4|fibre cable]] under the Baltic were severed.',
  recalled: '[[Last year|date|2030]], [[two fibre cables|qty|2|fibre cable]] under the Baltic were severed by a dragged anchor.',
};

test('an undated count against a dated one is a warning while the story tells of one incident', () => {
  const found = run({ 's/a.txt': severed.undated, 's/b.txt': severed.dated });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

test('when the story recalls another incident of the thing, an undated count that differs is an observation saying why', () => {
  const found = run({ 's/a.txt': severed.undated, 's/b.txt': severed.dated, 's/c.txt': severed.recalled });
  assert.equal(found.length, 2, 'the recalled count is compared with neither');
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.ok(found.every((f) => f.path !== 's/c.txt' && f.related.every((r) => r.path !== 's/c.txt')));
  assert.match(found[0].message, /recalls another incident of this kind, "two fibre cables" \(c\), and a gives no day for the figure, so the figures may belong to different incidents/);
});

test('a count recalled from another month is not compared with the story’s own count', () => {
  assert.deepEqual(
    run({
      's/a.txt': 'In [[March|date|]], [[five cables|qty|5|cable]] under the Baltic were severed by trawlers.',
      's/b.txt': 'On [[Tuesday|date|2031-09-02]] [[three cables|qty|3|cable]] under the Baltic were severed by trawlers.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'A similar storm destroyed [[40 barns|qty|40|barn]] in the Orlen valley.',
      's/b.txt': 'The storm destroyed [[12 barns|qty|12|barn]] in the Orlen valley.',
    }),
    [],
  );
});

test('a year after the article’s date is a target the count is planned for, not an incident recalled', () => {
  // Both pledges name 2031, later than the articles' dates: they are this story's pledges and differ.
  const found = run({
    's/a.txt': '---\noutlet: The Ledger\ndate: 2028-04-02\n---\nThe mayor promised to plant [[30,000 trees|qty|30000|tree]] by [[2031|date|2031]] along the river.',
    's/b.txt': '---\noutlet: The Courier\ndate: 2028-04-02\n---\nThe mayor promised on Sunday to plant [[13,000 trees|qty|13000|tree]] by [[2031|date|2031]] along the river.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning', found[0].message);
  assert.doesNotMatch(found[0].message, /earlier incident|recalls/);
  // The same year before the articles' date still recalls another incident: no comparison
  // with the story's own undated count is made as if certain.
  const past = run({
    's/a.txt': '---\noutlet: The Ledger\ndate: 2033-04-02\n---\nThe mayor planted [[30,000 trees|qty|30000|tree]] in [[2031|date|2031]] along the river.',
    's/b.txt': '---\noutlet: The Courier\ndate: 2033-04-02\n---\nThe mayor planted [[13,000 trees|qty|13000|tree]] along the river on Sunday.',
  });
  assert.ok(past.every((f) => f.severity !== 'warning'));
});

test('a month that dates another verb of the sentence does not recall the count', () => {
  // "in May" dates the proposal; the letters were received since then, in this story.
  const found = run({
    's/a.txt': 'The ministry proposed the rule in [[May|date|]] and has since received [[nearly 90,000 letters|qty|90000|letter|nearly]] about it.',
    's/b.txt': 'The ministry has received [[about 40,000 letters|qty|40000|letter|about]] about the rule.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

test('a day named in the count’s own clause places it in the story’s incident despite a recall before it', () => {
  const found = run({
    's/a.txt': 'A year after a similar gale, the storm destroyed [[40 barns|qty|40|barn]] in the Orlen valley on [[Friday|date|2031-03-07]].',
    's/b.txt': 'The storm destroyed [[12 barns|qty|12|barn]] in the Orlen valley on [[Friday|date|2031-03-07]].',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

// A predicate joined by "or" counts what either verb did: it is one predicate, never its first
// or its last verb.

test('"destroyed or damaged 40 homes" is not a count of homes destroyed', () => {
  assert.deepEqual(
    run({
      's/a.txt': 'The flood destroyed or badly damaged [[40 homes|qty|40|home]] in the lower town.',
      's/b.txt': 'The flood destroyed [[12 homes|qty|12|home]] in the lower town.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'In the lower town [[40 homes|qty|40|home]] were damaged or destroyed by the flood.',
      's/b.txt': 'The flood destroyed [[12 homes|qty|12|home]] in the lower town.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'The storm flooded or destroyed [[40 homes|qty|40|home]] in the lower town.',
      's/b.txt': 'The storm destroyed or damaged [[12 homes|qty|12|home]] in the lower town.',
    }),
    [],
  );
});

test('what was "seized and burned" was seized: an "and" states each of its verbs of the things counted', () => {
  const found = run({
    's/a.txt': 'Rebels seized and burned [[five trucks|qty|5|truck]] on the coast highway.',
    's/b.txt': 'Rebels seized [[eight trucks|qty|8|truck]] on the coast highway.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

test('the same coordinated predicate, its verbs in either order, is compared', () => {
  const found = run({
    's/a.txt': 'The flood destroyed or damaged [[40 homes|qty|40|home]] in the lower town.',
    's/b.txt': 'The flood damaged or destroyed [[25 homes|qty|25|home]] in the lower town.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
});

// Telephone numbers: one line printed with a digit added, dropped, changed or swapped.

test('an appeal line printed with a digit missing is one line misprinted: a warning naming both numbers', () => {
  const found = run({
    's/a.txt': 'Anyone who saw the van is asked to call detectives on 0161 872 5050 or the charity line on 0300 123 456.',
    's/b.txt': 'Detectives urged witnesses to contact them on 0161 872 505.',
    's/c.txt': 'Witnesses should phone the incident room on 0161-872-5050, police said.',
  });
  assert.equal(found.length, 3, 'one finding on each source that gives the line');
  assert.ok(found.every((f) => f.severity === 'warning'));
  const b = found.find((f) => f.path === 's/b.txt')!;
  assert.match(b.message, /"0161 872 505" \(b\)/);
  assert.match(b.message, /"0161 872 5050" \(a\)/);
  assert.match(b.message, /"0161-872-5050" \(c\)/);
  assert.match(b.message, /one digit/);
  // Swapped neighbours and a changed digit are misprints too.
  for (const wrong of ['0161 827 5050', '0161 872 5060']) {
    const f = run({ 's/a.txt': 'Call detectives on 0161 872 5050.', 's/b.txt': `Witnesses can call detectives on ${wrong}.` });
    assert.equal(f.length, 2, wrong);
  }
});

test('different lines, the same line written in another style, numbers one article gives together, and digits not announced as a number to call are not compared', () => {
  const none = (files: Record<string, string>) => assert.deepEqual(run(files), [], JSON.stringify(files));
  // Two lines far apart (the police and a charity).
  none({ 's/a.txt': 'Call police on 0161 872 5050.', 's/b.txt': 'Call the charity on 0300 123 4567.' });
  // One line in two house styles.
  none({ 's/a.txt': 'Call police on 0800 555 111.', 's/b.txt': 'Call police on 0800 555111.' });
  // One line with and without the prefix dialled at home.
  none({ 's/a.txt': 'Call police on 020 7946 0958.', 's/b.txt': 'Call police on (0)20 7946 0958.' });
  none({ 's/a.txt': 'Call the hotline at 1-800-555-0199.', 's/b.txt': 'Call the hotline at 800-555-0199.' });
  // Two lines one article lists side by side, however alike.
  none({
    's/a.txt': 'Call the north desk on 0161 872 5050 or the south desk on 0161 872 5051.',
    's/b.txt': 'Call the north desk on 0161 872 5051.',
  });
  // A date, a score and a count are no telephone numbers.
  none({ 's/a.txt': 'The club was founded on 2013-06-08 and won 23-17.', 's/b.txt': 'The club was founded on 2013-06-09 and won 23-17.' });
  none({ 's/a.txt': 'Officials counted 1 204 511 ballots.', 's/b.txt': 'Officials counted 1 204 512 ballots.' });
});

test('"signed 12 agreements" and "signed 11 agreements" in one story differ as information; a number inside a phrase or of another noun is not compared so', () => {
  const found = run({
    's/a.txt': 'The two ministers signed [[12 agreements|qty|12|agreement]] on trade and energy.',
    's/b.txt': 'Norland and Castoria signed [[11 agreements|qty|11|agreement]] in Valdera.',
  });
  assert.ok(found.length > 0);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /"11 agreements" \(b\) vs "12 agreements" \(a\)|"12 agreements" \(a\) vs "11 agreements" \(b\)/);
  assert.deepEqual(
    run({
      's/a.txt': 'The governor said [[four villages|qty|4|village]] had been destroyed.',
      's/b.txt': 'Half of the buildings in [[seven villages|qty|7|village]] were destroyed.',
    }),
    [],
  );
  assert.deepEqual(
    run({
      's/a.txt': 'Commandos recovered [[three rifles|qty|3|rifle]] and two grenades.',
      's/b.txt': 'The navy recovered [[seven assault rifles|qty|7|assault rifle]] and launchers.',
    }),
    [],
  );
});
