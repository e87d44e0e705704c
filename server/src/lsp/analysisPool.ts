/**
 * Analyses articles in worker threads (`analysisWorker.ts`), so that the server's own thread
 * stays free for hovers, edits and other files while a long or hostile article is read.
 *
 * Each article's analysis has a time limit: past it, its thread is stopped (the only way to end
 * a computation that does not yield) and the article is reported as not analysed, with the
 * reason; a thread that runs out of memory is reported the same way. A new thread is started for
 * the next task. Tasks for open documents go before those for files read from disk. A task
 * waiting for a thread can still be given newer text or dropped; a task that started runs to its
 * end (or its limit), so its work is never thrown away for a newer keystroke.
 *
 * Threads cost: each loads the server's bundle and the tagger's model (about a third of a second
 * and some 100 MB of its own heap), and the server's thread, which compares stories, needs a
 * core too. So one thread is started ahead of need (`warm`, at `initialize`, so the first opened
 * article does not wait for it to load), files read from disk use as many threads as the cores
 * left beside the server's own (one on two cores). A further thread is started only for a long
 * text (`LONG_TASK_CHARS`), which leaves the thread there free for ordinary articles, or for an
 * open document that waits behind threads busy for `GROW_AFTER_MS`: an edit never queues
 * behind a long article.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeArticle, type Article, type PreparedClaims } from '../analysis';
import type { AnalysisReply, AnalysisTask, AnalysisWorkerData } from './analysisWorker';
import { shareStrings } from './sharedStrings';

/** How one analysis ended. */
export type AnalysisOutcome =
  | { kind: 'analysed'; article: Article; claims: PreparedClaims | null; ms: number }
  | { kind: 'stopped'; reason: string; ms: number }
  | { kind: 'cancelled' };

/** One article to analyse. */
export interface AnalysisRequest {
  path: string;
  text: string;
  maxLength?: number;
  /** True for an open document: it goes before files read from disk. */
  urgent: boolean;
}

/** An analysis asked for and not yet ended. */
export interface PendingAnalysis {
  readonly done: Promise<AnalysisOutcome>;
  /** Gives the task newer text while it waits for a thread; false once it has started. */
  replace(text: string): boolean;
  /** Drops the task while it waits for a thread; false once it has started. */
  cancel(): boolean;
}

export interface AnalysisPoolOptions {
  /** The script the threads run (the server's bundle); null analyses in this thread, without a time limit. */
  script: string | null;
  /** Most threads; defaults to the cores but one, between 2 and 4. */
  threads?: number;
  /**
   * Most threads analysing files read from disk at once; defaults to the cores but one, at
   * least 1 and at most `threads`. The others are kept for open documents.
   */
  background?: number;
  /** Milliseconds one article's analysis may take. */
  timeLimitMs: number;
  /** Most heap one thread may use, in megabytes. */
  heapLimitMb?: number;
  /** Receives a line for each thread that could not be started or failed. */
  log(line: string): void;
  /** Receives a line when a thread has loaded, with the time it took. */
  info?(line: string): void;
}

/**
 * Milliseconds one article's analysis may take unless `triangulate.analysisTimeLimit` says
 * otherwise: about twice what ordinary news at the largest size read (2 MB) takes.
 */
export const DEFAULT_ANALYSIS_TIME_LIMIT_MS = 30_000;

/** Milliseconds a new thread may take to load before its first task is given up. */
const STARTUP_MS = 20_000;

/**
 * Milliseconds a thread may have been busy before an open document waiting for it gets a
 * further thread: an ordinary article is analysed in far less, so threads are not started for a
 * wait that would end sooner than the new thread could load.
 */
export const GROW_AFTER_MS = 250;

/**
 * Characters of a text whose analysis takes longer than `GROW_AFTER_MS` on its own (ordinary
 * news is a tenth of it): such a text gets a thread of its own.
 */
export const LONG_TASK_CHARS = 60_000;

