import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, Corpus, linkEntities, type Article, type EntityKind, type Mention } from '../../server/src/analysis';
import { SEED, storyText } from '../support/fixtures';

/**
 * Builds an article by hand from text with marked names: `[[Yury Ushakov|person]]`. The marks
 * are removed from the text and become the article's mentions, so these tests do not depend
 * on the names extractor.
 */
function article(path: string, marked: string): Article {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  const re = /\[\[([^|\]]+)\|(person|organization|place)\]\]/g;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({ start, end: text.length, text: m[1], kind: m[2] as EntityKind, key: m[1].toLowerCase() });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { ...analyzeArticle(text, { path }), mentions };
}

/** The entity ids of every mention, as `text → id`, per article. */
function ids(articles: Article[], aliases?: string[][]): Map<string, string | null> {
  const linking = linkEntities(articles, { aliases });
  const out = new Map<string, string | null>();
  for (const a of articles) a.mentions.forEach((m, i) => out.set(`${a.path}:${m.text}`, linking.entityOf(a.path, i)));
  return out;
}

test('Yuri and Yury Ushakov in two outlets are one person, and the surname alone joins them', () => {
  const a = article('s/a.txt', 'Adviser [[Yuri Ushakov|person]] stated that no talks were planned.');
  const b = article('s/b.txt', 'Adviser [[Yury Ushakov|person]] told reporters. [[Ushakov|person]] also said more.');
  const linking = linkEntities([a, b]);
  const id = linking.entityOf('s/a.txt', 0);
  assert.ok(id);
  assert.equal(linking.entityOf('s/b.txt', 0), id);
  assert.equal(linking.entityOf('s/b.txt', 1), id);
  const entity = linking.entity(id!)!;
  assert.equal(entity.kind, 'person');
  assert.match(entity.id, /^person:yur[iy]-ushakov$/);
  assert.deepEqual([...entity.variants].sort(), ['Ushakov', 'Yuri Ushakov', 'Yury Ushakov']);
  assert.equal(linking.mentionsOf(id!).length, 3);
  assert.deepEqual(
    linking.mentionsOf(id!).map((m) => [m.path, m.text]),
    [['s/a.txt', 'Yuri Ushakov'], ['s/b.txt', 'Yury Ushakov'], ['s/b.txt', 'Ushakov']],
  );
});

test('Zelensky, Zelenskyy and Zelenskiy are one person; possessives and titles do not split him', () => {
  const a = article('s/a.txt', 'President [[Volodymyr Zelensky|person]] spoke. [[Zelensky|person]] left.');
  const b = article('s/b.txt', '[[Volodymyr Zelenskyy|person]] arrived. [[Zelenskyy’s|person]] office said so.');
  const c = article('s/c.txt', '[[Zelenskiy|person]] declined to comment.');
  const got = ids([a, b, c]);
  const id = got.get('s/a.txt:Volodymyr Zelensky');
  assert.ok(id);
  for (const v of ['s/a.txt:Zelensky', 's/b.txt:Volodymyr Zelenskyy', 's/b.txt:Zelenskyy’s', 's/c.txt:Zelenskiy']) assert.equal(got.get(v), id, v);
  assert.equal(new Set(got.values()).size, 1);
});

test('Aleksandr and Alexander with the same surname are one person; the canonical name is the full form', () => {
  const a = article('s/a.txt', '[[Aleksandr Lukashenko|person]] met envoys.');
  const b = article('s/b.txt', '[[Alexander Lukashenko|person]] met envoys. Later [[Lukashenko|person]] spoke.');
  const linking = linkEntities([a, b]);
  assert.equal(linking.entities.length, 1);
  assert.ok(['Aleksandr Lukashenko', 'Alexander Lukashenko'].includes(linking.entities[0].name));
});

test('President Trump, Donald Trump and Trump’s are one person', () => {
  const a = article('s/a.txt', 'U.S. President [[Donald Trump|person]] said. [[Trump’s|person]] envoy agreed.');
  const b = article('s/b.txt', 'President [[Trump|person]] said so.');
  const linking = linkEntities([a, b]);
  assert.equal(linking.entities.length, 1);
  assert.equal(linking.entities[0].id, 'person:donald-trump');
  assert.equal(linking.entities[0].name, 'Donald Trump');
});

