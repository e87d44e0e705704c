// The harness's own check that the suite really runs inside a workbench with this extension
// loaded: the extension is present, and opening a sample article (a .txt file, which the samples
// folder maps to the `article` language) activates it.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'triangulate.triangulate';

/** Resolves with `probe()`'s value once it is truthy; rejects after `timeout` ms. */
async function waitFor<T>(probe: () => T | undefined | false, what: string, timeout = 20000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('Workbench smoke', () => {
  test('the extension is installed for development', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the loaded extensions`);
    assert.equal(extension.packageJSON.name, 'triangulate');
  });

  test('a sample .txt article opens with language article and activates the extension', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the stories folder is not open as the workspace');
    const uri = vscode.Uri.joinPath(folder.uri, 'harbour-bridge', 'coastal-herald.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'article');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor(() => extension.isActive, 'the extension to activate');
  });
});
