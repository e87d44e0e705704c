/**
 * `npm run bench`: times the CLI and the language server on generated corpora of growing size
 * and on the real corpora, and writes `docs/performance.md`.
 *
 * Options: --sizes 10,100,1000,5000  --runs N  --json  --no-write  --no-real  --no-profile
 * --server-max N (largest corpus the server is started on; default 5000)  --commit HASH (name the
 * commit measured, for a run from an exported tree)
 * --quick (sizes 10,100; 2 runs; no real corpora; a smoke test of about a minute)
 * --server-only (the server figures alone: no CLI, no wink-nlp timing, no real corpora, no
 * profile; never written, since the report's CLI table would be missing)
 * --server PATH (the bundled server to start, to compare a build of another commit)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate';
import { summariseProfile, type ProfileSummary } from './profile';
import { LspClient } from './lspClient';

const root = resolve(__dirname, '..', '..', '..');
const cli = join(root, 'out', 'cli.js');
let server = join(root, 'server', 'out', 'server.js');

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

/**
 * Times the bare NLP library the analysis depends on, on the same texts and in the same pieces
 * (one call per paragraph, as the analysis does): wink-nlp tokenising and tagging. The dates
 * extractor no longer uses chrono-node, so it is not timed.
 */
function timeLibraries(files: string[], runs: number): Stat {
  // Loaded here so that their start-up cost is not counted against the CLI.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (const t of texts) {
      for (const p of t.split(/\n+/)) {
        if (p.trim()) nlp.readDoc(p).tokens().out(its.pos);
      }
    }
    times.push(performance.now() - t0);
  }
  return stat(times);
}

interface Percentiles {
  p50: number;
  p95: number;
  samples: number;
}

interface ServerFigures {
  firstDiagnostics: Stat;
  /**
   * From start to the first status saying the workspace is read, after which every story has
   * been checked and published (last run only).
   */
  workspaceChecked: number | null;
  /** What the edit measurement waited for, in words. */
  editDoneWhen: string;
  /** A keystroke that only moves the article's words: a space typed at the start of a paragraph in the middle of the body, then deleted. */
  editToDiagnostics: Percentiles | null;
  /** A keystroke that changes a claim: a digit of a number in the body typed over, then restored. */
  claimEditToDiagnostics: Percentiles | null;
  /** Ten keystrokes 30 ms apart: from the last one to its story's republished diagnostics. */
  typingBurst: { lastKeystrokeToDiagnostics: number; stalePublications: number; publications: number } | null;
  hover: Percentiles | null;
  semanticTokens: (Percentiles & { words: number; first: number }) | null;
  peakRssMb: number;
}

const STATUS = 'triangulate/status';
const STORY_CHECKED = 'triangulate/storyChecked';

/** Longest time the edit measurement may take per corpus, so a slow server cannot stall the run. */
const EDIT_BUDGET_MS = 90_000;