test('U.S., United States, US and America are one place, named in full', () => {
  const a = article('s/a.txt', 'The [[U.S.|place]] and the [[United States|place]] agreed.');
  const b = article('s/b.txt', 'The [[US|place]] said, and [[America|place]] agreed.');
  const got = ids([a, b]);
  const id = got.get('s/a.txt:U.S.');
  assert.equal(id, 'place:united-states');
  for (const v of ['s/a.txt:United States', 's/b.txt:US', 's/b.txt:America']) assert.equal(got.get(v), id, v);
});

test('an initialism joins the one organisation it abbreviates, and only that one', () => {
  const a = article('s/a.txt', 'The [[International Monetary Fund|organization]] lent money; the [[IMF|organization]] said.');
  const b = article('s/b.txt', 'The [[IMF|organization]] agreed with the [[World Bank|organization]].');
  const got = ids([a, b]);
  assert.equal(got.get('s/a.txt:IMF'), got.get('s/a.txt:International Monetary Fund'));
  assert.equal(got.get('s/b.txt:IMF'), got.get('s/a.txt:International Monetary Fund'));
  assert.notEqual(got.get('s/b.txt:World Bank'), got.get('s/b.txt:IMF'));
});

test('two different people named Smith are not merged; a lone Smith joins the one its article names, else neither', () => {
  const a = article('s/a.txt', '[[John Smith|person]] voted yes. [[Smith|person]] said it was fair.');
  const b = article('s/b.txt', '[[Jane Smith|person]] voted no. [[Smith|person]] said it was unfair.');
  const c = article('s/c.txt', 'The vote was close, and [[Smith|person]] was cheered.');
  const d = article('s/d.txt', '[[John Smith|person]] and [[Jane Smith|person]] argued; [[Smith|person]] left first.');
  const linking = linkEntities([a, b, c, d]);
  const john = linking.entityOf('s/a.txt', 0);
  const jane = linking.entityOf('s/b.txt', 0);
  assert.ok(john && jane);
  assert.notEqual(john, jane);
  assert.equal(linking.entityOf('s/d.txt', 0), john);
  assert.equal(linking.entityOf('s/d.txt', 1), jane);
  assert.equal(linking.entityOf('s/a.txt', 1), john);
  assert.equal(linking.entityOf('s/b.txt', 1), jane);
  // Without a full name nearby, or with both, the text does not say which Smith is meant.
  for (const [path, i] of [['s/c.txt', 0], ['s/d.txt', 2]] as const) {
    const id = linking.entityOf(path, i);
    assert.ok(id);
    assert.notEqual(id, john);
    assert.notEqual(id, jane);
  }
  assert.equal(linking.entityOf('s/c.txt', 0), linking.entityOf('s/d.txt', 2));
});

test('a short name of an organisation joins the full name; an initialism meets its lower-case spelling', () => {
  const a = article('s/a.txt', 'The [[New Orleans Saints|organization]] won. The [[Saints|organization]] celebrated.');
  const b = article('s/b.txt', 'The [[Saints|organization]] won again; [[NATO|organization]] and [[Nato|organization]] agreed.');
  const got = ids([a, b]);
  assert.equal(got.get('s/a.txt:Saints'), got.get('s/a.txt:New Orleans Saints'));
  assert.equal(got.get('s/b.txt:Saints'), got.get('s/a.txt:New Orleans Saints'));
  assert.equal(got.get('s/b.txt:NATO'), got.get('s/b.txt:Nato'));
});

test('initials before a name do not keep it apart from the same name without them', () => {
  const a = article('s/a.txt', '[[W. Mark Felt|person]] died.');
  const b = article('s/b.txt', '[[Mark Felt|person]] died. [[Felt|person]] was 95.');
  const linking = linkEntities([a, b]);
  assert.equal(linking.entities.length, 1);
  assert.equal(linking.entities[0].name, 'W. Mark Felt');
});

test('a surname alone joins its person when only one person has it', () => {
  const a = article('s/a.txt', '[[Jane Smith|person]] voted no. [[Smith|person]] explained why.');
  const b = article('s/b.txt', '[[Smith|person]] voted against the bill.');
  const got = ids([a, b]);
  assert.equal(got.get('s/a.txt:Smith'), got.get('s/a.txt:Jane Smith'));
  assert.equal(got.get('s/b.txt:Smith'), got.get('s/a.txt:Jane Smith'));
});

