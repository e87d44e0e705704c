// The story board: from an article of the three-outlet story, "Triangulate: Open Story Board"
// opens a table beside it with a column per outlet and the differing words marked; a click on a
// cell, or Enter on it, opens that outlet's article at those words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { STORIES_DIR } from '../lib/workbench.mjs';
import { poll } from '../lib/workbench.mjs';
import { Session } from './session.mjs';

const ARTICLE = 'coastal-herald.txt';
const OUTLETS = ['The Coastal Herald (fictional)', 'North Sea Wire (fictional)', 'Velmora Daily (fictional)'];

let session;
before(async () => {
  session = await Session.start();
  await session.openFile(ARTICLE);
  await session.waitForLanguage('Article');
});
after(async () => {
  await session?.close();
});

/** The board's page: the webview's inner frame, inside the workbench's frame for it. */
function boardFrame() {
  return session.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** The cell's passage whose marked words are exactly `words`. */
function passageMarking(words) {
  const frame = boardFrame();
  return frame.locator('button.passage').filter({ has: frame.locator('mark', { hasText: new RegExp(`^${words.replace(/[$.*+?^(){}|[\]\\]/g, '\\$&')}$`) }) }).first();
}

/** Waits until the active editor is `fileName` with `count` characters selected on `line`. */
async function openedAt(fileName, line, count) {
  await poll(
    async () => {
      const tab = await session.page.locator('.editor-group-container.active .tab.active').getAttribute('aria-label', { timeout: 500 });
      const selection = await session.page.locator('[id="status.editor.selection"]').innerText({ timeout: 500 }).catch(() => '');
      return tab?.includes(fileName) && new RegExp(`Ln ${line}, Col \\d+ \\(${count} selected\\)`).test(selection) && selection;
    },
    { timeout: 20000, message: `${fileName} to open at line ${line} with ${count} characters selected` },
  );
}

test('the board opens beside the article with a column per outlet and the differing figures marked', async () => {
  await session.step('board columns', async () => {
    // The server must have compared the story before the board shows its differences.
    await poll(async () => (await session.page.locator('.statusbar-item').allInnerTexts()).some((t) => /Story: \d+ findings?/.test(t)), {
      timeout: 60000,
      message: 'the story to be checked',
    });
    await session.runCommand('Triangulate: Open Story Board');
    const frame = boardFrame();
    const headers = await poll(
      async () => {
        const names = await frame.locator('table.board thead th.outlet .outlet-name').allInnerTexts().catch(() => []);
        return names.length === OUTLETS.length && names;
      },
      { timeout: 30000, message: 'the board\'s outlet columns' },
    );
    assert.deepEqual(headers, OUTLETS);
    // The board sits in a group of its own beside the article, which stays open.
    assert.ok((await session.page.locator('.editor-group-container').count()) >= 2, 'the board is not beside the article');
    // The row of the bridge's cost marks each outlet's figure, warnings first.
    const marks = await poll(
      async () => {
        const found = await frame.locator('tbody tr.finding.warning mark').allInnerTexts();
        return ['€80 million', '$137 million', '85 million euros'].every((m) => found.includes(m)) && found;
      },
      { timeout: 30000, message: 'the marked figures of the bridge\'s cost' },
    );
    assert.ok(marks.length >= 3);
    const firstRow = frame.locator('tbody tr').first();
    assert.match((await firstRow.getAttribute('class')) ?? '', /finding (error|warning)/, 'the first row is not a warning');
    // A real table for screen readers: column and row headers, labelled cells.
    assert.equal(await frame.locator('thead th[scope="col"]').count(), OUTLETS.length + 1);
    assert.ok((await frame.locator('tbody th[scope="row"]').count()) > 0);
    const label = await passageMarking('85 million euros').getAttribute('aria-label');
    assert.match(label ?? '', /^Velmora Daily \(fictional\) on .+: .*85 million euros.*differs: .*85 million euros/);
    if (process.env.SCREENSHOTS) {
      // For the README picture the side bar is hidden, so the board has the room of a wide screen.
      await session.runCommand('View: Toggle Primary Side Bar Visibility');
      await session.screenshot('story-board');
      await session.runCommand('View: Toggle Primary Side Bar Visibility');
    }
  });
});

test('a click on a cell opens the article at the words; Enter on a focused cell does too', async () => {
  await session.step('board click', async () => {
    await passageMarking('85 million euros').click();
    await openedAt('velmora-daily.txt', 10, '85 million euros'.length);
    const wire = passageMarking('$137 million');
    await wire.focus();
    await session.page.keyboard.press('Enter');
    await openedAt('north-sea-wire.txt', 10, '$137 million'.length);
  });
});

test('the board follows an edit: the role row goes when the outlets agree on the post, and comes back on undo', async () => {
  // The workbench may save the edit: the article is written back as it was before the test ends.
  const file = path.join(STORIES_DIR, 'harbour-bridge', 'velmora-daily.txt');
  const original = fs.readFileSync(file, 'utf8');
  try {
    await session.step('board follows edits', async () => {
      const frame = boardFrame();
      const rules = async () => frame.locator('tbody th .rule').allInnerTexts();
      assert.ok((await rules()).includes('role-differs'), 'the board has no role row to start with');
      await session.openFile('velmora-daily.txt');
      // "the city's deputy mayor" becomes "the city's mayor", the post the other outlets give.
      await session.selectText('deputy ');
      await session.page.keyboard.press('Backspace');
      await poll(async () => !(await rules()).includes('role-differs'), { timeout: 30000, message: 'the role row to leave the board after the edit' });
      await session.page.keyboard.press('Control+Z');
      await poll(async () => (await rules()).includes('role-differs'), { timeout: 30000, message: 'the role row to come back after undo' });
      await session.page.keyboard.press('Control+S');
      await poll(() => fs.readFileSync(file, 'utf8') === original, { timeout: 10000, message: 'the article to be saved as it was' });
    });
  } finally {
    if (fs.readFileSync(file, 'utf8') !== original) fs.writeFileSync(file, original);
  }
});
