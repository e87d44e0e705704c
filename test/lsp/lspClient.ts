/**
 * A small language client for protocol tests: starts the bundled server over stdio, answers
 * its configuration requests, and collects published diagnostics so tests can wait for them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { STATUS, type StatusParams } from '../../server/src/lsp/protocol';
import { serverEnvironment, serverNodeOptions } from '../../server/src/lsp/nodeOptions';
import { ROOT, SEED, storyDir } from '../support/fixtures';

export { ROOT };

/** The seed story kept for tests (`test/fixtures/stories/kremlin-talks`). */
export const SEED_DIR = storyDir(SEED.story);
export const SEED_A = join(SEED_DIR, SEED.a);
export const SEED_B = join(SEED_DIR, SEED.b);

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export interface TestClient {
  connection: ProtocolConnection;
  /** The server's answer to initialize. */
  initializeResult: InitializeResult;
  process: ChildProcess;
  /** Latest diagnostics per URI. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Every publication, in order of arrival. */
  published: PublishDiagnosticsParams[];
  /** Log messages the server sent. */
  logs: string[];
  /** Messages the server asked the editor to show (`window/showMessage` and `window/showMessageRequest`), in order. */
  messages: { type: number; message: string }[];
  /** Status summaries (`triangulate/status`) the server sent, in order. */
  statuses: StatusParams[];
  /** Work-done progress values (`$/progress`) the server sent, in order. */
  progress: { kind: string; title?: string; message?: string; percentage?: number }[];
  open(path: string, text?: string, uri?: string): Promise<string>;
  /** Changes the settings the client answers with, and tells the server they changed. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Waits until the diagnostics of `uri` satisfy `check`, or fails after `timeoutMs`. */
  waitForDiagnostics(uri: string, check: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  folders?: string[];
  settings?: Record<string, unknown>;
  relatedInformation?: boolean;
  workDoneProgress?: boolean;
  /** Milliseconds the client waits before answering a `workspace/configuration` request (a slow editor). */
  configurationDelayMs?: number;
}

/** Starts the bundled server and completes the initialize handshake. */
export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  const serverPath = join(ROOT, 'server/out/server.js');
  // With the Node options and environment the editor starts the server with.
  const child = spawn(process.execPath, [...serverNodeOptions(), serverPath, '--stdio'], { cwd: ROOT, env: { ...process.env, ...serverEnvironment() }, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const messages: TestClient['messages'] = [];
  const statuses: StatusParams[] = [];
  const progress: TestClient['progress'] = [];
  const waiters = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    published.push(p);
    for (const w of [...waiters]) w();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  connection.onNotification('window/showMessage', (p: { type: number; message: string }) => messages.push(p));
  connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
    messages.push(p);
    return null;
  });
  connection.onNotification(STATUS, (p: StatusParams) => statuses.push(p));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (p: { value: TestClient['progress'][number] }) => progress.push(p.value));
  let settings = options.settings ?? {};
  connection.onRequest('workspace/configuration', async (p: { items: { section?: string }[] }) => {
    if (options.configurationDelayMs) await new Promise((r) => setTimeout(r, options.configurationDelayMs));
    return p.items.map(() => settings);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  const folders = options.folders ?? [SEED_DIR];
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0] ? uriOf(folders[0]) : null,
    workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f })),
    capabilities: {
      window: { workDoneProgress: options.workDoneProgress ?? false },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: options.relatedInformation ?? true, versionSupport: true },
        semanticTokens: {
          requests: { full: true, range: true },
          tokenTypes: [],
          tokenModifiers: [],
          formats: ['relative'],
        },
        foldingRange: { lineFoldingOnly: true },
      },
    },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});

  let version = 0;
  return {
    connection,
    initializeResult,
    process: child,
    diagnostics,
    published,
    logs,
    messages,
    statuses,
    progress,
    async open(path, text, uri) {
      const u = uri ?? uriOf(path);
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: u, languageId: 'article', version: ++version, text: text ?? readFileSync(path, 'utf8').replace(/^\uFEFF/, '') },
      });
      return u;
    },
    async setSettings(next) {
      settings = next;
      await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    },
    waitForDiagnostics(uri, check, timeoutMs = 10_000) {
      return new Promise((resolvePromise, reject) => {
        const test = () => {
          const d = diagnostics.get(uri)?.diagnostics;
          if (d && check(d)) {
            waiters.delete(test);
            clearTimeout(timer);
            resolvePromise(d);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(test);
          reject(new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(diagnostics.get(uri)?.diagnostics ?? null)}`));
        }, timeoutMs);
        waiters.add(test);
        test();
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
      await new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        const t = setTimeout(() => {
          child.kill();
          r();
        }, 2000);
        child.once('exit', () => {
          clearTimeout(t);
          r();
        });
      });
      connection.dispose();
    },
  };
}

/** One decoded semantic token. */
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Decodes the relative token encoding with the server's legend. */
export function decodeTokens(data: number[], types: string[], modifiers: string[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const mods: string[] = [];
    modifiers.forEach((m, bit) => {
      if (data[i + 4] & (1 << bit)) mods.push(m);
    });
    out.push({ line, character, length: data[i + 2], type: types[data[i + 3]], modifiers: mods });
  }
  return out;
}
