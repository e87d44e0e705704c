/**
 * `npm run fuzz`: feeds the analysis core random and mutated articles, and the language server
 * malformed and hostile protocol traffic, within a bound on time and count; then times the
 * slow-input shapes (scripts/fuzz/shapes.ts) against ordinary news of the same size. Prints what
 * it tried and what it found; exits 1 when anything crashed, hung, produced a span outside the
 * text, or when a shape cost more than ten times ordinary news.
 *
 * Options: --seconds N (default 60, split between the two random parts)  --seed N  --count N
 * (most core cases, default 20,000)  --shape-kb 100,300 (sizes of the shapes, in KB; 0 skips
 * them)  --shapes a,b (only these shapes)  --json
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../server/src/analysis';
import { rng } from '../bench/generate';
import { LspClient } from '../bench/lspClient';
import { formatRow, measureHere, measureShapes, type ShapeRow } from './slow';

const root = resolve(__dirname, '..', '..', '..');
const server = join(root, 'server', 'out', 'server.js');

interface Finding {
  part: string;
  what: string;
  input?: string;
  /**
   * True for an error the server caught, logged and answered as an error: the isolation works,
   * though a malformed request might deserve a clearer answer. Such findings do not fail the run;
   * crashes, hangs, exceptions out of the core and misplaced spans do.
   */
  handled?: boolean;
}

function corpusTexts(): string[] {
  const dirs = [join(root, 'samples'), resolve(root, '..', 'shared', 'corpus', 'seeds')];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (/\.(txt|article)$/.test(n)) out.push(readFileSync(f, 'utf8'));
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return out.length ? out : ['The Kremlin said on Sunday that "talks" were not planned.'];
}

const NASTY = ['\u0000', '\ufeff', '\ud800', '\udfff', '😀', '\u202e', '\r', '\r\n', '\n\n', '“', '”', '"', "'", '‘', '’', '---\n', 'date 9999-99-99 ', '\t', '\u00a0', 'ﬁ', 'İ', 'ß'];

/** Mutates a text: inserts, deletes, duplicates and swaps pieces, and splices in nasty characters. */
function mutate(r: () => number, text: string): string {
  let t = text;
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const kind = Math.floor(r() * 5);
    if (kind === 0) t = t.slice(0, at) + NASTY[Math.floor(r() * NASTY.length)] + t.slice(at);
    else if (kind === 1) t = t.slice(0, at) + t.slice(at + Math.floor(r() * 40));
    else if (kind === 2) t = t.slice(0, at) + t.slice(at, at + 200) + t.slice(at);
    else if (kind === 3) t = t.slice(at) + t.slice(0, at);
    else t = t.slice(0, at) + String.fromCharCode(Math.floor(r() * 0xffff)) + t.slice(at);
  }
  return t;
}

function randomText(r: () => number): string {
  const len = Math.floor(r() * 2000);
  let s = '';
  for (let i = 0; i < len; i++) s += r() < 0.1 ? NASTY[Math.floor(r() * NASTY.length)] : String.fromCharCode(32 + Math.floor(r() * 95));
  return s;
}

