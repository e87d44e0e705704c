import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, type Quote } from '../../server/src/analysis';
import type { Mention } from '../../server/src/analysis/types';
import { personGenders } from '../../server/src/analysis/extract/attribution';
import { firstNameGender } from '../../server/src/analysis/data/genders';

/** The direct quote of `text` whose words start with `opening`. */
function quoteOf(text: string, opening: string): Quote {
  const q = analyzeArticle(text, { path: 'outlet.txt' }).quotes.find((x) => x.direct && x.text.startsWith(opening));
  assert.ok(q, `no direct quote starting "${opening}"`);
  return q;
}

/** Asserts that words in quotation marks are not reported as a direct quote: they are mentioned, not said. */
function notQuoted(text: string, opening: string): void {
  const found = analyzeArticle(text, { path: 'outlet.txt' }).quotes.filter((x) => x.direct && x.text.startsWith(opening));
  assert.deepEqual(found.map((q) => q.text), [], `"${opening}" is reported as a direct quote`);
}

/** The name a quote's speaker stands for: a pronoun's antecedent, or the speaker's own words. */
function who(text: string, opening: string): string | null {
  const q = quoteOf(text, opening);
  if (!q.speaker) return null;
  return q.speaker.antecedent?.text ?? q.speaker.text;
}

test('a description of a person speaks: before the verb, after it, and owned', () => {
  assert.equal(who('The ferry left late.\n"We had no warning," the harbour pilot said.', 'We had'), 'harbour pilot');
  assert.equal(who('"The engine failed twice," said an engineer.', 'The engine'), 'engineer');
  assert.equal(who('"We heard three bangs," said a man wearing a red scarf.', 'We heard'), 'man');
  assert.equal(who('"She was never late," said her brother.', 'She was'), 'her brother');
  assert.equal(who('The Green Valley Church\'s senior pastor said, "Nobody was inside."', 'Nobody'), "Green Valley Church's senior pastor");
});

test('a description followed by a phrase gives its head, and a passive gives its agent', () => {
  assert.equal(who('The lawyer for the tenants said, "The rent was raised illegally."', 'The rent'), 'lawyer');
  assert.equal(who('The mayor was described by the Daily Courier as "a builder of bridges".', 'a builder'), 'Daily Courier');
});

test('lower-case words before a name after the verb describe the name', () => {
  assert.equal(who('"The roof came down," said 40-year-old shopkeeper Rana Aziz.', 'The roof'), 'Rana Aziz');
  assert.equal(who('"He was my friend," said a tearful Omar Khan.', 'He was'), 'Omar Khan');
});

test('a name and its verb after a finished quote sentence attribute it; a new sentence does not', () => {
  assert.equal(who('"Could we have won without him? No." Coach Ida Berg asked reporters.', 'Could we'), 'Ida Berg');
  assert.equal(who('"It was a long night." Okafor said.', 'It was'), 'Okafor');
  assert.equal(who('"It was a long night." Okafor has often said.', 'It was'), 'Okafor');
  assert.equal(who('"The season is over." After the match, Okafor said the team would rest.', 'The season'), null);
  assert.equal(who('"The season is over." Okafor said the team would rest.', 'The season'), null);
});

test('a negated speech verb, a noun that looks like a verb, and "I" name no speaker', () => {
  assert.equal(who('What the papers will not tell you about the "quiet hero" of the town.', 'quiet hero'), null);
  assert.equal(who('What the papers won\'t tell you about the "quiet hero" of the town.', 'quiet hero'), null);
  notQuoted('It is better to give a polite answer like "busy with work" instead.', 'busy with');
  const q = quoteOf('Mara Lind looked at the sea. "Shall we go?" I asked.', 'Shall');
  assert.equal(q.speaker?.text, 'I');
  assert.equal(q.speaker?.antecedent, undefined, 'the narrator is not the person named before');
});

test('a quote after an attributed quote in its paragraph continues that speaker, past an appositive', () => {
  const text = '"It was a mistake," said Ann Lee, a spokeswoman for the port. "It will not happen again."';
  assert.equal(who(text, 'It will not'), 'Ann Lee');
  const long = '"We settled," said Ann Lee, a lawyer who once represented the family and its neighbours. "Nobody won."';
  assert.equal(who(long, 'Nobody'), 'Ann Lee');
  // A sentence of narration between them leaves the second quote unattributed here.
  assert.equal(who('"We settled," said Ann Lee. Tom Reed laughed at the idea. "Nobody won."', 'Nobody'), null);
});

test('a quote opening the next paragraph continues one step from a named speaker in an exchange, never after a question', () => {
  const text = '"Is the river high?" Tom Reed asked.\n"The water rose fast," Ann Lee told a news conference.\n"We moved everyone out by noon."\n"Then the power failed."';
  assert.equal(who(text, 'We moved'), 'Ann Lee');
  assert.equal(who(text, 'Then the power'), null, 'a run of bare quotes inside an exchange of turns may be anyone\'s');
  assert.equal(who('"Did you see it?" Ann Lee asked.\n"Only the smoke."', 'Only the smoke'), null);
  // "according to" names where her words were reported: they stay hers.
  assert.equal(who('"We left at six," Ann Lee said, according to the police.\n"It was dark."', 'It was dark'), 'Ann Lee');
});

test('a quote alone in its paragraph takes the one person the paragraph before names', () => {
  const text = 'Marta Quist, who runs the shelter, has asked the city for more beds.\n"We turn people away every night."';
  assert.equal(who(text, 'We turn'), 'Marta Quist');
  const two = 'Marta Quist met Tom Reed at the shelter on Monday.\n"We turn people away every night."';
  assert.equal(who(two, 'We turn'), null, 'two people named: no guess');
});

test('a pronoun goes to the nearest person before it whose gender, as the story tells it, agrees', () => {
  const text = 'Ms. Dana Ruiz drove the bus. Omar Khan, a passenger, said he saw the truck first. She braked hard. "I had two seconds," she said.';
  assert.equal(who(text, 'I had two'), 'Dana Ruiz');
  const titled = 'Ms. Dana Ruiz runs the depot. Mr. Omar Khan drove in at dawn. "It was empty," she said.';
  assert.equal(who(titled, 'It was empty'), 'Dana Ruiz');
  assert.equal(who(titled.replace('she said', 'he said'), 'It was empty'), 'Omar Khan');
  // With no word of gender for either, the nearest person is still taken.
  assert.equal(who('Kim Lo met Sam Yu. "It went well," Kim Lo said. Sam Yu nodded. "Fine," he said.', 'Fine'), 'Sam Yu');
});

test('a definite description speaks for the person the story gave that title or apposition', () => {
  const text = 'Mayor Nikos Pappas opened the bridge on Monday.\nCrowds lined the river.\n"It took ten years," the mayor said.';
  const q = quoteOf(text, 'It took');
  assert.equal(q.speaker?.text, 'mayor');
  assert.equal(q.speaker?.antecedent?.text, 'Nikos Pappas');
  const appos = 'Rita Holm, the camp\'s doctor, treated twelve people.\n"Most had burns," the doctor said.';
  assert.equal(quoteOf(appos, 'Most had').speaker?.antecedent?.text, 'Rita Holm');
  // No one was given the title: the description stays as written.
  assert.equal(quoteOf('Ann Lee left early.\n"It was chaos," the driver said.', 'It was').speaker?.antecedent, undefined);
});

test('dialogue tags that tell how the words sound attribute them, and an inverted "came" gives its subject', () => {
  assert.equal(who('Tomas dropped the cup.\n"Not again!" Ilse wailed.', 'Not again'), 'Ilse');
  assert.equal(who('"We are lost," muttered Ilse Berg.', 'We are lost'), 'Ilse Berg');
  assert.equal(who('"Stop it now," Tomas snapped.', 'Stop it'), 'Tomas');
  assert.equal(who('The door was locked.\n"Who is there?" came a voice from the hall.', 'Who is'), 'voice');
  // "came" after a new sentence is narration, not a tag.
  assert.equal(who('"I am home." Then came the rain.', 'I am home'), null);
});

