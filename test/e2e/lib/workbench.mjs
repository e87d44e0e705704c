// Shared plumbing for the workbench tests: a private code-server, a headless Chromium page on it,
// polling, and artefacts when something fails. Both the integration runner (the extension's Mocha
// suite inside the workbench) and the person-like UI tests are built on these pieces.
import { spawn, execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

/** The folder holding this harness (`test/e2e`). */
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root, which is also the extension's folder. */
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
/** Where screenshots and logs of failed runs are kept. */
export const ARTIFACTS_DIR = path.join(E2E_DIR, 'artifacts');
/**
 * The stories every run opens as its workspace folder: the test copies of the stories in
 * `samples/`, so a change to the demo stories never changes what a test sees.
 */
export const STORIES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'stories');

// The tools live in test/e2e/node_modules (installed by setup.sh), not in the root package.
const requireHere = createRequire(path.join(E2E_DIR, 'package.json'));

/** The code-server executable installed by `test/e2e/setup.sh`, unless CODE_SERVER names another. */
export function codeServerBin() {
  const bin = process.env.CODE_SERVER || path.join(E2E_DIR, 'node_modules', '.bin', 'code-server');
  if (!process.env.CODE_SERVER && !fs.existsSync(bin)) {
    throw new Error(`code-server is not installed: run test/e2e/setup.sh first (looked for ${bin})`);
  }
  return bin;
}

/** Milliseconds since the harness was loaded, for progress lines. */
const started = Date.now();
export function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`;
}

/** Prints a progress line of the harness on stderr, so it never mixes with test output. */
export function note(message) {
  process.stderr.write(`[e2e ${elapsed()}] ${message}\n`);
}

/** Resolves after `ms` milliseconds; used only as the pause between two polls. */
function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls `probe` until it returns a value other than undefined, null or false, and returns it.
 * A probe that throws counts as "not yet". When `timeout` passes, rejects with `message` and the
 * last value or error seen, so a failure says what the page showed instead.
 */
export async function poll(probe, { timeout = 15000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last !== undefined && last !== null && last !== false) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${message}; last seen: ${seen}`);
    }
    await pause(interval);
  }
}

/** Finds a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Returns the HTTP status of a GET, or 0 when nothing answers. */
function httpStatus(url) {
  return new Promise((resolve) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });
}

/**
 * User settings for a clean workbench: no start page, no trust dialog, no update or telemetry
 * traffic, and hovers that appear quickly. Extra settings are merged over these.
 */
export function cleanSettings(extra = {}) {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'editor.hover.delay': 100,
    ...extra,
  };
}

/**
 * A private code-server: its own user data, extensions folder, config file and TMPDIR under one
 * short temporary folder (unix socket paths must stay under 108 characters), bound to a free
 * port on 127.0.0.1 and started in its own process group so that `stop()` ends all of it.
 */
