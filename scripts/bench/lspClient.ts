/**
 * A minimal LSP client over stdio for measurements: spawns the bundled server, frames JSON-RPC
 * messages, answers the server's own requests with defaults, and lets the caller wait for
 * notifications.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverEnvironment, serverNodeOptions } from '../../server/src/lsp/nodeOptions';

type Json = Record<string, unknown>;

/** The first article below `dir` in name order: the one the measurements open. */
export function firstArticle(dir: string): string {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      const inner = firstArticle(full);
      if (inner) return inner;
    } else if (/\.(txt|article)$/.test(name)) return full;
  }
  return '';
}
type Waiter = { match: (msg: Json) => boolean; resolve: (msg: Json) => void };

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  readonly notifications: Json[] = [];
  /** Called for every notification from the server. */
  onNotification: ((msg: Json) => void) | null = null;

  /**
   * `nodeArgs` go to Node before the server's path (for example `--cpu-prof`), after the
   * options the editor starts the server with (`lsp/nodeOptions.ts`), and the server has the
   * environment variables the editor adds, so the server measured is the one the editor runs;
   * with `defaults` false, only `nodeArgs` and this process's environment (to compare with a
   * start without them).
   */
  constructor(serverPath: string, settings: Json = {}, nodeArgs: string[] = [], defaults = true) {
    const env = defaults ? { ...process.env, ...serverEnvironment() } : process.env;
    this.proc = spawn(process.execPath, [...(defaults ? serverNodeOptions(nodeArgs) : nodeArgs), serverPath, '--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', () => undefined);
    this.settings = settings;
  }

  private settings: Json;

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error('bad header');
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(JSON.parse(body) as Json);
    }
  }

  private dispatch(msg: Json): void {
    if ('id' in msg && ('result' in msg || 'error' in msg) && !('method' in msg)) {
      const p = this.pending.get(msg.id as number);
      if (p) {
        this.pending.delete(msg.id as number);
        if (msg.error) p.reject(new Error(JSON.stringify(msg.error)));
        else p.resolve(msg.result);
      }
      return;
    }
    if ('id' in msg && 'method' in msg) {
      // A request from the server: configuration, registration, progress.
      let result: unknown = null;
      if (msg.method === 'workspace/configuration') {
        const items = ((msg.params as Json).items as Json[]) ?? [];
        result = items.map((i) => (i.section === 'triangulate' ? this.settings : null));
      }
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    this.notifications.push(msg);
    this.onNotification?.(msg);
    this.waiters = this.waiters.filter((w) => {
      if (w.match(msg)) {
        w.resolve(msg);
        return false;
      }
      return true;
    });
  }

  send(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (from now on) that matches. */
  waitFor(match: (msg: Json) => boolean, timeoutMs = 60_000): Promise<Json> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a notification')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  async initialize(rootPath: string): Promise<unknown> {
    const rootUri = `file://${rootPath}`;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
        window: { workDoneProgress: true },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  open(path: string): string {
    const uri = `file://${path}`;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: readFileSync(path, 'utf8') } });
    return uri;
  }

  /** Peak resident set size of the server process, in bytes (Linux). */
  peakRss(): number {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  }

  async close(): Promise<void> {
    const exited = new Promise((r) => this.proc.once('exit', r));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
      // Give the server a moment to leave by itself (a profile is written on the way out).
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      // The server is gone already.
    }
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
