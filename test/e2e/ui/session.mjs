// A person-like session in the real workbench: code-server with the packaged extension installed,
// the test stories' folder open in headless Chromium, and the moves a reader makes (Quick Open, hover,
// Problems, Outline, the command palette), each polling for the state it expects.
import fs from 'node:fs';
import path from 'node:path';
import {
  CodeServer, REPO_ROOT, STORIES_DIR, launchBrowser, note, poll, remoteUri, saveArtifacts, slug,
} from '../lib/workbench.mjs';

/** The package `npm run package` writes. */
export const VSIX = path.join(REPO_ROOT, 'triangulate.vsix');
/** Where README screenshots go when SCREENSHOTS=1. */
export const IMAGES_DIR = path.join(REPO_ROOT, 'docs', 'images');

// Selectors of the workbench (VS Code 1.100), kept together so a new version is fixed in one place.
const SELECTORS = {
  workbench: '.monaco-workbench',
  editorPart: '.monaco-workbench .part.editor',
  quickInput: '.quick-input-widget input',
  quickInputRow: '.quick-input-list .monaco-list-row',
  activeEditor: '.editor-group-container.active .editor-instance .monaco-editor',
  activeTab: '.editor-group-container.active .tab.active',
  hover: '.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents',
  problemsPane: '.markers-panel',
  problemsRow: '.markers-panel .monaco-list-row',
  problemsFilter: '.part.panel .viewpane-filter input',
  notification: '.notifications-toasts .notification-toast',
  referenceRow: '.peekview-widget .ref-tree .monaco-list-row',
  actionRow: '.action-widget .monaco-list-row.action',
  outlineRow: '.outline-pane .monaco-list-row',
  otherSidebarHeaders: '.part.sidebar .pane:not(:has(.outline-pane)) > .pane-header[aria-expanded="true"]',
  outlineCollapseAll: '.pane:has(.outline-pane) .pane-header .codicon-collapse-all',
  languageStatus: '[id="status.editor.mode"]',
};

/**
 * One workbench session. Start it with `Session.start()`, wrap each check in `session.step()` so a
 * failure leaves a screenshot and the logs in test/e2e/artifacts/, and `close()` it at the end.
 */
export class Session {
  constructor(server, browser, page) {
    this.server = server;
    this.browser = browser;
    this.page = page;
    this.failed = false;
  }

  /**
   * Starts code-server with the packaged extension installed (or, with `devExtension`, the
   * repository loaded as a development extension), opens `folder` and waits for the workbench.
   * @param {{ vsix?: string, devExtension?: boolean, folder?: string, settings?: object }} options
   */
  static async start({ vsix = VSIX, devExtension = false, folder = STORIES_DIR, settings = {} } = {}) {
    const server = new CodeServer({ folder, settings });
    let browser;
    try {
      if (!devExtension) {
        if (!fs.existsSync(vsix)) throw new Error(`${path.relative(REPO_ROOT, vsix)} is missing: run \`npm run package\` first`);
        await server.installExtension(vsix);
      }
      await server.start();
      browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const session = new Session(server, browser, page);
      const payload = devExtension ? [['extensionDevelopmentPath', remoteUri(REPO_ROOT)]] : [];
      await page.goto(server.workbenchUrl(payload));
      await page.waitForSelector(SELECTORS.editorPart, { timeout: 60000 });
      note('workbench ready');
      return session;
    } catch (error) {
      await saveArtifacts('session-start', { server });
      await browser?.close().catch(() => {});
      await server.stop();
      throw error;
    }
  }

  /**
   * Runs one check; when it throws, saves a screenshot and the logs under its name, then rethrows
   * so the test fails with the original error.
   */
  async step(name, check) {
    try {
      return await check();
    } catch (error) {
      this.failed = true;
      await saveArtifacts(name, { page: this.page, server: this.server });
      throw error;
    }
  }

  /** Closes the browser and ends the server with all its processes. */
  async close() {
    await this.browser.close().catch(() => {});
    await this.server.stop();
  }

  /** Gives the keyboard to the workbench (a fresh page has focus nowhere). */
  async focusWorkbench() {
    const focused = await this.page.evaluate(() => Boolean(document.activeElement && document.activeElement !== document.body));
    if (!focused) await this.page.locator(SELECTORS.workbench).click({ position: { x: 700, y: 400 } });
  }

  /** Presses Escape once, closing an open quick input, hover, peek view or menu. */
  async dismiss() {
    await this.page.keyboard.press('Escape');
  }

