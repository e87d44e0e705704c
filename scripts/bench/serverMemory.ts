/**
 * Measures the language server's memory while it reads a workspace, for builds compared in turns:
 * starts each server on DIR as the editor would (with the default Node options of the bundled
 * server unless `--node-args` says otherwise), opens the first article, waits until the status
 * says every folder is read, and reports the peak resident set (VmHWM), the time from start, and
 * the process's CPU (user + system, all threads). With `--edits`, the bench's keystrokes follow
 * (plain edits, claim edits, hovers) and their latencies and the peak after them are reported.
 *
 * Usage: node out/scripts/bench/serverMemory.js DIR [--runs N] [--edits]
 *   [--server PATH[::NODE ARGS]]...   (each server; with `::`, started with exactly the Node
 *                                      options after it, space separated, none when nothing
 *                                      follows; without, with the editor's (`lsp/nodeOptions.ts`))
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { firstArticle, LspClient } from './lspClient';

interface Sample {
  label: string;
  peakMiB: number;
  checkedMs: number;
  cpuS: number;
  edit?: { p50: number; p95: number };
  claim?: { p50: number; p95: number };
  hover?: { p50: number; p95: number };
  peakAfterMiB?: number;
}

/** CPU seconds (user + system) the process has used so far, all its threads. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function run(label: string, server: string, nodeArgs: string[] | undefined, dir: string, edits: boolean): Promise<Sample> {
  const client = new LspClient(server, {}, nodeArgs ?? [], nodeArgs === undefined);
  const t0 = performance.now();
  await client.initialize(dir);
  const target = firstArticle(dir);
  const uri = client.open(target);
  const settled = (m: { method?: unknown; params?: unknown }) => m.method === 'triangulate/status' && (m.params as { reading?: boolean }).reading === false;
  if (!client.notifications.some(settled)) await client.waitFor(settled, 600_000);
  const sample: Sample = { label, checkedMs: performance.now() - t0, peakMiB: client.peakRss() / 1048576, cpuS: cpuSeconds(client.proc.pid!) };
  if (edits) {
    const lines = readFileSync(target, 'utf8').split('\n');
    const headerEnd = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1 : 0;
    const body = lines.map((_, i) => i).filter((i) => i >= headerEnd && lines[i].length > 40);
    const editLine = body[Math.floor(body.length / 2)];
    const digitLine = body.find((i) => /\d/.test(lines[i])) ?? editLine;
    const digitAt = lines[digitLine].search(/\d/);
    let version = 1;
    const change = async (range: { line: number; from: number; to: number }, text: string): Promise<number> => {
      version++;
      const v = version;
      let republished = false;
      const done = client.waitFor((m) => {
        const p = m.params as { uri?: string; version?: number };
        if (m.method === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === v) republished = true;
        // The status summary follows once every article of the re-checked story is republished.
        return republished && m.method === 'triangulate/status';
      }, 120_000);
      const t1 = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: range.line, character: range.from }, end: { line: range.line, character: range.to } }, text }],
      });
      await done;
      return performance.now() - t1;
    };
    const plain: number[] = [];
    for (let i = 0; i < 20; i++) plain.push(i % 2 === 0 ? await change({ line: editLine, from: 0, to: 0 }, ' ') : await change({ line: editLine, from: 0, to: 1 }, ''));
    const original = lines[digitLine][digitAt];
    const claim: number[] = [];
    for (let i = 0; i < 10; i++) claim.push(await change({ line: digitLine, from: digitAt, to: digitAt + 1 }, i % 2 === 0 ? (original === '7' ? '8' : '7') : original));
    const hovers: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t1 = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: Math.min(lines.length - 1, 6 + (i % 20)), character: 5 + (i % 30) } });
      hovers.push(performance.now() - t1);
    }
    const p = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
    Object.assign(sample, { edit: p(plain), claim: p(claim), hover: p(hovers), peakAfterMiB: client.peakRss() / 1048576 });
  }
  await client.close();
  return sample;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = resolve(args[0] ?? '/tmp/triangulate-bench/gen-1000');
  const runs = Number(args[args.indexOf('--runs') + 1] || 5);
  const edits = args.includes('--edits');
  const servers: { label: string; path: string; nodeArgs: string[] | undefined }[] = [];
  args.forEach((a, i) => {
    if (a !== '--server') return;
    const [path, nodeArgs] = args[i + 1].split('::');
    servers.push({ label: args[i + 1], path: resolve(path), nodeArgs: nodeArgs === undefined ? undefined : nodeArgs.split(' ').filter(Boolean) });
  });
  if (!servers.length) servers.push({ label: 'this build', path: join(__dirname, '..', '..', '..', 'server', 'out', 'server.js'), nodeArgs: undefined });
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r++) {
    for (const s of servers) {
      const x = await run(s.label, s.path, s.nodeArgs, dir, edits);
      samples.push(x);
      process.stdout.write(`${JSON.stringify(x)}\n`);
    }
  }
  for (const s of servers) {
    const mine = samples.filter((x) => x.label === s.label);
    const fig = (f: (x: Sample) => number | undefined, digits = 0) => {
      const xs = mine.map(f).filter((v): v is number => v !== undefined);
      return xs.length ? `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})` : '—';
    };
    process.stdout.write(
      `${s.label}: ${mine.length} runs; peak ${fig((x) => x.peakMiB)} MiB; checked ${fig((x) => x.checkedMs / 1000, 1)} s; CPU ${fig((x) => x.cpuS, 1)} s` +
        (edits ? `; edit p95 ${fig((x) => x.edit?.p95)} ms; claim p50 ${fig((x) => x.claim?.p50)} p95 ${fig((x) => x.claim?.p95)} ms; hover p95 ${fig((x) => x.hover?.p95, 1)} ms; peak after ${fig((x) => x.peakAfterMiB)} MiB` : '') +
        '\n',
    );
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
