// Importing saved web pages from the command palette, as a person does: "Triangulate: Import
// Articles…", pick a page in the file dialog, accept the story folder, and the article appears
// beside the page with a header from the page's metadata. The workspace starts with two saved
// pages and nothing else (no article, no setting); after the first import the extension offers
// to read the text files as articles, and once both pages are in, the story is checked and the
// Problems pane lists where the outlets differ. "Triangulate: Import Article from URL…" then
// fetches a page from a server the test runs on 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, STORIES_DIR, poll } from '../lib/workbench.mjs';
import { Session } from './session.mjs';

const PAGES = path.join(REPO_ROOT, 'test', 'fixtures', 'import');

let session;
let folder;
before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-import-'));
  fs.mkdirSync(path.join(folder, 'pages'));
  for (const name of ['velmora-daily.html', 'north-sea-wire.html']) fs.copyFileSync(path.join(PAGES, name), path.join(folder, 'pages', name));
  session = await Session.start({ folder });
});
after(async () => {
  await session?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const ROW = '.quick-input-list .monaco-list-row';
const INPUT = '.quick-input-widget input';

/** The text of `file` once it exists. */
function written(file) {
  return poll(() => fs.existsSync(file) && fs.readFileSync(file, 'utf8'), { timeout: 30000, message: `${path.basename(file)} to be written` });
}

/** Runs "Import Articles…", picks `page` in the file dialog and accepts the story folder offered. */
async function importPage(page) {
  const { page: browser } = session;
  await session.runCommand('Triangulate: Import Articles');
  // First: from saved pages or from the clipboard.
  await browser.waitForSelector(`${ROW}[aria-label*="Saved web pages"]`, { timeout: 20000 });
  await browser.keyboard.type('Saved web pages');
  await browser.keyboard.press('Enter');
  await poll(async () => (await browser.locator(INPUT).inputValue({ timeout: 500 }).catch(() => '')).startsWith('/'), { timeout: 20000, message: 'the file dialog' });
  // The workbench's own file dialog: a path typed in its box and Enter opens that file.
  // The dialog may fill in its starting folder after it opens, over what was typed: the path is
  // typed again until the box holds it and the dialog lists the page.
  const target = path.join(folder, 'pages', page);
  await poll(async () => {
    const value = await browser.locator(INPUT).inputValue({ timeout: 500 }).catch(() => '');
    if (value !== target) {
      await browser.locator(INPUT).fill(target).catch(() => undefined);
      return false;
    }
    return (await browser.locator(ROW).allInnerTexts().catch(() => [])).some((r) => r.includes(page));
  }, { timeout: 20000, message: `${page} typed and listed in the dialog` });
  await browser.keyboard.press('Enter');
  // Then the story folder, offered as the pages' folder.
  await poll(async () => (await browser.locator(INPUT).inputValue({ timeout: 500 }).catch(() => '')) === 'pages', { timeout: 20000, message: 'the story folder "pages" offered' });
  await browser.keyboard.press('Enter');
}

/** Clicks the button `label` of the notification whose text matches `pattern`. */
async function clickNotificationButton(pattern, label, on = session) {
  await on.notification(pattern);
  const toast = on.page.locator('.notifications-toasts .notification-toast', { hasText: pattern });
  await toast.locator('.monaco-button', { hasText: label }).first().click();
}

test('two saved pages imported through the palette become a checked story: headers from their metadata, findings in Problems', async () => {
  await session.step('import the first page', async () => {
    await importPage('velmora-daily.html');
    const text = await written(path.join(folder, 'pages', 'velmora-daily.txt'));
    assert.match(text, /^---\ntitle: Velmora council votes for harbour bridge\noutlet: Velmora Daily\ndate: 2025-03-14\n/);
    assert.ok(!text.includes('Share on Facebook') && !text.includes('Read more'), text);
    await session.notification(/Imported 1 article into pages: velmora-daily\.txt/);
    // The new article is a text file the editor does not read as an article yet: the offer.
    await clickNotificationButton(/look like|looks like a news article/, 'Treat as Articles');
    await poll(() => {
      const settings = path.join(folder, '.vscode', 'settings.json');
      return fs.existsSync(settings) && /"\*\*\/pages\/\*\.txt": "article"/.test(fs.readFileSync(settings, 'utf8'));
    }, { timeout: 20000, message: 'the association in the workspace settings' });
    await session.waitForLanguage('Article');
  });

  await session.step('import the second page', async () => {
    await importPage('north-sea-wire.html');
    const text = await written(path.join(folder, 'pages', 'north-sea-wire.txt'));
    assert.match(text, /^---\ntitle: Bridge plan wins council vote in Velmora\noutlet: North Sea Wire\ndate: 2025-03-15\n/);
    await session.notification(/Imported 1 article into pages: north-sea-wire\.txt/);
    await session.waitForLanguage('Article');
  });

  await session.step('the imported story is checked', async () => {
    const rows = await session.problems({ accept: (r) => r.some((row) => /figures for the same thing|differ/.test(row)) });
    assert.ok(rows.some((row) => /137 million/.test(row) || /85 million/.test(row)), rows.join('\n'));
    await session.runCommand('Notifications: Clear All Notifications');
    await session.screenshot('import');
  });
});

test('an article imported from a web address through the palette: a file: address refused as typed, the page fetched from 127.0.0.1, its address the url', async () => {
  const server = http.createServer((req, res) => {
    if (req.url !== '/news/bridge') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(path.join(PAGES, 'velmora-daily.html')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/news/bridge`;
  const { page: browser } = session;
  const widgetText = () => browser.locator('.quick-input-widget').innerText({ timeout: 500 }).catch(() => '');
  const inputValue = () => browser.locator(INPUT).inputValue({ timeout: 500 }).catch(() => '');
  try {
    await session.step('import from a URL', async () => {
      await session.runCommand('Triangulate: Import Article from URL');
      await poll(async () => /Import an article from the web/.test(await widgetText()), { timeout: 20000, message: 'the address input box' });
      await browser.locator(INPUT).fill('file:///etc/passwd');
      await poll(async () => (await widgetText()).includes('Only http and https addresses are fetched, not file:'), { timeout: 10000, message: 'the input box to refuse a file: address' });
      await browser.locator(INPUT).fill(url);
      await poll(async () => !(await widgetText()).includes('Only http and https'), { timeout: 10000, message: 'the address accepted' });
      await browser.keyboard.press('Enter');
      // Then the story folder: a new one, typed.
      await poll(async () => {
        const value = await inputValue();
        return value !== '' && !value.startsWith('http');
      }, { timeout: 20000, message: 'the story folder question' });
      await browser.locator(INPUT).fill('web');
      await browser.keyboard.press('Enter');
      const text = await written(path.join(folder, 'web', 'velmora-daily.txt'));
      assert.match(text, new RegExp(`^---\\ntitle: Velmora council votes for harbour bridge\\noutlet: Velmora Daily\\ndate: 2025-03-14\\nurl: ${url.replace(/[.]/g, '\\.')}\\n`));
      await session.notification(/Imported 1 article into web: velmora-daily\.txt/);
      await session.runCommand('Notifications: Clear All Notifications');
    });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('first run: a folder of .txt news with no setting is offered once for analysis; accepted, the association is written and the story checked', async () => {
  // The harbour-bridge story as plain .txt files with headers, without the settings that map them.
  const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-firstrun-'));
  fs.cpSync(path.join(STORIES_DIR, 'harbour-bridge'), path.join(plain, 'harbour-bridge'), { recursive: true });
  let first;
  try {
    first = await Session.start({ folder: plain });
    await first.step('first run offer', async () => {
      await clickNotificationButton(/3 text files here look like news articles/, 'Treat as Articles', first);
      await poll(() => {
        const settings = path.join(plain, '.vscode', 'settings.json');
        return fs.existsSync(settings) && /"\*\*\/harbour-bridge\/\*\.txt": "article"/.test(fs.readFileSync(settings, 'utf8'));
      }, { timeout: 20000, message: 'the association in the workspace settings' });
      await first.openFile('coastal-herald.txt');
      await first.waitForLanguage('Article');
      await first.problems({ accept: (rows) => rows.some((row) => /\[quantity-differs\]|quantity-differs/.test(row)) });
    });
  } finally {
    await first?.close();
    fs.rmSync(plain, { recursive: true, force: true });
  }
});
