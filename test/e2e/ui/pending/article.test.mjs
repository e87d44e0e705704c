// What a reader sees on opening the seed story's first article: the editor knows it is an
// article, the Outline lists its sections, and a name has a hover card.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from '../session.mjs';

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

test('the Outline lists the article sections in order', async () => {
  await session.step('outline sections', async () => {
    const sections = ["What's Happening?", "Why It's Important?", "What's Next?"];
    const names = await session.outline({ accept: (found) => sections.every((s) => found.includes(s)) });
    const order = sections.map((s) => names.indexOf(s));
    assert.deepEqual([...order].sort((a, b) => a - b), order, `sections out of order in ${JSON.stringify(names)}`);
    await session.screenshot('outline');
  });
});

test('hovering a person\'s name shows a card about that person', async () => {
  await session.step('hover name', async () => {
    await session.dismiss();
    const text = await session.hover('Ushakov', { expected: /Ushakov/ });
    assert.match(text, /person/i, `the card does not say what kind of name it is: ${JSON.stringify(text)}`);
    await session.screenshot('hover');
  });
});
