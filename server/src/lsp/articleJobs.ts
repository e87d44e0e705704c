/**
 * The analyses the workspace has asked for, one line of work per article: at most one analysis
 * of an article runs at a time, and text that arrives meanwhile waits for it, replacing any text
 * that waited before (a burst of keystrokes is analysed as its first and its last text, never
 * one by one). A finished analysis is always handed on, even when newer text is on its way: the
 * server then shows results a keystroke or two old rather than older ones.
 *
 * Requests about an article can wait here for the text they were sent against; the workspace
 * as a whole can wait for every analysis to end.
 */
import type { Article, PreparedClaims } from '../analysis';
import type { AnalysisOutcome, AnalysisPool, PendingAnalysis } from './analysisPool';

/** What an analysis was asked with: the text, and the document version it is, if open. */
interface Job {
  text: string;
  version: number | undefined;
  /** The article's count of texts asked for when this one was. */
  seq: number;
  pending: PendingAnalysis;
}

/** An article with an analysis running or waiting. */
interface Line {
  /** Counts the texts asked for; each new text adds one. */
  seq: number;
  latest: string;
  latestVersion: number | undefined;
  urgent: boolean;
  job: Job | null;
  waiters: { seq: number; resolve: () => void }[];
}

export class ArticleJobs {
  private readonly lines = new Map<string, Line>();
  private settledWaiters: (() => void)[] = [];
  /** Longest text analysed, passed to the analysis (see `CorpusOptions.maxLength`). */
  maxLength: number | undefined;

  /** Receives each finished analysis, with its prepared claims and the document version its text was. */
  onAnalysed: (key: string, article: Article, claims: PreparedClaims | null, version: number | undefined) => void = () => {};
  /** Receives each analysis that was stopped (time limit, memory, failure), with its text and document version. */
  onStopped: (key: string, reason: string, text: string, version: number | undefined) => void = () => {};

  constructor(readonly pool: AnalysisPool) {}

  /** True while an analysis of the article runs or waits. */
  busy(key: string): boolean {
    return this.lines.has(key);
  }

  /** The articles with an analysis running or waiting. */
  keys(): IterableIterator<string> {
    return this.lines.keys();
  }

  /** The newest text asked for, while an analysis of the article runs or waits. */
  latest(key: string): string | undefined {
    return this.lines.get(key)?.latest;
  }

  /** Asks for the analysis of an article's text; `urgent` for open documents. */
  submit(key: string, text: string, version: number | undefined, urgent: boolean): void {
    let line = this.lines.get(key);
    if (line) {
      line.latestVersion = version;
      line.urgent ||= urgent;
      if (line.latest === text) {
        if (line.job?.text === text) line.job.version = version;
        return;
      }
      line.latest = text;
      line.seq++;
      // Text that waits for a thread is replaced in place; a running analysis is left to end.
      if (line.job?.pending.replace(text)) {
        line.job.text = text;
        line.job.version = version;
        line.job.seq = line.seq;
      }
      return;
    }
    line = { seq: 1, latest: text, latestVersion: version, urgent, job: null, waiters: [] };
    this.lines.set(key, line);
    this.start(key, line);
  }

  /** Forgets an article: an analysis waiting is dropped, one running is let go unheard. */
  forget(key: string): void {
    const line = this.lines.get(key);
    if (!line) return;
    this.lines.delete(key);
    line.job?.pending.cancel();
    for (const w of line.waiters) w.resolve();
    this.checkSettled();
  }

  /**
   * Resolves once the article's text as it is now has been analysed (or stopped, or forgotten);
   * null when nothing about it is running or waiting. Later text does not delay it.
   */
  whenAnalysed(key: string): Promise<void> | null {
    const line = this.lines.get(key);
    if (!line) return null;
    return new Promise((resolve) => line.waiters.push({ seq: line.seq, resolve }));
  }

  /** Resolves once no analysis runs or waits; null when none does now. */
  settled(): Promise<void> | null {
    if (!this.lines.size) return null;
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private start(key: string, line: Line): void {
    const pending = this.pool.analyse({ path: key, text: line.latest, maxLength: this.maxLength, urgent: line.urgent });
    const job: Job = { text: line.latest, version: line.latestVersion, seq: line.seq, pending };
    line.job = job;
    void pending.done.then((outcome) => this.finish(key, line, job, outcome));
  }

  private finish(key: string, line: Line, job: Job, outcome: AnalysisOutcome): void {
    // A forgotten article, or one forgotten and asked for again since: this result is not wanted.
    if (this.lines.get(key) !== line || line.job !== job) return;
    line.job = null;
    // Text asked for again since (an undo, a repeated edit) is the newest version's text too.
    const version = line.latest === job.text ? line.latestVersion : job.version;
    if (outcome.kind === 'analysed') this.onAnalysed(key, outcome.article, outcome.claims, version);
    else if (outcome.kind === 'stopped') this.onStopped(key, outcome.reason, job.text, version);
    // Waiters for this text or an older one have their answer.
    const done = line.latest === job.text ? line.seq : job.seq;
    line.waiters = line.waiters.filter((w) => (w.seq <= done ? (w.resolve(), false) : true));
    if (line.latest !== job.text) {
      this.start(key, line);
      return;
    }
    this.lines.delete(key);
    for (const w of line.waiters) w.resolve();
    this.checkSettled();
  }

  private checkSettled(): void {
    if (this.lines.size) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