/** Default most heap of one analysis thread, in megabytes: several times what the largest ordinary article needs. */
export const THREAD_HEAP_MB = 2048;

/**
 * Young generation of one analysis thread, in megabytes (V8's default is 48 on 64-bit systems:
 * two 16 MB halves and as much for large new objects). An article's analysis keeps a few
 * megabytes alive at a time, so a quarter of the default holds it; the thread's memory, which
 * counts towards the server's, is then some 25 MB smaller, at no measurable cost in CPU.
 */
export const THREAD_YOUNG_MB = 12;

interface Task extends AnalysisRequest {
  id: number;
  finish(outcome: AnalysisOutcome): void;
}

interface Slot {
  worker: Worker;
  /** True once the thread has loaded and can take tasks; the time limit counts from then. */
  ready: boolean;
  task: Task | null;
  startedAt: number;
  timer: NodeJS.Timeout | null;
  /** The error the thread reported before it ended, if any. */
  error: Error | null;
  /** When the thread was started, for the time it took to load. */
  bornAt: number;
}

export class AnalysisPool {
  timeLimitMs: number;
  private readonly urgent: Task[] = [];
  private readonly rest: Task[] = [];
  private readonly slots: Slot[] = [];
  private readonly size: number;
  private readonly background: number;
  private growTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private roomWaiters: { limit: number; resolve: () => void }[] = [];
  /** Set once threads cannot be started: tasks are then analysed in this thread. */
  private inThread: boolean;
  private inThreadBusy = false;
  private disposed = false;

  constructor(private readonly options: AnalysisPoolOptions) {
    this.timeLimitMs = options.timeLimitMs;
    const spare = availableParallelism() - 1;
    this.size = Math.max(1, options.threads ?? Math.min(4, Math.max(2, spare)));
    this.background = Math.min(this.size, Math.max(1, options.background ?? spare));
    this.inThread = options.script === null;
  }

  /**
   * Starts one thread now, unless one runs already, so that the first article does not wait for
   * a thread to load. Called when the server is initialised, before any document is opened.
   */
  warm(): void {
    if (this.disposed || this.inThread || this.slots.length) return;
    this.startThread();
  }

  /** How many threads are running or loading. */
  get threads(): number {
    return this.slots.length;
  }

  /** Asks for an article's analysis. */
  analyse(request: AnalysisRequest): PendingAnalysis {
    let finish!: (outcome: AnalysisOutcome) => void;
    const done = new Promise<AnalysisOutcome>((resolve) => (finish = resolve));
    const task: Task = { ...request, id: this.nextId++, finish };
    (request.urgent ? this.urgent : this.rest).push(task);
    const waiting = () => this.urgent.includes(task) || this.rest.includes(task);
    setImmediate(() => this.pump());
    return {
      done,
      replace: (text) => {
        if (!waiting()) return false;
        task.text = text;
        return true;
      },
      cancel: () => {
        if (!waiting()) return false;
        this.unqueue(task);
        task.finish({ kind: 'cancelled' });
        return true;
      },
    };
  }

  /** How many tasks wait for a thread. */
  get waiting(): number {
    return this.urgent.length + this.rest.length;
  }