  /**
   * Opens a file of the workspace by name with Quick Open (Ctrl+P), as a person does, and waits
   * until its editor is the active one with text in it.
   */
  async openFile(fileName) {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+P');
    await this.page.waitForSelector(SELECTORS.quickInput, { state: 'visible', timeout: 10000 });
    await this.page.keyboard.type(fileName);
    // The list first shows recently opened files; Enter is pressed only once the filtered list
    // has put the wanted file first (focused), or it would open whichever file led the old list.
    await this.page.waitForSelector(`${SELECTORS.quickInputRow}.focused[aria-label*="${fileName}"]`, { timeout: 20000 });
    await this.page.keyboard.press('Enter');
    await poll(
      async () => {
        const tab = await this.page.locator(SELECTORS.activeTab).getAttribute('aria-label', { timeout: 500 });
        const lines = await this.activeEditor().locator('.view-line').count();
        return tab?.includes(fileName) && lines > 0;
      },
      { timeout: 20000, message: `${fileName} to open in the editor` },
    );
  }

  /** The active editor's Monaco element. */
  activeEditor() {
    return this.page.locator(SELECTORS.activeEditor).first();
  }

  /** The language name the status bar shows for the active editor ("Plain Text", "Article", …). */
  async languageName() {
    return (await this.page.locator(SELECTORS.languageStatus).first().innerText({ timeout: 2000 })).trim();
  }

  /** Waits until the status bar shows `name` as the active editor's language. */
  async waitForLanguage(name, timeout = 20000) {
    return poll(async () => (await this.languageName()) === name && name, {
      timeout,
      message: `the status bar to show language "${name}"`,
    }).catch(async (error) => {
      throw new Error(`${error.message} (shows "${await this.languageName().catch(() => '?')}")`);
    });
  }

