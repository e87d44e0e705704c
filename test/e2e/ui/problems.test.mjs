// Checking the whole workspace from the command palette, then reading the Problems pane: the
// seed story's differing claims are listed with the other outlet's words beside them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from './session.mjs';

/** A name-variant finding about Ushakov (the filter needs a moment to narrow the rows). */
const isUshakovVariant = (row) => row.includes('name-variant') && row.includes('Ushakov');

let session;
before(async () => {
  session = await Session.start();
  await session.openFile('003_f8e5167f93d04d44.txt');
  await session.waitForLanguage('Article');
});
after(async () => {
  await session?.close();
});

test('Triangulate: Check Workspace reports the articles and stories it read', async () => {
  await session.step('check workspace command', async () => {
    await session.runCommand('Triangulate: Check Workspace');
    const text = await session.notification(/Triangulate checked/);
    const [, articles, stories] = text.match(/checked (\d+) articles? in (\d+) stor/) ?? [];
    // The test stories are two: the seed pair and a three-outlet fictional story.
    assert.ok(Number(articles) >= 5, `too few articles in ${JSON.stringify(text)}`);
    assert.ok(Number(stories) >= 2, `too few stories in ${JSON.stringify(text)}`);
  });
});

test('the Problems pane lists the two spellings of one name, with the other outlet as related information', async () => {
  await session.step('problems name variant', async () => {
    const rows = await session.problems({
      filter: 'Ushakov',
      accept: (found) => found.some(isUshakovVariant),
    });
    const finding = rows.find(isUshakovVariant);
    assert.match(finding, /Yuri Ushakov/, `the finding does not give the first spelling: ${finding}`);
    assert.match(finding, /Yury Ushakov/, `the finding does not give the second spelling: ${finding}`);
    assert.match(finding, /Triangulate/, 'the finding does not name its source');
    // Related information rows name the other article's file and quote its words.
    const related = rows.filter((row) => /^\d{3}_[0-9a-f]+\.txt\n\[Ln \d+, Col \d+\]/.test(row));
    assert.ok(
      related.some((row) => /Yur[iy] Ushakov/.test(row)),
      `no related row with the other outlet's spelling among ${JSON.stringify(rows)}`,
    );
    await session.screenshot('problems');
  });
});