test('a quote opening its sentence takes the speaker of the sentence before it that reports speech', () => {
  assert.equal(who('Ann Lee said the bridge would close.\n"It is not safe."', 'It is not'), 'Ann Lee');
  assert.equal(who('The council met. Tom Reed argued the road was too narrow. "Buses cannot pass."', 'Buses'), 'Tom Reed');
  // A question's answer, words not said, and a quote with a tag of its own are not given to that speaker.
  assert.equal(who('Ann Lee asked the mayor about the bridge. "It is not safe."', 'It is not'), null);
  assert.equal(who('Ann Lee laughed at the idea. "It is not safe."', 'It is not'), null, 'a laugh reports no words');
  assert.equal(who('I will say that the rain helped.\n"It is not safe."', 'It is not'), null);
  assert.equal(who('Ann Lee said the bridge would close. "It is not safe," Tom Reed guessed.', 'It is not'), 'Tom Reed');
});

test('a quote signed after a dash, "quoted X as saying", and a title with its stop before a name', () => {
  assert.equal(who('"Keep walking and never look back." — Mara Quist\nThe book opens in winter.', 'Keep walking'), 'Mara Quist');
  assert.equal(who('"He is a fox," Ivo Lenz quoted Tom Reed as saying.', 'He is a fox'), 'Tom Reed');
  assert.equal(who('Ivo Lenz quoted Tom Reed as saying: "He is a fox."', 'He is a fox'), 'Tom Reed');
  assert.equal(who('"The road is shut," police Const. Ada Moss told reporters.', 'The road'), 'Ada Moss');
});

test('a pronoun after several sentences of quoted words still reaches the person named before them', () => {
  const text = 'Ms. Dana Ruiz runs the clinic.\n"We open at six. We close at ten. We never turn anyone away. Nobody pays."\nShe said the clinic needs a roof. "The rain comes in."';
  assert.equal(who(text, 'The rain'), 'Dana Ruiz');
});

test('a person\'s gender is read from the pronouns after the name when the name is its sentence\'s subject', () => {
  // "his" after Omar Khan, the subject; "she" opening the sentence after Ada Moss.
  const text = 'Omar Khan packed his bag. Ada Moss waited at the door. Then she locked it.\nOmar Khan looked at Ada Moss. "We must go," she said.';
  assert.equal(who(text, 'We must go'), 'Ada Moss');
  // A pronoun after a name that is an object tells nothing of that name: "his" here is not Ada Moss's.
  const object = 'He found Ada Moss in his office.\nAda Moss looked at Omar Khan. "We must go," she said.';
  assert.equal(who(object, 'We must go'), 'Ada Moss');
});

test('two people taking turns: a bare turn after two tagged turns of different speakers is the earlier one\'s', () => {
  const text = 'The kitchen was cold.\n"The stove is broken," Ida said.\n"Since when?" Tomas asked.\n"Since Monday."';
  assert.equal(who(text, 'Since Monday'), 'Ida');
  // An action after a question does not make its asker answer it.
  const beat = 'The kitchen was cold.\n"The stove is broken," Ida said.\n"Since when?" Tomas asked. He rubbed his hands.\n"Since Monday."';
  assert.equal(who(beat, 'Since Monday'), 'Ida');
  // One paragraph of narration between two turns keeps the exchange; two end it.
  const apart = '"The stove is broken," Ida said.\nThe kitchen was cold.\n"Since when?" Tomas asked.\n"Since Monday."';
  assert.equal(who(apart, 'Since Monday'), 'Ida');
  const far = '"The stove is broken," Ida said.\nThe kitchen was cold.\nSnow fell all night.\n"Since when?" Tomas asked.\n"Since Monday."';
  assert.equal(who(far, 'Since Monday'), null);
});

test('a run of bare turns alternates between the two speakers of an exchange, forwards and backwards', () => {
  const text = ['The kitchen was cold.', '"The stove is broken," Ida said.', '"Since when?" Tomas asked.', '"Since Monday."', '"Did you call anyone?"', '"Nobody answers."'].join('\n');
  assert.equal(who(text, 'Since Monday'), 'Ida');
  assert.equal(who(text, 'Did you call'), 'Tomas');
  assert.equal(who(text, 'Nobody answers'), 'Ida');
  // Bare turns before two tagged turns of different speakers alternate back from them.
  const back = ['The kitchen was cold.', '"Is it broken?"', '"Since Monday."', '"Did you call anyone?" Tomas asked.', '"Nobody answers," Ida said.'].join('\n');
  assert.equal(who(back, 'Since Monday'), 'Ida');
  assert.equal(who(back, 'Is it broken'), 'Tomas');
  // A bare turn between two turns of one speaker is the other one's.
  const between = ['The kitchen was cold.', '"Is the stove on?" Tomas asked.', '"No," Ida said. The clock ticked.', '"Why not?"', '"It is broken," Ida said.'].join('\n');
  assert.equal(who(between, 'Why not'), 'Tomas');
  // A bare quote with nobody taking turns around it keeps no speaker.
  assert.equal(who('The kitchen was cold.\nSnow fell all night.\n"Nobody answers."\nThe road was closed.', 'Nobody'), null);
});

test('a turn after one that calls someone by name is that person\'s', () => {
  const text = ['The kitchen was cold.', '"Tomas, the stove is broken," Ida said. She sat down.', '"Since when?"'].join('\n');
  assert.equal(who(text, 'Since when'), 'Tomas');
  // Right after the tag, the caller may go on.
  assert.equal(who(['The kitchen was cold.', '"Tomas, the stove is broken," Ida said.', '"It will not light."'].join('\n'), 'It will not'), 'Ida');
  const end = ['The kitchen was cold.', '"Sorry, Mrs. Vance. Is the stove on?" Ida asked.', '"Not since Monday."'].join('\n');
  assert.equal(who(end, 'Not since'), 'Vance');
  // Naming someone inside the words is no call to them.
  const named = ['The kitchen was cold.', '"I saw Tomas Berg at the market," Ida said. The clock ticked.', '"Since when?"'].join('\n');
  assert.equal(who(named, 'Since when'), null);
});

test('a quote opening its paragraph after narration of someone\'s action is theirs, not after a question', () => {
  const after = ['"The stove is broken," Ida said.', '"It cannot be," Tomas said. He knelt by the oven. Smoke rose from the grate.', '"It was fine on Monday."'].join('\n');
  assert.equal(who(after, 'It was fine'), 'Tomas');
  const narrator = ['Tomas Berg waited at the gate.', 'I looked at my watch.', '"We are late."'].join('\n');
  assert.equal(who(narrator, 'We are late'), 'I');
  // "I will …" tells no action; a state ("was") tells none either.
  assert.equal(who('Tomas Berg waited at the gate.\nI will admit it was cold.\n"We are late."', 'We are late'), null);
  assert.equal(who('Tomas Berg waited at the gate.\nI was cold.\n"We are late."', 'We are late'), null);
  // A paragraph of narration that names two people acting names no speaker by itself.
  assert.equal(who('Marta Quist met Tom Reed at the shelter.\n"We turn people away."', 'We turn'), null);
});

test('a first-person narrator takes the name another speaker calls them by in the turn next to theirs', () => {
  const text = [
    'We waited at the bus stop.',
    '"It is late again," I say.',
    '"Marek Nowak, be patient," Lena Nowak says.',
    '"I am always patient," I say.',
  ].join('\n');
  assert.equal(who(text, 'I am always'), 'Marek Nowak');
  assert.equal(who(text, 'It is late'), 'Marek Nowak');
  // The narrator naming someone else gives the narrator no name.
  const own = ['We waited at the bus stop.', '"Lena Nowak, it is late," I say.', '"Be patient," Lena Nowak says.', '"I am always patient," I say.'].join('\n');
  assert.equal(who(own, 'I am always'), 'I');
});

