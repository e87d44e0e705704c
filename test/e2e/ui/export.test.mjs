// Exporting from the command palette, as a person does: "Triangulate: Export Annotations", pick
// a format, and the files appear beside the story's articles: brat standoff (.ann) or W3C Web
// Annotation JSON-LD (.jsonld). The test stories are copied first, so the repository's own
// folder never receives exported files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STORIES_DIR, poll } from '../lib/workbench.mjs';
import { Session } from './session.mjs';

const STORY = 'kremlin-talks';
const ARTICLES = ['000_3b96670c0742de4e', '003_f8e5167f93d04d44'];

let session;
let folder;
before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-stories-'));
  fs.cpSync(STORIES_DIR, folder, { recursive: true });
  session = await Session.start({ folder });
  await session.openFile(`${ARTICLES[1]}.txt`);
  await session.waitForLanguage('Article');
});
after(async () => {
  await session?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Runs the export command and picks the format whose row matches `choice`. */
async function exportAs(choice) {
  await session.runCommand('Triangulate: Export Annotations');
  await session.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${choice}"]`, { timeout: 10000 });
  await session.page.keyboard.type(choice);
  await session.page.keyboard.press('Enter');
}

/** The text of `file` once it exists. */
function written(file) {
  return poll(() => fs.existsSync(file) && fs.readFileSync(file, 'utf8'), { timeout: 30000, message: `${path.basename(file)} to be written` });
}

test('the palette command writes brat standoff beside each article of the story', async () => {
  await session.step('export brat', async () => {
    await exportAs('brat standoff');
    for (const name of ARTICLES) {
      const ann = await written(path.join(folder, STORY, `${name}.ann`));
      // brat lines: "T1<TAB>Person 120 132<TAB>Yury Ushakov"; offsets point at the same words.
      const text = fs.readFileSync(path.join(folder, STORY, `${name}.txt`), 'utf8');
      const people = ann.split('\n').filter((line) => /^T\d+\tPerson \d+ \d+\t/.test(line));
      assert.ok(people.some((line) => line.endsWith('Ushakov')), `no person Ushakov in ${name}.ann`);
      for (const line of people) {
        const [, type, words] = line.split('\t');
        const [, start, end] = type.split(' ').map(Number);
        assert.equal(text.slice(start, end), words, `${name}.ann: ${line}`);
      }
    }
    await session.notification(/Triangulate: /);
  });
});

test('the palette command writes W3C Web Annotation JSON-LD with text-quote and text-position selectors', async () => {
  await session.step('export web annotation', async () => {
    await exportAs('W3C Web Annotation');
    const file = path.join(folder, STORY, `${ARTICLES[1]}.jsonld`);
    const doc = JSON.parse(await written(file));
    const json = JSON.stringify(doc);
    assert.match(json, /TextQuoteSelector/);
    assert.match(json, /TextPositionSelector/);
    assert.match(json, /Yury Ushakov/);
  });
});