test('different surnames close in spelling are not merged by distance alone', () => {
  const a = article('s/a.txt', '[[Johnson|person]] spoke, then [[Johnston|person]] answered.');
  const linking = linkEntities([a]);
  assert.equal(linking.entities.length, 2);
});

test('a place named like a person’s surname stays apart from the person', () => {
  const a = article('s/a.txt', '[[George Washington|person]] crossed the river. Officials in [[Washington|place]] agreed.');
  const got = ids([a]);
  assert.notEqual(got.get('s/a.txt:Washington'), got.get('s/a.txt:George Washington'));
});

test('user aliases join names no rule relates', () => {
  const a = article('s/a.txt', '[[Lula|person]] opened the summit.');
  const b = article('s/b.txt', '[[Luiz Inácio Lula da Silva|person]] opened the summit.');
  assert.notEqual(ids([a, b]).get('s/a.txt:Lula'), ids([a, b]).get('s/b.txt:Luiz Inácio Lula da Silva'));
  const got = ids([a, b], [['Lula', 'Luiz Inácio Lula da Silva']]);
  assert.equal(got.get('s/a.txt:Lula'), got.get('s/b.txt:Luiz Inácio Lula da Silva'));
});

test('a name that ends a longer name of the same person joins it; company forms are ignored', () => {
  const a = article('s/a.txt', '[[Gaetano Lo Presti|person]] was arrested. [[Lo Presti|person]] denied it.');
  const b = article('s/b.txt', '[[Lo Presti|person]] was held. [[Microsoft Corp.|organization]] and [[Microsoft|organization]] agreed.');
  const got = ids([a, b]);
  assert.equal(got.get('s/a.txt:Lo Presti'), got.get('s/a.txt:Gaetano Lo Presti'));
  assert.equal(got.get('s/b.txt:Lo Presti'), got.get('s/a.txt:Gaetano Lo Presti'));
  assert.equal(got.get('s/b.txt:Microsoft Corp.'), got.get('s/b.txt:Microsoft'));
});

test('the kind of an entity is the majority of its mentions’ kinds', () => {
  const a = article('s/a.txt', '[[Jordan|place]] closed its border. [[Jordan|place]] reopened it. [[Jordan|organization]] said.');
  const linking = linkEntities([a]);
  assert.equal(linking.entities.length, 1);
  assert.equal(linking.entities[0].kind, 'place');
});

test('malformed mentions and empty stories do not throw', () => {
  const broken = { ...analyzeArticle('x', { path: 'a' }), mentions: [null, { start: 0, end: 1, kind: 'person' }] } as unknown as Article;
  const linking = linkEntities([broken]);
  assert.deepEqual(linking.entities, []);
  assert.equal(linking.entityOf('a', 0), null);
  assert.equal(linking.entityOf('nope', 3), null);
  assert.deepEqual(linkEntities([]).entities, []);
});

test('seed story: Yuri/Yury Ushakov is one entity and ids are shared across the sources', () => {
  const texts = [SEED.b, SEED.a].map((f) => storyText(SEED.story, f));
  const corpus = new Corpus();
  corpus.setArticle('kremlin/000.txt', texts[0]);
  corpus.setArticle('kremlin/003.txt', texts[1]);
  const story = corpus.snapshot().storyOf('kremlin/000.txt')!;
  const names = story.articles.flatMap((a) => a.mentions.map((m, i) => ({ path: a.path, text: m.text, id: story.entityOf(a.path, i) })));
  const ushakov = new Set(names.filter((n) => /Ushakov/.test(n.text)).map((n) => n.id));
  assert.equal(ushakov.size, 1, `Ushakov mentions should share one id: ${[...ushakov].join(', ')}`);
  const id = [...ushakov][0]!;
  const entity = story.entity(id)!;
  assert.equal(entity.kind, 'person');
  assert.ok(entity.variants.includes('Yuri Ushakov') && entity.variants.includes('Yury Ushakov'));
  const paths = new Set(story.mentionsOf(id).map((m) => m.path));
  assert.deepEqual([...paths].sort(), ['kremlin/000.txt', 'kremlin/003.txt']);
  const dmitriev = new Set(names.filter((n) => /Dmitriev/.test(n.text)).map((n) => n.id));
  assert.equal(dmitriev.size, 1);
});