async function measureServer(dir: string, runs: number, interactive: boolean): Promise<ServerFigures> {
  const files = listArticles(dir);
  const target = files[0];
  const firsts: number[] = [];
  let rss = 0;
  let edit: ServerFigures['editToDiagnostics'] = null;
  let claimEdit: ServerFigures['claimEditToDiagnostics'] = null;
  let burst: ServerFigures['typingBurst'] = null;
  let hover: ServerFigures['hover'] = null;
  let tokens: ServerFigures['semanticTokens'] = null;
  let editDoneWhen = '';
  let workspaceChecked: number | null = null;
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
      // Let the workspace scan settle so the edits measure the steady state: the server sends
      // a status summary after each re-check, with \`reading\` false once every file is read.
      const settled = (m: { method?: unknown; params?: unknown }) => m.method === STATUS && (m.params as { reading?: boolean }).reading === false;
      if (!client.notifications.some(settled)) await client.waitFor(settled, 300_000).catch(() => undefined);
      workspaceChecked = performance.now() - t0;
      const sendsStatus = client.notifications.some((m) => m.method === STATUS);
      // Done when the edited article's diagnostics for the new version are republished and
      // the whole story has been re-checked: the server's story-checked notification where it
      // announces one, otherwise its status summary, which it sends after a re-check has
      // republished every article of the affected stories.
      const story = announcesStoryChecks ? STORY_CHECKED : sendsStatus ? STATUS : null;
      editDoneWhen = story ? `the edited file's diagnostics for the new version and the next \`${story}\` notification (sent once every article of the story is republished)` : "the edited file's diagnostics for the new version";
      const editTimes: number[] = [];
      let version = 1;
      const lines = text.split('\n');
      // A paragraph in the middle of the body (after the header block, when there is one).
      const headerEnd = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1 : 0;
      const bodyLines = lines.map((l, i) => i).filter((i) => i >= headerEnd && lines[i].length > 40);
      const editLine = bodyLines[Math.floor(bodyLines.length / 2)] ?? Math.max(0, lines.findIndex((l) => l.length > 40));
      const waitForVersion = (v: number): Promise<void> => {
        let republished = false;
        let storyChecked = story === null;
        return new Promise<void>((resolveDone, reject) => {
          const timer = setTimeout(() => reject(new Error('edit timed out')), 60_000);
          client.onNotification = (m) => {
            const p = m.params as { uri?: string; version?: number };
            if (m.method === 'textDocument/publishDiagnostics' && p.uri === uri && (p.version === undefined || p.version === v)) republished = true;
            else if (republished && m.method === story && (story === STATUS || p.version === undefined || (p.version ?? 0) >= v)) storyChecked = true;
            if (republished && storyChecked) {
              clearTimeout(timer);
              resolveDone();
            }
          };
        });
      };
      // A keystroke inserts a space at the start of a line; the next one deletes it again.
      const keystroke = (v: number, insert: boolean) =>
        client.notify('textDocument/didChange', {
          textDocument: { uri, version: v },
          contentChanges: [insert ? { range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 0 } }, text: ' ' } : { range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 1 } }, text: '' }],
        });
      const editStart = performance.now();
      for (let i = 0; i < 40 && performance.now() - editStart < EDIT_BUDGET_MS; i++) {
        version++;
        const done = waitForVersion(version);
        const t1 = performance.now();
        keystroke(version, i % 2 === 0);
        await done;
        editTimes.push(performance.now() - t1);
      }
      if (editTimes.length % 2) {
        // Leave the text as it was before the edits: an odd number of them left a space in.
        version++;
        const done = waitForVersion(version);
        keystroke(version, false);
        await done;
      }
      client.onNotification = null;
      edit = { p50: percentile(editTimes, 50), p95: percentile(editTimes, 95), samples: editTimes.length };
      // A keystroke that changes what the article claims: a digit of a number in the body typed
      // over (the story must be compared again), then restored.
      const digitLine = bodyLines.find((i) => /\d/.test(lines[i])) ?? -1;
      if (digitLine >= 0) {
        const character = lines[digitLine].search(/\d/);
        const original = lines[digitLine][character];
        const other = original === '7' ? '8' : '7';
        const claimTimes: number[] = [];
        const claimStart = performance.now();
        for (let i = 0; i < 20 && performance.now() - claimStart < EDIT_BUDGET_MS; i++) {
          version++;
          const done = waitForVersion(version);
          const t1 = performance.now();
          client.notify('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: { line: digitLine, character }, end: { line: digitLine, character: character + 1 } }, text: i % 2 === 0 ? other : original }],
          });
          await done;
          claimTimes.push(performance.now() - t1);
        }
        if (claimTimes.length % 2) {
          version++;
          const done = waitForVersion(version);
          client.notify('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: { line: digitLine, character }, end: { line: digitLine, character: character + 1 } }, text: original }],
          });
          await done;
        }
        client.onNotification = null;
        claimEdit = { p50: percentile(claimTimes, 50), p95: percentile(claimTimes, 95), samples: claimTimes.length };
      }
      // Typing: ten keystrokes 30 ms apart. Only the last version's result should count, and
      // no publication may carry an older version after a newer one was published.
      let publications = 0;
      let stale = 0;
      let newest = 0;
      const burstDone = waitForVersion(version + 10);
      const inner = client.onNotification as ((m: { method?: unknown; params?: unknown }) => void) | null;
      client.onNotification = (m) => {
        const p = m.params as { uri?: string; version?: number };
        if (m.method === 'textDocument/publishDiagnostics' && p.uri === uri && typeof p.version === 'number') {
          publications++;
          if (p.version < newest) stale++;
          newest = Math.max(newest, p.version);
        }
        inner?.(m as never);
      };
      let tLast = 0;
      for (let k = 1; k <= 10; k++) {
        version++;
        keystroke(version, k % 2 === 1);
        tLast = performance.now();
        if (k < 10) await new Promise((r) => setTimeout(r, 30));
      }
      await burstDone;
      burst = { lastKeystrokeToDiagnostics: performance.now() - tLast, stalePublications: stale, publications };
      client.onNotification = null;
      const hoverTimes: number[] = [];
      for (let i = 0; i < 100; i++) {
        const line = Math.min(lines.length - 1, 6 + (i % 20));
        const t1 = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 5 + (i % 30) } });
        hoverTimes.push(performance.now() - t1);
      }
      hover = { p50: percentile(hoverTimes, 50), p95: percentile(hoverTimes, 95), samples: hoverTimes.length };
      // Semantic tokens on a 2,000-word article.
      // In a folder of its own: an article opened from outside the workspace is compared with
      // the articles beside it, and the temporary folder may hold anything.
      const longDir = mkdtempSync(join(tmpdir(), 'triangulate-bench-long-'));
      const long = join(longDir, 'long-article.txt');
      const body = readFileSync(target, 'utf8');
      let longText = body;
      while (longText.split(/\s+/).length < 2000) longText += '\n' + body.replace(/^---[\s\S]*?---\n/, '');
      writeFileSync(long, longText);
      const longUri = client.open(long);
      await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === longUri, 60_000).catch(() => undefined);
      const tokenTimes: number[] = [];
      // The first request after opening may compute what later ones reuse; it is kept apart.
      let firstTokens = 0;
      for (let i = 0; i < 30; i++) {
        const t1 = performance.now();
        await client.request('textDocument/semanticTokens/full', { textDocument: { uri: longUri } });
        if (i === 0) firstTokens = performance.now() - t1;
        else tokenTimes.push(performance.now() - t1);
      }
      tokens = { first: firstTokens, p50: percentile(tokenTimes, 50), p95: percentile(tokenTimes, 95), samples: tokenTimes.length, words: longText.split(/\s+/).filter(Boolean).length };
      rmSync(longDir, { recursive: true, force: true });
    }
    rss = Math.max(rss, client.peakRss());
    await client.close();
  }
  return { firstDiagnostics: stat(firsts), workspaceChecked, editDoneWhen, editToDiagnostics: edit, claimEditToDiagnostics: claimEdit, typingBurst: burst, hover, semanticTokens: tokens, peakRssMb: rss / 1048576 };
}