test('a run of bare quote paragraphs after a named speaker who follows narration stays that speaker', () => {
  const text = 'The fire started at night.\n"The crews came at once," fire chief Ola Berg said.\n"They found the roof alight."\n"Within minutes it fell in."\nThe cause is not known.';
  assert.equal(who(text, 'They found'), 'Ola Berg');
  assert.equal(who(text, 'Within minutes'), 'Ola Berg');
  // A name in the rest of the attribution ("of the New York State Fire Board") is no speech verb.
  const named = '"The crews came at once," said Ola Berg, head of the Lake State Fire Board.\n"They found the roof alight."';
  assert.equal(who(named, 'They found'), 'Ola Berg');
});

test('a pronoun reaches back six sentences for a person when the nearer ones name none', () => {
  const text = 'Ms. Ada Moss opened the shop. The street was quiet. Rain fell. A bus passed. The lights came on. "We close at six," she said.';
  assert.equal(who(text, 'We close'), 'Ada Moss');
});

test('a transcript label gives its turn\'s quotes their speaker: a name in capitals, and "A:" the person interviewed', () => {
  const named = 'Senator Ann Lee spoke to the radio host.\nHOST: What is your motto?\nLEE: My answer is "never give up" and it always was.';
  assert.equal(who(named, 'never give up'), 'Ann Lee');
  const qa = 'An interview with the painter Ida Berg.\nIda Berg has painted the harbour for forty years.\nQ: What keeps you going?\nA: A line I wrote on the wall: "one more boat."';
  assert.equal(who(qa, 'one more boat'), 'Ida Berg', 'the "I" of an answer is the person interviewed');
  // Inside a question, the words are mentioned, not said.
  notQuoted('An interview with Ida Berg.\nQ: Is "one more boat" your motto?\nA: It is.', 'one more boat');
});

test('a dateline or a heading in capitals is no transcript label', () => {
  notQuoted('LONDON: The mayor opened the bridge, a "new era" for the city.', 'new era');
  assert.equal(who('Ann Lee spoke.\nOK. Let us say "never again" together.', 'never again'), null);
});

test('a title, a nickname or a term in quotation marks is nobody\'s words and leaves the run around it as it was', () => {
  notQuoted('Ann Lee, who starred in "Blue River Nights," said the strike hurts everyone.', 'Blue River');
  notQuoted('"We cannot sell it," Tom Reed said of the drug, known as "Zeta," at the hearing.', 'Zeta');
  // The quote after the term still continues the speaker named before it.
  const text = '"The rule stays," Tom Reed said, noting that the practice, known as "take," is banned.\n"Nobody may do it."';
  assert.equal(who(text, 'Nobody may'), 'Tom Reed');
  // Words someone said in a noun phrase stay theirs: not in title case.
  assert.equal(who('Tom Reed called the plan "a disgrace for the town."', 'a disgrace'), 'Tom Reed');
});

test('a first name of one gender tells a person\'s gender when the story\'s words do not', () => {
  const text = 'Maria Costa admitted the theft.\nInspector Daniel Brook, speaking at Costa\'s hearing, said he asked how she felt.\n"I feel nothing," she said.';
  assert.match(who(text, 'I feel') ?? '', /Costa$/);
  // A first name given to both genders tells nothing.
  assert.equal(firstNameGender('Daniel'), 'male');
  assert.equal(firstNameGender('maria'), 'female');
  assert.equal(firstNameGender('Jordan'), null);
  assert.equal(firstNameGender('Garcia'), null);
});

test('a pronoun passes over sentences whose subject is the same pronoun and prefers the subject after an opening phrase', () => {
  const text = 'Tom Reed threw the ball past Ian Moss because the line was rushed.\nHe later said he regretted not waiting for Moss.\n"I should have held on," he said.';
  assert.equal(who(text, 'I should'), 'Tom Reed');
  const opener = 'While thanking Ian Moss, Tom Reed said the record mattered little.\n"We never counted goals," he says.';
  assert.equal(who(opener, 'We never'), 'Tom Reed');
  // A phrase with "for" often names the one the sentence is about: the first person is kept.
  const topic = 'For Kevin Marsh, a teacher, Ian Moss was a hero. He said, "Nobody ran faster."';
  assert.equal(who(topic, 'Nobody ran'), 'Kevin Marsh');
});

test('a pronoun may stand for a person introduced by a description, and through it for the name the story ties it to', () => {
  const text = 'A fire service spokeswoman said two crews attended.\nThe roads were shut, but the spokeswoman said they reopened at noon.\nShe added: "Nobody was hurt."';
  assert.equal(who(text, 'Nobody was'), 'fire service spokeswoman');
  const tied = 'Judge Rita Holm sentenced the man on Friday.\nThe judge then spoke to the guards.\nShe said: "Watch him closely."';
  assert.equal(who(tied, 'Watch him'), 'Rita Holm');
  // A description in the quote's own sentence is what the words are about, not who says them.
  const own = 'Ms. Ada Moss wrote to the fans.\nThe director "is eager to begin," she wrote.';
  assert.equal(who(own, 'is eager'), 'Ada Moss');
});

test('titles alone, an age and a company noun stand for the person or organisation named before', () => {
  const titled = 'Police Commissioner Ruth Adams spoke on Monday.\n"The case is closed," the Police Commissioner said.';
  assert.equal(who(titled, 'The case'), 'Ruth Adams');
  const age = 'Golf champion Lars Berg joined the tour in 2001.\n"I am thrilled," said the 33-year-old.';
  assert.equal(who(age, 'I am thrilled'), 'Lars Berg');
  const ages = 'Ana Silva, 41, and Lars Berg, 33, finished level.\nThe crowd cheered both.\n"I am thrilled," said the 41-year-old.';
  assert.equal(who(ages, 'I am thrilled'), 'Ana Silva');
  const company = 'Microsoft released a patch on Friday.\n"The flaw is fixed," said the company in a statement.';
  assert.equal(who(company, 'The flaw'), 'Microsoft');
  // The head as an owner is no title: "the star's agent" names the agent, not a star.
  const owner = 'The star\'s agent Jo Park said she was resting.\n"I am fine," the star said.';
  assert.notEqual(who(owner, 'I am fine'), 'Jo Park');
});

test('a tag after the quote that reports a clause of its own gives way to the attribution before the quote', () => {
  const text = 'When the guard yelled, "Stop right there!" it was clear they were police, Ida Berg said.';
  assert.equal(who(text, 'Stop right'), 'guard');
  const heard = 'Tom Reed said a witness heard an officer shout, "Drop it!" but a neighbour said the street was empty.';
  assert.equal(who(heard, 'Drop it'), 'officer');
  assert.equal(who('Ann Lee testified that she overheard someone say "he has a knife," and ran.', 'he has a knife'), 'someone');
  // A tag that opens with its subject is the quote's own.
  assert.equal(who('When the guard yelled, Ann Lee ran. "Stop right there!" Kremlin aide Ivan Sokol said.', 'Stop right'), 'Ivan Sokol');
});

test('a spokesperson for or a statement from an organisation speaks, and a person of an organisation', () => {
  assert.equal(who('A spokesman for Northwind Foods said: "Nobody was hurt."', 'Nobody'), 'spokesman for Northwind Foods');
  assert.equal(who('A statement from Northwind Foods said: "The store will reopen."', 'The store'), 'statement from Northwind Foods');
  assert.equal(who('"We do not know the cause," the Rev. Ada Moss of the Hill Road Chapel said.', 'We do not'), 'Ada Moss');
  // Text set one sentence a line splits a title from its name: the tag goes on to the next line.
  assert.equal(who('"We do not know the cause," the Rev.\nAda Moss of the Hill Road Chapel said Sunday.', 'We do not'), 'Ada Moss');
  // A title's organisation before the name is no phrase of its own.
  assert.match(who('Director of the Lake Trust Ada Moss told reporters the plan "must be rethought".', 'must be') ?? '', /Ada Moss$/);
});

