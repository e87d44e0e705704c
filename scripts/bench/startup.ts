/**
 * `node out/scripts/bench/startup.js [--runs N] ROOT...`: how fast the extension starts, for one
 * or more built copies of the repository (a worktree of an older commit beside this one, say),
 * measured in turns so that a busy machine slows each copy alike.
 *
 * - *client require*: a fresh Node process requires `client/out/extension.js` (with a stand-in
 *   for the `vscode` module, which only the editor provides): the cost of loading the extension
 *   before `activate` runs, wall-clock and CPU time.
 * - *server initialize*: from spawning `server/out/server.js --stdio` to its `initialize` answer,
 *   and the CPU time the server used until then (which a busy machine changes far less).
 * - *first diagnostics*: from spawning the server to the diagnostics of one article of a
 *   three-article story opened right after `initialize` (the story in test/fixtures/stories).
 *
 * Build each copy as it ships first (`npm run package`, or `node esbuild.mjs --production`).
 * Prints medians with min–max and, for each copy after the first, its ratio to the first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspClient } from './lspClient';

const here = resolve(__dirname, '..', '..', '..');
const STORY = join(here, 'test', 'fixtures', 'stories', 'harbour-bridge');

/** Requires the extension's bundle with `vscode` stood in for, and prints the milliseconds it took. */
const REQUIRE_SCRIPT = `
const Module = require('module');
const make = () => new Proxy(function () {}, {
  get(t, p) { if (p === 'then' || typeof p === 'symbol') return undefined; if (!(p in t)) t[p] = make(); return t[p]; },
  apply: () => make(),
  construct: () => make(),
});
const stub = require('path').join(__dirname, '__vscode_stub__.js');
require.cache[stub] = { id: stub, filename: stub, loaded: true, exports: make() };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? stub : resolveFilename.call(this, request, ...rest); };
const { performance } = require('perf_hooks');
const t0 = performance.now();
const c0 = process.cpuUsage();
require(process.argv[1]);
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify([performance.now() - t0, (c.user + c.system) / 1000]));
`;

/** Wall-clock and CPU milliseconds of requiring the bundle in a fresh process. */
function requireMs(bundle: string): { wall: number; cpu: number } {
  const [wall, cpu] = JSON.parse(execFileSync(process.execPath, ['-e', REQUIRE_SCRIPT, bundle], { encoding: 'utf8' })) as number[];
  return { wall, cpu };
}

/** CPU milliseconds a process has used so far (Linux: /proc, in clock ticks of 10 ms). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

async function serverMs(bundle: string): Promise<{ initialize: number; initializeCpu: number; diagnostics: number }> {
  const t0 = performance.now();
  const client = new LspClient(bundle);
  try {
    await client.initialize(STORY);
    const initialize = performance.now() - t0;
    const initializeCpu = cpuMsOf(client.proc.pid);
    const article = join(STORY, readdirSync(STORY).filter((n) => n.endsWith('.txt')).sort()[0]);
    const uri = `file://${article}`;
    const published = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    client.open(article);
    await published;
    return { initialize, initializeCpu, diagnostics: performance.now() - t0 };
  } finally {
    client.proc.kill();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function shown(values: number[]): string {
  return `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let runs = 21;
  const roots: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else roots.push(resolve(args[i]));
  }
  if (!roots.length) roots.push(here);
  for (const r of roots) {
    for (const f of ['client/out/extension.js', 'server/out/server.js']) if (!existsSync(join(r, f))) throw new Error(`${join(r, f)} is not built`);
  }
  const figures = roots.map(() => ({ require: [] as number[], requireCpu: [] as number[], initialize: [] as number[], initializeCpu: [] as number[], diagnostics: [] as number[] }));
  const loadBefore = loadavg()[0];
  for (let run = 0; run < runs; run++) {
    // Alternate the order too, so neither copy always runs right after the other.
    const order = run % 2 ? [...roots.keys()].reverse() : [...roots.keys()];
    for (const i of order) {
      const r = requireMs(join(roots[i], 'client/out/extension.js'));
      figures[i].require.push(r.wall);
      figures[i].requireCpu.push(r.cpu);
      const s = await serverMs(join(roots[i], 'server/out/server.js'));
      figures[i].initialize.push(s.initialize);
      figures[i].initializeCpu.push(s.initializeCpu);
      figures[i].diagnostics.push(s.diagnostics);
    }
  }
  console.log(`${runs} runs each; load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after; Node ${process.version}`);
  console.log('| copy | client require, wall (ms) | client require, CPU (ms) | spawn → initialize, wall (ms) | server CPU to initialize (ms) | spawn → first diagnostics, wall (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  roots.forEach((r, i) => {
    const f = figures[i];
    const cell = (k: keyof typeof f): string => `${shown(f[k])}${i ? ` ×${(median(f[k]) / median(figures[0][k])).toFixed(2)}` : ''}`;
    console.log(`| ${r} | ${cell('require')} | ${cell('requireCpu')} | ${cell('initialize')} | ${cell('initializeCpu')} | ${cell('diagnostics')} |`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
