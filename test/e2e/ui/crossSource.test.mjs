// Reading one outlet's article with the other outlets in mind: the hover card over a name gathers
// the spellings every outlet of the story uses and points at the other outlet's mentions, and
// Find All References reaches into the other article.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from './session.mjs';

let session;
before(async () => {
  session = await Session.start();
  await session.openFile('003_f8e5167f93d04d44.txt');
});
after(async () => {
  await session?.close();
});

test('the card over a surname gives both spellings and names the other outlet', async () => {
  await session.step('cross-source hover', async () => {
    // The first outlet writes "Yuri Ushakov", this one "Yury Ushakov": one person.
    // The wait is for the server's part about the person with the other outlet in it: the card
    // may be answered from this article alone while the other is still being read.
    const card = await session.hover('Ushakov', { expected: /Ushakov · person[\s\S]*Yuri Ushakov/ });
    assert.match(card, /Yuri Ushakov/, `the other outlet's spelling is missing: ${JSON.stringify(card)}`);
    assert.match(card, /Yury Ushakov/, `this outlet's spelling is missing: ${JSON.stringify(card)}`);
    assert.match(card, /000_3b96670c0742de4e/, `the other outlet is not named: ${JSON.stringify(card)}`);
    assert.match(card, /003_f8e5167f93d04d44/, `this outlet is not named: ${JSON.stringify(card)}`);
    await session.screenshot('hover');
  });
});

test('Find All References on a name lists the mentions in both articles', async () => {
  await session.step('references across articles', async () => {
    const files = ['000_3b96670c0742de4e.txt', '003_f8e5167f93d04d44.txt'];
    const rows = await session.references('Ushakov', {
      accept: (found) => files.every((file) => found.some((row) => row.startsWith(file))),
    });
    // Each file row is followed by its lines; this article alone mentions the name three times.
    assert.ok(rows.filter((row) => /Ushakov/.test(row)).length >= 3, `too few mention rows: ${JSON.stringify(rows)}`);
    await session.dismiss();
  });
});