/** A long run of one piece: the shape that exposes super-linear regular expressions. */
function longRun(r: () => number, texts: string[]): string {
  const pieces = [...NASTY, '.', '!', '?', '-', 'A', '%', ',', '1', 'Mr. ', 'U.S. ', '"a" ', 'said ', 'Angela Merkel '];
  const piece = pieces[Math.floor(r() * pieces.length)];
  const run = piece.repeat(Math.ceil((2000 + r() * 60_000) / piece.length));
  const host = texts[Math.floor(r() * texts.length)];
  const at = Math.floor(r() * (host.length + 1));
  return host.slice(0, at) + run + host.slice(at);
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

function checkArticle(text: string, findings: Finding[], again = false): number {
  const t0 = performance.now();
  let a;
  try {
    a = analyzeArticle(text, { path: 'fuzz/input.txt' });
  } catch (err) {
    findings.push({ part: 'core', what: `threw: ${String(err)}`, input: text.slice(0, 200) });
    return performance.now() - t0;
  }
  const ms = performance.now() - t0;
  if (ms > 5000) findings.push({ part: 'core', what: `took ${Math.round(ms)} ms on ${text.length} characters`, input: text.slice(0, 200) });
  for (const note of a.notes) if (/^Internal error/.test(note)) findings.push({ part: 'core', what: note, input: text.slice(0, 200) });
  const kinds = { mentions: a.mentions, quotes: a.quotes, dates: a.dates, quantities: a.quantities, roles: a.roles, sentences: a.sentences };
  for (const [kind, spans] of Object.entries(kinds)) {
    let lastEnd = -1;
    for (const s of [...spans].sort((x, y) => x.start - y.start)) {
      let problem = '';
      if (!(s.start >= 0 && s.end <= a.text.length && s.start <= s.end)) problem = `outside a text of ${a.text.length}`;
      else if (isLowSurrogate(a.text, s.start) || isLowSurrogate(a.text, s.end)) problem = 'splits a surrogate pair';
      else if (kind !== 'roles' && s.start < lastEnd) problem = 'overlaps the one before';
      if (problem) {
        findings.push({ part: 'core', what: `${kind} span ${s.start}-${s.end} ${problem}`, input: text.slice(Math.max(0, s.start - 100), s.end + 100) });
        break;
      }
      lastEnd = Math.max(lastEnd, s.end);
    }
  }
  if (again && JSON.stringify(analyzeArticle(text, { path: 'fuzz/input.txt' })) !== JSON.stringify(a)) {
    findings.push({ part: 'core', what: 'analysing the same text twice gave different results', input: text.slice(0, 200) });
  }
  return ms;
}

async function fuzzServer(r: () => number, deadline: number, texts: string[], findings: Finding[]): Promise<{ messages: number; requests: number; errors: number }> {
  const client = new LspClient(server);
  let exited = false;
  // The run ends by asking the server to shut down; only an exit before that is a finding.
  let closing = false;
  client.proc.on('exit', (code, signal) => {
    exited = true;
    if (!closing) findings.push({ part: 'server', what: `the server process exited (code ${code}, signal ${signal})`, input: lastMessage });
  });
  // Whatever the server writes to stderr or logs as an error is kept: a handler's exception
  // shows up there even when the request is answered.
  let lastMessage = '';
  const errorsSeen = new Set<string>();
  const noteError = (what: string) => {
    const key = what.split('\n').slice(0, 3).join(' | ').slice(0, 400);
    if (errorsSeen.has(key) || errorsSeen.size > 50) return;
    errorsSeen.add(key);
    findings.push({ part: 'server', what: key, input: `near ${lastMessage}`, handled: true });
  };
  client.proc.stderr.on('data', (chunk: Buffer) => {
    const t = chunk.toString('utf8');
    if (/Error|\bat .+:\d+:\d+/.test(t)) noteError(`stderr: ${t.trim()}`);
  });
  client.onNotification = (msg) => {
    const params = msg.params as { type?: number; message?: string } | undefined;
    if (msg.method === 'window/logMessage' && params?.type === 1) noteError(`logged error: ${params.message ?? ''}`);
  };
  const nextId = () => (client as unknown as { nextId: number }).nextId;
  await client.initialize(join(root, 'samples'));
  const uri = 'file:///fuzz/article.txt';
  let version = 1;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version, text: texts[0] } });
  let messages = 0;
  let requests = 0;
  let errors = 0;
  const methods = ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'textDocument/foldingRange', 'textDocument/definition', 'textDocument/references', 'textDocument/codeAction', 'workspace/symbol', 'triangulate/unknown', 'textDocument/inlayHint', 'textDocument/codeLens'];
  const pos = () => ({ line: Math.floor(r() * 200) - 20, character: Math.floor(r() * 400) - 20 });
  while (performance.now() < deadline && !exited) {
    const k = r();
    messages++;
    if (k < 0.3) {
      // Edits: valid, out of range, stale versions.
      const stale = r() < 0.2;
      if (!stale) version++;
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: stale ? Math.max(0, version - 3) : version },
        contentChanges: r() < 0.3 ? [{ text: mutate(r, texts[Math.floor(r() * texts.length)]) }] : [{ range: { start: pos(), end: pos() }, text: NASTY[Math.floor(r() * NASTY.length)] }],
      });
    } else if (k < 0.85) {
      requests++;
      const method = methods[Math.floor(r() * methods.length)];
      const params = r() < 0.1 ? { garbage: true } : { textDocument: { uri: r() < 0.1 ? 'file:///nowhere.txt' : uri }, position: pos(), range: { start: pos(), end: pos() }, query: 'a', context: { includeDeclaration: true, diagnostics: [] } };
      lastMessage = JSON.stringify({ method, params }).slice(0, 300);
      const p = client.request(method, params).catch((err: Error) => {
        errors++;
        // An internal error (-32603) is a handler that threw; other codes are the server
        // declining a malformed or cancelled request, which is correct.
        if (/-32603/.test(err.message)) noteError(`internal error answering ${method}: ${err.message}`);
      });
      // Cancel some requests while they are in flight, by their real id.
      if (r() < 0.2) client.notify('$/cancelRequest', { id: nextId() - 1 });
      await Promise.race([p, new Promise((res) => setTimeout(res, 2000))]);
    } else if (k < 0.92) {
      // Documents opened, closed and reopened under the fuzzer's feet, some huge or binary-looking.
      const other = `file:///fuzz/other-${Math.floor(r() * 3)}.txt`;
      const kind = Math.floor(r() * 4);
      lastMessage = `document churn ${kind} on ${other}`;
      if (kind === 0) client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'article', version: 1, text: r() < 0.5 ? longRun(r, texts) : randomText(r) } });
      else if (kind === 1) client.notify('textDocument/didClose', { textDocument: { uri: other } });
      else if (kind === 2) client.notify('textDocument/didChange', { textDocument: { uri: other, version: 99 }, contentChanges: [{ text: 'x' }] });
      else client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version, text: texts[Math.floor(r() * texts.length)] } });
    } else {
      // Malformed traffic: unknown notifications, wrong shapes, requests with no params at all.
      const kind = Math.floor(r() * 3);
      lastMessage = `malformed ${kind}`;
      if (kind === 0) client.notify(r() < 0.5 ? 'textDocument/didChange' : 'nonsense/notification', r() < 0.5 ? null : { textDocument: 7 });
      else if (kind === 1) client.notify('textDocument/didChange', { textDocument: { uri, version: 'x' }, contentChanges: [{ range: { start: { line: -1, character: 'a' }, end: null }, text: 5 }] });
      else {
        requests++;
        const method = methods[Math.floor(r() * methods.length)];
        lastMessage = `${method} with params ${kind}`;
        await Promise.race([
          client.request(method, r() < 0.5 ? null : [1, 2, 3]).catch((err: Error) => {
            errors++;
            if (/-32603/.test(err.message)) noteError(`internal error answering ${method} with malformed params: ${err.message}`);
          }),
          new Promise((res) => setTimeout(res, 2000)),
        ]);
      }
    }
  }
  if (!exited) {
    const alive = await Promise.race([client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).then(() => true, () => true), new Promise<boolean>((res) => setTimeout(() => res(false), 5000))]);
    if (!alive) findings.push({ part: 'server', what: 'the server stopped answering after the fuzz run' });
  }
  closing = true;
  await client.close();
  return { messages, requests, errors };
}

