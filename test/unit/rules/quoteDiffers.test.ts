import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>, rule = 'quote-differs') {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === rule);
}

test('a paraphrase in one outlet of a direct quote in another is linked as a paraphrase, as a hint on the reported words', () => {
  const found = run({
    's/000_alpha.txt':
      'The adviser, [[Yuri Ushakov|person|ushakov]], stated that [[no serious discussions regarding such an initiative are currently underway|said|ushakov]].',
    's/003_beta.txt':
      '[[“At present, no one has seriously discussed this initiative, and to my knowledge it is not being prepared,”|quote|ushakov]] adviser [[Yury Ushakov|person|ushakov]] told reporters. [[Ushakov|person|ushakov]] also said [[he had not seen a revised proposal to end the conflict|said|ushakov]].',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'hint'));
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
  assert.match(found[0].message, /"connect" → "link" \(other words\)/);
  // "a century" and "a hundred years" are one number written two ways.
  assert.deepEqual(found[0].data?.changes, [{ kind: 'words', from: 'connect', to: 'link' }]);
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

test('one replaced preposition in an otherwise identical quotation is a difference of form: a hint', () => {
  const found = run({
    's/a.txt': '[[“It is an honour to be compared in the same breath with Tyler,”|quote|ford]] said [[Phil Ford|person|ford]].',
    's/b.txt': '[[“It is an honor to be compared in the same breath as Tyler,”|quote|ford]] said [[Phil Ford|person|ford]].',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'hint'));
  assert.match(found[0].message, /"with" → "as" \(form only\)/);
});

// Severity by meaning: what a change does to the words decides how it is shown.

test('a changed time word is a warning, and the finding says why the two passages are one remark', () => {
  const found = run({
    's/post.txt': '[[“This morning I was stopped by an officer,”|quote|jackson]] said [[Vincent Jackson|person|jackson]].',
    's/wire.txt': 'In a statement he wrote: [[“Yesterday I was stopped by an officer.”|quote]]',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'warning'));
  assert.match(found[0].message, /"This morning" → "Yesterday" \(a time word\)/);
  assert.match(String(found[0].data?.why), /^Same remark: 6 of the 7 words .* post names Vincent Jackson as the speaker, the other source names none\.$/);
});

test('an inverted condition is a warning; the same words are not a finding', () => {
  const found = run({
    's/a.txt': '[[“Raising the rate now would hurt growth,”|quote|berg]] said [[Anna Berg|person|berg]].',
    's/b.txt': '[[“Not raising the rate now would hurt growth,”|quote|berg]] said [[Anna Berg|person|berg]].',
    's/c.txt': '[[“Raising the rate now would hurt growth,”|quote|berg]] said [[Berg|person|berg]].',
  });
  assert.equal(found.length, 3);
  assert.ok(found.every((f) => f.severity === 'warning'));
  assert.match(found[0].message, /adds "Not" \(a negation\)/);
  // a and c print the same words: one rendering, shown on both.
  assert.deepEqual(found.map((f) => f.path).sort(), ['s/a.txt', 's/b.txt', 's/c.txt']);
});

test('a different number is a warning; a numeral for a number word is the same words', () => {
  const differ = run({
    's/a.txt': '[[“We lost three boats in the storm last night,”|quote|ray]] said [[Tom Ray|person|ray]].',
    's/b.txt': '[[“We lost four boats in the storm last night,”|quote|ray]] said [[Tom Ray|person|ray]].',
  });
  assert.equal(differ.length, 2);
  assert.match(differ[0].message, /"three" → "four" \(a number\)/);
  assert.equal(differ[0].severity, 'warning');
  const same = run({
    's/a.txt': '[[“By rolling back this 11th hour regulation, we protect the species,”|quote|salazar]] said [[Ken Salazar|person|salazar]].',
    's/b.txt': '[[“By rolling back this eleventh-hour regulation, we protect the species,”|quote|salazar]] said [[Ken Salazar|person|salazar]].',
  });
  assert.deepEqual(same, []);
});

test('function words, an abbreviation, house spelling and words in an editor\'s brackets are differences of form: hints', () => {
  const found = run({
    's/a.txt':
      '[[“Nothing in the regulation relieves a federal agency of its duty,”|quote|kemp]] said [[Dirk Kempthorne|person|kemp]]. ' +
      'He added: [[“We urge all Internet Explorer customers to deploy this update as soon as possible.”|quote|kemp]] ' +
      '[[“Everyone was calling their family to say they were OK.”|quote|kemp]]',
    's/b.txt':
      '[[“Nothing in this regulation relieves a federal agency of its duty,”|quote|kemp]] said [[Dirk Kempthorne|person|kemp]]. ' +
      'He added: [[“We urge all IE customers to deploy this update as soon as possible.”|quote|kemp]] ' +
      '[[“Everyone was calling their family to say that they were okay.”|quote|kemp]]',
  });
  assert.equal(found.length, 6);
  assert.ok(found.every((f) => f.severity === 'hint'), found.map((f) => `${f.severity}: ${f.message}`).join('\n'));
  const messages = found.map((f) => f.message).join('\n');
  assert.match(messages, /"the" → "this" \(form only\)/);
  assert.match(messages, /"Internet Explorer" → "IE" \(form only\)/);
  assert.match(messages, /adds "that" \(form only\)/);
});

test('words an editor puts in brackets are not the speaker\'s; the words around them still count', () => {
  const found = run({
    's/a.txt': '[[“We should be looking for ways to improve it, not weaken it,”|quote|obama]] said [[Barack Obama|person|obama]].',
    's/b.txt': '[[“We should be looking for ways to improve [the Act], not weaken it,”|quote|obama]] said [[Barack Obama|person|obama]].',
    's/c.txt': '[[“We should be looking for ways to strengthen [the Act], not weaken it,”|quote|obama]] said [[Barack Obama|person|obama]].',
  });
  // a and b differ by the bracketed words only: a hint between them alone.
  const ab = found.filter((f) => f.path === 's/a.txt' && f.related.length === 1 && f.related[0].path === 's/b.txt');
  assert.equal(ab.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(ab[0].severity, 'hint');
  // c changes "improve" to "strengthen": one warning groups the three renderings.
  const ac = found.filter((f) => f.path === 's/a.txt' && f.severity === 'warning');
  assert.equal(ac.length, 1);
  assert.ok(ac[0].related.some((r) => r.path === 's/c.txt'));
  assert.match(ac[0].message, /"improve" → "strengthen" \(other words\)/);
});

test('one wording given to two speakers is two remarks: each speaker\'s renderings are compared apart', () => {
  const line = (where: string, who: string, id: string) =>
    `[[“The river has never risen this fast in living memory by the ${where} quay,”|quote|${id}]] [[${who}|person|${id}]] told reporters.`;
  const found = run({
    's/a.txt': line('upper', 'Anna Berg', 'berg'),
    's/b.txt': line('upper', 'Oskar Lind', 'lind'),
    's/c.txt': line('lower', 'Oskar Lind', 'lind'),
    's/d.txt': line('lower', 'Anna Berg', 'berg'),
  });
  const related = (path: string) => found.filter((f) => f.path === path).map((f) => f.related.map((r) => r.path).sort().join(','));
  assert.deepEqual(related('s/a.txt'), ['s/d.txt']);
  assert.deepEqual(related('s/b.txt'), ['s/c.txt']);
  assert.match(found.find((f) => f.path === 's/b.txt')!.message, /^Oskar Lind's words/);
});

// Utterances: which passages are one remark.

test('a selection of a statement\'s sentences is compared with its part only, and agrees when the words do', () => {
  const statement =
    '[[“Police were alerted to a fire on the roof at nine this evening. The fire has spread rapidly through the store, which is almost destroyed. Roads near the high street are closed and residents are being evacuated.”|quote|police]] a spokeswoman for [[Surrey Police|organization|police]] said.';
  const agrees = run({
    's/full.txt': statement,
    's/part.txt': '[[Police|person|police2]] said: [[“The fire has spread rapidly through the store, which is almost destroyed. People are asked to avoid the area.”|quote|police2]]',
  });
  assert.deepEqual(agrees, []);
  const differs = run({
    's/full.txt': statement,
    's/part.txt': '[[Police|person|police2]] said: [[“The fire spread rapidly through the store, which is almost destroyed. People are asked to avoid the area.”|quote|police2]]',
  });
  assert.equal(differs.length, 2);
  assert.equal(differs[0].severity, 'hint');
  const full = differs.find((f) => f.path === 's/full.txt')!;
  // Only the aligned sentence, not the statement around it.
  assert.match(full.message, /"The fire has spread rapidly through the store, which is almost destroyed"/);
  assert.doesNotMatch(full.message, /Police were alerted|People are asked/);
  assert.match(String(full.data?.why), /gives it to Police, full to Surrey Police|gives it to Surrey Police, part to Police/);
});

test('two named people are not one speaker, and a loose overlap with an unnamed speaker is not one remark', () => {
  const found = run({
    's/a.txt': '[[“For more than three decades, the Endangered Species Act has protected our most threatened wildlife,”|quote|obama]] said [[Barack Obama|person|obama]].',
    's/b.txt': '[[“For decades, the Endangered Species Act has protected threatened species and their habitats,”|quote|locke]] said [[Gary Locke|person|locke]].',
    's/c.txt': '[[“For decades, the Endangered Species Act has protected threatened species and their habitats,”|quote]] a statement said.',
  });
  assert.deepEqual(found, []);
});

test('two remarks of one speaker are not diffed as one, and a remark printed twice is not compared crosswise', () => {
  const found = run({
    's/a.txt':
      '[[“We will rebuild the bridge over the river by next spring,”|quote|kay]] said [[Mayor Kay|person|kay]]. [[“I never trusted the council with the bridge money,”|quote|kay]] she said. Pull quote: [[“We will rebuild the bridge over the river by next spring.”|quote|kay]]',
    's/b.txt':
      '[[“I never trusted the council with the bridge money,”|quote|kay]] said [[Mayor Kay|person|kay]]. [[“We will rebuild the bridge over the river by next spring,”|quote|kay]] she added. [[“We will rebuild the bridge over the river by next spring,”|quote|kay]]',
  });
  assert.deepEqual(found, []);
  // One word changed in one remark: one difference, between that remark's renderings only.
  const one = run({
    's/a.txt': '[[“We will rebuild the bridge over the river by next spring,”|quote|kay]] said [[Mayor Kay|person|kay]]. [[“I never trusted the council with the bridge money,”|quote|kay]] she said.',
    's/b.txt': '[[“I never trusted the council with the bridge money,”|quote|kay]] said [[Mayor Kay|person|kay]]. [[“We will rebuild the bridge over the river by next summer,”|quote|kay]] she added.',
  });
  assert.equal(one.length, 2);
  assert.ok(one.every((f) => /"spring" → "summer" \(a time word\)/.test(f.message)));
});

test('a paraphrase is linked to the sentence it reports, not to another remark of the speaker, with the reported words as its span', () => {
  const found = run({
    's/a.txt':
      '[[Lena Ruiz|person|ruiz]] said [[the clinic was the same one other stars had used, and asked for privacy for her family at this difficult time|said|ruiz]].',
    's/b.txt':
      '[[“Her career has never been better and the film opens in June.”|quote|ruiz]] said [[Lena Ruiz|person|ruiz]]. [[“We ask you to respect the privacy of her family at this difficult time,”|quote|ruiz]] she added.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'hint'));
  const reported = found.find((f) => f.path === 's/a.txt')!;
  const text = 'asked for privacy for her family at this difficult time';
  const a = 'Lena Ruiz said the clinic was the same one other stars had used, and asked for privacy for her family at this difficult time.';
  assert.equal(a.slice(reported.start, reported.end), text);
  assert.match(reported.message, /paraphrases "We ask you to respect the privacy of her family at this difficult time"/);
  assert.match(String(reported.data?.why), /share "asked", "privacy", "family"/);
});

// Form, selection and fragments: what is not a difference of words.

test('words left out at a marked ellipsis are a selection, not a difference; left out unmarked they are', () => {
  const full = '[[“We are moving families out of the valley tonight with the army\'s help,”|quote|ono]] said [[Kei Ono|person|ono]].';
  for (const marked of ['out … with', 'out... with', 'out [...] with']) {
    const found = run({ 's/a.txt': full, 's/b.txt': `[[“We are moving families ${marked} the army's help,”|quote|ono]] said [[Kei Ono|person|ono]].` });
    assert.deepEqual(found, [], marked);
  }
  // Across sentences too: the ellipsis stands for the words opening the next one.
  const across = run({
    's/a.txt': '[[“There are very few posters around the town. With just four days to go before the vote, I still don\'t know who to choose,”|quote|ada]] said [[Ada Kurt|person|ada]].',
    's/b.txt': '[[“There are very few posters around the town...\nI still don\'t know who to choose,”|quote|ada]] said [[Ada Kurt|person|ada]].',
  });
  assert.deepEqual(across, []);
  const unmarked = run({ 's/a.txt': full, 's/b.txt': '[[“We are moving families out with the army\'s help,”|quote|ono]] said [[Kei Ono|person|ono]].' });
  assert.equal(unmarked.length, 2);
  assert.equal(unmarked[0].severity, 'warning');
});

test('a fragment the writer cut from the remark is compared with its part only: words outside its marks are not a change', () => {
  const found = run({
    's/a.txt': 'The mayor apologised to the librarians [[“if the closure is in any way linked to the cuts the library has suffered since the election.”|quote|moss]] [[Moss|person|moss]] spoke at noon.',
    's/b.txt': '[[Jan Moss|person|moss]] apologised in case the closure was [[“in any way linked to the cuts the library has suffered”|quote|moss]] this year.',
  });
  assert.deepEqual(found, []);
  // The same words where the shorter quotation opens its own sentence: the condition is dropped from the remark.
  const whole = run({
    's/a.txt': 'The mayor apologised to the librarians [[“if the closure is in any way linked to the cuts the library has suffered.”|quote|moss]] [[Moss|person|moss]] spoke at noon.',
    's/b.txt': '[[“The closure is in any way linked to the cuts the library has suffered,”|quote|moss]] said [[Jan Moss|person|moss]].',
  });
  assert.equal(whole.length, 2);
  assert.equal(whole[0].severity, 'warning');
  assert.match(whole[0].message, /\(a condition\)/);
});

test('two remarks that share one phrase are not one remark; one sentence with a change at the edge of its words is', () => {
  const found = run({
    's/a.txt': '[[“We are trying to get away from this late-night talk show rut,”|quote|mark]] [[Laurence Mark|person|mark]] said by telephone.',
    's/b.txt': '[[“We want it to be a party and a departure from the late-night talk-show format,”|quote|mark]] [[Mark|person|mark]] told reporters.',
  });
  assert.deepEqual(found, []);
  // Fragments that share only a name and the words around it.
  const named = run({
    's/a.txt': '[[Dirk Kemp|person|kemp]] called the rule a [[“wholly inappropriate use of the Clean Water Act.”|quote|kemp]]',
    's/b.txt': '[[Dirk Kemp|person|kemp]] said the change strikes at the [[“absolute heart of the Clean Water Act.”|quote|kemp]]',
  });
  assert.deepEqual(named, []);
  const sameSentence = run({
    's/a.txt': '[[“This is a funny game,”|quote|ray]] [[Tom Ray|person|ray]] said. [[“We kept passing but we were down by two.”|quote|ray]]',
    's/b.txt': '[[“It was a funny game, we kept passing but we were down by two,”|quote|ray]] said [[Tom Ray|person|ray]].',
  });
  assert.ok(sameSentence.length >= 2 && sameSentence.every((f) => f.severity === 'hint'), sameSentence.map((f) => f.message).join('\n'));
  assert.ok(sameSentence.some((f) => /"This is" → "It was" \(form only\)/.test(f.message)));
});

test('British and American spellings are one word', () => {
  const found = run({
    's/a.txt': '[[“Our partner network had a fibre cut; the programme to analyse the colour of the catalogue travelled well and we organised our defence,”|quote|seacom]] said [[Seacom|organization|seacom]].',
    's/b.txt': '[[“Our partner network had a fiber cut; the program to analyze the color of the catalog traveled well and we organized our defense,”|quote|seacom]] said [[Seacom|organization|seacom]].',
  });
  assert.deepEqual(found, []);
  // A different word is still a different word.
  const other = run({
    's/a.txt': '[[“Our partner network had a fibre cut near the coast,”|quote|seacom]] said [[Seacom|organization|seacom]].',
    's/b.txt': '[[“Our partner network had a power cut near the coast,”|quote|seacom]] said [[Seacom|organization|seacom]].',
  });
  assert.equal(other.length, 2);
  assert.match(other[0].message, /"fibre" → "power" \(other words\)/);
});

test('a clock time in another house style is the same time; another time is a change', () => {
  const say = (time: string) => `[[“My client passed away at ${time} this evening in a city hospital,”|quote|roe]] said [[Mark Roe|person|roe]].`;
  for (const [x, y] of [
    ['6:41pm PST', '18:41'],
    ['6:41 p.m.', '18:41'],
    ['0241 GMT', '02:41 GMT'],
    ['8.49pm', '8:49 p.m.'],
    ['9 a.m.', '9:00am'],
  ]) {
    assert.deepEqual(run({ 's/a.txt': say(x), 's/b.txt': say(y) }), [], `${x} / ${y}`);
  }
  const minutes = run({ 's/a.txt': say('8:49 p.m.'), 's/b.txt': say('8:40 p.m.') });
  assert.equal(minutes.length, 2);
  assert.equal(minutes[0].severity, 'warning');
  assert.match(minutes[0].message, /\(a number\)/);
  const half = run({ 's/a.txt': say('6:41 a.m.'), 's/b.txt': say('18:41') });
  assert.equal(half.length, 2);
  assert.match(half[0].message, /\(a time word\)/);
  const zone = run({ 's/a.txt': say('6:41pm PST'), 's/b.txt': say('6:41pm EST') });
  assert.equal(zone.length, 2);
  assert.equal(zone[0].severity, 'warning');
});

test('a sentence one outlet puts first and the other last in one remark is compared on its own', () => {
  const found = run({
    's/herald.txt':
      '[[“Tomas was a quiet boy, never one to pick a fight. He loved the river behind the mill. The river was his whole summer, and the mill was too.”|quote|friend]] said a [[Lena Moor|person|friend]].',
    's/daily.txt':
      '[[“He loved the river behind the mill. The river was his whole summer, and the mill was too. We all fished there together. He was a quiet boy, never one to go out and pick a fight.”|quote|friend]] said [[Lena Moor|person|friend]].',
  });
  const texts = found.map((f) => f.message);
  assert.ok(found.length >= 2, `found ${JSON.stringify(texts)}`);
  assert.ok(texts.every((m) => /Tomas was a quiet boy, never one to pick a fight" \(herald\) vs "He was a quiet boy, never one to go out and pick a fight" \(daily\)/.test(m)));
});

test('a sentence of few content words is aligned beside the sentences of its remark, not alone', () => {
  const beside = run({
    's/herald.txt': '[[“I sailed around the southern cape in the storm season. I do not need to do any of that anymore.”|quote|k]] said [[Ines Kerr|person|k]].',
    's/daily.txt': '[[“I sailed around the southern cape in the storm season. I do not need to do anything anymore.”|quote|k]] said [[Ines Kerr|person|k]].',
  });
  assert.equal(beside.length, 2);
  assert.match(beside[0].message, /any of that/);
  const alone = run({
    's/herald.txt': '[[“I do not need to do any of that anymore.”|quote|k]] said [[Ines Kerr|person|k]].',
    's/daily.txt': '[[“I do not need to do anything anymore.”|quote|k]] said [[Ines Kerr|person|k]].',
  });
  assert.deepEqual(alone, []);
});

test('a chant or a slogan a crowd repeats is not one remark: two renderings of it are not compared', () => {
  const chant = run({
    's/a.txt': 'Marchers chanted [[“Open the gates, how many more will you turn away today,”|quote]] as they walked to the harbour.',
    's/b.txt': 'On the third night dozens chanted [[“Open the gates, how many more did you turn away today”|quote]] outside the ferry office.',
    's/c.txt': 'Placards reading [[“Open the gates, how many more did you turn away today”|quote]] lined the road.',
  });
  assert.deepEqual(chant, []);
  // The same words as one person's remark, in two outlets, are compared.
  const remark = run({
    's/a.txt': '[[“Open the gates, how many more will you turn away today,”|quote|ruiz]] [[Dana Ruiz|person|ruiz]] asked the council.',
    's/b.txt': '[[“Open the gates, how many more did you turn away today,”|quote|ruiz]] [[Dana Ruiz|person|ruiz]] asked the council.',
  });
  assert.equal(remark.length, 2);
  assert.equal(remark[0].severity, 'warning');
});

test('a negation that moves from "think" or "feel" into the clause it governs keeps the meaning: a hint, not a warning', () => {
  const moved = run({
    's/a.txt': '[[“I don\'t think the council was ready for the storm this winter,”|quote|ruiz]] said [[Dana Ruiz|person|ruiz]].',
    's/b.txt': '[[“I think the council wasn\'t ready for the storm this winter,”|quote|ruiz]] said [[Dana Ruiz|person|ruiz]].',
  });
  assert.equal(moved.length, 2);
  assert.ok(moved.every((f) => f.severity === 'hint'), moved.map((f) => f.message).join('\n'));
  // A negation added or dropped is a change of meaning, and so is one that moves past a verb of saying.
  const dropped = run({
    's/a.txt': '[[“I think the council was ready for the storm this winter,”|quote|ruiz]] said [[Dana Ruiz|person|ruiz]].',
    's/b.txt': '[[“I think the council wasn\'t ready for the storm this winter,”|quote|ruiz]] said [[Dana Ruiz|person|ruiz]].',
  });
  assert.ok(dropped.length && dropped.every((f) => f.severity === 'warning'));
  const said = run({
    's/a.txt': '[[“We did not say the council was ready for the storm this winter,”|quote|ruiz]] said [[Dana Ruiz|person|ruiz]].',
    's/b.txt': '[[“We said the council was not ready for the storm this winter,”|quote|ruiz]] said [[Dana Ruiz|person|ruiz]].',
  });
  assert.ok(said.length && said.every((f) => f.severity === 'warning'));
});

// One moment told in other words, on an occasion both outlets quote.

const retoldOnly = (files: Record<string, string>) => run(files).filter((f) => /account is quoted in different words/.test(f.message));

test('a witness telling one moment in other words to two outlets, which both quote one remark of that occasion, is linked as a hint', () => {
  const found = retoldOnly({
    's/post.txt':
      '[[“I saw her fall back... I saw blood coming from her,”|quote|ames]] testified [[Dana Ames|person|ames]]. [[“I thought it was a rock but it was a bullet,”|quote|ames]] [[Ames|person|ames]] said.',
    's/news.txt':
      '[[“At the time, I thought it was a rock, but it was a bullet,”|quote|ames]] testified [[Ames|person|ames]]. [[“When we were on the ground, I noticed the teacher fall down. I was sure she was hit. There was blood.”|quote|ames]] [[Ames|person|ames]] said.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'hint'));
  const post = found.find((f) => f.path === 's/post.txt')!;
  const postText = '“I saw her fall back... I saw blood coming from her,” testified Dana Ames.';
  assert.equal(postText.slice(post.start, post.end), '“I saw her fall back... I saw blood coming from her,”');
  const news = found.find((f) => f.path === 's/news.txt')!;
  assert.match(String(news.data?.why), /saying "I thought it was a rock but it was a bullet".*"fall", "blood"/);
});

test('passages of one speaker are not linked as one moment without a remark both outlets quote, nor on one shared word of the story', () => {
  // No remark of the occasion in common: the speaker may have spoken twice.
  assert.deepEqual(
    retoldOnly({
      's/post.txt': '[[“I saw her fall back... I saw blood coming from her,”|quote|ames]] testified [[Dana Ames|person|ames]].',
      's/news.txt': '[[“When we were on the ground, I noticed the teacher fall down. I was sure she was hit. There was blood.”|quote|ames]] [[Ames|person|ames]] said.',
    }),
    [],
  );
  // One occasion, but the passages share one word of the story in one sentence.
  assert.deepEqual(
    retoldOnly({
      's/post.txt':
        '[[“I told my son, I think I am shot.”|quote|ames]] testified [[Dana Ames|person|ames]]. [[“I thought it was a rock but it was a bullet,”|quote|ames]] [[Ames|person|ames]] said.',
      's/news.txt':
        '[[“At the time, I thought it was a rock, but it was a bullet,”|quote|ames]] testified [[Ames|person|ames]]. [[“My son and the teacher were walking to the bus stop.”|quote|ames]] [[Ames|person|ames]] said.',
    }),
    [],
  );
  // Another speaker's words on that occasion are not the witness's.
  assert.deepEqual(
    retoldOnly({
      's/post.txt':
        '[[“I saw her fall back... I saw blood coming from her,”|quote|ames]] testified [[Dana Ames|person|ames]]. [[“I thought it was a rock but it was a bullet,”|quote|ames]] [[Ames|person|ames]] said.',
      's/news.txt':
        '[[“At the time, I thought it was a rock, but it was a bullet,”|quote|ames]] testified [[Ames|person|ames]]. [[“When we were on the ground, I noticed the teacher fall down. There was blood.”|quote|cole]] said [[Rita Cole|person|cole]].',
    }),
    [],
  );
});

test('an unnamed neighbour quoted in two quotations in a row is one speaker when one of them repeats a remark the other outlet quotes', () => {
  const files = (next: string) => ({
    's/mirror.txt': 'One neighbour said: [[“I heard screaming, really high-pitched screams in the early hours. It sounded like someone telling a dog to shut up.”|quote]]',
    's/mail.txt': `[[“Then I went home and I heard a lot of screams. I will never forget them.”|quote]] he said. He did not call the police. ${next}`,
  });
  const found = retoldOnly(files('[[“It sounded like someone telling a dog to shut up,”|quote]] said the neighbour.'));
  assert.equal(found.length, 2);
  assert.ok(found.some((f) => f.path === 's/mail.txt' && /heard a lot of screams/.test(String(f.message))));
  // Without the repeated remark nothing ties the two quotations to one occasion.
  assert.deepEqual(retoldOnly(files('[[“The street has been quiet for years,”|quote]] said the neighbour.')), []);
});

test('quotations of one speaker that the article dates to different interviews are not of the occasion the other outlet quotes', () => {
  const news =
    '[[“At the time, I thought it was a rock, but it was a bullet,”|quote|ames]] testified [[Ames|person|ames]]. [[“When we were on the ground, I noticed the teacher fall down. I was sure she was hit. There was blood.”|quote|ames]] [[Ames|person|ames]] said.';
  const interviews =
    '[[“I saw her fall back... I saw blood coming from her,”|quote|ames]] [[Dana Ames|person|ames]] told the paper [[three years ago|date|2022-05-01]]. [[Earlier this year|date|2025-02-01]], [[Ames|person|ames]] said: [[“I thought it was a rock but it was a bullet.”|quote|ames]]';
  assert.deepEqual(retoldOnly({ 's/post.txt': interviews, 's/news.txt': news }), []);
  // One interview, dated once: the same passages are one occasion's.
  const one =
    '[[“I saw her fall back... I saw blood coming from her,”|quote|ames]] [[Dana Ames|person|ames]] told the paper [[on Friday|date|2025-05-02]]. [[“I thought it was a rock but it was a bullet,”|quote|ames]] she added.';
  assert.equal(retoldOnly({ 's/post.txt': one, 's/news.txt': news }).length, 2);
});

test('passages of one occasion that share only words of the most general senses are not one moment', () => {
  const found = retoldOnly({
    's/post.txt':
      '[[“I just felt we were going nowhere with the offense.”|quote|king]] said [[Bo King|person|king]]. [[“He bleeds this city and he bleeds this team,”|quote|king]] [[King|person|king]] added.',
    's/news.txt':
      '[[“He bleeds this city, he bleeds this team,”|quote|king]] said [[King|person|king]]. [[“I felt the direction we were going was wrong for the players.”|quote|king]] [[King|person|king]] said.',
  });
  assert.deepEqual(found, []);
});
