/**
 * `npm run bench`: times the CLI and the language server on generated corpora of growing size
 * and on the real corpora, and writes `docs/performance.md`.
 *
 * Options: --sizes 10,100,1000,5000  --runs N  --json  --no-write  --quick (sizes 10,100; 2 runs)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate';
import { LspClient } from './lspClient';

const root = resolve(__dirname, '..', '..', '..');
const cli = join(root, 'out', 'cli.js');
const server = join(root, 'server', 'out', 'server.js');

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stat(values: number[]): Stat {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length };
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function listArticles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listArticles(full));
    else if (/\.(txt|article)$/.test(name)) out.push(full);
  }
  return out.sort();
}

function countWords(files: string[]): number {
  let n = 0;
  for (const f of files) n += readFileSync(f, 'utf8').split(/\s+/).filter(Boolean).length;
  return n;
}

/** Times `triangulate check DIR --format json` end to end (process start included). */
function timeCli(dir: string, runs: number): Stat {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json'], { maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`CLI failed on ${dir}: ${r.stderr?.toString().slice(0, 500)}`);
    times.push(performance.now() - t0);
  }
  return stat(times);
}

/** Times the bare libraries on the same texts: wink-nlp tagging and chrono-node parsing. */
function timeLibraries(files: string[], runs: number): Stat {
  // Loaded here so that their start-up cost is not counted against the CLI.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const chrono = require('chrono-node');
  const nlp = winkNLP(model);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (const t of texts) {
      for (const p of t.split(/\n+/)) {
        nlp.readDoc(p).tokens().out();
        chrono.parse(p, new Date(2025, 0, 1));
      }
    }
    times.push(performance.now() - t0);
  }
  return stat(times);
}

interface ServerFigures {
  firstDiagnostics: Stat;
  editToDiagnostics: { p50: number; p95: number; samples: number } | null;
  hover: { p50: number; p95: number; samples: number } | null;
  semanticTokens: { p50: number; p95: number; samples: number; words: number } | null;
  peakRssMb: number;
}

async function measureServer(dir: string, runs: number, interactive: boolean): Promise<ServerFigures> {
  const files = listArticles(dir);
  const target = files[0];
  const firsts: number[] = [];
  let rss = 0;
  let edit: ServerFigures['editToDiagnostics'] = null;
  let hover: ServerFigures['hover'] = null;
  let tokens: ServerFigures['semanticTokens'] = null;
  for (let run = 0; run < runs; run++) {
    const client = new LspClient(server);
    const t0 = performance.now();
    const init = (await client.initialize(dir)) as { capabilities?: { experimental?: { storyChecked?: boolean } } };
    const announcesStoryChecks = init?.capabilities?.experimental?.storyChecked === true;
    const uri = `file://${target}`;
    const first = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, 120_000);
    client.open(target);
    await first;
    firsts.push(performance.now() - t0);
    if (interactive && run === runs - 1) {
      const text = readFileSync(target, 'utf8');
      // Let the workspace scan settle so the edits measure the steady state.
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      const editTimes: number[] = [];
      let version = 1;
      const lines = text.split('\n');
      const editLine = Math.max(0, lines.findIndex((l) => l.length > 40));
      for (let i = 0; i < 40; i++) {
        version++;
        // Done when the edited article's diagnostics are republished and, where the server
        // announces it, the whole story has been re-checked (every affected file republished).
        let republished = false;
        let storyChecked = !announcesStoryChecks;
        const done = new Promise<void>((resolveDone, reject) => {
          const timer = setTimeout(() => reject(new Error('edit timed out')), 30_000);
          client.onNotification = (m) => {
            const p = m.params as { uri?: string; version?: number };
            if (m.method === 'textDocument/publishDiagnostics' && p.uri === uri && (p.version === undefined || p.version === version)) republished = true;
            if (m.method === 'triangulate/storyChecked' && (p.version === undefined || p.version >= version)) storyChecked = true;
            if (republished && storyChecked) {
              clearTimeout(timer);
              resolveDone();
            }
          };
        });
        const t1 = performance.now();
        client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 0 } }, text: i % 2 ? '' : ' ' }],
        });
        await done;
        editTimes.push(performance.now() - t1);
      }
      client.onNotification = null;
      edit = { p50: percentile(editTimes, 50), p95: percentile(editTimes, 95), samples: editTimes.length };
      const hoverTimes: number[] = [];
      for (let i = 0; i < 100; i++) {
        const line = Math.min(lines.length - 1, 6 + (i % 20));
        const t1 = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 5 + (i % 30) } });
        hoverTimes.push(performance.now() - t1);
      }
      hover = { p50: percentile(hoverTimes, 50), p95: percentile(hoverTimes, 95), samples: hoverTimes.length };
      // Semantic tokens on a 2,000-word article.
      const long = join(tmpdir(), `triangulate-bench-long-${process.pid}.txt`);
      const body = readFileSync(target, 'utf8');
      let longText = body;
      while (longText.split(/\s+/).length < 2000) longText += '\n' + body.replace(/^---[\s\S]*?---\n/, '');
      writeFileSync(long, longText);
      const longUri = client.open(long);
      await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === longUri, 60_000).catch(() => undefined);
      const tokenTimes: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t1 = performance.now();
        await client.request('textDocument/semanticTokens/full', { textDocument: { uri: longUri } });
        tokenTimes.push(performance.now() - t1);
      }
      tokens = { p50: percentile(tokenTimes, 50), p95: percentile(tokenTimes, 95), samples: tokenTimes.length, words: longText.split(/\s+/).length };
    }
    rss = Math.max(rss, client.peakRss());
    await client.close();
  }
  return { firstDiagnostics: stat(firsts), editToDiagnostics: edit, hover, semanticTokens: tokens, peakRssMb: rss / 1048576 };
}