interface Row {
  corpus: string;
  articles: number;
  words: number;
  /** Null when only the server was measured (`--server-only`). */
  cli: Stat | null;
  articlesPerSecond: number;
  wordsPerSecond: number;
  libraries: Stat | null;
  server: ServerFigures | null;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function commit(): string {
  // A run from an exported tree (no .git) can name its commit itself.
  const named = process.argv.indexOf('--commit');
  if (named >= 0 && process.argv[named + 1]) return process.argv[named + 1];
  try {
    // The commit of the server measured, which `--server` may take from another worktree.
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dirname(server) }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** Profiles `triangulate check` on a folder with \`node --cpu-prof\` and summarises the profile. */
function profileCli(dir: string, top: number): ProfileSummary | null {
  const out = join(tmpdir(), `triangulate-bench-profile-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  // In one thread: a profile of the main thread of a run with worker threads shows only waiting.
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, cli, 'check', dir, '--format', 'json'], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TRIANGULATE_WORKERS: '0' },
  });
  if (r.status !== 0 || !existsSync(out)) return null;
  const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  const summary = file ? summariseProfile(join(out, file), top) : null;
  rmSync(out, { recursive: true, force: true });
  return summary;
}

interface Result {
  date: string;
  commit: string;
  cores: number;
  cpu: string;
  node: string;
  runs: number;
  /** One-minute load average of the machine before and after the run (other work shares it). */
  load: { before: number; after: number };
  rows: Row[];
  /** Largest generated size the server was started on, and why larger ones were left out. */
  serverMax: number;
  profile: { corpus: string; summary: ProfileSummary } | null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = option('--sizes')?.split(',').map(Number) ?? (quick ? [10, 100] : [10, 100, 1000, 5000]);
  const runs = Number(option('--runs') ?? (quick ? 2 : 3));
  const serverMax = Number(option('--server-max') ?? 5000);
  const json = args.includes('--json');
  const serverOnly = args.includes('--server-only');
  const write = !args.includes('--no-write') && !serverOnly;
  const real = !quick && !serverOnly && !args.includes('--no-real');
  const profile = !serverOnly && !args.includes('--no-profile');
  if (option('--server')) server = resolve(option('--server')!);
  if ((!serverOnly && !existsSync(cli)) || !existsSync(server)) throw new Error('Build first: npm run build');
  const shared = resolve(root, '..', 'shared', 'corpus', 'materialised');
  if (real && !existsSync(shared)) {
    // The real corpora are kept outside the repository; a fresh clone has none. Failing here,
    // before any timing, says so instead of writing a report that silently lacks them.
    process.stderr.write(
      `bench: the real corpora are not at ${shared}. They are kept outside the repository; ` +
        'place them at ../shared/corpus, or pass --no-real (or --quick) to time the generated corpora only.\n',
    );
    process.exit(2);
  }
  const work = join(tmpdir(), 'triangulate-bench');
  mkdirSync(work, { recursive: true });
  const rows: Row[] = [];
  const log = (s: string) => process.stderr.write(s + '\n');
  const loadBefore = loadavg()[0];
  for (const size of sizes) {
    const dir = join(work, `gen-${size}`);
    log(`generating ${size} articles…`);
    generateCorpus(dir, size);
    const files = listArticles(dir);
    const words = countWords(files);
    if (!serverOnly) log(`timing the CLI on ${size} articles…`);
    const cliStat = serverOnly ? null : timeCli(dir, size >= 5000 ? Math.min(runs, 2) : runs);
    const libraries = serverOnly ? null : timeLibraries(files, size >= 1000 ? 1 : runs);
    let srv: ServerFigures | null = null;
    if (size <= serverMax) {
      log(`timing the server on ${size} articles…`);
      srv = await measureServer(dir, size >= 5000 ? 1 : size >= 1000 ? Math.min(runs, 2) : runs, true);
    }
    const perSecond = (n: number) => (cliStat ? n / (cliStat.median / 1000) : 0);
    rows.push({ corpus: `generated ${size}`, articles: files.length, words, cli: cliStat, articlesPerSecond: perSecond(files.length), wordsPerSecond: perSecond(words), libraries, server: srv });
  }
  if (real) {
    for (const name of ['ecbplus', 'esc', 'gum']) {
      const dir = join(shared, name);
      if (!existsSync(dir)) continue;
      const files = listArticles(dir);
      const words = countWords(files);
      log(`timing the CLI on the real corpus ${name} (${files.length} articles)…`);
      const cliStat = timeCli(dir, runs);
      rows.push({ corpus: `real: ${name}`, articles: files.length, words, cli: cliStat, articlesPerSecond: files.length / (cliStat.median / 1000), wordsPerSecond: words / (cliStat.median / 1000), libraries: timeLibraries(files, 1), server: null });
    }
  }
  let prof: Result['profile'] = null;
  if (profile && sizes.length) {
    const largest = Math.max(...sizes);
    log(`profiling the CLI on ${largest} articles…`);
    const summary = profileCli(join(work, `gen-${largest}`), 30);
    if (summary) prof = { corpus: `generated ${largest}`, summary };
  }
  const cpu = cpus();
  const result: Result = {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    commit: commit(),
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    node: process.version,
    runs,
    load: { before: loadBefore, after: loadavg()[0] },
    rows,
    serverMax,
    profile: prof,
  };
  if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  const md = render(result);
  if (!json) process.stdout.write(md);
  if (write) writeReport(md);
}

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these marks) -->';
const END = '<!-- bench:end -->';