test('a first name alone joins the one person of the story whose full name begins with it', () => {
  const a = article('s/a.txt', '[[Kathrine Ward|person]] called the police. [[Kathrine|person]] said the noise woke her.');
  const b = article('s/b.txt', 'A neighbour, [[Kathrine|person]], heard two shots.');
  const got = ids([a, b]);
  const ward = got.get('s/a.txt:Kathrine Ward');
  assert.ok(ward);
  assert.equal(got.get('s/a.txt:Kathrine'), ward);
  assert.equal(got.get('s/b.txt:Kathrine'), ward);
});

test('a first name shared by two people stays apart; a word the story uses as a surname is a surname', () => {
  const a = article('s/a.txt', '[[Paul Moreno|person]] and [[Paul Ibsen|person]] testified. [[Paul|person]] wept.');
  const b = article('s/b.txt', '[[Grant Hollis|person]] met [[Ada Grant|person]] on Monday.');
  const c = article('s/c.txt', 'Later [[Paul|person]] spoke again, and [[Grant|person]] left early.');
  const linking = linkEntities([a, b, c]);
  const moreno = linking.entityOf('s/a.txt', 0);
  const ibsen = linking.entityOf('s/a.txt', 1);
  for (const id of [linking.entityOf('s/a.txt', 2), linking.entityOf('s/c.txt', 0)]) {
    assert.notEqual(id, moreno);
    assert.notEqual(id, ibsen);
  }
  assert.equal(linking.entityOf('s/c.txt', 1), linking.entityOf('s/b.txt', 1));
  assert.notEqual(linking.entityOf('s/c.txt', 1), linking.entityOf('s/b.txt', 0));
});

test('a name without its middle name joins the full name, unless two full names fit', () => {
  const a = article('s/a.txt', 'The victim, [[Robyn Norma Mendes|person]], was 48. [[Mendes|person]] lived alone.');
  const b = article('s/b.txt', '[[Robyn Mendes|person]] was found on Sunday. [[Mendes|person]] had moved in May.');
  const got = ids([a, b]);
  const mendes = got.get('s/a.txt:Robyn Norma Mendes');
  assert.ok(mendes);
  for (const v of ['s/a.txt:Mendes', 's/b.txt:Robyn Mendes', 's/b.txt:Mendes']) assert.equal(got.get(v), mendes, v);

  const c = article('s/c.txt', '[[John Paul Avery|person]] and his son [[John Lee Avery|person]] were charged.');
  const d = article('s/d.txt', '[[John Avery|person]] was charged.');
  const two = ids([c, d]);
  assert.notEqual(two.get('s/d.txt:John Avery'), two.get('s/c.txt:John Paul Avery'));
  assert.notEqual(two.get('s/d.txt:John Avery'), two.get('s/c.txt:John Lee Avery'));
  // A different first name is a different person, even with the same surname.
  const e = article('s/e.txt', '[[Robyn Norma Mendes|person]] and [[Carla Mendes|person]] were sisters.');
  const three = ids([e]);
  assert.notEqual(three.get('s/e.txt:Carla Mendes'), three.get('s/e.txt:Robyn Norma Mendes'));
});

test('courtesy titles do not keep a name from its person', () => {
  const a = article('s/a.txt', '[[Dr. Ann Lee|person]] treated him. [[Gov. Jerry Brown|person]] visited.');
  const b = article('s/b.txt', '[[Mr. Brown|person]] thanked [[Dr Lee|person]]. [[Ann|person]] smiled.');
  const got = ids([a, b]);
  assert.equal(got.get('s/b.txt:Dr Lee'), got.get('s/a.txt:Dr. Ann Lee'));
  assert.equal(got.get('s/b.txt:Ann'), got.get('s/a.txt:Dr. Ann Lee'));
  assert.equal(got.get('s/b.txt:Mr. Brown'), got.get('s/a.txt:Gov. Jerry Brown'));
  assert.notEqual(got.get('s/b.txt:Mr. Brown'), got.get('s/a.txt:Dr. Ann Lee'));
});