test('an appositive with a title in quotation marks still leads to its name', () => {
  const text = 'Actor Sam Rhee, who starred in "Blue River, Red Sky," said the strike is hurting "everyone."';
  assert.match(who(text, 'everyone') ?? '', /Sam Rhee$/);
});

test('a quote alone after a paragraph whose subject introduces it with a colon, or goes on as "he" or "she"', () => {
  const colon = 'Judge Ada Moss sentenced Tom Reed on Friday.\nThe judge had advice for the guards who will watch Reed:\n"Never trust him."';
  assert.equal(who(colon, 'Never trust'), 'Ada Moss');
  const pronoun = '"Nobody was hurt," Ivan Sokol said.\nSokol said he was away when the fire began.\nHe would not say how many people were inside.\n"They were all adults."';
  assert.match(who(pronoun, 'They were all') ?? '', /Sokol$/);
  // A colon after a sentence whose subject is no one who speaks names no speaker.
  assert.equal(who('Ann Lee left early.\nThe list of demands was short:\n"More pay."', 'More pay'), null);
});

test('a quotation inside a sentence that closes with its attribution is that attribution\'s', () => {
  const lead = 'Sailors seized "a large cache of arms," including seven rifles, three machine guns, a launcher and other weapons found on the two boats, ';
  assert.equal(who(`${lead}the navy said.`, 'a large cache'), 'navy');
  // A closing clause that reports other words is no tag.
  assert.equal(who(`${lead}the navy said the crew was held.`, 'a large cache'), null);
});

test('an action beside a quote in its paragraph names its speaker when no tag does', () => {
  const after = 'The kettle boiled.\n"You never listen." Mira Holt slammed the door.';
  assert.equal(who(after, 'You never'), 'Mira Holt');
  const pronoun = 'Omar Khan stood by the window.\n"It is late." He pulled the curtain shut.';
  assert.equal(who(pronoun, 'It is late'), 'Omar Khan');
  const before = 'The kettle boiled. Mira Holt turned to the window. "Come in."';
  assert.equal(who(before, 'Come in'), 'Mira Holt');
  // A narrator's "I" after the words reacts to them; "was" says what befell someone, not what they do.
  assert.equal(who('Mira Holt had left.\n"If I get out of here." I waited for more.', 'If I get'), null);
  assert.equal(who('The court rose.\n"Order!" Tom Reed was led away.', 'Order'), null);
});

test('a verb that judges in the speaker\'s own words attributes the fragment it governs', () => {
  assert.equal(who('Tom Reed characterised the dispute as "a small war with no end."', 'a small war'), 'Tom Reed');
  assert.equal(who('Ada Moss slammed the ruling as "a disgrace to the court."', 'a disgrace'), 'Ada Moss');
});

test('a noun of one gender in apposition after a name gives that person\'s gender, from the same noun lists as descriptions', () => {
  const mention = (text: string, name: string): Mention => {
    const start = text.indexOf(name);
    return { kind: 'person', text: name, start, end: start + name.length, key: name.toLowerCase() };
  };
  const a = 'Dana Reyes, a policewoman for ten years, was at the scene.';
  assert.equal(personGenders(a, [mention(a, 'Dana Reyes')]).get('reyes'), 'female');
  const b = 'Kit Moreau, the landlord of the flats, was at the scene.';
  assert.equal(personGenders(b, [mention(b, 'Kit Moreau')]).get('moreau'), 'male');
  const c = 'Kit Moreau, a resident of the flats, was at the scene.';
  assert.equal(personGenders(c, [mention(c, 'Kit Moreau')]).get('moreau'), undefined, 'a noun of either gender tells none');
});

test('sentences whose subject is the pronoun itself, contracted or not, carry it back past the six-sentence reach', () => {
  const text = 'Ms. Ada Moss opened the shop. She\'d swept the floor. She\'d set out the chairs. She\'d lit the lamps. She\'d made tea. She\'d fed the cat. She\'d locked the back door. "We open at six," she said.';
  assert.equal(who(text, 'We open'), 'Ada Moss');
});

test('"he" or "she" that no sentence before names is the last speaker of that gender', () => {
  const text = [
    'Ada Moss and Tom Reed walked on.',
    '"We are lost," Ada Moss said.',
    '"The map is wrong," Tom Reed said.',
    'The road bent. The trees thinned. A bird called. Rain fell. The light went. Fog rose. Wind came.',
    '"Keep walking," she said.',
    '"Why?" he said.',
  ].join('\n');
  assert.equal(who(text, 'Keep walking'), 'Ada Moss');
  assert.equal(who(text, 'Why'), 'Tom Reed');
  // With no man named before, neither speaking nor in the narration, the pronoun stays unresolved.
  assert.equal(quoteOf(text.replace(/Tom Reed/g, 'Ida Holm'), 'Why').speaker?.antecedent, undefined);
});


test('a name in apposition to a description of a person is the speaker, before or after the verb', () => {
  assert.equal(who('"We deny it," said the builder\'s attorney, Tom Vale.', 'We deny'), 'Tom Vale');
  assert.equal(who('"I will serve," the candidate, regional clerk Ida Holm, said in a statement.', 'I will serve'), 'Ida Holm');
  // A name governed by "of" in the apposition is another person.
  assert.equal(who('"We lost," the lawyer, a friend of Tom Vale, said.', 'We lost'), 'lawyer');
  // An organisation that speaks stays the organisation.
  assert.equal(who('"We deny it," said the port authority.', 'We deny'), 'port authority');
});

test('a capitalised word inside a name before the speaker is no speech verb', () => {
  assert.equal(who('"The rules are clear," Lake State president Ann Berg said at a news conference.', 'The rules'), 'Ann Berg');
});

test('a definite description stands for the person given that title whom the story named last', () => {
  const text = [
    'Judge Ann Berg sentenced the driver on Friday.',
    'The driver had struck Judge Tom Vale\'s car in May.',
    '"You will not drive again," said Berg.',
    'The judge added a warning:',
    '"Nobody is above the law."',
  ].join('\n');
  assert.equal(who(text, 'Nobody is'), 'Berg');
});

test('a question a speaker puts to themselves after narration is followed by their own answer', () => {
  const text = 'The inquiry ended in May.\n"Who would have known?" he mused, speaking of Tom Vale.\n"Nobody knew the plan."';
  assert.equal(quoteOf(text, 'Nobody knew').speaker?.text, 'he');
  // A question asked is answered by someone else.
  assert.equal(who('The inquiry ended in May.\n"Who would have known?" he asked.\n"Nobody knew the plan."', 'Nobody knew'), null);
});

test('the one heard or seen speaking before a colon is the speaker', () => {
  assert.equal(who('We waited by the gate. Then we heard the children shouting: "A red cart!"', 'A red cart'), 'children');
  assert.equal(who('As he rode in I heard my aunt whispering: "Keep us safe."', 'Keep us'), 'my aunt');
  // Without a verb of perception a description before a participle is no speaker.
  assert.equal(who('The gate opened, the children running: "A red cart!"', 'A red cart'), null);
});

test('after words ending with a comma, a subject and a verb of manner ending the sentence are the tag', () => {
  assert.equal(who('We waited by the gate.\n"They never listen," he shrugged.', 'They never'), 'he');
  assert.equal(who('We waited by the gate.\n"Fine by me," Ann Berg grinned.', 'Fine by me'), 'Ann Berg');
  // Words that end their sentence are followed by narration, not a tag.
  assert.equal(who('We waited by the gate.\n"Fine by me." Ann Berg grinned at the crowd of forty people.', 'Fine by me'), 'Ann Berg');
  assert.equal(who('We waited by the gate.\n"Fine by me," the crowd cheered.', 'Fine by me'), null);
  // A verb of manner with a clause after it is narration.
  assert.equal(who('We waited by the gate.\n"Fine by me," Ann Berg opened the letter from the council.', 'Fine by me'), null);
});

