/**
 * The load run: thousands of edits and hovers against the language server over stdio on one
 * large story, then a check that the diagnostics it ends with are those a fresh server gives for
 * the final texts, with the server's memory sampled along the way. Used by `npm run load`
 * (`main.ts`) and, in a small version, by the protocol tests.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateCorpus, rng } from '../bench/generate';
import { LspClient } from '../bench/lspClient';

type Json = Record<string, unknown>;

export interface LoadOptions {
  /** The bundled server. */
  serverPath: string;
  /** Articles in the one story. */
  articles: number;
  /** Edits and hovers in all. */
  operations: number;
  /** How many of the articles are open in the editor and edited. */
  openDocuments?: number;
  /** Memory is sampled every this many operations. */
  sampleEvery?: number;
  seed?: number;
  /** The run stops early, and says so, after this long. */
  maxSeconds?: number;
  /** The server counts as settled after publishing nothing for this long (3,000 ms). */
  quietMs?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface MemorySample {
  operations: number;
  /** Resident set size of the server process, in megabytes. */
  rssMb: number;
  seconds: number;
}

export interface LoadResult {
  articles: number;
  operations: number;
  edits: number;
  hovers: number;
  /** Requests answered with an error (there should be none). */
  errors: string[];
  /** True when the run stopped at `maxSeconds` before doing every operation. */
  stoppedEarly: boolean;
  seconds: number;
  /** Hover round trips, in milliseconds. */
  hoverMs: { median: number; p95: number; max: number };
  samples: MemorySample[];
  /** Diagnostics the loaded server ended with, and those of a fresh server on the final texts. */
  diagnostics: { loaded: number; fresh: number; filesCompared: number; differences: string[] };
}

const STATUS = 'triangulate/status';