test('near spellings of one name join across articles, but never two spellings one article uses side by side', () => {
  const a = article('s/a.txt', 'President [[Kurbanguly Berdymukhamedov|person]] voted. Spokesman [[Gregg Miliote|person]] spoke.');
  const b = article('s/b.txt', 'President [[Gurbanguly Berdymukhamedov|person]] voted. Spokesman [[Gregg Milliote|person]] spoke.');
  const got = ids([a, b]);
  assert.equal(got.get('s/a.txt:Kurbanguly Berdymukhamedov'), got.get('s/b.txt:Gurbanguly Berdymukhamedov'));
  assert.equal(got.get('s/a.txt:Gregg Miliote'), got.get('s/b.txt:Gregg Milliote'));
  // Two letters swapped are one slip.
  const c = article('s/c.txt', 'General manager [[Tony Reagins|person]] made an offer.');
  const d = article('s/d.txt', 'General manager [[Tony Regains|person]] made an offer.');
  const swapped = ids([c, d]);
  assert.equal(swapped.get('s/c.txt:Tony Reagins'), swapped.get('s/d.txt:Tony Regains'));
  // One article naming both spellings names two people.
  const e = article('s/e.txt', '[[Mary Johnston|person]] sued [[Mary Johnson|person]] on Monday.');
  const f = article('s/f.txt', '[[Mary Johnson|person]] was sued.');
  const two = ids([e, f]);
  assert.notEqual(two.get('s/e.txt:Mary Johnston'), two.get('s/e.txt:Mary Johnson'));
  assert.equal(two.get('s/f.txt:Mary Johnson'), two.get('s/e.txt:Mary Johnson'));
  // A different first letter of a short or middling word is a different name.
  const g = article('s/g.txt', '[[Carsten Holm|person]] spoke.');
  const h = article('s/h.txt', '[[Karsten Holm|person]] spoke.');
  const i = article('s/i.txt', '[[Barsten Holm|person]] spoke.');
  const far = ids([g, h, i]);
  assert.notEqual(far.get('s/i.txt:Barsten Holm'), far.get('s/h.txt:Karsten Holm'));
});

test('a short first name one letter apart joins only when both articles give the same age or role', () => {
  const a = article('s/a.txt', 'The victims were [[Robyn Mendes|person]], 48, and her son.');
  const b = article('s/b.txt', 'Police named 48-year-old [[Robin Mendes|person]] as a victim.');
  const c = article('s/c.txt', 'A neighbour, [[Robin Mendes|person]], 23, called the police.');
  assert.equal(ids([a, b]).get('s/a.txt:Robyn Mendes'), ids([a, b]).get('s/b.txt:Robin Mendes'));
  assert.notEqual(ids([a, c]).get('s/a.txt:Robyn Mendes'), ids([a, c]).get('s/c.txt:Robin Mendes'));
  // Without anything said about them, Jim and Tim Carver, or John and Joan Smith, stay apart.
  const d = article('s/d.txt', '[[Jim Carver|person]] said so. [[Joan Smith|person]] agreed.');
  const e = article('s/e.txt', '[[Tim Carver|person]] said so. [[John Smith|person]] agreed.');
  const got = ids([d, e]);
  assert.notEqual(got.get('s/d.txt:Jim Carver'), got.get('s/e.txt:Tim Carver'));
  assert.notEqual(got.get('s/d.txt:Joan Smith'), got.get('s/e.txt:John Smith'));
});

test('a name written as one word or two is one name', () => {
  const a = article('s/a.txt', 'Justice [[Vincent DelGiudice|person]] set bail.');
  const b = article('s/b.txt', 'Judge [[Vincent Del Giudice|person]] set bail.');
  const got = ids([a, b]);
  assert.equal(got.get('s/a.txt:Vincent DelGiudice'), got.get('s/b.txt:Vincent Del Giudice'));
});

test('a nickname blended from the starts of a first name and a surname joins the one person it fits', () => {
  const a = article('s/a.txt', 'Singer [[Jane Roberts|person]] left the court on Monday.');
  const b = article('s/b.txt', 'Fans waited for [[JaRo|person]] outside. Later [[JaRo|person]] waved.');
  const got = ids([a, b]);
  const jane = got.get('s/a.txt:Jane Roberts');
  assert.ok(jane);
  assert.equal(got.get('s/b.txt:JaRo'), jane);
  // Two people it fits: it stays apart. A blend that fits nobody stays apart too.
  const c = article('s/c.txt', '[[Jane Roberts|person]] and [[Jason Rowe|person]] left the court.');
  const d = article('s/d.txt', 'Fans waited for [[JaRo|person]] and [[KiLu|person]].');
  const two = ids([c, d]);
  assert.notEqual(two.get('s/d.txt:JaRo'), two.get('s/c.txt:Jane Roberts'));
  assert.notEqual(two.get('s/d.txt:JaRo'), two.get('s/c.txt:Jason Rowe'));
  assert.ok(two.get('s/d.txt:KiLu'));
  // A word with an inner capital that the story uses as a surname is that surname.
  const e = article('s/e.txt', '[[Tom DeLuca|person]] met [[Dean Lucas|person]]. [[DeLuca|person]] spoke.');
  const three = ids([e]);
  assert.equal(three.get('s/e.txt:DeLuca'), three.get('s/e.txt:Tom DeLuca'));
});

