/**
 * Safety of the language server, checked over the protocol: articles are never written (only
 * the decisions file and export outputs, each on an explicit request), and a crafted article or
 * file name cannot put a link, a command, an image or HTML into a hover card.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { EXPORT_ANNOTATIONS, RECONCILE_COMMAND, CHECK_WORKSPACE } from '../../server/src/lsp/protocol';
import { FIXTURES } from '../support/fixtures';
import { startServer, uriOf, type TestClient } from './lspClient';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it');

/** Every file below `dir`, relative to it. */
function filesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(full).map((f) => join(entry.name, f)));
    else out.push(entry.name);
  }
  return out;
}

const isArticle = (f: string): boolean => /\.(txt|article)$/.test(f);

/** Offsets of the start of every word of `text`. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push(m.index ?? 0);
  return out;
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : (c.value ?? '');
}

describe('the server never writes an article', () => {
  let client: TestClient;
  let dir = '';
  const before_ = new Map<string, { bytes: Buffer; mtimeMs: number }>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-safety-'));
    cpSync(join(FIXTURES, 'stories'), dir, { recursive: true });
    for (const f of filesBelow(dir)) {
      const full = join(dir, f);
      before_.set(f, { bytes: readFileSync(full), mtimeMs: statSync(full).mtimeMs });
    }
    assert.ok([...before_.keys()].filter(isArticle).length >= 4, 'the fixture stories hold articles');
    client = await startServer({ folders: [dir] });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('edits, hovers, code actions, reconciling and exporting leave every article byte for byte, mtime for mtime', async () => {
    const articles = [...before_.keys()].filter(isArticle);
    let reconciled = 0;
    let hovers = 0;
    for (const f of articles) {
      const path = join(dir, f);
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const uri = await client.open(path, text);
      const diagnostics = await client.waitForDiagnostics(uri, () => true);
      const index = new LineIndex(text);
      // Hovers on every tenth word, highlights and references on a few.
      const starts = wordStarts(text);
      for (let i = 0; i < starts.length; i += 10) {
        const position = index.positionAt(starts[i]);
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
        hovers++;
        if (i % 50 === 0) {
          await client.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
          await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position });
        }
      }
      // Every code action the server offers; the ones it runs itself are run.
      for (const d of diagnostics as Diagnostic[]) {
        const actions = (await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d] },
        })) as CodeAction[];
        for (const a of actions) {
          assert.equal(a.edit, undefined, 'no code action carries an edit of its own');
          if (a.command?.command === RECONCILE_COMMAND && reconciled < 3) {
            // A finding that an earlier unsaved edit of the story made go away is not recorded
            // (the server says so); only a recorded decision counts.
            const recorded = (await client.connection.sendRequest('workspace/executeCommand', { command: a.command.command, arguments: a.command.arguments })) as { file?: string } | null;
            if (recorded?.file) reconciled++;
          }
        }
      }
      // Typing in the editor without saving: the server sees the new text, the disk does not.
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 1000 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Edited, not saved. ' }],
      });
      await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    }
    assert.ok(hovers > 50, `hovered ${hovers} times`);
    assert.ok(reconciled > 0, 'at least one finding was reconciled');
    // With edits that are not saved, the offsets would not fit the files on disk: nothing is exported.
    const exportFirst = (format: string) => client.connection.sendRequest(EXPORT_ANNOTATIONS, { uri: uriOf(join(dir, articles[0])), format }) as Promise<{ ok: boolean; message: string }>;
    const unsaved = await exportFirst('brat');
    assert.equal(unsaved.ok, false);
    assert.match(unsaved.message, /unsaved changes/);
    await client.connection.sendRequest(CHECK_WORKSPACE, {});
    for (const f of articles) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(join(dir, f)) } });
    // Closed, the articles are read again from disk; then the export goes through.
    for (const format of ['brat', 'webannotation']) {
      let result = await exportFirst(format);
      for (let i = 0; i < 100 && !result.ok && /unsaved changes/.test(result.message); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        result = await exportFirst(format);
      }
      assert.equal(result.ok, true, result.message);
    }
    await client.stop();

    for (const [f, was] of before_) {
      const full = join(dir, f);
      assert.ok(readFileSync(full).equals(was.bytes), `${f} changed`);
      assert.equal(statSync(full).mtimeMs, was.mtimeMs, `${f} was touched`);
    }
    // The only new files are the decisions file and the export outputs asked for.
    const added = filesBelow(dir).filter((f) => !before_.has(f));
    assert.ok(added.includes(join('.triangulate', 'decisions.json')) || added.some((f) => f.endsWith(join('.triangulate', 'decisions.json'))), added.join(', '));
    assert.ok(added.some((f) => f.endsWith('.ann')) && added.some((f) => f.endsWith('.jsonld')), added.join(', '));
    for (const f of added) assert.match(f, /(^|\/)\.triangulate\/decisions\.json$|\.ann$|\.jsonld$|(^|\/)annotation\.conf$|(^|\/)\.triangulate-export\.json$/, `unexpected file ${f}`);
  });
});

describe('a crafted article cannot inject into a hover card', () => {
  let client: TestClient;
  let dir = '';
  const files: { path: string; text: string }[] = [];

  // Hostile file names become outlet labels and link targets; hostile text becomes names,
  // quotes and roles. Both outlets name the same people so every card has sources and links.
  const NORTH = [
    'Harbour fire <img src=x onerror=alert(1)> closes the port',
    '',
    'date: 2025-03-14',
    '',
    'Maria Lindqvist, the [harbour master](command:workbench.action.terminal.new), said on Friday that 40 people were evacuated from the docks <script>alert(1)</script>.',
    '"We acted [fast](command:workbench.action.terminal.new) and <b>well</b> `rm -rf /` ![x](https://evil.example/p.png)," Lindqvist said.',
    'Jonas Berg of the <a href="https://evil.example">Port Authority</a> said **nothing** at https://evil.example.',
    '',
  ].join('\n');
  const SOUTH = [
    'Port shut after harbour blaze',
    '',
    'date: 2025-03-14',
    '',
    'Maria Lindquist, the harbour chief, said on Friday that 60 people were evacuated from the docks.',
    '"We acted [quickly](command:workbench.action.terminal.new) and <i>well</i>," Lindquist said.',
    'Jonas Berg of the Port Authority declined to comment.',
    '',
  ].join('\n');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-inject-'));
    const story = join(dir, 'fire [x](command:evil)');
    mkdirSync(story);
    files.push({ path: join(story, 'north <img src=x> [a](command:workbench.action.terminal.new).txt'), text: NORTH });
    files.push({ path: join(story, 'south `code` a)[b](command:workbench.action.terminal.new.txt'), text: SOUTH });
    for (const f of files) writeFileSync(f.path, f.text);
    client = await startServer({ folders: [dir] });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every hover on every word renders with no image, HTML, code or link other than to the story’s files', async () => {
    // The most permissive rendering: raw HTML, bare URLs linked, and every link scheme allowed
    // (markdown-it refuses file: and command: links by default, which would hide an injection).
    const md = new MarkdownIt({ html: true, linkify: true });
    md.validateLink = () => true;
    const storyUris = files.map((f) => uriOf(f.path));
    let cards = 0;
    let links = 0;
    let hostileShown = 0;
    for (const f of files) {
      const uri = await client.open(f.path, f.text);
      await client.waitForDiagnostics(uri, () => true);
      const index = new LineIndex(f.text);
      for (const start of wordStarts(f.text)) {
        const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: index.positionAt(start) })) as Hover | null;
        const text = hoverText(h);
        if (!text) continue;
        cards++;
        const html: string = md.render(text);
        assert.ok(!/<(img|script|b|i|a\s(?![^>]*href="file:)|code)\b/i.test(html), `active markup in\n${text}\n${html}`);
        for (const m of html.matchAll(/href="([^"]*)"/g)) {
          const href = m[1].replace(/&amp;/g, '&');
          const target = decodeURIComponent(href.replace(/#L\d+$/, ''));
          assert.ok(/#L\d+$/.test(href) && storyUris.some((u) => decodeURIComponent(u) === target), `a link to something other than a line of an article of the story: ${href}`);
          links++;
        }
        if (/command:workbench|&lt;img|&lt;script|&lt;b&gt;|`rm/.test(html)) hostileShown++;
      }
    }
    assert.ok(cards >= 10, `only ${cards} cards`);
    assert.ok(links > 0, 'cards link to the other outlet');
    // The hostile text was shown, as plain text, in some cards: the check above was not vacuous.
    assert.ok(hostileShown > 0, 'some card shows the crafted text');
  });
});
