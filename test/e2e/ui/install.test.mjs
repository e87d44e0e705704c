// The packaged extension as a user gets it: `triangulate.vsix` is small, holds only what the
// installed extension runs (with its icon and the manifest's Marketplace fields), installs into
// the workbench, and is listed among the installed extensions under its display name and icon.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { poll } from '../lib/workbench.mjs';
import { listVsix, readVsixEntry } from '../lib/vsix.mjs';
import { Session, VSIX } from './session.mjs';

/** A package much larger than this takes long to download and install; today it is about 3.1 MB, half of it the README's pictures. */
const MAX_VSIX_BYTES = 5 * 1024 * 1024;

test('the package is small and holds only the bundles, the grammar, the docs and the icon', () => {
  assert.ok(fs.statSync(VSIX).size < MAX_VSIX_BYTES, `triangulate.vsix is ${fs.statSync(VSIX).size} bytes`);
  const names = listVsix(VSIX).map((e) => e.name);
  for (const wanted of [
    'extension/package.json',
    'extension/client/out/extension.js',
    'extension/client/out/importer.js',
    'extension/client/media/board.js',
    'extension/client/media/board.css',
    'extension/server/out/server.js',
    'extension/syntaxes/article.tmLanguage.json',
    'extension/images/icon.png',
    'extension/readme.md',
  ]) {
    assert.ok(names.includes(wanted), `${wanted} is missing from the package: ${JSON.stringify(names)}`);
  }
  // The allow-list keeps sources, tests, samples, dependencies and source maps out.
  const stray = names.filter((n) => /(^|\/)(node_modules|test|samples|src)\/|\.(ts|map)$/.test(n));
  assert.deepEqual(stray, []);
  const icon = readVsixEntry(VSIX, 'extension/images/icon.png');
  assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG', 'the icon is a PNG, as vsce requires');
});

test('the packaged manifest carries the Marketplace fields and the untrusted-workspace capability', () => {
  const manifest = JSON.parse(readVsixEntry(VSIX, 'extension/package.json').toString('utf8'));
  assert.equal(manifest.icon, 'images/icon.png');
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.ok(manifest.categories.length > 0 && manifest.keywords.includes('fact-checking'), JSON.stringify(manifest.keywords));
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('triangulate.server.extraArgs'));
});

let session;
before(async () => {
  session = await Session.start();
});
after(async () => {
  await session?.close();
});

test('the packaged extension is installed and listed among the enabled extensions', async () => {
  await session.step('installed extension listed', async () => {
    await session.runCommand('Extensions: Show Enabled Extensions');
    const rows = await poll(
      async () => {
        const texts = await session.page.locator('.extensions-viewlet .monaco-list-row').allInnerTexts();
        return texts.length > 0 && texts;
      },
      { timeout: 20000, message: 'rows in the Extensions view' },
    );
    const row = rows.find((text) => text.includes('Triangulate'));
    assert.ok(row, `no Triangulate row among ${JSON.stringify(rows)}`);
    assert.match(row, /news reports/, 'the row shows the description from the manifest');
    // The row shows the package's own icon, not the workbench's placeholder.
    const icon = await poll(
      () =>
        session.page
          .locator('.extensions-viewlet .monaco-list-row', { hasText: 'Triangulate' })
          .locator('img.icon')
          .getAttribute('src', { timeout: 2000 }),
      { timeout: 10000, message: 'the icon of the Triangulate row' },
    );
    assert.match(icon, /icon\.png/);
  });
});