test('a given name and its pet form with one surname ("Katie Jenkin", "Kathryn Jenkin") are one person across outlets', () => {
  const pet = ids([
    article('s/a.txt', '[[Katie Jenkin|person]], 20, was found dead. [[Katie|person]] was a student.'),
    article('s/b.txt', '[[Kathryn Jenkin|person]], 20, was found dead at the house.'),
  ]);
  assert.equal(pet.get('s/a.txt:Katie Jenkin'), pet.get('s/b.txt:Kathryn Jenkin'));
  assert.equal(pet.get('s/a.txt:Katie'), pet.get('s/b.txt:Kathryn Jenkin'));
  // Named together in one article, they are two people; other ages, or another surname, keep them apart.
  const both = ids([
    article('s/a.txt', '[[Katie Jenkin|person]] and her aunt [[Kathryn Jenkin|person]] were found.'),
    article('s/b.txt', '[[Kathryn Jenkin|person]], 58, was found dead.'),
  ]);
  assert.notEqual(both.get('s/a.txt:Katie Jenkin'), both.get('s/a.txt:Kathryn Jenkin'));
  // Unless the article says one is known by the other.
  const known = ids([
    article('s/a.txt', '[[Kathryn Jenkin|person]], known as Katie, was a student. Friends of [[Katie Jenkin|person]] wept.'),
    article('s/b.txt', '[[Katie Jenkin|person]] was found dead.'),
  ]);
  assert.equal(known.get('s/a.txt:Kathryn Jenkin'), known.get('s/b.txt:Katie Jenkin'));
  const ages = ids([article('s/a.txt', '[[Katie Jenkin|person]], 20, was found.'), article('s/b.txt', '[[Kathryn Jenkin|person]], 58, was found.')]);
  assert.notEqual(ages.get('s/a.txt:Katie Jenkin'), ages.get('s/b.txt:Kathryn Jenkin'));
  const surname = ids([article('s/a.txt', '[[Katie Jenkin|person]] was found.'), article('s/b.txt', '[[Kathryn Jensen|person]] was found.')]);
  assert.notEqual(surname.get('s/a.txt:Katie Jenkin'), surname.get('s/b.txt:Kathryn Jensen'));
  // A man's name and a woman's with the same start are no pet form of each other.
  const gender = ids([article('s/a.txt', '[[Danny Cole|person]] was found.'), article('s/b.txt', '[[Daniela Cole|person]] was found.')]);
  assert.notEqual(gender.get('s/a.txt:Danny Cole'), gender.get('s/b.txt:Daniela Cole'));
});