  /** Resolves once fewer than `limit` tasks wait for a thread, so a reader can keep the queue short. */
  whenRoom(limit: number): Promise<void> {
    if (this.waiting < limit) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ limit, resolve }));
  }

  /** Stops every thread; tasks not ended are cancelled. */
  dispose(): void {
    this.disposed = true;
    if (this.growTimer) clearTimeout(this.growTimer);
    for (const task of [...this.urgent, ...this.rest]) task.finish({ kind: 'cancelled' });
    this.urgent.length = 0;
    this.rest.length = 0;
    for (const slot of this.slots.splice(0)) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.task?.finish({ kind: 'cancelled' });
      void slot.worker.terminate();
    }
  }

  private unqueue(task: Task): void {
    for (const queue of [this.urgent, this.rest]) {
      const i = queue.indexOf(task);
      if (i >= 0) queue.splice(i, 1);
    }
    this.wakeRoomWaiters();
  }

  private wakeRoomWaiters(): void {
    const waiting = this.waiting;
    const still: typeof this.roomWaiters = [];
    for (const w of this.roomWaiters) (waiting < w.limit ? w.resolve() : still.push(w));
    this.roomWaiters = still;
  }

  /** Takes the next task a thread may start now: open documents first; files from disk while fewer than `background` threads analyse such files. */
  private take(): Task | undefined {
    let task = this.urgent.shift();
    if (!task && this.slots.filter((s) => s.task && !s.task.urgent).length < this.background) task = this.rest.shift();
    if (task) this.wakeRoomWaiters();
    return task;
  }

  /** Whether a task would be taken now, were a thread idle. */
  private due(): 'urgent' | 'rest' | null {
    if (this.urgent.length) return 'urgent';
    if (this.rest.length && this.slots.filter((s) => s.task && !s.task.urgent).length < this.background) return 'rest';
    return null;
  }

  /**
   * Gives waiting tasks to idle threads. Threads are started up to `background` for files read
   * from disk; a long text, and an open document's task that waits behind threads busy for
   * `GROW_AFTER_MS`, get a thread of their own, up to the pool's size.
   */
  private pump(): void {
    if (this.disposed) return;
    if (this.inThread) return this.pumpInThread();
    for (let kind = this.due(); kind; kind = this.due()) {
      const next = kind === 'urgent' ? this.urgent[0] : this.rest[0];
      const idle = this.slots.filter((s) => !s.task);
      let slot: Slot | null | undefined = idle[0];
      if (slot && idle.length === 1 && next.text.length >= LONG_TASK_CHARS && this.slots.length < this.size) {
        // A long text gets a thread of its own, which it waits for while it loads: the thread
        // that is there stays free for the ordinary articles and the edits that come meanwhile.
        slot = this.startThread() ?? slot;
      }
      if (!slot && this.slots.length < (kind === 'urgent' ? this.size : this.background)) {
        if (kind === 'urgent' && this.slots.length >= this.background && !this.waitedLongEnough()) break;
        slot = this.startThread();
      }
      if (!slot && this.inThread) return this.pumpInThread();
      if (!slot) break;
      this.run(slot, this.take()!);
    }
  }

  /**
   * True when every thread is busy with a long text or has been busy for `GROW_AFTER_MS`: an
   * open document waiting for a thread then gets one of its own. Until then, a pump is armed
   * for the moment the first thread has been busy that long.
   */
  private waitedLongEnough(): boolean {
    const now = Date.now();
    let next = Infinity;
    for (const slot of this.slots) {
      if (!slot.task) return false;
      if (slot.task.text.length >= LONG_TASK_CHARS || now - slot.startedAt >= GROW_AFTER_MS) continue;
      next = Math.min(next, slot.startedAt + GROW_AFTER_MS);
    }
    if (next === Infinity) return true;
    if (!this.growTimer) {
      this.growTimer = setTimeout(() => {
        this.growTimer = null;
        this.pump();
      }, next - now);
      this.growTimer.unref();
    }
    return false;
  }

  private startThread(): Slot | null {
    let worker: Worker;
    try {
      const data: AnalysisWorkerData = { triangulateAnalysisWorker: true };
      worker = new Worker(this.options.script!, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: this.options.heapLimitMb ?? THREAD_HEAP_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_MB } });
    } catch (err) {
      this.options.log(`Could not start a thread to analyse articles (${err instanceof Error ? err.message : String(err)}); articles are analysed on the server's own thread, without a time limit.`);
      this.inThread = true;
      return null;
    }
    const slot: Slot = { worker, ready: false, task: null, startedAt: 0, timer: null, error: null, bornAt: Date.now() };
    this.slots.push(slot);
    worker.on('message', (reply: AnalysisReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.options.info?.(`A thread to analyse articles is ready (${this.slots.length} running; it loaded in ${Date.now() - slot.bornAt} ms).`);
        if (slot.task) this.send(slot);
        else this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id || !slot.ready) return;
      this.release(slot);
      const ms = Date.now() - slot.startedAt;
      if ('article' in reply) {
        // One walk over both: the claims hold objects of the article, which must stay shared.
        const { article, claims } = shareStrings(reply);
        task.finish({ kind: 'analysed', article, claims, ms });
      } else task.finish({ kind: 'stopped', reason: `its analysis failed (${reply.error})`, ms });
      this.pump();
    });
    worker.on('error', (err) => (slot.error = err));
    worker.on('exit', () => this.lost(slot));
    // An idle thread must not keep the process alive once the connection has ended.
    worker.unref();
    return slot;
  }

  private run(slot: Slot, task: Task): void {
    slot.task = task;
    slot.startedAt = Date.now();

    if (slot.ready) return this.send(slot);
    // The time limit counts from when the thread has loaded; until then, only a hang is caught.
    slot.timer = setTimeout(() => this.overtime(slot), STARTUP_MS);
  }

  private send(slot: Slot): void {
    const task = slot.task!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.startedAt = Date.now();
    slot.timer = setTimeout(() => this.overtime(slot), this.timeLimitMs);
    const message: AnalysisTask = { id: task.id, path: task.path, text: task.text, maxLength: task.maxLength };
    slot.worker.postMessage(message);
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** The time limit passed: the thread is stopped, the article reported, and a new thread takes the next task. */
  private overtime(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    this.drop(slot);
    void slot.worker.terminate();
    if (!slot.ready) {
      // The thread never loaded: the task goes back first in line, for this thread to analyse.
      this.options.log(`No thread to analyse articles started within ${STARTUP_MS / 1000} s; articles are analysed on the server's own thread, without a time limit.`);
      this.inThread = true;
      (task.urgent ? this.urgent : this.rest).unshift(task);
      this.pump();
      return;
    }
    const seconds = (this.timeLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    task.finish({ kind: 'stopped', reason: `its analysis took longer than ${seconds} s (triangulate.analysisTimeLimit) and was stopped`, ms: Date.now() - slot.startedAt });
    this.pump();
  }

  /** A thread ended by itself (out of memory, or a failure): its task is reported, and the pool goes on. */
  private lost(slot: Slot): void {
    if (!this.slots.includes(slot)) return;
    const task = slot.task;
    this.drop(slot);
    if (task) {
      const err = slot.error as (Error & { code?: string }) | null;
      const reason =
        err?.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `its analysis needed more than ${(this.options.heapLimitMb ?? THREAD_HEAP_MB).toLocaleString('en')} MB of memory and was stopped`
          : `its analysis thread failed (${err?.message ?? 'it ended without an answer'})`;
      this.options.log(`An analysis thread ended while reading ${task.path}: ${err?.message ?? 'no error given'}.`);
      task.finish({ kind: 'stopped', reason, ms: Date.now() - slot.startedAt });
    }
    this.pump();
  }

  private drop(slot: Slot): void {
    this.release(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  /** Analyses one task at a time on this thread, giving other messages a turn between tasks. */
  private pumpInThread(): void {
    if (this.inThreadBusy || this.disposed) return;
    const task = this.take();
    if (!task) return;
    this.inThreadBusy = true;
    const startedAt = Date.now();
    let outcome: AnalysisOutcome;
    try {
      // The claims are left to the first comparison, as they would be without threads.
      outcome = { kind: 'analysed', article: analyzeArticle(task.text, { path: task.path, maxLength: task.maxLength }), claims: null, ms: Date.now() - startedAt };
    } catch (err) {
      outcome = { kind: 'stopped', reason: `its analysis failed (${err instanceof Error ? err.message : String(err)})`, ms: Date.now() - startedAt };
    }
    task.finish(outcome);
    this.inThreadBusy = false;
    setImmediate(() => this.pump());
  }
}
