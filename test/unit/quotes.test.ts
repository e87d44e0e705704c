import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, type Quote } from '../../server/src/analysis';
import { SEED, storyText } from '../support/fixtures';
import { boundMs } from '../support/timing';

/** Quotes of `text`, direct or reported as asked. */
function quotes(text: string, direct?: boolean): Quote[] {
  return analyzeArticle(text, { path: 'outlet.txt' }).quotes.filter((q) => direct === undefined || q.direct === direct);
}

/** The name a quote's speaker stands for: the antecedent of a pronoun, or the speaker's own words. */
function who(q: Quote | undefined): string | null {
  if (!q?.speaker) return null;
  return q.speaker.antecedent?.text ?? q.speaker.text;
}

/** Checks one direct quote: its words, its span (marks included) and its speaker. */
function check(text: string, words: string, speaker: string | null, verb?: string) {
  const q = quotes(text, true).find((x) => x.text === words);
  assert.ok(q, `no direct quote "${words}" in ${JSON.stringify(text)}; found ${JSON.stringify(quotes(text).map((x) => x.text))}`);
  assert.equal(text.slice(q.content.start, q.content.end).replace(/\s*[\r\n]+\s*["\u201c]?/g, ' '), words);
  assert.match(text.slice(q.start, q.end), /^["\u201c\u2018'].*/su);
  assert.equal(who(q), speaker);
  if (verb) assert.equal(q.verb?.text, verb);
  return q;
}

test('a curly quote with the speaker after it, titles left out of the name', () => {
  const q = check('“We will not sign,” Foreign Minister Anna Berg told reporters on Monday.', 'We will not sign,', 'Anna Berg', 'told');
  assert.equal(q.start, 0);
  assert.equal(q.end, '“We will not sign,”'.length);
});

test('a straight quote with the speaker before it, after a colon or a comma', () => {
  check('The mayor, Tom Reed, said: "The bridge stays closed."', 'The bridge stays closed.', 'Tom Reed', 'said');
  check('Harbour master Ola Nilsen wrote, "No ship may leave."', 'No ship may leave.', 'Ola Nilsen', 'wrote');
});

test('an inverted attribution ("said Smith") and an organisation speaker', () => {
  check('"Prices will rise again," said Economy Minister Carla Duarte.', 'Prices will rise again,', 'Carla Duarte', 'said');
  check('"The plant is safe," the ministry said in a statement.', 'The plant is safe,', 'ministry');
  check("The port authority's office said the decision was “premature.”", 'premature.', "port authority's office");
});

test('a pronoun speaker is resolved to the person named before it', () => {
  const q = check('Nadia Petrova runs the clinic. "We see forty patients a day," she said.', 'We see forty patients a day,', 'Nadia Petrova', 'said');
  assert.equal(q.speaker?.text, 'she', 'the speaker span lies on the pronoun');
});

test('a speaker with an appositive between commas', () => {
  check('Lena Ortiz, a spokeswoman for the council, said, "The vote is final."', 'The vote is final.', 'Lena Ortiz');
});

test('a scare quote of one word is kept, attributed when the text says who', () => {
  check('The agency said the report was “misleading.”', 'misleading.', 'agency');
  const bare = quotes('Critics call it a "reform" of the tax.', true);
  assert.equal(bare.length, 1);
  assert.equal(bare[0].text, 'reform');
});

test('a quote in the clause after "wrote … that" belongs to the writer', () => {
  check('Separately, Omar Haddad wrote on social media that the north had been “hit very hard.”', 'hit very hard.', 'Omar Haddad', 'wrote');
});

test('nested single quotes stay inside the outer quote', () => {
  check('"He told me \'never again\' and left," said Ines Roth.', "He told me 'never again' and left,", 'Ines Roth');
  assert.equal(quotes('"He told me \'never again\' and left," said Ines Roth.', true).length, 1);
  check('“They called it ‘a mistake’ twice,” Paul Eze said.', 'They called it ‘a mistake’ twice,', 'Paul Eze');
});

test('apostrophes are not quotes', () => {
  const text = "Putin's envoy liked rock 'n' roll from the '90s and the players' union's view.";
  assert.deepEqual(quotes(text, true), []);
  assert.deepEqual(quotes('It’s the team’s best season since ’98, the coach’s aide said.', true), []);
});

test('a quote that runs over paragraphs, with an opening mark on each continued paragraph', () => {
  const text = 'Judge Mara Holt said: "The first point is settled.\n"The second is not.\n"And the third waits for trial."\nThe hearing ended.';
  const all = quotes(text, true);
  assert.equal(all.length, 1);
  assert.equal(all[0].start, text.indexOf('"The first'));
  assert.equal(all[0].end, text.indexOf('trial."') + 'trial."'.length);
  assert.equal(all[0].text, 'The first point is settled. The second is not. And the third waits for trial.');
  assert.equal(who(all[0]), 'Mara Holt');
});

test('a line break typed inside a quote does not end it', () => {
  const text = 'Coach Ivo Lenz said, "We learned a lot.\nIt was a long day."\nThe team flies home.';
  const all = quotes(text, true);
  assert.equal(all.length, 1);
  assert.equal(all[0].end, text.indexOf('day."') + 5);
});

test('an opening curly mark typed where the closing one belongs closes the quote', () => {
  const text = '“We played badly, “said Ivo Lenz.\n“We will train harder. “\nThe team flies home.';
  const all = quotes(text, true);
  assert.deepEqual(all.map((q) => q.text), ['We played badly,', 'We will train harder.']);
  assert.equal(who(all[0]), 'Ivo Lenz');
  // After a comma and before an ordinary word, the mark still opens a quote.
  const open = quotes('Ana Diaz said, “we are ready.” Then she left.', true);
  assert.deepEqual(open.map((q) => q.text), ['we are ready.']);
});

test('the pronoun after a long quote goes to the person named before the quote, not one named inside it', () => {
  const text = 'Ms. Rosa Vidal treats the island\'s fishermen. "The people are proud. They work the boats. They pay when they can. Omar Khan pays in fish," she said.';
  const all = quotes(text, true);
  assert.equal(all.length, 1);
  assert.equal(who(all[0]), 'Rosa Vidal');
});

test('a quote continues with the same speaker after its attribution', () => {
  const text = '"We lost," Rita Sousa said. "We will be back."';
  const all = quotes(text, true);
  assert.equal(all.length, 2);
  assert.deepEqual(all.map(who), ['Rita Sousa', 'Rita Sousa']);
});

test('unbalanced marks never throw and give sensible spans', () => {
  for (const text of ['"unbalanced quote', 'He said "yes and left.\nNext line.', '”stray close” “', '"', '“', "'", '""', '“”']) {
    const all = quotes(text);
    for (const q of all) {
      assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
      assert.ok(q.content.start >= q.start && q.content.end <= q.end);
    }
  }
  const open = quotes('Ana Diaz said: "We are leaving now.\nThe bus came late.', true);
  assert.equal(open.length, 1);
  assert.equal(open[0].text, 'We are leaving now.');
});

test('spans stay exact after CRLF line ends and emoji', () => {
  const text = '😀😀 First line.\r\n🎉 “Water is rising,” Mayor Jon Abel said.\r\n';
  const q = check(text, 'Water is rising,', 'Jon Abel');
  assert.equal(text.slice(q.start, q.end), '“Water is rising,”');
  assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'Jon Abel');
  assert.equal(text.slice(q.verb!.start, q.verb!.end), 'said');
});

test('reported speech becomes an indirect quote with its speaker', () => {
  const text = 'Governor Elsa Kim said the dam had held through the night, which surprised engineers. Kim also said she had not seen the report. The Port Authority has officially denied that any ship was lost.';
  const ind = quotes(text, false);
  assert.deepEqual(
    ind.map((q) => [who(q), q.text]),
    [
      ['Elsa Kim', 'the dam had held through the night, which surprised engineers'],
      ['Kim', 'she had not seen the report'],
      ['Port Authority', 'any ship was lost'],
    ],
  );
  assert.equal(ind[2].verb?.text, 'denied');
});

test('no indirect quote without a speaker, from a noun object, or inside a direct quote', () => {
  assert.deepEqual(quotes('It was said that the river rose.', false), []);
  assert.deepEqual(quotes('The city denied the request for a permit.', false), []);
  const inside = quotes('"I said we would win, and we did," Ben Cole said.');
  assert.equal(inside.length, 1);
  assert.equal(inside[0].direct, true);
});

test('a reported clause whose rest is quoted is not speech of its own; a longer one is kept up to the quotation', () => {
  const text = 'Sen. Ray Ortiz said the measure "does nothing for working families" and vowed to fight it. The agency said in a statement that the mayor "looks forward to the review." He added that the so-called "reforms" were "neither new nor reforms." Lena Park said the board had voted on Monday to "pause the plan."';
  const ind = quotes(text, false);
  assert.deepEqual(ind.map((q) => q.text), ['the board had voted on Monday to']);
  const direct = quotes(text, true);
  assert.deepEqual(direct.map((q) => [who(q), q.text]), [
    ['Ray Ortiz', 'does nothing for working families'],
    ['agency', 'looks forward to the review.'],
    // "the so-called “reforms”" is a term, not words said.
    ['Ray Ortiz', 'neither new nor reforms.'],
    ['Lena Park', 'pause the plan.'],
  ]);
});

test('"she said" after a sentence whose subject is a woman is that woman, even when another woman spoke before', () => {
  const text = '"The bill will fail in the Senate," said Rep. Jane Dorsey, who leads the caucus.\n\nSpeaker Linda Moss met with the governor on Tuesday. "We had a productive conversation," she said afterward.\n\n"Long overdue," echoed Moss in a post on X.';
  const direct = quotes(text, true);
  assert.deepEqual(direct.map((q) => [who(q), q.text]), [
    ['Jane Dorsey', 'The bill will fail in the Senate,'],
    ['Linda Moss', 'We had a productive conversation,'],
    ['Moss', 'Long overdue,'],
  ]);
});

test('"the senator" is the person the story called "Sen."; a statement speaks for the one who issued it', () => {
  const text = 'State Sen. David Okafor, who wrote the bill, said he was disappointed. "The governor had every chance to negotiate," the senator said.\n\nThe veto "sends the wrong message," according to a statement from Okafor.';
  const direct = quotes(text, true);
  assert.deepEqual(direct.map((q) => [q.text, q.speaker?.text, who(q)]), [
    ['The governor had every chance to negotiate,', 'senator', 'David Okafor'],
    ['sends the wrong message,', 'Okafor', 'Okafor'],
  ]);
  const analysed = analyzeArticle(text, { path: 'outlet.txt' });
  const okafor = analysed.mentions.find((m) => m.text === 'David Okafor');
  assert.equal(direct[0].speaker?.mention, analysed.mentions.indexOf(okafor!));
});

test('a person\'s campaign or office speaks for them but is not them; an organisation\'s spokesman is its voice', () => {
  const text = 'Tom Hartley and the Kremlin traded charges.\n\nThe Hartley campaign said in a statement that the governor "has lost touch."\n\n"The talks are over," the Kremlin\'s spokesman said.\n\n"We will win," Hartley said.\n\nHartley\'s letter said the race was "far from over."';
  const analysed = analyzeArticle(text, { path: 'outlet.txt' });
  const byWords = (w: string) => analysed.quotes.find((q) => q.direct && q.text.startsWith(w))!;
  const mentionText = (q: Quote) => (q.speaker?.mention == null ? null : analysed.mentions[q.speaker.mention].text);
  assert.equal(byWords('has lost').speaker?.text, 'Hartley campaign');
  assert.equal(mentionText(byWords('has lost')), null);
  assert.equal(mentionText(byWords('The talks')), 'Kremlin');
  assert.equal(mentionText(byWords('We will')), 'Hartley');
  assert.equal(mentionText(byWords('far from')), 'Hartley');
});

test('two reported clauses in one sentence do not overlap', () => {
  const text = 'Oslo has argued that the plan is too costly, though the council said on Friday that it was open to talks.';
  const ind = quotes(text, false);
  assert.deepEqual(ind.map((q) => q.text), ['the plan is too costly', 'it was open to talks']);
  assert.deepEqual(ind.map(who), ['Oslo', 'council']);
});

test('a statement whose speaker closes it is reported speech: "…, an officer said." and "…, said Officer Ann Lee."', () => {
  const text =
    'The driver failed sobriety tests shortly after 2 a.m., Highway Patrol Officer Ray Osei said. The driver was on probation for a previous arrest, he said. The truck was registered to his brother, said Officer Ann Lee.';
  const ind = quotes(text, false);
  assert.deepEqual(
    ind.map((q) => [who(q), q.text]),
    [
      ['Ray Osei', 'The driver failed sobriety tests shortly after 2 a.m.'],
      // "he" closing the statement is the officer who spoke in the sentence before, not its subject.
      ['Ray Osei', 'The driver was on probation for a previous arrest'],
      ['Ann Lee', 'The truck was registered to his brother'],
    ],
  );
  assert.equal(text.slice(ind[1].content.start, ind[1].content.end), 'The driver was on probation for a previous arrest');
});

test('no closing statement when the attribution goes on, the sentence holds a quotation, or the statement is a few words', () => {
  assert.deepEqual(quotes('Yes, of course, he said.', false), []);
  assert.deepEqual(quotes('The road was closed for hours, police said, adding that two lanes reopened at noon.', false).filter((q) => q.text.startsWith('The road')), []);
  assert.deepEqual(quotes('The mayor called it “a disgrace,” a spokesman said.', false), []);
  // A time word after the verb still closes it.
  assert.deepEqual(quotes('The bridge will reopen next week, the council said Tuesday.', false).map((q) => [who(q), q.text]), [['council', 'The bridge will reopen next week']]);
});

test('10,000 quotes and a 1 MB paragraph without a full stop stay fast', () => {
  const many = '"Yes," Ana Diaz said. '.repeat(10_000);
  let t0 = performance.now();
  const found = quotes(many, true);
  assert.equal(found.length, 10_000);
  assert.ok(performance.now() - t0 < boundMs(5000), 'ten thousand quotes took over five seconds (scaled to the load)');
  const huge = 'and the officials said that "the river rose '.repeat(25_000);
  t0 = performance.now();
  quotes(huge);
  assert.ok(performance.now() - t0 < boundMs(8000), 'a 1 MB paragraph took over eight seconds (scaled to the load)');
  // A sentence of 1 MB without a comma or a stop: each "said" looks back a clause's length only
  // for the comma that would open its closing attribution.
  const said = 'the driver said he was fine and '.repeat(30_000);
  t0 = performance.now();
  quotes(said);
  assert.ok(performance.now() - t0 < boundMs(8000), 'a 1 MB sentence of reported speech took over eight seconds (scaled to the load)');
});

test('seed story: the Ushakov quote and Zelensky\'s reported speech', () => {
  const text = storyText(SEED.story, SEED.a);
  const all = quotes(text);
  const ushakov = all.find((q) => q.direct && q.text.startsWith('At present'));
  assert.equal(who(ushakov), 'Yury Ushakov');
  assert.equal(ushakov?.verb?.text, 'told');
  const zelensky = all.find((q) => !q.direct && q.text.startsWith('Washington had floated'));
  assert.equal(who(zelensky), 'Volodymyr Zelensky');
  assert.ok(zelensky?.text.endsWith('in six months'));
  assert.equal(who(all.find((q) => q.direct && q.text === 'welcome.')), 'Macron’s office');
  assert.equal(who(all.find((q) => q.direct && q.text === 'hit particularly hard.')), 'Zelensky');
});

/** The unmarked direct quote whose words are `words`, checked to span exactly those words. */
function unmarked(text: string, words: string): Quote {
  const q = quotes(text, true).find((x) => x.text === words);
  assert.ok(q, `no direct quote "${words}" in ${JSON.stringify(text)}; found ${JSON.stringify(quotes(text, true).map((x) => x.text))}`);
  assert.equal(text.slice(q.start, q.end), words, 'an unmarked quote spans its words exactly');
  assert.deepEqual(q.content, { start: q.start, end: q.end });
  return q;
}

test('a block quote: the paragraph after a lead-in with a speech verb and a colon, up to the narration', () => {
  const text = 'Ferry service resumed on Friday.\nIn a statement to local radio, the operator denied the reports:\nNo crossing was ever unsafe. Our crews follow every rule. It also said the delays were caused by fog.\nThe inquiry opens next week.';
  const q = unmarked(text, 'No crossing was ever unsafe. Our crews follow every rule.');
  assert.equal(who(q), 'operator');
  assert.equal(q.verb?.text, 'denied');
  const told = unmarked('Budget talks.\nMayor Lena Frost told the council:\nWe cannot pay for a second bridge this year.\nShe left early.', 'We cannot pay for a second bridge this year.');
  assert.equal(who(told), 'Lena Frost');
  // "the following statement" has no speech verb, but a statement is someone's words.
  const statement = unmarked('Club news.\nThe club issued the following statement:\nWe wish him well in his recovery.\nTraining resumes Monday.', 'We wish him well in his recovery.');
  assert.equal(who(statement), 'club');
});

test('no block quote after a colon that announces a list, a narration, or a reported clause', () => {
  const none = (text: string) => assert.deepEqual(quotes(text, true).map((q) => q.text), [], text);
  none('Storm report.\nThe results were disastrous:\nThree roofs fell and the school closed for a week.\nRepairs begin soon.');
  none('Storm report.\nThe council announced the following measures:\nSchools will close on Monday and buses will not run.\nRepairs begin soon.');
  none('Storm report.\nEngineers noted that the wall would hold only under one condition:\nThe tide must stay below four metres for the week.\nRepairs begin soon.');
  none('Storm report.\nThe mayor said:\n- schools close\n- buses stop\nRepairs begin soon.');
  // The paragraph after the colon is the writer's own when its first sentence reports speech.
  none('Storm report.\nThe mayor spoke to reporters:\nShe said the town would rebuild the harbour wall.\nRepairs begin soon.');
});

test('a pull quote: first-person words signed with the bare name, and its repeat in the body', () => {
  const text = 'Harbour news.\nWe lost everything in one night and my children still ask about the boat. Maria Lopez\nThe storm hit at dawn.\nWe lost everything in one night and my children still ask about the boat. Fishermen say the harbour needs a wall.';
  const words = 'We lost everything in one night and my children still ask about the boat.';
  const found = quotes(text, true).filter((q) => q.text === words);
  assert.equal(found.length, 2, 'the pull quote and its repeat in the body');
  for (const q of found) {
    assert.equal(text.slice(q.start, q.end), words);
    assert.equal(who(q), 'Maria Lopez');
    assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'Maria Lopez');
  }
  const signed = unmarked('Harbour news.\nNobody warned the village before the water came over the wall.\n\u2014 Maria Lopez\nThe storm hit at dawn.', 'Nobody warned the village before the water came over the wall.');
  assert.equal(who(signed), 'Maria Lopez');
});

test('no pull quote from a paragraph in the third person or a name that is part of a sentence', () => {
  const none = (text: string) => assert.deepEqual(quotes(text, true).map((q) => q.text), [], text);
  none('Harbour news.\nShe was born in Ohio and met her husband at the harbour school. Maria Lopez\nThe storm hit at dawn.');
  none('Harbour news.\nI moved here in 1990 and my family stayed, said Maria Lopez\nThe storm hit at dawn.');
  none('Harbour news.\nI moved here in 1990 and my family stayed. The Harbour\nThe storm hit at dawn.');
});

test('a participle names its speaker: its own subject, or the subject of the clause before it', () => {
  check('The form must be filled in by hand, the ministry recommending "block capitals" for names.', 'block capitals', 'ministry', 'recommending');
  check('Ana Ruiz thanked the volunteers, promising a "quick review" of the budget.', 'quick review', 'Ana Ruiz', 'promising');
  check('Police stopped the van, but the driver refused to get out, saying officers "had no right" to search it.', 'had no right', 'driver', 'saying');
  check('Nudity never bothered her, Rosa Lind said, describing the shoot as "pure fun".', 'pure fun', 'Rosa Lind', 'said');
  // A participle far from the quote, across a new clause, does not claim it.
  check('Ivo Berg stood by the ring, urging on the crowd when the first chants of "Berg! Berg!" rose.', 'Berg! Berg!', null);
  // After a quote, a participle with its own subject starts a clause about other words.
  check('The form "must be filled in by hand", the ministry recommending capitals.', 'must be filled in by hand', null);
});

test('a quote after a colon belongs to the subject of the whole sentence', () => {
  check('During questions on Wednesday, Ana Ruiz defended the budget whilst promising a "quick review" of it: "Nobody will be left behind."', 'Nobody will be left behind.', 'Ana Ruiz');
  check('Mayor Lena Frost told the council, after a "long night", in a short speech: "We will rebuild."', 'We will rebuild.', 'Lena Frost');
  // A list announced by "including" is not the sentence subject's words.
  check('The Herald cited questions from the form, including: "Were you ever at sea?"', 'Were you ever at sea?', null);
});

test('a publication is a speaker: "the i", "The Times", a name ending in a verb-like word', () => {
  check('Officials met on Monday, with the i reporting no claim would be refused "on the form alone".', 'on the form alone', 'i', 'reporting');
  check('The plan was "a mess from the start", The Times reported.', 'a mess from the start', 'Times', 'reported');
  check('As Lena Frost told The Daily Post, "The bridge stays shut."', 'The bridge stays shut.', 'Lena Frost', 'told');
});

test('a quotation set one sentence per line runs to its closing mark; a single-quoted one after a colon too', () => {
  const text = 'Asked about the race, she said, “I have run enough for a lifetime!\nI trained.\nI won.\nI do not need any of that now.”\nShe retired in May.';
  const q = quotes(text, true);
  assert.equal(q.length, 1);
  assert.equal(text.slice(q[0].content.start, q[0].content.end), 'I have run enough for a lifetime!\nI trained.\nI won.\nI do not need any of that now.');
  const single = "One neighbour said: 'He loved his dogs.\nThey were his world.\nHe was never one to cause trouble.'\nThe house was sold.";
  const s = quotes(single, true);
  assert.equal(s.length, 1);
  assert.equal(single.slice(s[0].content.start, s[0].content.end), 'He loved his dogs.\nThey were his world.\nHe was never one to cause trouble.');
});

test('an unclosed quotation does not run past the next opening mark, nor a single one past an apostrophe', () => {
  const text = '“We will appeal.\nThe court adjourned.\n“It is over,” the lawyer said.';
  const q = quotes(text, true).map((x) => text.slice(x.content.start, x.content.end));
  assert.ok(q.includes('It is over,'));
  assert.ok(!q.some((w) => w.includes('The court adjourned')));
  const single = "She said: 'We will appeal.\nThe Jenkins' house was sold.\nNothing else changed.";
  assert.ok(!quotes(single, true).some((x) => single.slice(x.content.start, x.content.end).includes('house')));
});

test('a single closing mark set apart from its quotation and against the attribution closes it', () => {
  const text = "The singer is resting at a clinic in Arizona.\n'Lena Frost has checked herself into the Harbour Clinic, 'her agent says in a statement.\n'We ask for privacy.'";
  const q = check(text, 'Lena Frost has checked herself into the Harbour Clinic,', 'her agent');
  assert.equal(text.slice(q.end - 1, q.end), "'");
  assert.ok(quotes("'The bridge stays shut until spring. 'he said.", true).some((x) => x.text === 'The bridge stays shut until spring.'));
  // A mark before a word that no speech verb follows opens another quotation, as before.
  const scare = "'We will appeal,' she said of the 'fair trial' promise. The 'new deal' stands.";
  const found = quotes(scare, true).map((x) => scare.slice(x.content.start, x.content.end));
  assert.ok(found.includes('We will appeal,'));
  assert.ok(!found.some((w) => w.includes('she said of')));
});

/** Asserts that no direct quote's words start with `opening`: the words are mentioned, not said. */
function mentioned(text: string, opening: string) {
  const found = quotes(text, true).filter((q) => q.text.startsWith(opening));
  assert.deepEqual(found.map((q) => q.text), [], `"${opening}" is reported as a direct quote in ${JSON.stringify(text)}`);
}

test('scare quotes, slogans and short terms inside a sentence that nothing attributes are not quotes', () => {
  mentioned('The finance ministry has found a way to make the deficit look "manageable" on paper.', 'manageable');
  mentioned('Protesters carried placards that read "Water Not Copper" through the town.', 'Water Not');
  mentioned('The girls were granted "humanitarian parole" status on the grounds of their age.', 'humanitarian');
  mentioned('The senator, a self-styled "fiscal hawk," voted against the plan.', 'fiscal hawk');
  mentioned('Observers left the ministry with an "internal report." The count went on.', 'internal report');
  // A noun spelled like a verb of saying ("an asylum claim", "the State") reports nothing.
  mentioned('Officials want to clear the 92,000-claim "legacy backlog" by the end of the year.', 'legacy');
  mentioned('After talks between the State and Defence departments, the plan became a "priority" again.', 'priority');
});

test('a title of a work is not a quote: after "titled the", and opening its sentence as a subject', () => {
  mentioned('The measure, formally titled the "Continuing Budget and Stability Act," passed 54 to 41.', 'Continuing');
  mentioned('“Orders From Nowhere” went straight to the top of the bestseller list on Monday.', 'Orders');
  mentioned('Voters rallied around the slogan "Clean Hands, Open Doors" in the north.', 'Clean Hands');
});

/** Asserts that the words are reported as a direct quote, whoever its speaker. */
function quoted(text: string, words: string) {
  assert.ok(quotes(text, true).some((q) => q.text === words), `"${words}" is not reported as a direct quote in ${JSON.stringify(text)}`);
}

test('a short fragment that the sentence attributes stays a quote', () => {
  // A verb of saying earlier in the sentence.
  quoted('Tenants groups welcomed the news but said it was "not enough" for their members.', 'not enough');
  quoted('Opposition councillors have accused officials of a "cover-up".', 'cover-up');
  quoted('Civil liberties groups have long argued that the wording places "no real limit" on police.', 'no real limit');
  // A verb of saying right before the words, even with no subject.
  quoted('Give my love to all, and say "hello" to Ann.', 'hello');
  // A tag after it, and a fragment opening its sentence.
  check('It was "a disaster," Mayor Ann Berg said.', 'a disaster,', 'Ann Berg', 'said');
  quoted('The vote was close.\n"Not yet," she replied.', 'Not yet,');
  // A question or an exclamation of its own, and words after a colon.
  quoted('One might well ask, "Far east of where?" and get no answer.', 'Far east of where?');
  quoted('The sign on the door was blunt: "Closed."', 'Closed.');
});

test('a quote whose closing mark is missing ends at the comma before its speech tag, and the tag gives its speaker', () => {
  check('“We are asking anyone who was at that party to call us, Kowalsky said Monday. She added that officers had spoken to witnesses.', 'We are asking anyone who was at that party to call us,', 'Kowalsky');
  check('“The plan will cost jobs, said Ana Ruiz, the union leader, on Friday.', 'The plan will cost jobs,', 'Ana Ruiz');
  // No speech tag after a comma: the quote still runs to the end of its paragraph.
  const q = quotes('“We will rebuild the bridge, and we will do it this year.\nThe council met on Monday.', true)[0];
  assert.equal(q?.text, 'We will rebuild the bridge, and we will do it this year.');
});

test('a name in title case is not a quote: given by a verb of naming, in apposition to a noun, after a colon no verb of saying leads to', () => {
  // "so-called" is not "called": whatever the case of the words, they are a term.
  mentioned('Ms. Lund defended the agency\'s so-called "growth plan," a package of cheap loans.', 'growth plan');
  mentioned('His rivals have taken to calling the senator "Senator Shutdown," a name he says he likes.', 'Senator Shutdown');
  mentioned('The ministry\'s review, "Roads Nobody Drives: Rural Transport in 2030," is due in May.', 'Roads Nobody');
  mentioned('Her first novel, "The House on Quay Street," sold well.', 'The House');
  mentioned('The council opened its session with the motto that has hung over the door since 1950: "Serve The Town First."', 'Serve The');
  // A phrase that the sentence then calls a slogan, in any case.
  mentioned('Tell them this: I will only say that "lower fares now" is a slogan, not a plan.', 'lower fares');
});

test('title case or a naming verb alone does not make words a name: a verb of saying, or words in lower case', () => {
  // Lower case after a verb of naming and its object: the speaker's own word for it.
  quoted('Rival unions called the deal "a betrayal of every driver."', 'a betrayal of every driver.');
  // A verb of saying in the sentence introduces the words in title case.
  quoted('Asked about the vote, the minister said: "Not Today, Not Ever."', 'Not Today, Not Ever.');
  quoted('The mayor told reporters, "We Will Rebuild."', 'We Will Rebuild.');
  // Words the sentence does not call a name.
  quoted('Ann Lee said "lower fares now" is what riders want.', 'lower fares now');
});

test('a party and state between commas or in brackets tell the speaker\'s affiliation, not the speaker', () => {
  check('"We will not back down," Sen. Ann Vesely, R-Idaho, said on Tuesday.', 'We will not back down,', 'Ann Vesely');
  check('"The votes are there," Rep. Tom Birch, D-N.Y., told reporters.', 'The votes are there,', 'Tom Birch');
  // Before the quote, with the stop of an abbreviated state.
  check('Rep. Sam Okoro, D-Md., said the case had been made "every single time" the bill came up.', 'every single time', 'Sam Okoro');
  // The subject before the brackets is the one "she" stands for in the next sentence.
  const text = '"It is a bad vote," Sen. Ann Vesely, R-Idaho, said.\n\nRep. Mia Tran (D-Ore.) said the plan was dead. "It is over," she said.';
  check(text, 'It is over,', 'Mia Tran');
});

test('"according to" a statement from a body is that body; a document with no issuer gives way to a speaker before the quote', () => {
  const text = 'The Harbour Traders Association opposes the ban. The ban "will cost the region jobs," according to a statement from the association.';
  check(text, 'will cost the region jobs,', 'Harbour Traders Association');
  check('The Transport Department said the plan "needs more study," according to a memo obtained by the Daily Courier.', 'needs more study,', 'Transport Department');
  // With nobody before it, the document is still the source.
  const q = quotes('The plan "needs more study," according to a memo seen by the Courier.', true)[0];
  assert.match(q?.speaker?.text ?? '', /^memo\b/);
  assert.equal(q?.speaker?.antecedent ?? null, null);
});

test('"the association" is the body named before, never a person in apposition to its spokesman', () => {
  const text = 'A spokesman for the Harbour Traders Association, Ben Ortiz, said members were angry.\n\n"This ban is unworkable," the association said in a statement.';
  const q = check(text, 'This ban is unworkable,', 'Harbour Traders Association');
  assert.notEqual(q.speaker?.antecedent?.text, 'Ben Ortiz');
});

test('"the senator" after "one senator" who is not named is that one, not a senator named before', () => {
  const named = '"I will decide later," said Sen. Ann Lee.\n\n';
  const text = `${named}One Democratic senator, who asked not to be named, said the vote would be close. "Nobody wants this vote," the senator said.`;
  check(text, 'Nobody wants this vote,', 'senator');
  // With no one introduced in between, "the senator" is Lee.
  check(`${named}The vote is on Thursday. "Nobody wants this vote," the senator said.`, 'Nobody wants this vote,', 'Ann Lee');
});

test('"he" after a sentence whose subject is a description used for the first time is that description\'s holder', () => {
  const text = '"I will decide later," said Sen. Tom Reed.\n\nThe president weighed in late on Tuesday. "Anyone who votes for this will hear from me," he wrote.';
  check(text, 'Anyone who votes for this will hear from me,', 'president');
  // A description in apposition to a name is that name.
  check('"I will decide later," said Sen. Tom Reed.\n\nThe pastor, Ann Lee, declined to comment. "There are many reasons," she said.', 'There are many reasons,', 'Ann Lee');
  // A description that is no subject, or in a sentence that names someone, is not taken.
  check('"I will decide later," said Sen. Tom Reed.\n\nThe president met Reed on Tuesday. "We talked," he said.', 'We talked,', 'Reed');
});

test('"it" after a sentence telling that someone put out a statement is the statement, and its words are its author\'s', () => {
  const text = '"We will do what we can," said Chief Ann Ruiz.\n\nLater, Councilman Tom Teller posted a statement. "Tonight the council chose politics over safety," it read.';
  check(text, 'Tonight the council chose politics over safety,', 'Tom Teller');
  // A written thing that is itself the subject is no author.
  const other = '"We will do what we can," said the Harbour Board.\n\nThe statement was posted at noon. "The port stays open," it said.';
  assert.notEqual(who(quotes(other, true).find((q) => q.text.startsWith('The port'))), 'statement');
});

test('a quote after a tag whose relative clause holds a verb of saying in the passive goes on with that speaker', () => {
  const text = 'Mayors said they would sue. "We were not asked, not once," said Mayor Ruth Adler, whose town has fought the plan since it was first proposed in 2024. "This is the capital telling us how to live."';
  check(text, 'This is the capital telling us how to live.', 'Ruth Adler');
  // A verb of saying that someone else does is another attribution: the next quote is not carried over.
  const other = '"We were not asked," said Mayor Ruth Adler, whose lawyer told the court otherwise. "This is the capital telling us how to live."';
  assert.notEqual(who(quotes(other, true).find((q) => q.text.startsWith('This is'))), 'Ruth Adler');
});

test('words on a sign, a banner or a shirt are not speech, whatever the verb before them', () => {
  mentioned('Many carried signs that said "Fund Our Schools" through the square.', 'Fund Our');
  mentioned('A banner reading "no more cuts" hung from the balcony.', 'no more cuts');
  // People who say the words speak them.
  quoted('The teachers said "no more cuts" and walked out.', 'no more cuts');
});

test('"she" after a sentence whose subject has an appositive, or a description with a name in apposition, is that person', () => {
  const earlier = '"He is the most stubborn man I know," said Ruth Vale, his sister.\n\n';
  check(`${earlier}Democrat Ellen Whit, a former county attorney, responded within the hour. "He has nothing to show for it," she said.`, 'He has nothing to show for it,', 'Ellen Whit');
  check(`${earlier}His neighbour, Mia Gray, spoke to reporters on Monday. "They thought he had a gun," she said.`, 'They thought he had a gun,', 'Mia Gray');
});

test('"he" after a sentence that names a man for the first time is that man, not the last man who spoke', () => {
  const text = 'The actress has entered a clinic, according to her publicist, Jack Vale. "We ask for privacy," he said.\n\nThe news surprised producer Tom Reed, who worked with her last year. "She was always professional," he told reporters.';
  check(text, 'She was always professional,', 'Tom Reed');
});

test('a quotation inside the words of a block quote is its speaker\'s quoting, not a quote of its own', () => {
  const text = "Church denies claims\n\nIn a statement to the Harbour Herald, the Church denied these allegations:\n\nShe certainly wasn't 'forced' to be there. She was never made to work in the engine room.\n\nThe woman left in 2007.\n";
  const found = quotes(text, true).map((q) => q.text);
  assert.ok(found.some((w) => w.startsWith("She certainly wasn't 'forced'")), JSON.stringify(found));
  assert.ok(!found.includes('forced'), JSON.stringify(found));
});

test('a noun after "whose" is no verb of saying: a scare quote before it stays a mention', () => {
  mentioned('Officials will scrap the interview step to "streamline" processing for groups whose claim acceptance rate is high.', 'streamline');
});

test('"in the words of" someone reports their words, as a verb of saying does', () => {
  const q = quotes('Talks went on until late. In the words of one aide, the mood was "grim."', true).find((x) => x.text === 'grim.');
  assert.ok(q, 'the word is reported as a quote');
  assert.match(q.speaker?.text ?? '', /aide$/);
});
