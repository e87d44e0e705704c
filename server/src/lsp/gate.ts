/**
 * The gate between the transport and the connection. Every message from the editor passes
 * through it before any handler runs, so two protocol rules hold for all handlers at once:
 *
 * - a request whose params do not have the shape its method needs (no `textDocument`, a
 *   position that is not a pair of numbers, a `workspace/symbol` without a query, null params) is
 *   answered with `InvalidParams` (-32602) and never reaches a handler that would trip over it;
 *   a malformed notification is dropped;
 * - before `initialize`, every other request is answered with `ServerNotInitialized` (-32002)
 *   and every notification other than `exit` is dropped; once `shutdown` has been received,
 *   every further request is answered with `InvalidRequest` (-32600) and every notification
 *   other than `exit` is dropped, as the protocol requires.
 *
 * Exceptions inside handlers are a separate matter, answered as internal errors by `guarded`
 * in `wire.ts`.
 */
import {
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type NotificationMessage,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** Checks a message's params; returns what is wrong with them, or null when they will do. */
type Check = (params: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function documentProblem(p: Record<string, unknown>): string | null {
  const doc = p.textDocument;
  if (!isObject(doc)) return 'textDocument is missing';
  if (typeof doc.uri !== 'string') return 'textDocument.uri is not a string';
  return null;
}

function positionProblem(v: unknown, name: string): string | null {
  if (!isObject(v)) return `${name} is missing`;
  if (!isCount(v.line) || !isCount(v.character)) return `${name} needs a line and a character that are whole numbers from 0`;
  return null;
}

function rangeProblem(v: unknown): string | null {
  if (!isObject(v)) return 'range is missing';
  return positionProblem(v.start, 'range.start') ?? positionProblem(v.end, 'range.end');
}

/** Params must be an object; then each extra check runs in turn. */
function shape(...checks: ((p: Record<string, unknown>) => string | null)[]): Check {
  return (params) => {
    if (!isObject(params)) return 'params must be an object';
    for (const check of checks) {
      const problem = check(params);
      if (problem) return problem;
    }
    return null;
  };
}

const document = (p: Record<string, unknown>) => documentProblem(p);
const position = (p: Record<string, unknown>) => positionProblem(p.position, 'position');
const range = (p: Record<string, unknown>) => rangeProblem(p.range);
const uri = (p: Record<string, unknown>) => (typeof p.uri === 'string' ? null : 'uri is not a string');

/** The params each request the server answers must have. Methods not listed pass unchecked. */
const REQUESTS: ReadonlyMap<string, Check> = new Map<string, Check>([
  ['textDocument/hover', shape(document, position)],
  ['textDocument/definition', shape(document, position)],
  ['textDocument/references', shape(document, position)],
  ['textDocument/documentHighlight', shape(document, position)],
  ['textDocument/documentSymbol', shape(document)],
  ['textDocument/foldingRange', shape(document)],
  ['textDocument/codeLens', shape(document)],
  ['textDocument/semanticTokens/full', shape(document)],
  ['textDocument/semanticTokens/range', shape(document, range)],
  ['textDocument/inlayHint', shape(document, range)],
  [
    'textDocument/codeAction',
    shape(document, range, (p) => {
      if (!isObject(p.context) || !Array.isArray(p.context.diagnostics)) return 'context.diagnostics is not a list';
      for (const d of p.context.diagnostics) {
        if (!isObject(d)) return 'a diagnostic is not an object';
        const problem = rangeProblem(d.range);
        if (problem) return `a diagnostic's ${problem}`;
      }
      return null;
    }),
  ],
  ['workspace/symbol', shape((p) => (typeof p.query === 'string' ? null : 'query is not a string'))],
  [
    'workspace/executeCommand',
    shape(
      (p) => (typeof p.command === 'string' ? null : 'command is not a string'),
      (p) => (p.arguments === undefined || Array.isArray(p.arguments) ? null : 'arguments is not a list'),
    ),
  ],
  ['triangulate/claims', shape(uri)],
  ['triangulate/storySources', shape(uri)],
  ['triangulate/storyBoard', shape(uri)],
  ['triangulate/exportAnnotations', shape(uri)],
]);

/** The params each document notification must have; malformed ones are dropped. */
const NOTIFICATIONS: ReadonlyMap<string, Check> = new Map<string, Check>([
  [
    'textDocument/didOpen',
    shape((p) => {
      const doc = p.textDocument;
      if (!isObject(doc) || typeof doc.uri !== 'string' || typeof doc.text !== 'string') return 'textDocument needs a uri and a text';
      if (typeof doc.version !== 'number' || typeof doc.languageId !== 'string') return 'textDocument needs a version and a languageId';
      return null;
    }),
  ],
  [
    'textDocument/didChange',
    shape(document, (p) => {
      if (!isObject(p.textDocument) || typeof p.textDocument.version !== 'number') return 'textDocument.version is not a number';
      if (!Array.isArray(p.contentChanges)) return 'contentChanges is not a list';
      for (const change of p.contentChanges) {
        if (!isObject(change) || typeof change.text !== 'string') return 'a change has no text';
        if (change.range !== undefined && rangeProblem(change.range)) return `a change's ${rangeProblem(change.range)}`;
      }
      return null;
    }),
  ],
  ['textDocument/didClose', shape(document)],
  ['textDocument/didSave', shape(document)],
  [
    'workspace/didChangeWatchedFiles',
    shape((p) =>
      Array.isArray(p.changes) && p.changes.every((c) => isObject(c) && typeof c.uri === 'string' && typeof c.type === 'number')
        ? null
        : 'changes must be a list of { uri, type }',
    ),
  ],
]);

/** What the gate decides for one incoming message. */
export type Verdict =
  | { kind: 'pass' }
  | { kind: 'answer'; response: ResponseMessage; log: string }
  | { kind: 'drop'; log: string | null };

/** Where the session is: before `initialize`, running, or after `shutdown`. */
export type Phase = 'uninitialized' | 'running' | 'shuttingDown';

/**
 * Decides what to do with one message in a phase of the session. Pure, so the rules can be
 * tested without a transport; the gate below keeps the phase.
 */
export function judge(message: Message, phase: Phase): Verdict {
  const m = message as Partial<RequestMessage & NotificationMessage>;
  if (typeof m.method !== 'string') return { kind: 'pass' }; // A response to one of our requests.
  const isRequest = 'id' in m && (typeof m.id === 'number' || typeof m.id === 'string');
  if (phase === 'uninitialized' && m.method !== 'initialize') {
    // Nothing is logged: the protocol lets the server send messages only once it is initialized.
    if (!isRequest) return m.method === 'exit' ? { kind: 'pass' } : { kind: 'drop', log: null };
    return {
      kind: 'answer',
      response: { jsonrpc: '2.0', id: m.id as number | string, error: { code: ErrorCodes.ServerNotInitialized, message: `${m.method} refused: the server is not initialized yet.` } },
      log: '',
    };
  }
  if (isRequest) {
    const id = m.id as number | string;
    if (phase === 'shuttingDown') {
      return {
        kind: 'answer',
        response: { jsonrpc: '2.0', id, error: { code: ErrorCodes.InvalidRequest, message: `${m.method} refused: the server is shutting down.` } },
        log: '',
      };
    }
    const problem = REQUESTS.get(m.method)?.(m.params);
    if (problem) {
      return {
        kind: 'answer',
        response: { jsonrpc: '2.0', id, error: { code: ErrorCodes.InvalidParams, message: `Invalid params for ${m.method}: ${problem}.` } },
        log: `Refused ${m.method}: ${problem}.`,
      };
    }
    return { kind: 'pass' };
  }
  if (phase === 'shuttingDown' && m.method !== 'exit') return { kind: 'drop', log: null };
  const problem = NOTIFICATIONS.get(m.method)?.(m.params);
  if (problem) return { kind: 'drop', log: `Ignored ${m.method}: ${problem}.` };
  return { kind: 'pass' };
}

/**
 * Wraps the transport's reader so every message is judged before the connection sees it.
 * Refusals are written straight to `writer`; `log` receives one line per refused message.
 */
export class GatedReader implements MessageReader {
  private phase: Phase = 'uninitialized';
  /** Where refusals are reported; set once the connection exists. */
  log: (line: string) => void = () => undefined;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  /** True once a `shutdown` request has come in. */
  get shuttingDown(): boolean {
    return this.phase === 'shuttingDown';
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      let verdict: Verdict;
      try {
        verdict = judge(message, this.phase);
      } catch {
        // Judging is plain data inspection; should it ever fail, the handlers' own guards apply.
        verdict = { kind: 'pass' };
      }
      if (verdict.kind === 'answer') {
        if (verdict.log) this.log(verdict.log);
        this.writer.write(verdict.response).catch(() => undefined);
        return;
      }
      if (verdict.kind === 'drop') {
        if (verdict.log) this.log(verdict.log);
        return;
      }
      const m = message as Partial<RequestMessage>;
      if (m.method === 'shutdown' && m.id !== undefined) this.phase = 'shuttingDown';
      else if (m.method === 'initialize' && this.phase === 'uninitialized') this.phase = 'running';
      callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