test('a clipped given name ("Fred", "Frederick") with one surname is one person, counted once however the full name is written', () => {
  const clipped = ids([
    article('s/a.txt', '[[Fred Marlowe|person]] died on Saturday. [[Marlowe|person]] was 77.'),
    article('s/b.txt', '[[Frederick C. Marlowe|person]] died on Saturday.'),
    article('s/c.txt', '[[Frederick Cheney Marlowe|person]] was born in Biloxi.'),
  ]);
  assert.equal(clipped.get('s/a.txt:Fred Marlowe'), clipped.get('s/b.txt:Frederick C. Marlowe'));
  assert.equal(clipped.get('s/a.txt:Fred Marlowe'), clipped.get('s/c.txt:Frederick Cheney Marlowe'));
  // Two different full names the short one could stand for: neither is taken.
  const two = ids([
    article('s/a.txt', '[[Chris Dunmore|person]] spoke first.'),
    article('s/b.txt', '[[Christopher Dunmore|person]] and his wife [[Christine Dunmore|person]] were at home.'),
  ]);
  assert.notEqual(two.get('s/a.txt:Chris Dunmore'), two.get('s/b.txt:Christopher Dunmore'));
  assert.notEqual(two.get('s/a.txt:Chris Dunmore'), two.get('s/b.txt:Christine Dunmore'));
  // One letter more is another name, not a clipped one; nor is a man's short name a woman's name.
  const dana = ids([article('s/a.txt', '[[Dan Pruitt|person]] was hurt.'), article('s/b.txt', '[[Dana Pruitt|person]] was hurt.')]);
  assert.notEqual(dana.get('s/a.txt:Dan Pruitt'), dana.get('s/b.txt:Dana Pruitt'));
  const gender = ids([article('s/a.txt', '[[Dan Pruitt|person]] was hurt.'), article('s/b.txt', '[[Danielle Pruitt|person]] was hurt.')]);
  assert.notEqual(gender.get('s/a.txt:Dan Pruitt'), gender.get('s/b.txt:Danielle Pruitt'));
  // One article writing both names tells two people apart.
  const both = ids([article('s/a.txt', '[[Fred Marlowe|person]] and his son [[Frederick Marlowe|person]] were there.'), article('s/b.txt', '[[Fred Marlowe|person]] spoke.')]);
  assert.notEqual(both.get('s/a.txt:Fred Marlowe'), both.get('s/a.txt:Frederick Marlowe'));
  // Unless it gives both the same age: a headline's short name over the full name of the report.
  const headline = ids([article('s/a.txt', '[[Fred Marlowe|person]], 75, Dies\n\n[[Frederick Cheney Marlowe|person]], 75, died on Saturday.')]);
  assert.equal(headline.get('s/a.txt:Fred Marlowe'), headline.get('s/a.txt:Frederick Cheney Marlowe'));
  const ages = ids([article('s/a.txt', '[[Fred Marlowe|person]], 75, and his son [[Frederick Marlowe|person]], 41, were there.')]);
  assert.notEqual(ages.get('s/a.txt:Fred Marlowe'), ages.get('s/a.txt:Frederick Marlowe'));
});

test('a nickname in quotation marks inside a name does not keep it from the plain name', () => {
  const nick = ids([
    article('s/a.txt', `[[Vincent 'The Chin' Gigliotti|person]] died. [[Gigliotti|person]] was 77.`),
    article('s/b.txt', '[[Vincent \u201cChin\u201d Gigliotti|person]] died in prison.'),
    article('s/c.txt', '[[Vincent Gigliotti|person]] feigned madness for decades.'),
  ]);
  assert.equal(nick.get(`s/a.txt:Vincent 'The Chin' Gigliotti`), nick.get('s/c.txt:Vincent Gigliotti'));
  assert.equal(nick.get('s/b.txt:Vincent \u201cChin\u201d Gigliotti'), nick.get('s/c.txt:Vincent Gigliotti'));
  // An apostrophe inside a surname is no quotation mark: O'Rourke stays another person than Rourke.
  const apostrophe = ids([article('s/a.txt', "[[Sean O'Rourke|person]] spoke."), article('s/b.txt', '[[Sean Rourke|person]] spoke.')]);
  assert.notEqual(apostrophe.get("s/a.txt:Sean O'Rourke"), apostrophe.get('s/b.txt:Sean Rourke'));
});

test('British and American endings of one name ("Centre", "Center") are one spelling; other words are not', () => {
  const centre = ids([
    article('s/a.txt', 'She entered the [[Larkspur Treatment Center|place]] on Friday.'),
    article('s/b.txt', 'She entered the [[Larkspur Treatment Centre|place]] in Malibu.'),
    article('s/c.txt', 'The play opened at the [[Royal Theatre|place]].'),
    article('s/d.txt', 'The play opened at the [[Royal Theater|place]].'),
  ]);
  assert.equal(centre.get('s/a.txt:Larkspur Treatment Center'), centre.get('s/b.txt:Larkspur Treatment Centre'));
  assert.equal(centre.get('s/c.txt:Royal Theatre'), centre.get('s/d.txt:Royal Theater'));
  const other = ids([article('s/a.txt', 'She entered the [[Larkspur Treatment Center|place]].'), article('s/b.txt', 'She entered the [[Larkspur Treatment Centrum|place]].')]);
  assert.notEqual(other.get('s/a.txt:Larkspur Treatment Center'), other.get('s/b.txt:Larkspur Treatment Centrum'));
});