/** Puts the measured part into docs/performance.md between its marks, keeping the prose around it. */
function writeReport(md: string): void {
  const file = join(root, 'docs', 'performance.md');
  const block = `${BEGIN}\n${md}${END}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + END.length);
  else doc = `# Performance\n\n${block}\n${doc}`;
  writeFileSync(file, doc);
}

/** Ratio of one figure to the same figure at the previous generated size, as "×N". */
function growth(cur: number | undefined, prev: number | undefined): string {
  if (cur === undefined || prev === undefined || !(prev > 0)) return '';
  return `×${fmt(cur / prev, 1)}`;
}

function render(r: Result): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${r.date} at commit \`${r.commit}\` on ${r.cores} cores (${r.cpu}), Node ${r.node}; medians of up to ${r.runs} runs (min–max). ` +
      `Load average (1 min) ${fmt(r.load.before, 1)} before and ${fmt(r.load.after, 1)} after: the machine is shared, so figures include waiting for a core.`,
    '',
  );
  const timed = r.rows.filter((row) => row.cli && row.libraries);
  if (timed.length) {
    lines.push('### CLI: `triangulate check DIR --format json`, process start included', '');
    lines.push('| corpus | articles | words | time (ms) | articles/s | words/s | wink-nlp alone (ms) | whole ÷ wink-nlp | growth (time, for ×articles) |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  }
  let prev: Row | null = null;
  for (const row of timed) {
    const cliStat = row.cli!;
    const gen = row.corpus.startsWith('generated');
    const g = prev && gen ? `${growth(cliStat.median, prev.cli!.median)} for ×${fmt(row.articles / prev.articles, 0)}` : '';
    lines.push(`| ${row.corpus} | ${fmt(row.articles)} | ${fmt(row.words)} | ${fmt(cliStat.median)} (${fmt(cliStat.min)}–${fmt(cliStat.max)}) | ${fmt(row.articlesPerSecond)} | ${fmt(row.wordsPerSecond)} | ${fmt(row.libraries!.median)} | ${fmt(cliStat.median / Math.max(1, row.libraries!.median), 1)} | ${g} |`);
    if (gen) prev = row;
  }
  const withServer = r.rows.filter((row) => row.server);
  if (withServer.length) {
    lines.push('', '### Language server over stdio', '');
    const doneWhen = withServer.find((row) => row.server?.editDoneWhen)?.server?.editDoneWhen;
    if (doneWhen) lines.push(`An edit counts as done on ${doneWhen}. Edits are measured one at a time in the article opened first (its story has min(articles, 200) articles). *Edit*: a space typed at the start of a paragraph in the middle of the body, then deleted: the words move, no claim changes. *Claim edit*: a digit of the body's first number typed over, then restored: the story is compared again.`, '');
    lines.push('| corpus | start → first diagnostics (ms) | start → workspace read and checked (ms) | edit → diagnostics p50 / p95 (ms) | claim edit → diagnostics p50 / p95 (ms) | typing burst: last key → diagnostics (ms), stale publications | hover p50 / p95 (ms) | semantic tokens first; p50 / p95 (ms, words) | peak RSS (MB) |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of withServer) {
      const s = row.server!;
      lines.push(
        `| ${row.corpus} | ${fmt(s.firstDiagnostics.median)} (${fmt(s.firstDiagnostics.min)}–${fmt(s.firstDiagnostics.max)}) | ${s.workspaceChecked === null ? '—' : fmt(s.workspaceChecked)} | ${s.editToDiagnostics ? `${fmt(s.editToDiagnostics.p50)} / ${fmt(s.editToDiagnostics.p95)}` : '—'} | ${s.claimEditToDiagnostics ? `${fmt(s.claimEditToDiagnostics.p50)} / ${fmt(s.claimEditToDiagnostics.p95)}` : '—'} | ${s.typingBurst ? `${fmt(s.typingBurst.lastKeystrokeToDiagnostics)}, ${s.typingBurst.stalePublications} of ${s.typingBurst.publications}` : '—'} | ${s.hover ? `${fmt(s.hover.p50, 1)} / ${fmt(s.hover.p95, 1)}` : '—'} | ${s.semanticTokens ? `${fmt(s.semanticTokens.first, 1)}; ${fmt(s.semanticTokens.p50, 1)} / ${fmt(s.semanticTokens.p95, 1)} (${fmt(s.semanticTokens.words)})` : '—'} | ${fmt(s.peakRssMb)} |`,
      );
    }
    lines.push('', 'Growth of each server figure from one size to the next:', '');
    lines.push('| from → to | articles | first diagnostics | edit p95 | claim edit p95 | hover p95 | semantic tokens p50 | peak RSS |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (let i = 1; i < withServer.length; i++) {
      const a = withServer[i - 1];
      const b = withServer[i];
      const sa = a.server!;
      const sb = b.server!;
      lines.push(
        `| ${a.articles} → ${b.articles} | ×${fmt(b.articles / a.articles, 0)} | ${growth(sb.firstDiagnostics.median, sa.firstDiagnostics.median)} | ${growth(sb.editToDiagnostics?.p95, sa.editToDiagnostics?.p95)} | ${growth(sb.claimEditToDiagnostics?.p95, sa.claimEditToDiagnostics?.p95)} | ${growth(sb.hover?.p95, sa.hover?.p95)} | ${growth(sb.semanticTokens?.p50, sa.semanticTokens?.p50)} | ${growth(sb.peakRssMb, sa.peakRssMb)} |`,
      );
    }
  }
  const left = r.rows.filter((row) => row.corpus.startsWith('generated') && !row.server).map((row) => row.articles);
  if (left.length) lines.push('', `The server was not started on ${left.map((n) => fmt(n)).join(', ')} articles (\`--server-max ${r.serverMax}\`).`);
  lines.push('', '### Targets', '');
  lines.push('| target | measured | met |', '|---|---:|:---:|');
  const gen = (n: number) => r.rows.find((row) => row.corpus === `generated ${n}`);
  const target = (name: string, value: number | undefined, limit: number, unit: string) => {
    if (value === undefined) lines.push(`| ${name} ≤ ${fmt(limit)} ${unit} | not measured | — |`);
    else lines.push(`| ${name} ≤ ${fmt(limit)} ${unit} | ${fmt(value, value < 100 ? 1 : 0)} ${unit} | ${value <= limit ? 'yes' : '**no**'} |`);
  };
  target('CLI, 1,000 articles', gen(1000)?.cli?.median, 5000, 'ms');
  target('CLI, 5,000 articles', gen(5000)?.cli?.median, 25000, 'ms');
  target('server start → first diagnostics, 1,000 articles', gen(1000)?.server?.firstDiagnostics.median, 1500, 'ms');
  target('edit → diagnostics p95, 200-article story', gen(1000)?.server?.editToDiagnostics?.p95, 50, 'ms');
  target('claim edit → diagnostics p95, 200-article story', gen(1000)?.server?.claimEditToDiagnostics?.p95, 50, 'ms');
  target('hover p95', gen(1000)?.server?.hover?.p95, 10, 'ms');
  target('semantic tokens, 2,000-word article (p50)', gen(1000)?.server?.semanticTokens?.p50, 20, 'ms');
  target('peak RSS, 1,000 articles', gen(1000)?.server?.peakRssMb, 400, 'MB');
  if (r.profile) {
    const p = r.profile.summary;
    lines.push('', `### CPU profile of \`triangulate check\` on ${r.profile.corpus} articles in one thread (\`TRIANGULATE_WORKERS=0 node --cpu-prof\`, ${fmt(p.totalMs)} ms)`, '');
    lines.push('Functions by self time (time spent in the function itself); total includes what it called.', '');
    lines.push('| function | self (ms) | self % | total (ms) | total % |', '|---|---:|---:|---:|---:|');
    for (const e of p.bySelf.slice(0, 15)) lines.push(`| \`${e.name.replace(/\|/g, '\\|').slice(0, 90)}\` | ${fmt(e.selfMs)} | ${fmt(e.selfPercent, 1)} | ${fmt(e.totalMs)} | ${fmt(e.totalPercent, 1)} |`);
    lines.push('', 'By total time, below the command-line entry points:', '');
    lines.push('| function | total (ms) | total % |', '|---|---:|---:|');
    for (const e of p.byTotal.filter((x) => !/cjs\/loader|run_main|^\(anonymous\) \(out\/cli\.js:1\)|runCli/.test(x.name)).slice(0, 15)) {
      lines.push(`| \`${e.name.replace(/\|/g, '\\|').slice(0, 90)}\` | ${fmt(e.totalMs)} | ${fmt(e.totalPercent, 1)} |`);
    }
  }
  return lines.join('\n') + '\n';
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
