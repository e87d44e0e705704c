/**
 * The story board's page script (`client/media/board.js`) on a DOM built by linkedom: a redraw
 * keeps the keyboard on the passage that had it while the board has the focus, and never takes
 * the focus when the editor has it (after a click opened the article at the words, the server's
 * next board arrives while the page still holds the clicked button as its active element).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { ROOT } from '../support/fixtures';

const SCRIPT = readFileSync(join(ROOT, 'client', 'media', 'board.js'), 'utf8');

/** What the tests read of an element of the page. */
interface El {
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
  dispatchEvent(event: unknown): boolean;
}

interface Page {
  deliver(message: unknown): void;
  buttons(): El[];
  focusCalls: string[];
  setFocus(has: boolean): void;
  setActive(el: El | null): void;
  posted: unknown[];
  click(el: El): void;
}

function openPage(): Page {
  // linkedom's window, read through the few members used here.
  const { document, HTMLElement, Event } = parseHTML(
    '<!DOCTYPE html><html><body><h1 id="heading"></h1><p id="status"></p><ul id="problems"></ul><div id="board"></div></body></html>',
  ) as unknown as {
    document: { querySelectorAll(selector: string): ArrayLike<unknown> };
    HTMLElement: { prototype: object };
    Event: new (type: string) => unknown;
  };
  let hasFocus = true;
  let active: El | null = null;
  const focusCalls: string[] = [];
  const posted: unknown[] = [];
  const listeners: ((e: { data: unknown }) => void)[] = [];
  Object.defineProperty(document, 'hasFocus', { value: () => hasFocus });
  Object.defineProperty(document, 'activeElement', { get: () => active });
  // Focusing a button is recorded and makes it the active element.
  (HTMLElement.prototype as unknown as { focus: () => void }).focus = function (this: El) {
    focusCalls.push(this.dataset.key ?? '');
    active = this;
  };
  const win = {
    addEventListener: (type: string, fn: (e: { data: unknown }) => void) => {
      if (type === 'message') listeners.push(fn);
    },
  };
  runInNewContext(SCRIPT, {
    document,
    window: win,
    HTMLElement,
    acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(m) }),
  });
  return {
    deliver: (message) => listeners.forEach((fn) => fn({ data: message })),
    buttons: () => Array.from(document.querySelectorAll('button.passage')) as unknown as El[],
    click: (el) => el.dispatchEvent(new Event('click')),
    focusCalls,
    setFocus: (has) => {
      hasFocus = has;
    },
    setActive: (el) => {
      active = el;
    },
    posted,
  };
}

function board(figure: string) {
  const passage = (uri: string, text: string) => ({
    uri,
    range: { start: { line: 9, character: 4 }, end: { line: 9, character: 4 + text.length } },
    parts: [{ text: 'The bridge costs ' }, { text, mark: true }, { text: '.' }],
  });
  return {
    type: 'board',
    board: {
      problems: [],
      more: 0,
      outlets: [
        { outlet: 'Harbour Post', uri: 'file:///s/a.txt', date: '2025-03-14', title: 'Bridge approved' },
        { outlet: 'Coast Wire', uri: 'file:///s/b.txt', date: '2025-03-15', title: 'Council votes' },
      ],
      rows: [
        {
          kind: 'finding',
          severity: 'warning',
          label: 'Cost of the bridge',
          message: 'The figures differ',
          rule: 'quantity-differs',
          cells: [{ passages: [passage('file:///s/a.txt', figure)] }, { passages: [passage('file:///s/b.txt', '$90 million')] }],
        },
      ],
    },
  };
}

test('the board page draws a passage per cell and a click asks to open the article at its words', () => {
  const page = openPage();
  page.deliver(board('$80 million'));
  const buttons = page.buttons();
  assert.equal(buttons.length, 2);
  assert.match(buttons[0].getAttribute('aria-label') ?? '', /^Harbour Post on Cost of the bridge: .*differs: \$80 million/);
  page.click(buttons[0]);
  // The message is built in the page's own context: compared as the data it carries.
  assert.deepEqual(JSON.parse(JSON.stringify(page.posted.at(-1))), { type: 'open', uri: 'file:///s/a.txt', range: board('$80 million').board.rows[0].cells[0].passages[0].range });
});

test('a redraw keeps the keyboard on the passage that had it while the board has the focus', () => {
  const page = openPage();
  page.deliver(board('$80 million'));
  page.setActive(page.buttons()[1]);
  page.setFocus(true);
  page.deliver(board('$85 million'));
  assert.equal(page.focusCalls.length, 1, 'the focused passage was not given the keyboard again');
  assert.equal(page.focusCalls[0], page.buttons()[1].dataset.key);
});

test('a redraw while the editor has the focus leaves the focus where it is', () => {
  const page = openPage();
  page.deliver(board('$80 million'));
  // A click on the first passage opened the article: the page keeps the button as its active
  // element, but the focus is in the editor now.
  page.setActive(page.buttons()[0]);
  page.setFocus(false);
  page.deliver(board('$85 million'));
  assert.deepEqual(page.focusCalls, [], 'the board took the focus from the editor');
});