export class CodeServer {
  /**
   * Prepares the folders; `start()` launches the server.
   * @param {{ folder?: string, settings?: object }} options
   */
  constructor({ folder = STORIES_DIR, settings = {} } = {}) {
    this.folder = folder;
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-e2e-'));
    this.userDataDir = path.join(this.tmp, 'user-data');
    this.extensionsDir = path.join(this.tmp, 'extensions');
    this.configFile = path.join(this.tmp, 'config.yaml');
    this.logFile = path.join(this.tmp, 'server.log');
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(this.extensionsDir);
    fs.writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(cleanSettings(settings), null, 2));
    // Without its own config file code-server writes one into ~/.config.
    fs.writeFileSync(this.configFile, 'auth: none\ncert: false\n');
    this.process = null;
    this.port = 0;
  }

  /** The environment every code-server call runs with. */
  env() {
    // An empty gallery keeps the workbench from looking up extensions on the network.
    return { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: this.tmp };
  }

  /** The options that point a code-server call at this run's folders. */
  commonArgs() {
    return ['--config', this.configFile, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** Installs a packaged extension into this run's extensions folder. */
  async installExtension(vsix) {
    note(`installing ${path.relative(REPO_ROOT, vsix)}`);
    const { stdout, stderr } = await util.promisify(execFile)(
      codeServerBin(),
      [...this.commonArgs(), '--install-extension', vsix, '--force'],
      { env: this.env(), timeout: 120000 },
    );
    fs.appendFileSync(this.logFile, stdout + stderr);
    return stdout;
  }

  /** Starts the server and resolves once it answers its health check. */
  async start() {
    this.port = await freePort();
    const log = fs.openSync(this.logFile, 'a');
    this.process = spawn(
      codeServerBin(),
      [
        ...this.commonArgs(),
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        this.folder,
      ],
      { stdio: ['ignore', log, log], detached: true, env: this.env() },
    );
    fs.closeSync(log);
    await poll(
      async () => {
        if (this.process.exitCode !== null) throw new Error(`code-server exited with ${this.process.exitCode}: ${this.logTail()}`);
        return (await httpStatus(`${this.baseUrl}/healthz`)) === 200;
      },
      { timeout: 60000, message: 'code-server to answer /healthz' },
    ).catch((error) => {
      // A server that exited says why in its log; show that instead of a bare timeout.
      if (this.process.exitCode !== null) throw new Error(`code-server exited: ${this.logTail()}`);
      throw error;
    });
    note(`code-server ready on ${this.baseUrl}`);
    return this;
  }

  /** The server's address. */
  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * The page that opens the workspace folder; `payload` entries (such as the development
   * extension and its tests) travel in the URL because the server refuses them as flags.
   */
  workbenchUrl(payload = []) {
    let url = `${this.baseUrl}/?folder=${encodeURIComponent(this.folder)}`;
    if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  /** The last lines of the server's log. */
  logTail(lines = 20) {
    try {
      return fs.readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  /** Copies the server log and the workbench's own logs into `dir`. */
  saveLogs(dir) {
    fs.mkdirSync(dir, { recursive: true });
    if (fs.existsSync(this.logFile)) fs.copyFileSync(this.logFile, path.join(dir, 'server.log'));
    const logs = path.join(this.userDataDir, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dir, 'logs'), { recursive: true });
  }

  /** True while any live process of the server's group remains (read from /proc). */
  groupAlive() {
    const pgid = this.process?.pid;
    if (!pgid) return false;
    return fs.readdirSync('/proc').some((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[2]) === pgid && fields[0] !== 'Z';
      } catch {
        return false;
      }
    });
  }

  /**
   * Ends the server's whole process group (server, extension host, language server, pty host),
   * politely first, then by force, and removes the temporary folder unless KEEP_TMP is set.
   */
  async stop() {
    if (this.process?.pid) {
      const pgid = this.process.pid;
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // The group is already gone.
      }
      await poll(() => !this.groupAlive(), { timeout: 5000, message: 'code-server to exit' }).catch(() => {
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {
          // The group ended between the check and the kill.
        }
      });
    }
    if (!process.env.KEEP_TMP) fs.rmSync(this.tmp, { recursive: true, force: true });
    else note(`kept ${this.tmp}`);
  }
}

/** Launches Debian's Chromium headless through playwright-core. */
export async function launchBrowser() {
  const { chromium } = requireHere('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Forwards the page console to `write`. In test mode the extension host's console (Mocha's
 * reporter among it) reaches the page as `console.log('%c INFO', style, format, ...args)`; those
 * lines are re-formatted as Node would print them. Other page messages go to `other`. Messages
 * are handled on one chain so they stay in order; `flush()` waits for the chain to drain.
 */
export function forwardConsole(page, { write, other = () => {} }) {
  let chain = Promise.resolve();
  page.on('console', (message) => {
    chain = chain.then(async () => {
      const values = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
      if (typeof values[0] === 'string' && /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)/.test(values[0])) {
        write(util.format(...values.slice(2)), values[0].replace(/^%c\s*/, '').trim());
      } else {
        other(message.text(), message.type());
      }
    });
  });
  return { flush: () => chain };
}

/** A file name made from a test title: letters, digits and dashes only. */
export function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'run';
}

/**
 * Saves what is needed to understand a failure under `test/e2e/artifacts/<name>/`: a screenshot
 * of the page and the server's logs. Never throws: a failed save must not hide the test failure.
 */
export async function saveArtifacts(name, { page, server } = {}) {
  const dir = path.join(ARTIFACTS_DIR, slug(name));
  try {
    // A previous run's files under the same name would mix with this one's.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    if (page) await page.screenshot({ path: path.join(dir, 'screenshot.png'), timeout: 10000 }).catch(() => {});
    server?.saveLogs(dir);
    note(`artefacts saved in ${path.relative(REPO_ROOT, dir)}`);
  } catch (error) {
    note(`could not save artefacts: ${error.message}`);
  }
  return dir;
}

/** The `vscode-remote://` URI code-server understands for a path on the server's machine. */
export function remoteUri(absolutePath) {
  return `vscode-remote://remote${absolutePath}`;
}