  /**
   * Finds the first visible occurrence of `text` in the active editor and returns the screen
   * position of its middle and the colour its first character is painted in (CSS `rgb(…)`), or
   * null when it is not on screen. The editor renders spaces as no-break spaces and splits a line
   * into one element per token, so the search runs over each line's whole text and measures the
   * match as a DOM range, which may cross several token elements.
   */
  async locate(text) {
    return this.activeEditor().evaluate((editor, target) => {
      for (const line of editor.querySelectorAll('.view-line')) {
        const nodes = [];
        let joined = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: joined.length });
          joined += node.data.replace(/\u00a0/g, ' ');
        }
        const at = joined.indexOf(target);
        if (at < 0) continue;
        const place = (offset) => {
          const hit = nodes.findLast((n) => n.start <= offset);
          return [hit.node, offset - hit.start];
        };
        const range = document.createRange();
        range.setStart(...place(at));
        range.setEnd(...place(at + target.length - 1));
        range.setEnd(range.endContainer, range.endOffset + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue;
        const colour = getComputedStyle(range.startContainer.parentElement).color;
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, colour };
      }
      return null;
    }, text);
  }

  /** The screen position of the middle of the first visible occurrence of `word`, or null. */
  async wordPosition(word) {
    const found = await this.locate(word);
    return found && { x: found.x, y: found.y };
  }

  /**
   * The text colour the editor paints the first visible occurrence of `text` in, or null when it
   * is not on screen. Theme colours from semantic tokens and from the grammar both end up here,
   * so this is what a reader sees.
   */
  async colourOf(text) {
    return (await this.locate(text))?.colour ?? null;
  }

  /** Scrolls the active editor until `word` is on screen, using the Find widget when it is not. */
  async revealWord(word) {
    let position = await this.wordPosition(word);
    if (position) return position;
    await this.activeEditor().click({ position: { x: 40, y: 10 } });
    await this.page.keyboard.press('Control+F');
    await this.page.keyboard.type(word);
    await this.page.keyboard.press('Enter');
    await this.dismiss();
    position = await poll(() => this.wordPosition(word), { timeout: 5000, message: `"${word}" to be visible` });
    return position;
  }

  /**
   * Selects the first occurrence of `text` after the top of the active editor with the Find
   * widget, as a person searching for it does: the match stays selected when the widget closes.
   * Unlike a double click at a measured position, a layout that moves (a code lens drawn late)
   * cannot make it select another word.
   */
  async selectText(text) {
    await this.activeEditor().click({ position: { x: 40, y: 10 } });
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.dismiss();
  }

  /**
   * Hovers `word` in the active editor and returns the hover card's text once `expected` (a
   * string or RegExp; by default any text) matches it. The mouse leaves and comes back between
   * attempts, because the language server may still be starting when the first hover is asked.
   */
  async hover(word, { expected = /\S/, timeout = 30000 } = {}) {
    const matches = (text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
    const card = this.page.locator(SELECTORS.hover).first();
    return poll(
      async () => {
        const { x, y } = await this.revealWord(word);
        await this.page.mouse.move(5, 5);
        await this.page.mouse.move(x, y, { steps: 2 });
        await card.waitFor({ state: 'visible', timeout: 3000 });
        const text = await card.innerText();
        if (matches(text)) return text;
        throw new Error(`the card says ${JSON.stringify(text)}`);
      },
      { timeout, interval: 200, message: `a hover card over "${word}" matching ${expected}` },
    );
  }

  /**
   * Opens the Problems pane (Ctrl+Shift+M), types `filter` into its filter box when given, and
   * returns the text of its rows (file rows, findings, and related-information rows under them)
   * once `accept` likes them.
   */
  async problems({ accept = (rows) => rows.length > 0, filter, timeout = 30000 } = {}) {
    // The shortcut toggles the pane, so it is pressed only when the pane is not already shown.
    if (!(await this.page.locator(SELECTORS.problemsPane).isVisible())) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+Shift+M');
    }
    // The pane lists only the rows that fit on screen; a filter brings the wanted ones up, as a
    // person would type into the pane's filter box.
    const box = this.page.locator(SELECTORS.problemsFilter).first();
    return poll(
      async () => {
        // The pane may still be laying itself out when the box is first filled and then come up
        // empty, so the filter is checked and typed again on every poll until it holds.
        if (filter !== undefined && (await box.inputValue({ timeout: 2000 })) !== filter) {
          await box.fill(filter, { timeout: 2000 });
          return false;
        }
        const rows = (await this.page.locator(SELECTORS.problemsRow).allInnerTexts()).map((t) => t.trim());
        return accept(rows) ? rows : false;
      },
      { timeout, interval: 200, message: 'rows in the Problems pane' },
    );
  }

  /** Puts the cursor in the middle of the first visible occurrence of `word` by clicking it. */
  async clickWord(word) {
    const { x, y } = await this.revealWord(word);
    await this.page.mouse.click(x, y);
  }

  /**
   * Runs Find All References (Shift+F12) on `word` and returns the text of the rows of the peek
   * view (one row per file, then its lines) once `accept` likes them.
   */
  async references(word, { accept = (rows) => rows.length > 0, timeout = 30000 } = {}) {
    return poll(
      async () => {
        await this.dismiss();
        await this.clickWord(word);
        await this.page.keyboard.press('Shift+F12');
        const rows = this.page.locator(SELECTORS.referenceRow);
        await rows.first().waitFor({ state: 'visible', timeout: 5000 });
        const texts = (await rows.allInnerTexts()).map((t) => t.trim());
        if (accept(texts)) return texts;
        throw new Error(`the references are ${JSON.stringify(texts)}`);
      },
      { timeout, interval: 200, message: `references of "${word}"` },
    );
  }

  /**
   * Opens the quick-fix menu (Ctrl+.) with the cursor on `word` and applies the first action
   * whose title matches `pattern`; returns that title.
   */
  async quickFix(word, pattern, timeout = 30000) {
    return poll(
      async () => {
        await this.dismiss();
        await this.clickWord(word);
        await this.page.keyboard.press('Control+.');
        const rows = this.page.locator(SELECTORS.actionRow);
        await rows.first().waitFor({ state: 'visible', timeout: 5000 });
        const titles = (await rows.allInnerTexts()).map((t) => t.trim());
        const index = titles.findIndex((title) => pattern.test(title));
        if (index < 0) throw new Error(`the quick fixes are ${JSON.stringify(titles)}`);
        // The menu lies under a pointer-blocking layer while it settles, so a mouse click can miss
        // it; the keyboard is what a person uses there anyway: arrows move the focus, Enter applies.
        const focused = this.page.locator(`${SELECTORS.actionRow}.focused`);
        for (let moves = 0; moves <= titles.length; moves++) {
          const current = (await focused.count()) ? (await focused.first().innerText()).trim() : '';
          if (current && pattern.test(current)) {
            await this.page.keyboard.press('Enter');
            await rows.first().waitFor({ state: 'hidden', timeout: 5000 });
            return current;
          }
          await this.page.keyboard.press('ArrowDown');
        }
        throw new Error(`the keyboard did not reach a quick fix matching ${pattern} among ${JSON.stringify(titles)}`);
      },
      { timeout, interval: 200, message: `a quick fix matching ${pattern} on "${word}"` },
    );
  }

  /** Waits for a notification whose text matches `pattern` and returns its text. */
  async notification(pattern, timeout = 30000) {
    return poll(
      async () => (await this.page.locator(SELECTORS.notification).allInnerTexts()).find((text) => pattern.test(text)),
      { timeout, interval: 200, message: `a notification matching ${pattern}` },
    );
  }

  /** Runs a command from the palette (F1) by its label, as typed by a person. */
  async runCommand(label) {
    // The palette lists the commands known when it opens; one that a part of the workbench
    // registers a moment later (right after start-up) only shows when the palette opens again.
    await poll(
      async () => {
        await this.focusWorkbench();
        await this.page.keyboard.press('F1');
        await this.page.waitForSelector(SELECTORS.quickInput, { state: 'visible', timeout: 10000 });
        await this.page.keyboard.type(label);
        try {
          await this.page.waitForSelector(`${SELECTORS.quickInputRow}[aria-label*="${label}"]`, { timeout: 5000 });
        } catch (error) {
          await this.dismiss();
          throw error;
        }
        return true;
      },
      { timeout: 30000, interval: 200, message: `the command "${label}" in the palette` },
    );
    await this.page.keyboard.press('Enter');
  }

  /**
   * Shows the Outline view and returns the names it lists (the label only, without the detail)
   * once `accept` likes them. With `collapse`, first presses the view's Collapse All button so
   * only the top level (an article's sections) is listed.
   */
  async outline({ accept = (names) => names.length > 0, collapse = false, expand = false, timeout = 30000 } = {}) {
    await this.runCommand('Explorer: Focus on Outline View');
    // The Explorer's other sections (the folder tree, the timeline) are folded away so the Outline
    // gets the whole height: it lists only the rows that fit.
    const others = this.page.locator(SELECTORS.otherSidebarHeaders);
    const folded = await others.count();
    for (let i = folded; i > 0; i--) await others.first().click();
    // Folding moved the focus away, and the Outline shows its title buttons only when focused.
    if (folded) await this.runCommand('Explorer: Focus on Outline View');
    const rows = this.page.locator(`${SELECTORS.outlineRow} .label-name`);
    return poll(
      async () => {
        if (collapse && (await rows.count()) > 0) {
          await this.page.locator(SELECTORS.outlineCollapseAll).first().click({ timeout: 2000 });
        }
        // The view remembers folded rows; unfold them one at a time, as a person clicks twisties.
        const folded = this.page.locator(`${SELECTORS.outlineRow}[aria-expanded="false"] .monaco-tl-twistie`);
        if (expand && (await folded.count()) > 0) {
          await folded.first().click({ timeout: 2000 });
          return false;
        }
        const names = (await rows.allInnerTexts()).map((t) => t.trim());
        return accept(names) ? names : false;
      },
      { timeout, interval: 200, message: 'names in the Outline view' },
    );
  }

  /**
   * Like `outline()` with every row unfolded, but returns each listed symbol as
   * `{ name, detail, level }`: the detail the server gives beside the name, and the depth in the
   * tree (1 for the top level).
   */
  async outlineItems({ accept = (items) => items.length > 0, timeout = 30000 } = {}) {
    await this.outline({ timeout, expand: true });
    return poll(
      async () => {
        const items = await this.page.locator(SELECTORS.outlineRow).evaluateAll((rows) =>
          rows.map((row) => ({
            name: row.querySelector('.label-name')?.textContent?.trim() ?? '',
            detail: row.querySelector('.label-description')?.textContent?.trim() ?? '',
            level: Number(row.getAttribute('aria-level')),
          })),
        );
        return accept(items) ? items : false;
      },
      { timeout, interval: 200, message: 'names in the Outline view' },
    );
  }

  /**
   * Saves a screenshot of the page as docs/images/<name>.png for the README, only when the run
   * was asked to (SCREENSHOTS=1), so ordinary test runs leave the tree unchanged.
   */
  async screenshot(name) {
    if (!process.env.SCREENSHOTS) return null;
    fs.mkdirSync(IMAGES_DIR, { recursive: true });
    const file = path.join(IMAGES_DIR, `${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    note(`screenshot ${path.relative(REPO_ROOT, file)}`);
    return file;
  }
}