/** Ratio to ordinary news of the same size above which a shape is a finding. */
const MAX_RATIO = 10;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    // A child of the slow-shape part: one measurement, printed as JSON.
    process.stdout.write(JSON.stringify(measureHere(args[3] ?? root, args[1], Number(args[2]))) + '\n');
    return;
  }
  const seconds = Number(args[args.indexOf('--seconds') + 1]) || 60;
  const seed = Number(args[args.indexOf('--seed') + 1]) || 7;
  const r = rng(seed);
  const texts = corpusTexts();
  const findings: Finding[] = [];
  const coreDeadline = performance.now() + (seconds * 1000) / 2;
  let cases = 0;
  let slowest = 0;
  const kinds = { mutated: 0, random: 0, longRun: 0 };
  const maxCases = Number(args[args.indexOf('--count') + 1]) || 20000;
  while (performance.now() < coreDeadline && cases < maxCases) {
    const k = r();
    const kind = k < 0.65 ? 'mutated' : k < 0.9 ? 'random' : 'longRun';
    kinds[kind]++;
    const text = kind === 'mutated' ? mutate(r, texts[Math.floor(r() * texts.length)]) : kind === 'random' ? randomText(r) : longRun(r, texts);
    slowest = Math.max(slowest, checkArticle(text, findings, cases % 10 === 0));
    cases++;
  }
  const serverStats = existsSync(server) ? await fuzzServer(r, performance.now() + (seconds * 1000) / 2, texts, findings) : null;
  const json = args.includes('--json');
  const shapeKb = args.includes('--shape-kb') ? args[args.indexOf('--shape-kb') + 1].split(',').map(Number).filter((n) => n > 0) : [100];
  const only = args.includes('--shapes') ? args[args.indexOf('--shapes') + 1].split(',') : undefined;
  if (shapeKb.length && !json) process.stdout.write('slow-input shapes against ordinary news of the same size (analysis, linking and comparison of one article):\n');
  const shapes: ShapeRow[] = measureShapes(__filename, root, shapeKb.map((kb) => kb * 1024), 600_000, only, json ? undefined : (row) => process.stdout.write(`  ${formatRow(row)}\n`));
  for (const row of shapes) {
    if (row.shape === 'ordinary') continue;
    const input = `${row.shape} at ${Math.round(row.size / 1024)} KB`;
    if (row.ms === null) findings.push({ part: 'shapes', what: `did not finish: ${row.errors.join('; ')}`, input });
    else if (row.ratio !== null && row.ratio > MAX_RATIO) findings.push({ part: 'shapes', what: `took ${row.ratio.toFixed(1)} times as long as ordinary news of its size`, input });
    if (row.errors.length && row.ms !== null) findings.push({ part: 'shapes', what: row.errors.join('; '), input });
  }
  const report = { seed, seconds, coreCases: cases, coreKinds: kinds, slowestCoreMs: Math.round(slowest), server: serverStats, shapes, findings };
  if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    process.stdout.write(`seed ${seed}, ${seconds} s\ncore: ${cases} articles (${kinds.mutated} mutated samples, ${kinds.random} random texts, ${kinds.longRun} with long runs), slowest ${report.slowestCoreMs} ms\n`);
    if (serverStats) process.stdout.write(`server: ${serverStats.messages} messages, ${serverStats.requests} requests (${serverStats.errors} answered with an error)\n`);
    const line = (f: Finding) => `${f.handled ? 'HANDLED' : 'FOUND'} [${f.part}] ${f.what}${f.input ? ` ${JSON.stringify(f.input)}` : ''}`;
    const fatal = findings.filter((f) => !f.handled);
    const handled = findings.filter((f) => f.handled);
    process.stdout.write(fatal.length ? fatal.map(line).join('\n') + '\n' : 'no crash, hang, exception or misplaced span\n');
    if (handled.length) process.stdout.write(`${handled.length} distinct errors caught, logged and answered by the server:\n${handled.map(line).join('\n')}\n`);
  }
  process.exit(findings.some((f) => !f.handled) ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`fuzz failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
