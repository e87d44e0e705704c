#!/usr/bin/env node
// Runs the extension's integration suite (out/test/integration/index.js, the module that
// @vscode/test-electron would run) inside the real VS Code workbench served by code-server, with
// the repository loaded as the development extension and a copy of test/fixtures/stories/ as the workspace folder.
// Expects `npm run build` to have run and test/e2e/setup.sh to have installed the tools.
//
// The result only comes back through the page: when the suite's run() settles the workbench calls
// window.codeAutomationExit(code). The process exits with that code (1 on timeout or error).
//
// Environment: E2E_TIMEOUT_MS (default 240000) bounds the whole run; VERBOSE=1 also prints the
// workbench's own log lines; KEEP_TMP=1 keeps the server's temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CodeServer, REPO_ROOT, STORIES_DIR, forwardConsole, launchBrowser, note, poll, remoteUri, saveArtifacts,
} from './lib/workbench.mjs';

const testsModule = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS || 240000);
const verbose = Boolean(process.env.VERBOSE);

// The workbench prints its own start-up chatter at INFO level; only the suite's lines matter.
const NOISE = /^(Resolv|Creat|Updating|\[Service Worker|ChatSessionStore|Ignoring fetching|Started|Eager|Extension host|Loading development extension)/;

async function main() {
  if (!fs.existsSync(testsModule)) {
    throw new Error(`${path.relative(REPO_ROOT, testsModule)} is missing: run \`npm run build\` first`);
  }
  // The suite changes the workspace (settings, decisions), so it runs on a copy of the test stories
  // and the repository's own files stay as they are.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-stories-'));
  fs.cpSync(STORIES_DIR, folder, { recursive: true });
  const server = new CodeServer({ folder });
  let browser;
  let page;
  let exitCode = 1;
  // The overall timer ends a run that hangs anywhere, including while starting.
  let overall;
  const timedOut = new Promise((_, reject) => {
    overall = setTimeout(() => reject(new Error(`the run did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([server.start(), timedOut]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let reportExit;
    const finished = new Promise((resolve) => {
      reportExit = resolve;
    });
    // The binding must exist before the page loads: the workbench looks for it when the suite ends.
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    const consoleLog = forwardConsole(page, {
      write: (line, level) => {
        if (verbose || level !== 'INFO' || !NOISE.test(line)) console.log(line);
      },
      other: (text) => verbose && console.log(`[page] ${text}`),
    });
    const payload = [
      ['extensionDevelopmentPath', remoteUri(REPO_ROOT)],
      ['extensionTestsPath', remoteUri(testsModule)],
    ];
    await page.goto(server.workbenchUrl(payload));
    await Promise.race([page.waitForSelector('.monaco-workbench', { timeout: 60000 }), timedOut]);
    note('workbench loaded; running the integration suite');
    exitCode = await Promise.race([finished, timedOut]);
    // Lines printed just before the exit call may still be on their way.
    await poll(async () => (await consoleLog.flush(), true), { timeout: 5000, message: 'console to drain' });
    note(`integration suite finished with exit code ${exitCode}`);
  } catch (error) {
    note(`error: ${error.message}`);
    exitCode = 1;
  } finally {
    clearTimeout(overall);
  }
  if (exitCode !== 0) await saveArtifacts('integration', { page, server });
  await browser?.close().catch(() => {});
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
