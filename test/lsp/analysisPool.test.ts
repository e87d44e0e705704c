/**
 * The server's analysis threads, driven directly with the bundled server as their script: an
 * analysis over its time limit or its memory is stopped and reported while the next articles are
 * still analysed, open documents go first, and waiting work can be replaced or dropped.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeArticle, prepareClaims } from '../../server/src/analysis';
import { AnalysisPool, type AnalysisOutcome } from '../../server/src/lsp/analysisPool';
import { ArticleJobs } from '../../server/src/lsp/articleJobs';
import { ROOT } from './lspClient';

const SCRIPT = join(ROOT, 'server/out/server.js');
const SHORT = 'date 2025-03-14\n\nMaria Lindqvist said on Friday that 40 people were evacuated.\n';

/** Ordinary sentences, repeated to about `size` characters: seconds of analysis at 200,000. */
function long(size: number): string {
  const sentence = 'Maria Lindqvist, the harbour master, said on Friday that 40 people were evacuated from the docks in Velmora. ';
  return `date 2025-03-14\n\n${sentence.repeat(Math.ceil(size / sentence.length))}`;
}

const names = (o: AnalysisOutcome): string => (o.kind === 'analysed' ? o.article.mentions.map((m) => m.text).join(',') : o.kind);

describe('the analysis pool', () => {
  const pools: AnalysisPool[] = [];
  const pool = (timeLimitMs: number, extra: { threads?: number; background?: number; heapLimitMb?: number } = {}): AnalysisPool => {
    const p = new AnalysisPool({ script: SCRIPT, timeLimitMs, log: () => undefined, ...extra });
    pools.push(p);
    return p;
  };
  after(() => {
    for (const p of pools) p.dispose();
  });

  test('analyses an article in a thread, with its claims prepared', async () => {
    const outcome = await pool(30_000).analyse({ path: 'file:///a/north.txt', text: SHORT, urgent: true }).done;
    assert.equal(outcome.kind, 'analysed');
    assert.ok(outcome.kind === 'analysed' && outcome.claims && outcome.article.path === 'file:///a/north.txt');
    assert.match(names(outcome), /Lindqvist/);
  });

  test('an article analysed in a thread is the article analysed here, claims included', async () => {
    const p = pool(30_000);
    for (const text of [SHORT, long(3_000)]) {
      const outcome = await p.analyse({ path: 'file:///a/north.txt', text, urgent: true }).done;
      assert.equal(outcome.kind, 'analysed');
      const here = analyzeArticle(text, { path: 'file:///a/north.txt' });
      assert.ok(outcome.kind === 'analysed');
      assert.deepEqual(outcome.article, here);
      assert.deepEqual(outcome.claims, prepareClaims(here));
    }
  });

  test('stops an analysis over the time limit and goes on with the next one', async () => {
    const p = pool(150, { threads: 1 });
    const slow = p.analyse({ path: 'file:///a/long.txt', text: long(400_000), urgent: false });
    const next = p.analyse({ path: 'file:///a/north.txt', text: SHORT, urgent: false });
    const stopped = await slow.done;
    assert.equal(stopped.kind, 'stopped');
    assert.ok(stopped.kind === 'stopped' && /took longer than/.test(stopped.reason), JSON.stringify(stopped));
    p.timeLimitMs = 30_000;
    assert.match(names(await next.done), /Lindqvist/);
  });

  test('reports an analysis that runs out of memory, and goes on', async () => {
    const p = pool(120_000, { threads: 1, heapLimitMb: 64 });
    const greedy = await p.analyse({ path: 'file:///a/long.txt', text: long(3_000_000), urgent: false }).done;
    assert.equal(greedy.kind, 'stopped');
    assert.ok(greedy.kind === 'stopped' && /needed more than 64 MB of memory/.test(greedy.reason), JSON.stringify(greedy));
    assert.match(names(await p.analyse({ path: 'file:///a/north.txt', text: SHORT, urgent: false }).done), /Lindqvist/);
  });

  test('takes open documents first, and lets waiting work be replaced or dropped', async () => {
    const p = pool(30_000, { threads: 1 });
    const order: string[] = [];
    const busy = p.analyse({ path: 'file:///a/busy.txt', text: long(20_000), urgent: false });
    // The thread takes the first task; the others wait for it.
    await new Promise((resolve) => setImmediate(resolve));
    const disk = p.analyse({ path: 'file:///a/disk.txt', text: SHORT, urgent: false });
    const dropped = p.analyse({ path: 'file:///a/dropped.txt', text: SHORT, urgent: false });
    const open = p.analyse({ path: 'file:///a/open.txt', text: SHORT, urgent: true });
    for (const [name, job] of [['busy', busy], ['disk', disk], ['open', open]] as const) void job.done.then(() => order.push(name));
    assert.equal(dropped.cancel(), true);
    assert.equal(open.replace('date 2025-03-14\n\nJohn Smith spoke on Monday.\n'), true);
    assert.equal((await dropped.done).kind, 'cancelled');
    assert.match(names(await open.done), /Smith/);
    await disk.done;
    assert.deepEqual(order, ['busy', 'open', 'disk']);
    assert.equal(busy.replace(SHORT), false, 'a finished analysis cannot be given new text');
  });
});