test('a noun for a person written as a name acts beside a quote as that person', () => {
  assert.equal(who('We sat in the car.\n"We will be late." Mom checks her watch.', 'We will be'), 'Mom');
  // A capitalised word that names no person is no speaker.
  assert.equal(who('We sat in the car.\n"We will be late." Traffic stopped again.', 'We will be'), null);
});

test('a quote, a line or words from someone named are that person\'s', () => {
  assert.equal(who('She recalled a quote attributed to Ada Lovelace — "Imagination is the discovering faculty."', 'Imagination'), 'Ada Lovelace');
  assert.equal(who('He borrowed the line of Horace, "Seize the day."', 'Seize'), 'Horace');
  assert.equal(who('Reading a quote from Lord Dalton:\n"A person who acts without care does no wrong."', 'A person'), 'Dalton');
  // Words of a thing are no one's.
  assert.equal(who('The words of the song were sad: "No more."', 'No more'), null);
});

test('a relative pronoun before a speech verb stands for the phrase before it', () => {
  assert.equal(who('I think of the letter from a widow which said, "We have lost everything."', 'We have lost'), 'widow');
  assert.equal(who('We met a neighbour, who said: "It was loud."', 'It was loud'), 'neighbour');
  assert.equal(who('Police arrested Tom Vale, who told reporters: "I am innocent."', 'I am'), 'Tom Vale');
});

test('a description after the verb may hold a capitalised word before its noun', () => {
  assert.equal(who('"They were in tears," recalls their Acme trainer.', 'They were'), 'their Acme trainer');
  assert.equal(quoteOf('The flood came at night.\n"We lost the house," said a Lakeside woman.', 'We lost').speaker?.text, 'Lakeside woman');
});

test('"goes on to say" and "continued to insist" are said by the subject of the verb that carries them', () => {
  assert.equal(who('Later, the court goes on to say, "Nor does this appeal concern storage."', 'Nor does'), 'court');
  assert.equal(who('Ann Lee continued to insist: "We are right."', 'We are right'), 'Ann Lee');
  assert.equal(who('Tom Vale refused to say: "Nothing."', 'Nothing'), null);
});

test('a quote alone after a paragraph whose only quotation is a fragment of narration takes the one person it names', () => {
  const text = 'Ann Berg, of the Lake Institute, studies "the habits of ants in winter". She began in 2010.\n"I expect many more cases."';
  assert.equal(who(text, 'I expect'), 'Ann Berg');
  // A person named only inside the words quoted there is not counted.
  const inside = 'Tom Vale, of the Lake Institute, studies "the ants Ann Berg found". He began in 2010.\n"I expect many more cases."';
  assert.equal(who(inside, 'I expect'), 'Tom Vale');
});

test('a place after an organisation and a comma inside an appositive leaves the person before it the speaker', () => {
  assert.equal(who('Ann Berg, curator of exhibits at the University of Lakeland, Oakton, said, "These images matter."', 'These images'), 'Ann Berg');
  assert.equal(who('The mayor, Tom Vale, said, "We are ready."', 'We are ready'), 'Tom Vale');
});

test('a quote left open, a paragraph without marks, then a paragraph opening with a mark is one speaker\'s', () => {
  const text = 'The depot burned on Sunday.\n"The roof fell in within minutes," fire chief Ola Berg told reporters.\n"Nobody was inside at the time.\nThe crews stayed all night.\n"We will know the cause next week."\nThe depot will reopen in May.';
  assert.equal(who(text, 'We will know'), 'Ola Berg');
  // After a quote that closes, a paragraph of narration ends the run.
  const closed = 'The depot burned on Sunday.\n"The roof fell in within minutes," fire chief Ola Berg told reporters.\nThe crews stayed all night.\n"We will know the cause next week."';
  assert.equal(who(closed, 'We will know'), null);
});

test('"she" far from any sentence naming her goes to the last woman the story named, by a first name used alone', () => {
  // Many sentences about "she" and "I" come between the name and the quote: no sentence before
  // names her, and no earlier speaker is a woman.
  const text =
    'Veronique said nothing that night. I listened to the rain. I thought about the river. ' +
    'I counted the beams of the roof. I tried to sleep. I heard the dogs. I got up once. I lay down again.\n' +
    '"My brother works at the mill," she said.';
  assert.equal(who(text, 'My brother'), 'Veronique');
  // Not a man, nor a person whose gender nothing tells.
  const man = text.replace('Veronique said', 'Thomas said');
  assert.equal(who(man, 'My brother'), 'she');
  const unknown = text.replace('Veronique said', 'Kestrel said');
  assert.equal(who(unknown, 'My brother'), 'she');
});

test('a curly opening mark typed where the closing one belongs before a described speaker closes the quote', () => {
  const text = '“The family stands behind her, “a cousin of the singer said.\n“She chose this herself.”';
  assert.equal(who(text, 'The family'), 'cousin');
  assert.equal(who(text, 'She chose'), 'cousin');
  // Before words that do not end in a speech verb, the mark still opens a quotation.
  const open = analyzeArticle('Lee said, “we are ready. “the second team is not ready either.\nThey left.', { path: 'outlet.txt' }).quotes.filter((q) => q.direct);
  assert.deepEqual(open.map((q) => q.text), ['we are ready.', 'the second team is not ready either.']);
  // Against the comma after it, over a line break, the mark closes the quotation too.
  const comma = 'Ana Ruiz wrote that she will host the gala.\n“It is official: I am hosting!\nThanks to my family and, oh dear, there goes the band “, the comedian said on her feed.';
  assert.equal(who(comma, 'It is official'), 'comedian');
  assert.ok(analyzeArticle(comma, { path: 'outlet.txt' }).quotes.some((q) => q.direct && q.text.endsWith('there goes the band')));
});

test('a closing mark with none open ends a quotation set on its own line after its speaker', () => {
  const text =
    'The festival named its new director on Monday.\n“We are delighted to welcome Ana Ruiz,” said Paul Grant, the chair.\n' +
    'She brings twenty years of experience and we expect great things.”\nThe festival opens in June.';
  const q = quoteOf(text, 'She brings');
  assert.equal(text.slice(q.start, q.end), 'She brings twenty years of experience and we expect great things.”');
  assert.equal(who(text, 'She brings'), 'Paul Grant');
  // A stray mark inside a sentence, or after a word, is not the end of a quotation.
  const stray = analyzeArticle('The list was long.\nThe board added to their” top ten “list a new name.\nIt ended there.', { path: 'outlet.txt' }).quotes.filter((q) => q.direct);
  assert.ok(!stray.some((q) => q.text.startsWith('The board')));
  const first = analyzeArticle('Nothing is certain yet.”\nThe talks go on.', { path: 'outlet.txt' }).quotes.filter((q) => q.direct);
  assert.equal(first.length, 0, 'not on the text\'s first line');
});

test('a speech verb joined by "and" to the verb before it shares that verb\'s subject', () => {
  assert.equal(who('Ada Moss read the report twice and declared it "unreadable".', 'unreadable'), 'Ada Moss');
  assert.equal(who('The nurse checks the chart and says, "You can go home today."', 'You can go'), 'nurse');
  // A subject of its own after "and" is the speaker; without any subject in the sentence, none.
  assert.equal(who('Ada Moss read the report and Tom Reed declared it "unreadable".', 'unreadable'), 'Tom Reed');
  assert.equal(who('Read the report twice and declare it "unreadable".', 'unreadable'), null);
});