interface Row {
  corpus: string;
  articles: number;
  words: number;
  cli: Stat;
  articlesPerSecond: number;
  wordsPerSecond: number;
  libraries: Stat;
  server: ServerFigures | null;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const sizeArg = args.indexOf('--sizes');
  const sizes = sizeArg >= 0 ? args[sizeArg + 1].split(',').map(Number) : quick ? [10, 100] : [10, 100, 1000, 5000];
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 2 : 3;
  const json = args.includes('--json');
  const write = !args.includes('--no-write');
  if (!existsSync(cli) || !existsSync(server)) throw new Error('Build first: npm run build');
  const work = join(tmpdir(), 'triangulate-bench');
  mkdirSync(work, { recursive: true });
  const rows: Row[] = [];
  const log = (s: string) => {
    if (!json) process.stderr.write(s + '\n');
  };
  for (const size of sizes) {
    const dir = join(work, `gen-${size}`);
    log(`generating ${size} articles…`);
    generateCorpus(dir, size);
    const files = listArticles(dir);
    const words = countWords(files);
    log(`timing the CLI on ${size} articles…`);
    const cliStat = timeCli(dir, size >= 5000 ? Math.min(runs, 3) : runs);
    const libraries = timeLibraries(files, size >= 1000 ? 1 : runs);
    log(`timing the server on ${size} articles…`);
    const srv = size <= 1000 ? await measureServer(dir, size >= 1000 ? 2 : runs, true) : null;
    rows.push({ corpus: `generated ${size}`, articles: files.length, words, cli: cliStat, articlesPerSecond: files.length / (cliStat.median / 1000), wordsPerSecond: words / (cliStat.median / 1000), libraries, server: srv });
  }
  const shared = resolve(root, '..', 'shared', 'corpus', 'materialised');
  if (existsSync(shared)) {
    for (const name of ['ecbplus', 'esc', 'gum']) {
      const dir = join(shared, name);
      if (!existsSync(dir)) continue;
      const files = listArticles(dir);
      log(`timing the CLI on the real corpus ${name} (${files.length} articles)…`);
      const cliStat = timeCli(dir, runs);
      rows.push({ corpus: `real: ${name}`, articles: files.length, words: countWords(files), cli: cliStat, articlesPerSecond: files.length / (cliStat.median / 1000), wordsPerSecond: countWords(files) / (cliStat.median / 1000), libraries: timeLibraries(files, 1), server: null });
    }
  }
  const result = { date: new Date().toISOString().slice(0, 10), commit: commit(), cores: cpus().length, node: process.version, runs, rows };
  if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  const md = render(result);
  if (!json) process.stdout.write(md);
  if (write) writeFileSync(join(root, 'docs', 'performance-latest.md'), md);
}

function render(r: { date: string; commit: string; cores: number; node: string; runs: number; rows: Row[] }): string {
  const lines: string[] = [];
  lines.push(`Measured ${r.date} at commit ${r.commit} on ${r.cores} cores, Node ${r.node}; medians of up to ${r.runs} runs (min–max).`, '');
  lines.push('| corpus | articles | words | CLI check (ms) | articles/s | words/s | bare libraries (ms) | own layers ÷ libraries | growth vs previous size |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  let prev: Row | null = null;
  for (const row of r.rows) {
    const growth = prev && row.corpus.startsWith('generated') && prev.corpus.startsWith('generated') ? `×${fmt(row.cli.median / prev.cli.median, 1)} for ×${fmt(row.articles / prev.articles, 0)} articles` : '';
    lines.push(`| ${row.corpus} | ${fmt(row.articles)} | ${fmt(row.words)} | ${fmt(row.cli.median)} (${fmt(row.cli.min)}–${fmt(row.cli.max)}) | ${fmt(row.articlesPerSecond)} | ${fmt(row.wordsPerSecond)} | ${fmt(row.libraries.median)} | ${fmt(row.cli.median / Math.max(1, row.libraries.median), 2)} | ${growth} |`);
    if (row.corpus.startsWith('generated')) prev = row;
  }
  lines.push('', '| corpus | server start → first diagnostics (ms) | edit → diagnostics p50 / p95 (ms) | hover p50 / p95 (ms) | semantic tokens p50 / p95 (ms, words) | peak RSS (MB) |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const row of r.rows) {
    const s = row.server;
    if (!s) continue;
    lines.push(
      `| ${row.corpus} | ${fmt(s.firstDiagnostics.median)} (${fmt(s.firstDiagnostics.min)}–${fmt(s.firstDiagnostics.max)}) | ${s.editToDiagnostics ? `${fmt(s.editToDiagnostics.p50, 1)} / ${fmt(s.editToDiagnostics.p95, 1)}` : '—'} | ${s.hover ? `${fmt(s.hover.p50, 2)} / ${fmt(s.hover.p95, 2)}` : '—'} | ${s.semanticTokens ? `${fmt(s.semanticTokens.p50, 1)} / ${fmt(s.semanticTokens.p95, 1)} (${fmt(s.semanticTokens.words)})` : '—'} | ${fmt(s.peakRssMb)} |`,
    );
  }
  return lines.join('\n') + '\n';
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