describe('the threads of the analysis pool', () => {
  const pools: AnalysisPool[] = [];
  after(() => {
    for (const p of pools) p.dispose();
  });
  const pool = (extra: { threads: number; background: number }): AnalysisPool => {
    const p = new AnalysisPool({ script: SCRIPT, timeLimitMs: 60_000, log: () => undefined, ...extra });
    pools.push(p);
    return p;
  };

  test('one thread loads when warmed, before any task, and takes the first task', async () => {
    const lines: string[] = [];
    const p = new AnalysisPool({ script: SCRIPT, timeLimitMs: 60_000, threads: 2, background: 1, log: () => undefined, info: (l) => lines.push(l) });
    pools.push(p);
    assert.equal(p.threads, 0, 'no thread before it is warmed');
    p.warm();
    p.warm();
    assert.equal(p.threads, 1);
    while (!lines.length) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.match(lines[0], /ready/);
    assert.match(names(await p.analyse({ path: 'file:///a/north.txt', text: SHORT, urgent: true }).done), /Lindqvist/);
    assert.equal(p.threads, 1, 'the warm thread took the task');
  });

  test('files from disk use the background threads only; an open document waiting behind them gets a thread of its own', async () => {
    const p = pool({ threads: 2, background: 1 });
    const disk = [0, 1, 2].map((i) => p.analyse({ path: `file:///a/disk${i}.txt`, text: SHORT, urgent: false }));
    let ended = false;
    void Promise.all(disk.map((d) => d.done)).then(() => (ended = true));
    let most = 0;
    while (!ended) {
      most = Math.max(most, p.threads);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    assert.equal(most, 1, 'three files from disk, one thread');

    // A long file holds the one background thread; an open document does not wait for it.
    const busy = p.analyse({ path: 'file:///a/busy.txt', text: long(200_000), urgent: false });
    while (p.waiting) await new Promise((resolve) => setTimeout(resolve, 2));
    const open = p.analyse({ path: 'file:///a/open.txt', text: SHORT, urgent: true });
    const first = await Promise.race([open.done.then(() => 'open'), busy.done.then(() => 'busy')]);
    assert.equal(first, 'open', 'the open document was analysed while the long file still was');
    assert.equal(p.threads, 2);
    await busy.done;
  });
});

describe('the analyses of one article', () => {
  test('a newer text waits for the running analysis, which is still handed on; waiters get the text they asked about', async () => {
    const pool = new AnalysisPool({ script: SCRIPT, timeLimitMs: 60_000, threads: 1, log: () => undefined });
    try {
      const jobs = new ArticleJobs(pool);
      const key = 'file:///a/x.txt';
      const seen: [string, number | undefined][] = [];
      jobs.onAnalysed = (_key, article, _claims, version) => seen.push([article.text.slice(-8), version]);
      const body = long(100_000);
      jobs.submit(key, `${body}Text A.`, 1, true);
      const firstDone = jobs.whenAnalysed(key);
      // Let the first analysis start, then type twice: only the last text is analysed next.
      while (!pool.waiting) await new Promise((resolve) => setTimeout(resolve, 5));
      while (pool.waiting) await new Promise((resolve) => setTimeout(resolve, 5));
      jobs.submit(key, `${body}Text B.`, 2, true);
      jobs.submit(key, `${body}Text C.`, 3, true);
      await firstDone;
      assert.deepEqual(seen, [[' Text A.', 1]], 'the first text was analysed and handed on');
      assert.equal(jobs.busy(key), true, 'the last text is on its way');
      await jobs.settled();
      assert.deepEqual(seen, [
        [' Text A.', 1],
        [' Text C.', 3],
      ]);
      assert.equal(jobs.settled(), null);
      assert.equal(jobs.whenAnalysed(key), null);
    } finally {
      pool.dispose();
    }
  });
});