test('a narrator is named by another speaker telling them who they are', () => {
  const text = [
    'The fight was over. Tomas Varga wiped his face.',
    '"You hit them," Tomas said.',
    '"They started it," I said.',
    'He stepped back.',
    '"You are not even Ilse any more," Tomas said.',
    'I looked at my hands.',
  ].join('\n');
  assert.equal(who(text, 'They started'), 'Ilse');
  // A name the turn speaks of, not one it calls its listener, leaves the narrator unnamed.
  assert.equal(who(text.replace('You are not even Ilse any more', 'Ilse would never do that'), 'They started'), 'I');
});

test('a source cited in brackets after a quotation of several lines is its speaker; a stage direction is not', () => {
  const text = 'Here is what is known so far.\n"Two ferries collided in the strait on Sunday.\nNobody was hurt, the coastguard said." (Harbour Times article)\nMore will follow.';
  assert.equal(who(text, 'Two ferries'), 'Harbour Times');
  assert.equal(who('"We will rebuild this town." (Laughter)\nThank you all.', 'We will'), null);
  assert.equal(who('"We will rebuild this town." (Harbour Times)\nThank you all.', 'We will'), null);
});

test('after two turns of one speaker answering another, a bare turn is the other one\'s', () => {
  const text = [
    'Mara Voss phoned Ivo Brandt at home.',
    '"Mr. Brandt, it is me," Mara Voss said.',
    '"Good evening," Ivo Brandt said.',
    '"Happy new year."',
    '"You too. Is the boat ready?"',
    'The line crackled.',
  ].join('\n');
  assert.equal(who(text, 'Good evening'), 'Ivo Brandt');
  assert.equal(who(text, 'Happy new year'), 'Ivo Brandt');
  assert.equal(who(text, 'You too'), 'Mara Voss');
  // With narration of two paragraphs between the turns, they are not one exchange.
  const apart = text.replace('"You too.', 'The wind rose.\nThe lamp went out.\n"You too.');
  assert.equal(who(apart, 'You too'), null);
});

test('after two turns of one speaker, a bare turn in a run of quotes nobody calls by name is left open', () => {
  const text = '"Is the bridge safe?" Tom Reed asked.\n"The engineers checked it," Ann Lee said.\n"They found no cracks."\n"The road reopens on Monday."';
  assert.equal(who(text, 'They found'), 'Ann Lee');
  assert.equal(who(text, 'The road reopens'), null);
  // The narrator answering is a conversation.
  const told = '"Is the bridge safe?" I asked.\n"The engineers checked it," Ann Lee said.\n"They found no cracks."\n"So I can drive home?"';
  assert.equal(who(told, 'So I can'), 'I');
});

test('a straight opening mark typed against the comma of its lead-in opens the quotation the next mark closes', () => {
  const text = 'Professor Ana Ruiz said schools would get kits," For example, pupils can hold their own vote".\nThe panel meets in May.';
  const q = quoteOf(text, 'For example');
  assert.equal(text.slice(q.start, q.end), '" For example, pupils can hold their own vote"');
  assert.equal(who(text, 'For example'), 'Ana Ruiz');
  // Without a mark after it on its line, the mark is a stray closing one.
  const stray = analyzeArticle('Ana Ruiz said schools would get kits," and left.\nThe panel meets in May.', { path: 'outlet.txt' }).quotes.filter((x) => x.direct);
  assert.equal(stray.length, 0);
});

test('a clause "as X put it" or "as X states" names who said the words of its sentence', () => {
  assert.equal(who('As Ann Lee so aptly put it in her review, the film is “a quiet triumph of patience”.', 'a quiet'), 'Ann Lee');
  assert.equal(who('Members are bound, as the charter plainly states, to "serve every member alike."', 'serve every'), 'charter');
  // "Put it" without "as" is no clause of comparison.
  notQuoted('Tom Vale put it in a box marked "handle with great care" and left.', 'handle');
});

test('after a quotation, an infinitive or a noun spelled like a speech verb is no tag; the closing one is', () => {
  assert.equal(who('The two are accused of acting "against every rule of the club" by failing to report the loans, the report said.', 'against every'), 'report');
  assert.equal(who('He says the firm acted "against every rule of the club" in the report.', 'against every'), 'He');
});

test('a colon closing a clause without a verb of saying: its subject quotes the words', () => {
  assert.equal(who('In his 1850 essay “On Common Ground,” English philosopher Tom Hale distinguished two kinds of freedom: “the freedom to act and the freedom from harm.”', 'the freedom'), 'Tom Hale');
  assert.equal(who('The review took a year; the final report ends on a hopeful note: "We expect the plan to succeed."', 'We expect'), 'final report');
  // A list's lead or a clause of what something holds quotes examples, not anyone's words.
  assert.equal(who('The council cited several complaints, including: "The bins are never emptied on time."', 'The bins'), null);
  assert.equal(who('The form has: "Were you ever held against your will during the journey?"', 'Were you'), null);
});

test('a description after an opening clause is its sentence\'s subject, not an apposition', () => {
  const opening = 'Lena Park waited by the gate. As she watched the trains leave, her commanding officer had called the last passengers.\n“Right, all aboard,” he said.';
  assert.equal(who(opening, 'Right'), 'her commanding officer');
  const apposition = 'Tom Reed, the duty officer, called the last passengers.\n“Right, all aboard,” he said.';
  assert.equal(who(apposition, 'Right'), 'Tom Reed');
});

test('a fragment inside the sentence after one that reports someone\'s words is theirs', () => {
  const text = 'The second kind of land, Ada Moss argued, must be shared. It is the “common birthright” of every person, “not charity but a right.”';
  assert.equal(who(text, 'common birthright'), 'Ada Moss');
  assert.equal(who(text, 'not charity'), 'Ada Moss');
  // A quotation that opens with a capital is a sentence of its own, not a fragment; a scare
  // quote after "so-called" is nobody's words.
  notQuoted('Ada Moss said the bridge would close. The so-called "safe route" is flooded too.', 'safe route');
  notQuoted('The bridge had been closed for a week. It is the "common birthright" of every person.', 'common birthright');
});

test('a fragment set in a sentence without a verb of saying is its person subject\'s', () => {
  assert.equal(who('Ida Marsh was certain she was the target of "quiet sabotage," but nobody listened.', 'quiet sabotage'), 'Ida Marsh');
  assert.equal(who('Tom Vale, of the Lake Institute, studies "the clever habits of ants in winter". He began in 2010.', 'the clever'), 'Tom Vale');
  const judge = 'In May, Judge Ann Berg of the district court ruled on the case.\nThe judge found that until 2001 the firm had run an "elaborate deception" with its bankers.';
  assert.equal(who(judge, 'elaborate'), 'Ann Berg');
  // A passive subject bears others' words; a thing says nothing; a quotation that opens with a
  // capital is no fragment.
  notQuoted('Tom Vale was jailed for "gross misconduct" last year.', 'gross');
  notQuoted('The old bridge carried a "temporary" sign for years.', 'temporary');
  assert.equal(who('Ida Marsh keeps a note on her desk that says nothing but "Begin again".', 'Begin'), null);
});

test('the owner of the words quoted next said them: "X\'s dying words", "his last words were:"', () => {
  assert.equal(who("Crowds marched for days, repeating Omar Khan's dying words, ‘Tell them I was here.’", 'Tell them'), 'Omar Khan');
  const his = 'Tom Vale died in 1832, aged twenty. His last words to his brother were:\n“Do not cry, I need all my courage.”';
  assert.equal(who(his, 'Do not cry'), 'Tom Vale');
  // Words someone else reads out, or words that go on after the noun, are not the owner's.
  assert.equal(who('The hall fell silent at Omar Khan\'s words when the choir began "Stay here, all of you" again.', 'Stay here'), null);
});

