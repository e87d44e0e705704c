// What a reader sees on opening the seed story's first article: the editor knows it is an
// article, names, quotes and dates stand out in colour, the Outline lists its sections, and a
// name has a hover card.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { poll } from '../lib/workbench.mjs';
import { Session } from './session.mjs';

const ARTICLE = '000_3b96670c0742de4e.txt';

let session;
before(async () => {
  session = await Session.start();
  await session.openFile(ARTICLE);
});
after(async () => {
  await session?.close();
});

test('a sample .txt opens with language Article', async () => {
  await session.step('language article', async () => {
    assert.equal(await session.waitForLanguage('Article'), 'Article');
  });
});

test('names, quotes and dates are coloured apart from plain prose', async () => {
  await session.step('semantic colours', async () => {
    const plain = await session.colourOf('officially');
    assert.ok(plain, 'the plain word is not on screen');
    // Semantic tokens arrive after the text is painted, so the colours are polled for.
    const samples = { person: 'Vladimir Putin', organisation: 'Kremlin', date: 'February 2022', quote: 'are being prepared' };
    const colours = await poll(
      async () => {
        const found = {};
        for (const [kind, text] of Object.entries(samples)) found[kind] = await session.colourOf(text);
        return Object.values(found).every((c) => c && c !== plain) && found;
      },
      { timeout: 30000, message: 'names, quotes and dates to be coloured' },
    );
    assert.notEqual(colours.person, colours.date, 'a person and a date look the same');
    assert.notEqual(colours.person, colours.quote, 'a person and a quote look the same');
  });
});

test('the Outline lists the article sections in order', async () => {
  await session.step('outline sections', async () => {
    const sections = ["What's Happening?", "Why It's Important?", "What's Next?"];
    const names = await session.outline({ collapse: true, accept: (found) => sections.every((s) => found.includes(s)) });
    const order = sections.map((s) => names.indexOf(s));
    assert.deepEqual([...order].sort((a, b) => a - b), order, `sections out of order in ${JSON.stringify(names)}`);
  });
});

test('under a section the Outline groups its people, quotes and dates, each with a detail', async () => {
  await session.step('outline people quotes dates', async () => {
    // The first section names Yuri Ushakov, quotes him indirectly and dates the invasion.
    const wanted = (items) =>
      items.some((i) => i.name === 'Yuri Ushakov') && items.some((i) => i.name === 'February 2022') && items.some((i) => i.name.startsWith('"'));
    const items = await session.outlineItems({ accept: wanted });
    const section = items.find((i) => i.name === "What's Happening?");
    const person = items.find((i) => i.name === 'Yuri Ushakov');
    const date = items.find((i) => i.name === 'February 2022');
    const quote = items.find((i) => i.name.startsWith('"'));
    assert.ok(section, `no first section in ${JSON.stringify(items)}`);
    for (const child of [person, date, quote]) {
      assert.ok(child.level > section.level, `${child.name} is not inside a section`);
      assert.ok(child.detail, `${child.name} has no detail beside it`);
    }
    // Each sits in its group (People, Quotes, Dates) under the section: the nearest row above it one level up.
    const groupOf = (child) => items.slice(0, items.indexOf(child)).reverse().find((i) => i.level === child.level - 1);
    assert.equal(groupOf(person)?.name, 'People');
    assert.equal(groupOf(date)?.name, 'Dates');
    assert.equal(groupOf(quote)?.name, 'Quotes');
    assert.equal(groupOf(groupOf(person))?.name, "What's Happening?");
    // The groups keep their order under the section, whatever the position of their first item.
    const below = items.slice(items.indexOf(section) + 1);
    const next = below.findIndex((i) => i.level <= section.level);
    const shown = (next < 0 ? below : below.slice(0, next)).filter((i) => i.level === section.level + 1).map((g) => g.name);
    const order = ['People', 'Organisations', 'Places', 'Quotes', 'Dates'];
    assert.ok(shown.length >= 3, JSON.stringify(shown));
    assert.deepEqual(shown, order.filter((g) => shown.includes(g)), `groups out of order: ${JSON.stringify(shown)}`);
    assert.match(person.detail, /person/);
    assert.match(quote.detail, /Ushakov|Kremlin/, 'the quote does not name its speaker');
    await session.screenshot('outline');
  });
});

test('hovering a person\'s name shows a card about that person', async () => {
  await session.step('hover name', async () => {
    await session.dismiss();
    // The card over a name that a finding also covers shows the finding first; the server's own
    // part about the person may come a moment later, so the wait is for that part.
    const text = await session.hover('Ushakov', { expected: /Ushakov · person/ });
    assert.match(text, /person/i, `the card does not say what kind of name it is: ${JSON.stringify(text)}`);
  });
});
