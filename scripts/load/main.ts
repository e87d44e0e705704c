/**
 * `npm run load`: edits and hovers against the language server over stdio on one large story,
 * then the diagnostics it ends with compared with a fresh server's on the final texts, and the
 * server's memory sampled along the way. Not part of `npm test`: the full run takes minutes.
 *
 * Options: --articles N (200), --ops N (10000), --open N (10 documents edited), --sample N
 * (500), --seed N (7), --max-seconds N (1800), --server PATH (a copy of the bundled server, so a
 * rebuild during a long run cannot change the server under it), --json. Exits 1 when the diagnostics differ, a
 * request fails, or the run stops at its time limit.
 */
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { runLoad } from './run';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function rootDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const result = await runLoad({
    serverPath: process.argv.includes('--server') ? resolve(process.argv[process.argv.indexOf('--server') + 1]) : join(rootDir(), 'server/out/server.js'),
    articles: option('articles', 200),
    operations: option('ops', 10_000),
    openDocuments: option('open', 10),
    sampleEvery: option('sample', 500),
    seed: option('seed', 7),
    maxSeconds: option('max-seconds', 1800),
    log: json ? undefined : (line) => console.error(line),
  });
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`${result.operations} operations (${result.edits} edits, ${result.hovers} hovers) on ${result.articles} articles in ${result.seconds} s${result.stoppedEarly ? ' (stopped at the time limit)' : ''}`);
    console.log(`hover: median ${result.hoverMs.median} ms, p95 ${result.hoverMs.p95} ms, max ${result.hoverMs.max} ms`);
    console.log(`request errors: ${result.errors.length ? result.errors.join('; ') : 'none'}`);
    console.log(`diagnostics: ${result.diagnostics.loaded} after the load, ${result.diagnostics.fresh} from a fresh server, ${result.diagnostics.differences.length} of ${result.diagnostics.filesCompared} files differ`);
    for (const d of result.diagnostics.differences.slice(0, 10)) console.log(`  ${d}`);
    console.log('| Operations | Seconds | Server RSS (MB) |');
    console.log('|---|---|---|');
    for (const s of result.samples) console.log(`| ${s.operations} | ${s.seconds} | ${s.rssMb} |`);
  }
  const failed = result.stoppedEarly || result.errors.length > 0 || result.diagnostics.differences.length > 0;
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 2;
});