test('in a conversation "she says" is the woman who has been talking, not one the narration names in passing', () => {
  const talk = '“You want to call your dad?” Mom asks.\nI don’t want to call my dad, who is probably with Joyce, his girlfriend. Joyce always tries too hard. “I can make a sandwich,” I say.\n“Then stay at home,” she says.';
  assert.equal(who(talk, 'Then stay'), 'Mom');
  // A woman the narration names who has spoken herself is still the one "she" means.
  const spoken = '“You want to call your dad?” Mom asks.\n“Hello there,” Joyce said. Joyce always tries too hard. “I can make a sandwich,” I say.\n“Then stay at home,” she says.';
  assert.equal(who(spoken, 'Then stay'), 'Joyce');
  // With no one talking before, the narration's woman stands.
  assert.equal(who('I went to see Joyce. Joyce always tries too hard.\n“Then stay at home,” she says.', 'Then stay'), 'Joyce');
});

test('a transcript\'s labels: the court, a name with an honorific, and names in title case that take turns', () => {
  const court = 'The hearing resumed before Judge Ann Berg.\nTHE COURT: As I told you before, "Silence in the room."\nMS. ORTIZ: I told them "we will appeal," your honour.\nMR. HALE: The letter said "pay by Friday," and nothing more.';
  assert.equal(who(court, 'Silence'), 'COURT');
  assert.equal(who(court, 'we will'), 'MS. ORTIZ');
  // Words the turn gives to someone else stay theirs.
  assert.equal(who(court, 'pay by'), 'letter');
  const talk = 'We spoke with the poet Tom Lee.\nWikinews: Why do you write?\nLee: I once said "a poem is a lamp," and I still think so.\nWikinews: And now?\nLee: Now I say "write every day."';
  assert.equal(who(talk, 'a poem'), 'Lee');
  // A heading, a dateline in capitals, or a name that opens one paragraph only is no turn.
  assert.equal(who('Update: "Nothing new."\nUpdate: the file moved.', 'Nothing'), null);
  notQuoted('LONDON: Crowds gathered to sing "We shall stay here" again.', 'We shall');
  assert.equal(who('Ann Moss: "A quiet day."\nThe rest of the page is blank.', 'A quiet'), null);
});

test('"I" in an interview or a speech whose heading names one person is that person', () => {
  const interview = 'Frank Moss, harbour poet, interviewed by the Courier\nYou have had a lot of attention.\nWhen people meet me they say hello, and I tell them "keep writing," every time.';
  assert.equal(who(interview, 'keep writing'), 'Frank Moss');
  // A heading that names two people, or that says nothing of an interview, names no "I".
  const two = 'Frank Moss and Ann Lee interviewed by the Courier\nI tell them "keep writing," every time.';
  assert.equal(who(two, 'keep writing'), 'I');
  const plain = 'Frank Moss opens a bookshop\nI tell them "keep writing," every time.';
  assert.equal(who(plain, 'keep writing'), 'I');
});

test('an irregular past tense is the verb that tells a sentence\'s subject ("Omar bent down, mumbling …")', () => {
  assert.equal(who('Omar Khan bent down to pick up the coins, mumbling about “spare change.”', 'spare'), 'Omar Khan');
  assert.equal(who('Ann Lee knelt by the fire, whispering “not yet.”', 'not yet'), 'Ann Lee');
  // Without a subject before the verb, the participle names no one.
  assert.equal(who('Bent and tired from the road, mumbling about “spare change.”', 'spare'), null);
});

test('a fragment inside an opening clause that has not closed is that clause\'s subject\'s', () => {
  const text = 'While Lake Council and Harbour Trust object to the plan on the grounds that it brings a "risk of flooding every spring," and a "cost to the town," we support it.';
  assert.equal(who(text, 'risk of'), 'Lake Council and Harbour Trust');
  assert.equal(who(text, 'cost to'), 'Lake Council and Harbour Trust');
  // Once the clause has closed with its comma, the fragment is the main clause's business.
  assert.equal(who('While Lake Council objects, the plan brings a "risk of flooding every spring."', 'risk of'), null);
});

test('a common noun for a person introduced right before speaks as "he" or "she"; further back, only a role does', () => {
  // WordNet's nouns whose usual sense is a person ("chemist", "guy") head descriptions too.
  const chemist = 'The dockworkers laughed at the story, except for a chemist with a crooked nose, who was angry.\n"We live in the modern era!" she cried.';
  assert.equal(who(chemist, 'We live'), 'chemist');
  const guy = 'Everyone in the shop watches the girl except one chubby guy who tries to take the lights from her.\n"Not supposed to touch those," he says.';
  assert.match(who(guy, 'Not supposed') ?? '', /chubby guy$/);
  // A thing or creature mentioned in passing sentences ago is not who "she" is in a dialogue.
  const passing = 'Ann Lee came home wet.\nShe was angry.\nI will say that a pixie hiding in the sink makes the dishes an adventure.\nShe went to the phone.\nShe sat down.\n"He is useless," she said.';
  assert.equal(who(passing, 'He is useless'), 'Ann Lee');
  // A word that is also an adjective ("general", "private") is no person of its own.
  const general = 'Ana Ruiz read the report.\nIt was a general review of the harbour.\n"It is fine," she said.';
  assert.equal(who(general, 'It is fine'), 'Ana Ruiz');
});

test('a description after "being" or "as" says what someone is, not who speaks', () => {
  const text = 'Ann Lee spoke to a magazine.\nEarlier this year, the star said she had turned a corner from being a heavy drinker.\n"I am so happy now," she said.';
  assert.equal(who(text, 'I am so happy'), 'Ann Lee');
  const as = 'Ann Lee spoke on Monday.\nShe has worked as a nurse for a decade.\n"We need more beds," she said.';
  assert.equal(who(as, 'We need'), 'Ann Lee');
  // An indefinite description as the subject of the sentence before still speaks.
  const subject = 'The square was empty.\nA nurse came out of the hospital.\n"We need more beds," she said.';
  assert.equal(who(subject, 'We need'), 'nurse');
});

test('a bare turn after a turn whose paragraph goes on with narration is that speaker\'s, unless it asks', () => {
  const lines = ['I kicked the door.', '"Oh," I said.', '"Sorry."', 'The other one moaned.', '"Oh no," Pag panted. Blood ran from his nose and his cheek turned blue.'];
  assert.equal(who([...lines, '"Oh no oh no oh no."'].join('\n'), 'Oh no oh no'), 'Pag');
  // A bare question after it is most often the other one's reply.
  assert.notEqual(who([...lines, '"Are you hurt?"'].join('\n'), 'Are you hurt'), 'Pag');
  // Before another turn of that speaker, the bare turn between is the other one's.
  assert.notEqual(who([...lines, '"It was an accident."', '"Oh no," Pag said again.'].join('\n'), 'It was an accident'), 'Pag');
  // After a question of its own, the other one answers.
  const asked = ['I kicked the door.', '"Oh," I said.', '"Sorry."', 'The other one moaned.', '"Why?" Pag panted. Blood ran from his nose and his cheek turned blue.', '"It was an accident."'].join('\n');
  assert.notEqual(who(asked, 'It was an accident'), 'Pag');
});

test('a speech verb in an aside between dashes before a quote does not introduce it', () => {
  const text = 'Prosecutor Ann Lee told the Herald after a hearing — where the defence lawyer Tom Vale said his client was “resting at home” — “I hear she is on a flight to Boston.”';
  assert.match(who(text, 'I hear') ?? '', /Ann Lee$/);
  // Without a speaker outside the aside, its verb still gives one.
  const only = 'After the hearing — as Tom Vale said to reporters — “We will appeal.”';
  assert.equal(who(only, 'We will'), 'Tom Vale');
  // Dashes that close nothing leave the nearest verb the quote's.
  assert.equal(who('Ann Lee met Tom Vale — the defence lawyer — and Vale said: “We will appeal.”', 'We will'), 'Vale');
});

