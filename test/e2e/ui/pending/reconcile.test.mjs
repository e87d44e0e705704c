// Pending until the server offers code actions on findings: a person marks a finding reconciled
// from the quick-fix menu, it leaves the Problems pane, and the decision is written to the
// workspace's .triangulate/decisions.json. The samples are copied first so the repository's own
// folder never receives a decisions file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLES_DIR, poll } from '../../lib/workbench.mjs';
import { Session } from '../session.mjs';

let session;
let folder;
before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-samples-'));
  fs.cpSync(SAMPLES_DIR, folder, { recursive: true });
  session = await Session.start({ folder });
  await session.openFile('003_f8e5167f93d04d44.txt');
  await session.waitForLanguage('Article');
});
after(async () => {
  await session?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const isUshakovVariant = (row) => row.includes('name-variant') && row.includes('Ushakov');

test('marking a finding reconciled removes it and records the decision', async () => {
  await session.step('reconcile finding', async () => {
    await session.problems({ filter: 'Ushakov', accept: (rows) => rows.some(isUshakovVariant) });
    const title = await session.quickFix('Yury', /reconcil/i);
    assert.match(title, /reconcil/i);
    await session.problems({ filter: 'Ushakov', accept: (rows) => !rows.some(isUshakovVariant) });
    const decisions = path.join(folder, '.triangulate', 'decisions.json');
    const text = await poll(() => fs.existsSync(decisions) && fs.readFileSync(decisions, 'utf8'), {
      message: '.triangulate/decisions.json to be written',
    });
    assert.match(text, /name-variant/);
  });
});
