// Runs the integration suite in a downloaded VS Code desktop build through @vscode/test-electron,
// for machines that can download VS Code. Where that is impossible, test/e2e/runIntegration.mjs
// runs the same suite in code-server. Usage: `npm run test:electron` (builds first).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // This file is bundled to out/test/integration/runElectron.js, three levels below the root.
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(root, 'out', 'test', 'integration', 'index.js');
  // The suite changes the workspace (settings, decisions), so it runs on a copy of the test stories
  // (test/fixtures/stories, copies of the stories in samples/).
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-stories-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'stories'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath,
      // Other installed extensions could change what the tests see; the test stories are the workspace.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    console.error('integration tests failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
