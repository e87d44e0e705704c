/**
 * `npm run fuzz`: feeds the analysis core random and mutated articles, and the language server
 * malformed and hostile protocol traffic, within a bound on time and count. Prints what it tried
 * and what it found; exits 1 when anything crashed, hung or produced a span outside the text.
 *
 * Options: --seconds N (default 60, split between the two parts)  --seed N  --json
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../server/src/analysis';
import { rng } from '../bench/generate';
import { LspClient } from '../bench/lspClient';

const root = resolve(__dirname, '..', '..', '..');
const server = join(root, 'server', 'out', 'server.js');

interface Finding {
  part: string;
  what: string;
  input?: string;
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

function checkArticle(text: string, findings: Finding[]): number {
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
  for (const s of [...a.mentions, ...a.quotes, ...a.dates, ...a.quantities, ...a.roles, ...a.sentences]) {
    if (!(s.start >= 0 && s.end <= a.text.length && s.start <= s.end)) {
      findings.push({ part: 'core', what: `span ${s.start}-${s.end} outside a text of ${a.text.length}`, input: text.slice(0, 200) });
      break;
    }
  }
  return ms;
}

async function fuzzServer(r: () => number, deadline: number, texts: string[], findings: Finding[]): Promise<{ messages: number; requests: number; errors: number }> {
  const client = new LspClient(server);
  let exited = false;
  client.proc.on('exit', () => (exited = true));
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
      const p = client.request(method, params).catch(() => {
        errors++;
      });
      if (r() < 0.2) client.notify('$/cancelRequest', { id: requests });
      await Promise.race([p, new Promise((res) => setTimeout(res, 2000))]);
    } else {
      // Malformed traffic: unknown notifications, wrong shapes.
      client.notify(r() < 0.5 ? 'textDocument/didChange' : 'nonsense/notification', r() < 0.5 ? null : { textDocument: 7 });
    }
  }
  if (exited) findings.push({ part: 'server', what: 'the server process exited during the fuzz run' });
  else {
    const alive = await Promise.race([client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).then(() => true, () => true), new Promise<boolean>((res) => setTimeout(() => res(false), 5000))]);
    if (!alive) findings.push({ part: 'server', what: 'the server stopped answering after the fuzz run' });
  }
  await client.close();
  return { messages, requests, errors };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seconds = Number(args[args.indexOf('--seconds') + 1]) || 60;
  const seed = Number(args[args.indexOf('--seed') + 1]) || 7;
  const r = rng(seed);
  const texts = corpusTexts();
  const findings: Finding[] = [];
  const coreDeadline = performance.now() + (seconds * 1000) / 2;
  let cases = 0;
  let slowest = 0;
  while (performance.now() < coreDeadline && cases < 20000) {
    const text = r() < 0.7 ? mutate(r, texts[Math.floor(r() * texts.length)]) : randomText(r);
    slowest = Math.max(slowest, checkArticle(text, findings));
    cases++;
  }
  const serverStats = existsSync(server) ? await fuzzServer(r, performance.now() + (seconds * 1000) / 2, texts, findings) : null;
  const report = { seed, seconds, coreCases: cases, slowestCoreMs: Math.round(slowest), server: serverStats, findings };
  if (args.includes('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    process.stdout.write(`core: ${cases} articles (mutated samples and random text), slowest ${report.slowestCoreMs} ms\n`);
    if (serverStats) process.stdout.write(`server: ${serverStats.messages} messages, ${serverStats.requests} requests (${serverStats.errors} answered with an error)\n`);
    process.stdout.write(findings.length ? findings.map((f) => `FOUND [${f.part}] ${f.what}${f.input ? ` in ${JSON.stringify(f.input)}` : ''}`).join('\n') + '\n' : 'found nothing\n');
  }
  process.exit(findings.length ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`fuzz failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
