// What surrounds the text of an article: the story summary above it, calendar dates after its
// relative dates, the story's finding count in the status bar, the picker of the story's sources,
// and the claim ledger in the Explorer, whose statements open the article at their words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { poll } from '../lib/workbench.mjs';
import { Session } from './session.mjs';

const ARTICLE = '003_f8e5167f93d04d44.txt';
const OTHER = '000_3b96670c0742de4e.txt';

let session;
before(async () => {
  session = await Session.start();
  await session.openFile(ARTICLE);
  await session.waitForLanguage('Article');
});
after(async () => {
  await session?.close();
});

test('a code lens above the article summarises its story', async () => {
  await session.step('code lens', async () => {
    const lens = await poll(
      async () => (await session.activeEditor().locator('.codelens-decoration').allInnerTexts()).find((t) => /sources/.test(t)),
      { timeout: 30000, message: 'the story summary above the article' },
    );
    assert.match(lens, /^2 sources · \d+ people · \d+ differing claims?$/);
  });
});

test('a relative date is followed by its calendar date', async () => {
  await session.step('inlay hint', async () => {
    // "on Sunday" in an article dated 2025-12-21 is that very day.
    const hint = await poll(() => session.locate('‹Dec 21›'), { timeout: 30000, message: 'the hint ‹Dec 21› after "Sunday"' });
    const sunday = await session.locate('Sunday');
    assert.ok(sunday && Math.abs(hint.y - sunday.y) < 5 && hint.x > sunday.x, 'the hint is not right after "Sunday"');
  });
});

test('the status bar shows the finding count of the story', async () => {
  await session.step('status bar count', async () => {
    const text = await poll(
      async () => (await session.page.locator('.statusbar-item').allInnerTexts()).find((t) => /Story: \d+ findings?/.test(t)),
      { timeout: 30000, message: 'the story\'s finding count in the status bar' },
    );
    assert.ok(Number(/(\d+)/.exec(text)[1]) > 0, text);
  });
});

test('Show the Story\'s Sources lists each outlet with its findings and opens the one picked', async () => {
  await session.step('story sources', async () => {
    await session.runCommand("Triangulate: Show the Story's Sources");
    const rows = session.page.locator('.quick-input-list .monaco-list-row');
    const texts = await poll(
      async () => {
        const all = await rows.allInnerTexts();
        return all.length === 2 && all;
      },
      { timeout: 15000, message: 'the two sources of the story in the picker' },
    );
    for (const name of [ARTICLE, OTHER]) {
      const row = texts.find((t) => t.includes(name.replace('.txt', '')));
      assert.ok(row, `${name} is not listed: ${JSON.stringify(texts)}`);
      assert.match(row, /\d+ findings?/, `no finding count for ${name}`);
    }
    await session.page.keyboard.type(OTHER.replace('.txt', ''));
    await session.page.keyboard.press('Enter');
    await poll(
      async () => (await session.page.locator('.editor-group-container.active .tab.active').getAttribute('aria-label'))?.includes(OTHER),
      { timeout: 15000, message: `${OTHER} to open from the picker` },
    );
    // Back to the first article through its tab, for the next test.
    await session.page.locator('.editor-group-container.active .tab', { hasText: ARTICLE }).click();
    await poll(
      async () => (await session.page.locator('.editor-group-container.active .tab.active').getAttribute('aria-label'))?.includes(ARTICLE),
      { timeout: 15000, message: `${ARTICLE} to be the active editor again` },
    );
  });
});

test('the claim ledger lists the story\'s claims, and a statement opens the article at its words', async () => {
  await session.step('claims view', async () => {
    const header = session.page.locator('.part.sidebar .pane-header', { hasText: 'Triangulate: Claims' });
    await header.waitFor({ state: 'visible', timeout: 20000 });
    // Every other Explorer section is folded away so the ledger gets the room.
    const others = session.page.locator('.part.sidebar .pane-header[aria-expanded="true"]:not(:has-text("Triangulate: Claims"))');
    for (let n = await others.count(); n > 0; n--) await others.first().click();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = session.page.locator('.part.sidebar .pane', { has: session.page.locator('.pane-header', { hasText: 'Triangulate: Claims' }) });
    const rows = pane.locator('.monaco-list-row');
    const role = rows.filter({ hasText: 'Dmitriev' }).first();
    await role.waitFor({ state: 'visible', timeout: 30000 });
    assert.match(await role.innerText(), /2 sources · \d+ differ/);
    await role.click();
    if ((await role.getAttribute('aria-expanded')) !== 'true') await session.page.keyboard.press('ArrowRight');
    // Under the claim, one row per outlet with its own wording.
    const entry = rows.filter({ hasText: OTHER.replace('.txt', '') }).first();
    await entry.waitFor({ state: 'visible', timeout: 10000 });
    if (process.env.SCREENSHOTS) {
      // For the README picture the sidebar is dragged wider, so each outlet's wording shows.
      const box = await session.page.locator('.part.sidebar').boundingBox();
      await session.page.mouse.move(box.x + box.width + 1, box.y + 300);
      await session.page.mouse.down();
      await session.page.mouse.move(box.x + box.width + 300, box.y + 300, { steps: 5 });
      await session.page.mouse.up();
      await session.screenshot('claims');
    }
    await entry.click();
    await poll(
      async () => (await session.page.locator('.editor-group-container.active .tab.active').getAttribute('aria-label'))?.includes(OTHER),
      { timeout: 15000, message: `${OTHER} to open from the ledger` },
    );
  });
});