/** Resident set size of a process, in megabytes (Linux; 0 elsewhere). */
function rssOf(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Line and character (UTF-16) of an offset. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

const INSERTS = [
  ' Officials said 412 people were evacuated on Tuesday.',
  ' "We will not back down," the mayor said.',
  ' The talks resumed on 3 March 2025 in Geneva.',
  ' Police said at least 37 people were injured.',
  ' 🚒 Crews worked through the night.',
  ' Anna Lindqvist, the foreign minister, denied the report.',
  ' ',
  'x',
];

/** One random edit of `text`: where it starts and ends, and what replaces it. */
function randomEdit(text: string, next: () => number): { start: number; end: number; insert: string } {
  const pick = next();
  const at = Math.floor(next() * (text.length + 1));
  // Never split a surrogate pair: the editor never does.
  const safe = (o: number): number => (o > 0 && o < text.length && /[\uDC00-\uDFFF]/.test(text[o]) ? o - 1 : o);
  if (pick < 0.45) {
    const sentenceEnd = text.indexOf('. ', at);
    const where = safe(sentenceEnd >= 0 ? sentenceEnd + 1 : at);
    return { start: where, end: where, insert: INSERTS[Math.floor(next() * INSERTS.length)] };
  }
  if (pick < 0.75) {
    // A figure changed, the edit a fact-checker makes most.
    const digits = /\d+/g;
    digits.lastIndex = at;
    const m = digits.exec(text) ?? /\d+/.exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length, insert: String(1 + Math.floor(next() * 5000)) };
  }
  const start = safe(at);
  const end = safe(Math.min(text.length, start + Math.floor(next() * 40)));
  return { start, end, insert: '' };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Diagnostics in a comparable form: file name, range, code, severity, message, related places. */
function normalise(list: Json[]): string[] {
  return list
    .map((d) => {
      const related = ((d.relatedInformation as Json[] | undefined) ?? []).map((r) => {
        const loc = r.location as { uri: string; range: unknown };
        return `${basename(decodeURIComponent(loc.uri))}@${JSON.stringify(loc.range)}:${r.message}`;
      });
      return JSON.stringify([d.range, d.code, d.severity, d.message, related]);
    })
    .sort();
}

/** Starts a server on `dir` and waits until it has read every article and re-checked. */
async function settledServer(serverPath: string, dir: string, articles: number): Promise<LspClient> {
  const client = new LspClient(serverPath);
  await client.initialize(dir);
  const done = (m: Json) => m.method === STATUS && (m.params as { reading: boolean; articles: number }).reading === false && (m.params as { articles: number }).articles >= articles;
  if (!client.notifications.some(done)) await client.waitFor(done, 300_000);
  return client;
}

/** Waits until the server has published nothing for `quietMs`. */
async function quiet(client: LspClient, quietMs: number, maxMs = 120_000): Promise<void> {
  const started = Date.now();
  let last = Date.now();
  const previous = client.onNotification;
  client.onNotification = (m) => {
    previous?.(m);
    last = Date.now();
  };
  try {
    while (Date.now() - last < quietMs && Date.now() - started < maxMs) await new Promise((r) => setTimeout(r, 100));
  } finally {
    client.onNotification = previous;
  }
}

/** Runs the load and the comparison with a fresh server. Cleans up its temporary folders. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => undefined);
  const sampleEvery = options.sampleEvery ?? 500;
  const openCount = Math.min(options.openDocuments ?? 10, options.articles);
  const next = rng(options.seed ?? 7);
  const root = mkdtempSync(join(tmpdir(), 'triangulate-load-'));
  const dir = join(root, 'loaded');
  const freshDir = join(root, 'fresh');
  const clients: LspClient[] = [];
  try {
    const [folder] = generateCorpus(dir, options.articles, { seed: options.seed ?? 7, storySize: options.articles });
    const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
    const client = await settledServer(options.serverPath, dir, files.length);
    clients.push(client);
    // Only the latest diagnostics of each file are kept: the client must not grow either.
    const latest = new Map<string, Json[]>();
    client.onNotification = (m) => {
      if (m.method === 'textDocument/publishDiagnostics') {
        const p = m.params as { uri: string; diagnostics: Json[] };
        latest.set(p.uri, p.diagnostics);
      }
    };
    client.notifications.length = 0;
    const started = Date.now();
    const samples: MemorySample[] = [{ operations: 0, rssMb: rssOf(client.proc.pid), seconds: 0 }];
    log(`server ready on ${files.length} articles, ${samples[0].rssMb} MB`);

    const open = files.slice(0, openCount).map((name) => {
      const path = join(folder, name);
      const text = readFileSync(path, 'utf8');
      const uri = client.open(path);
      return { name, path, uri, text, version: 1 };
    });
    const errors: string[] = [];
    const hoverTimes: number[] = [];
    let edits = 0;
    let hovers = 0;
    let done = 0;
    let stoppedEarly = false;
    const deadline = started + (options.maxSeconds ?? 1800) * 1000;
    for (; done < options.operations; done++) {
      if (Date.now() > deadline) {
        stoppedEarly = true;
        break;
      }
      const doc = open[Math.floor(next() * open.length)];
      if (next() < 0.5) {
        const e = randomEdit(doc.text, next);
        const range = { start: positionAt(doc.text, e.start), end: positionAt(doc.text, e.end) };
        doc.text = doc.text.slice(0, e.start) + e.insert + doc.text.slice(e.end);
        doc.version++;
        client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range, text: e.insert }] });
        edits++;
      } else {
        const position = positionAt(doc.text, Math.floor(next() * doc.text.length));
        const t0 = performance.now();
        try {
          await client.request('textDocument/hover', { textDocument: { uri: doc.uri }, position });
        } catch (err) {
          if (errors.length < 20) errors.push(`hover: ${err instanceof Error ? err.message : String(err)}`);
        }
        hoverTimes.push(performance.now() - t0);
        hovers++;
      }
      // Status summaries and progress pile up in the client's own list; it is emptied so only
      // the server's memory is measured.
      if (client.notifications.length > 1000) client.notifications.length = 0;
      if ((done + 1) % sampleEvery === 0) {
        const sample = { operations: done + 1, rssMb: rssOf(client.proc.pid), seconds: Math.round((Date.now() - started) / 100) / 10 };
        samples.push(sample);
        log(`${sample.operations} operations, ${sample.seconds} s, server ${sample.rssMb} MB`);
      }
    }
    // The end state: every open document's text at its last version, every file republished.
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri: open[0].uri } }).catch(() => undefined);
    await quiet(client, options.quietMs ?? 3000);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const loadedDiagnostics = new Map<string, string[]>();
    for (const name of files) loadedDiagnostics.set(name, normalise(latest.get(`file://${join(folder, name)}`) ?? []));
    await client.close();

    // A fresh server on the final texts, saved to disk.
    cpSync(dir, freshDir, { recursive: true });
    const freshFolder = join(freshDir, basename(folder));
    for (const doc of open) writeFileSync(join(freshFolder, doc.name), doc.text);
    const fresh = await settledServer(options.serverPath, freshDir, files.length);
    clients.push(fresh);
    await quiet(fresh, Math.min(2000, options.quietMs ?? 2000));
    const freshLatest = new Map<string, Json[]>();
    for (const m of fresh.notifications) {
      if (m.method === 'textDocument/publishDiagnostics') {
        const p = m.params as { uri: string; diagnostics: Json[] };
        freshLatest.set(p.uri, p.diagnostics);
      }
    }
    const differences: string[] = [];
    let loadedCount = 0;
    let freshCount = 0;
    for (const name of files) {
      const a = loadedDiagnostics.get(name) ?? [];
      const b = normalise(freshLatest.get(`file://${join(freshFolder, name)}`) ?? []);
      loadedCount += a.length;
      freshCount += b.length;
      const onlyA = a.filter((x) => !b.includes(x));
      const onlyB = b.filter((x) => !a.includes(x));
      if (onlyA.length || onlyB.length) differences.push(`${name}: ${onlyA.length} only after the load (${onlyA[0] ?? ''}), ${onlyB.length} only fresh (${onlyB[0] ?? ''})`);
    }
    await fresh.close();
    const sorted = [...hoverTimes].sort((x, y) => x - y);
    return {
      articles: files.length,
      operations: done,
      edits,
      hovers,
      errors,
      stoppedEarly,
      seconds,
      hoverMs: { median: Math.round(percentile(sorted, 0.5) * 10) / 10, p95: Math.round(percentile(sorted, 0.95) * 10) / 10, max: Math.round((sorted[sorted.length - 1] ?? 0) * 10) / 10 },
      samples,
      diagnostics: { loaded: loadedCount, fresh: freshCount, filesCompared: files.length, differences },
    };
  } finally {
    for (const c of clients) if (c.proc.exitCode === null) c.proc.kill();
    rmSync(root, { recursive: true, force: true });
  }
}