test('a participle without a subject belongs to the clause a comma and "where" or "when" open before it', () => {
  const where = 'The theory is set out in an essay, where Ada Moss begins by asserting that "no two languages are alike."';
  assert.equal(who(where, 'no two'), 'Ada Moss');
  // Without such a clause, the sentence's subject owns it, as before.
  assert.equal(who('Ada Moss wrote an essay in 1964, asserting that "no two languages are alike."', 'no two'), 'Ada Moss');
  assert.equal(who('Police stopped Tom Reed on the bridge, but he refused to stop, shouting "Leave me alone."', 'Leave me'), 'Tom Reed');
});

test('a tag after a quote may hold a title in quotation marks, with a colon, ending an appositive', () => {
  const text = 'She left the stage in 1957.\n“Ada Page is the last great icon of her time,” Tom Reed, co-author of “Ada Page:\nThe Life of a Legend,” said in a 1996 interview.\n“She brought something modern to the era.”';
  assert.equal(who(text, 'Ada Page is'), 'Tom Reed');
  // The run of quotes goes on past the title, as if it were not there.
  assert.equal(who(text, 'She brought'), 'Tom Reed');
  // A title that is the object of the tag's verb is no appositive: the tag is read as before.
  const object = '“It is a fine book,” Tom Reed said of “Ada Page: A Life,” on Monday.';
  assert.equal(who(object, 'It is a fine'), 'Tom Reed');
  // Nor is a quotation after a full sentence a title in a tag.
  const apart = '“We are ready,” Tom Reed said. His book, “Ada Page, a Life,” sold well.';
  assert.equal(who(apart, 'We are ready'), 'Tom Reed');
});

test('two turns in one paragraph: the first is the other one\'s of the exchange, not the tag\'s speaker', () => {
  const text = 'Ann stayed with me that night. I could hear her breath.\n"You came here from the coast?" I asked.\n"My family came here from the coast," she said.\n"Why?" "My father, he is a trader," she said.\n"Do you know trader?" "No," I said.';
  assert.equal(quoteOf(text, 'Why?').speaker?.text, 'I');
  assert.equal(who(text, 'My father'), 'Ann');
  assert.equal(who(text, 'Do you know'), 'Ann');
  assert.equal(quoteOf(text, 'No,').speaker?.text, 'I');
  // A quote separated from the next by a tag keeps its speaker.
  const one = 'Ann stayed with me.\n"I am tired," I said.\n"We walked far," she said. "My feet hurt," she added.';
  assert.equal(who(one, 'We walked'), 'Ann');
  // A quote that ends on a comma is not a turn of its own.
  const comma = '"We walked far," she said, "and my feet hurt," Ann added.';
  assert.equal(who(comma, 'We walked'), 'she');
});

test('a quotation left open over several paragraphs takes the source cited in brackets where it ends', () => {
  const text = 'There is news from the port.\n"A fire broke out in a warehouse on Monday, officials said.\nThe firm said nobody was hurt.\nThe warehouse stands two miles east of the city. (Daily Courier article)\nMore will follow.';
  const q = quoteOf(text, 'A fire broke');
  assert.equal(q.speaker?.text, 'Daily Courier');
  // The quotation runs over the paragraphs up to the brackets.
  assert.ok(q.text.includes('two miles east'));
  assert.ok(!q.text.includes('Daily Courier'));
  // With another quotation inside the run, the first only takes the source.
  const inner = 'There is news from the port.\n"A fire broke out in a warehouse on Monday.\n\'We are searching the site, \'he said.\nThe warehouse stands two miles east of the city." (Daily Courier article)';
  assert.equal(quoteOf(inner, 'A fire broke').speaker?.text, 'Daily Courier');
  // A new quotation opening a paragraph ends the run; brackets that cite no article give nothing.
  const apart = 'There is news from the port.\n"A fire broke out in a warehouse on Monday.\n"It was terrible," said Ann Lee.\nThe warehouse stands two miles east of the city. (Daily Courier article)';
  assert.notEqual(quoteOf(apart, 'A fire broke').speaker?.text, 'Daily Courier');
  const aside = 'There is news from the port.\n"A fire broke out in a warehouse on Monday.\nThe warehouse stands two miles east of the city. (Photo by Ann Lee)';
  assert.equal(quoteOf(aside, 'A fire broke').speaker, null);
});

test('a definite description nobody was given stands for the one person the narration is about', () => {
  const text = 'Mara Lind checks into a clinic\nMara Lind has entered a clinic in Ohio, her agent told reporters. Lind, 33, has struggled for years.\n"I am fine now," the star said on Friday.';
  assert.match(who(text, 'I am fine') ?? '', /Lind$/);
  // Two nouns of a person joined by "and" are one description.
  const joined = 'Mara Lind will host the awards\nMara Lind said on Friday she will host the awards in March.\n"It is official," the comedian and talk show host said.';
  assert.equal(who(joined, 'It is official'), 'Mara Lind');
  // Not when someone was introduced by that noun, nor when two people are named as often.
  const introduced = 'Tom Reed was arrested\nTom Reed was arrested on Monday. A police officer stopped Reed near the bridge.\n"He did not resist," the officer said.';
  assert.equal(who(introduced, 'He did not'), 'officer');
  const two = 'Tom Reed and Ann Lee met\nTom Reed met Ann Lee on Monday. Reed and Lee talked for an hour.\n"It went well," the lawyer said.';
  assert.equal(who(two, 'It went'), 'lawyer');
  // Nor a noun of the other gender ("the actress" is not Tom Reed).
  const gender = 'Tom Reed opens a show\nTom Reed opened a show on Monday. Reed, 40, was his own producer.\n"It was sold out," the actress said.';
  assert.equal(who(gender, 'It was sold'), 'actress');
  // Nor a noun of someone tied to them ("the mother" of the story's subject is someone else),
  // nor a person the heading does not name.
  const kin = 'Tom Reed is missing\nTom Reed left home on Monday. Reed, 16, has not been seen since.\n"We are desperate," the mother said.';
  assert.equal(who(kin, 'We are'), 'mother');
  const unheaded = 'A quiet night in Leeds\nTom Reed left home on Monday. Reed, 40, sang in a bar.\n"It was sold out," the singer said.';
  assert.equal(who(unheaded, 'It was sold'), 'singer');
  // A maker is most often a company, not the person the story is about.
  const maker = 'Tom Reed sues over his phone\nTom Reed sued the makers of his phone on Monday. Reed, 40, lost his data.\n"We will fix the flaw," the phone maker said.';
  assert.notEqual(who(maker, 'We will fix'), 'Tom Reed');
});

test('the subject of a participle of saying is found past an aside between commas and a "from" phrase', () => {
  const aside = 'The vote came on Friday.\nThe senator, in explaining her decision, tried to calm her party, writing: "There will be no fair trial."';
  assert.equal(who(aside, 'There will be'), 'senator');
  const from = 'The vote came on Friday.\nThe Senator from Alaska, in explaining her vote, tried to calm her party, writing: "There will be no fair trial."';
  assert.equal(who(from, 'There will be'), 'Senator');
  // An aside that is no phrase of a preposition or a subordinator is not passed over.
  const clause = 'The vote came on Friday.\nThe senator, her aides admit, is tired, writing: "There will be no fair trial."';
  assert.notEqual(who(clause, 'There will be'), 'senator');
});

test('a description the text ties to a name by apposition, before or after the quote, is that person', () => {
  const later = 'The mother of a girl hurt on Elm Street said her daughter cried out "Mom, I have been hit," and fell.\nShe laid her daughter, Ana Reyes, on the sidewalk.';
  assert.equal(who(later, 'Mom, I have'), 'Ana Reyes');
  const earlier = 'Tom Reed, the driver, stopped at the bridge.\nThe bus was late.\n"I saw nothing," the driver said.';
  assert.equal(who(earlier, 'I saw nothing'), 'Tom Reed');
  // Other words after the comma, or another description, tie nothing.
  const none = 'The mother said her daughter cried out "Mom, I have been hit," and fell.\nShe laid her son, Leo Reyes, on the sidewalk.';
  assert.equal(who(none, 'Mom, I have'), 'her daughter');
});
