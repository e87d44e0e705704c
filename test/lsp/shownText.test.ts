/**
 * Text built from file names and articles that the editor shows as a notification can open no
 * link: VS Code turns `[label](command:…)` in a notification into a link that runs a command.
 * Checked over the protocol on the export error (whose lines name files) and on a message the
 * server shows about the decisions file (which names its folder).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_ANNOTATIONS, type ExportAnnotationsResult } from '../../server/src/lsp/protocol';
import { iconFreeText, notificationText } from '../../server/src/lsp/shownText';
import { startServer, uriOf, type TestClient } from './lspClient';

/** The pattern by which VS Code finds links in a notification (`vs/base/common/linkedText.ts`). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

const CRAFTED = '[Open](command:workbench.action.terminal.new)';

const NORTH = ['Harbour fire closes the port', '', 'date: 2025-03-14', '', 'Maria Lindqvist said on Friday that 40 people were evacuated.', ''].join('\n');
const SOUTH = ['Port shut after harbour blaze', '', 'date: 2025-03-14', '', 'Maria Lindqvist said on Friday that 60 people were evacuated.', ''].join('\n');

describe('text shown in notifications', () => {
  test('keeps a label apart from a link target, once and for all', () => {
    const shown = notificationText(`Nothing was exported. /tmp/${CRAFTED}.ann: it exists`);
    assert.doesNotMatch(shown, NOTIFICATION_LINK);
    assert.match(shown, /workbench\.action\.terminal\.new/, 'the file is still named');
    assert.equal(notificationText(shown), shown);
    assert.doesNotMatch(notificationText('[a]\n(command:x)'), NOTIFICATION_LINK);
    assert.equal(iconFreeText('$(alert) Reuters'), '\\$(alert) Reuters');
    assert.equal(iconFreeText(iconFreeText('$(alert)')), '\\$(alert)');
  });
});

describe('a file name that reads as a command link', () => {
  let client: TestClient;
  let dir = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-shown-'));
    // A story whose second article has the crafted name, beside an annotation file that
    // Triangulate did not write, so the export is refused with a line naming it.
    const story = join(dir, 'fire');
    mkdirSync(story);
    writeFileSync(join(story, 'north.txt'), NORTH);
    writeFileSync(join(story, `${CRAFTED}.txt`), SOUTH);
    writeFileSync(join(story, `${CRAFTED}.ann`), 'T1\tPerson 0 5\tnot ours\n');
    // A workspace folder named like a link, whose decisions file is empty.
    const crafted = join(dir, CRAFTED);
    mkdirSync(join(crafted, '.triangulate'), { recursive: true });
    writeFileSync(join(crafted, '.triangulate', 'decisions.json'), '');
    client = await startServer({ folders: [dir, crafted] });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('opens no link in the export error', async () => {
    const uri = uriOf(join(dir, 'fire', 'north.txt'));
    // The story is read once the other article's findings reach this one.
    await client.open(join(dir, 'fire', 'north.txt'), NORTH);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'quantity-differs'));
    const result = (await client.connection.sendRequest(EXPORT_ANNOTATIONS, { uri, format: 'brat' })) as ExportAnnotationsResult;
    assert.equal(result.ok, false);
    assert.match(result.message, /workbench\.action\.terminal\.new/, result.message);
    assert.doesNotMatch(result.message, NOTIFICATION_LINK);
  });

  test('opens no link in a message the server shows', async () => {
    const deadline = Date.now() + 10_000;
    while (!client.messages.some((m) => /is empty/.test(m.message))) {
      assert.ok(Date.now() < deadline, `no message about the empty decisions file: ${JSON.stringify(client.messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const m of client.messages) assert.doesNotMatch(m.message, NOTIFICATION_LINK, m.message);
  });
});
