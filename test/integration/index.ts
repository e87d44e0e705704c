// The integration suite's entry point, the module VS Code loads as `extensionTestsPath`: it runs
// every compiled `*.test.js` beside it with Mocha inside the extension host, where the `vscode`
// API is real. The same module serves @vscode/test-electron (runElectron.ts) and the code-server
// runner (test/e2e/runIntegration.mjs).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Lists the compiled test files below `dir`, sorted so the order is the same on every run. */
function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/**
 * Runs the suite and resolves when every test passed; rejects when any failed or when there is
 * no test at all, so an empty build never reads as a pass. `MOCHA_GREP` in the environment
 * selects tests by title.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    // The extension host starts the language server and analyses the samples on first use, which
    // takes seconds on a loaded two-core machine; individual tests poll with their own limits.
    timeout: 60000,
    grep: process.env.MOCHA_GREP || undefined,
  });
  const files = testFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files found in ${__dirname}`));
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
