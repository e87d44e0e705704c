// The packaged extension as a user gets it: `triangulate.vsix` installs into the workbench and is
// listed among the installed extensions under its display name.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { poll } from '../lib/workbench.mjs';
import { Session } from './session.mjs';

let session;
before(async () => {
  session = await Session.start();
});
after(async () => {
  await session?.close();
});

test('the packaged extension is installed and listed among the enabled extensions', async () => {
  await session.step('installed extension listed', async () => {
    await session.runCommand('Extensions: Show Enabled Extensions');
    const rows = await poll(
      async () => {
        const texts = await session.page.locator('.extensions-viewlet .monaco-list-row').allInnerTexts();
        return texts.length > 0 && texts;
      },
      { timeout: 20000, message: 'rows in the Extensions view' },
    );
    const row = rows.find((text) => text.includes('Triangulate'));
    assert.ok(row, `no Triangulate row among ${JSON.stringify(rows)}`);
    assert.match(row, /news reports/, 'the row shows the description from the manifest');
  });
});
