/** Protocol test of the story board request on the three-outlet fixture story. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../server/src/analysis';
import { STORY_BOARD, type StoryBoardData } from '../../server/src/lsp/protocol';
import { storyDir } from '../support/fixtures';
import { startServer, uriOf, type TestClient } from './lspClient';

const DIR = storyDir('harbour-bridge');
const HERALD = join(DIR, 'coastal-herald.txt');
const DAILY = join(DIR, 'velmora-daily.txt');

let client: TestClient;
before(async () => {
  client = await startServer({ folders: [DIR] });
  await client.open(HERALD);
  await client.waitForDiagnostics(uriOf(HERALD), (ds) => ds.some((d) => d.code === 'role-differs'), 30_000);
});
after(async () => {
  await client?.stop();
});

const boardOf = async (path: string) => (await client.connection.sendRequest(STORY_BOARD, { uri: uriOf(path) })) as StoryBoardData;

test('the board has a column per outlet and a row per difference, each passage\'s range on its marked words', async () => {
  const board = await boardOf(HERALD);
  assert.deepEqual(board.outlets.map((o) => o.outlet), ['The Coastal Herald (fictional)', 'North Sea Wire (fictional)', 'Velmora Daily (fictional)']);
  assert.deepEqual(board.outlets.map((o) => o.uri), ['coastal-herald.txt', 'north-sea-wire.txt', 'velmora-daily.txt'].map((f) => uriOf(join(DIR, f))));
  assert.deepEqual(board.problems, []);
  const figures = board.rows.find((r) => r.rule === 'quantity-differs' && r.severity === 'warning');
  assert.ok(figures, JSON.stringify(board.rows.map((r) => r.label)));
  assert.equal(figures.cells.length, 3);
  const texts = new Map(board.outlets.map((o) => [o.uri, readFileSync(new URL(o.uri), 'utf8')]));
  const marked = figures.cells.map((c) => {
    const p = c.passages[0];
    const text = texts.get(p.uri)!;
    const index = new LineIndex(text);
    const words = text.slice(index.offsetAt(p.range.start.line, p.range.start.character), index.offsetAt(p.range.end.line, p.range.end.character));
    const mark = p.parts.filter((x) => x.mark).map((x) => x.text).join('');
    assert.equal(mark, words, 'the passage opens at the marked words');
    return words;
  });
  assert.deepEqual(marked, ['€80 million', '$137 million', '85 million euros']);
  // Differences first, warnings before information.
  const order = board.rows.map((r) => (r.kind === 'claim' ? 4 : ['error', 'warning', 'information', 'hint'].indexOf(r.severity!)));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  // The same board from any article of the story.
  assert.deepEqual(await boardOf(DAILY), board);
});

test('the board follows an edit: the role row goes once the outlets agree on the post', async () => {
  const before = await boardOf(HERALD);
  assert.ok(before.rows.some((r) => r.rule === 'role-differs'));
  const text = readFileSync(DAILY, 'utf8');
  await client.open(DAILY);
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uriOf(DAILY), version: 2 },
    contentChanges: [{ text: text.replace("city's deputy mayor", "city's mayor") }],
  });
  await client.waitForDiagnostics(uriOf(DAILY), (ds) => !ds.some((d) => d.code === 'role-differs'), 30_000);
  const after = await boardOf(HERALD);
  assert.ok(!after.rows.some((r) => r.rule === 'role-differs'), JSON.stringify(after.rows.map((r) => r.rule)));
  assert.ok(after.rows.some((r) => r.rule === 'quantity-differs'));
});

test('a malformed request is refused; an article outside any story has an empty board', async () => {
  await assert.rejects(client.connection.sendRequest(STORY_BOARD, { uri: 42 }), (err: { code?: number }) => err.code === -32602);
  const empty = await boardOf(join(DIR, 'no-such-article.txt'));
  assert.deepEqual(empty, { outlets: [], rows: [], more: 0, problems: [] });
});
