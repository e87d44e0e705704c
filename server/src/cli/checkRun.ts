/**
 * The run loop of `triangulate check`: groups the files read into stories, checks the stories
 * one at a time (in worker threads when the machine has more than one core), and writes the
 * output as the stories finish, in story order.
 *
 * Stories are independent, so each is analysed, compared and turned into output on its own,
 * and then let go: the process holds the texts read, the findings (which must be sorted
 * across stories) and one story's work per thread, never every article and claim at once.
 * The JSON report is written source by source; text and SARIF need every finding before their
 * first line, so they are written at the end from the findings kept. The bytes written are
 * the same as those of the whole report built at once (`buildReport` over every story).
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { folderOf, type ReportEntity, type ReportFinding, type ReportSource, type StoryScope } from '../analysis';
import { checkStory, indentJson, type CheckFormat, type PlacedFinding, type StoryInput, type StoryOutput } from './checkStory';
import { loadDecisions, type DecisionLookup } from './decisions';
import { formatSarif, formatText, Positions, type RuleInfo, type StorySummary } from './format';
import type { ArticleFile } from './files';

/** What a run of the check needs besides the files. */
export interface CheckRunOptions {
  format: CheckFormat;
  scope: StoryScope;
  cwd: string;
  /** Where the decisions file is looked for; each worker thread reads it again. */
  decisions: DecisionLookup;
  /** The bundled command line tool, started as a worker thread; without it every story is checked in this thread. */
  workerScript?: string;
  /** How many worker threads to start at most; defaults to the machine's cores (`TRIANGULATE_WORKERS` overrides it; 0 means none). */
  workers?: number;
  /** The rules SARIF lists, and the tool's version and the working folder's URI for it. */
  rules: RuleInfo[];
  version: string;
  root: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The data a worker thread is started with: it marks the thread as one of the check's. */
export interface CheckWorkerData {
  triangulateCheckWorker: true;
  format: CheckFormat;
  scope: StoryScope;
  cwd: string;
  decisions: DecisionLookup;
}

/** A message from a worker thread: one story's output, or the failure of one story. */
export type CheckWorkerReply = { id: number; output: StoryOutput } | { id: number; error: string };

/** Groups the files into stories as the corpus does: by folder (or all in one), keys sorted, paths sorted within a story. */
export function groupStories(files: ArticleFile[], scope: StoryScope): StoryInput[] {
  const byKey = new Map<string, StoryInput>();
  files.forEach((f, index) => {
    const key = scope === 'workspace' ? '' : folderOf(f.display);
    let story = byKey.get(key);
    if (!story) byKey.set(key, (story = { key, files: [] }));
    story.files.push({ index, display: f.display, text: f.text });
  });
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const stories = [...byKey.values()].sort((a, b) => order(a.key, b.key));
  for (const s of stories) s.files.sort((a, b) => order(a.display, b.display));
  return stories;
}

/** How many worker threads to use for this many stories. */
function workerCount(options: CheckRunOptions, stories: number): number {
  if (!options.workerScript || stories < 2) return 0;
  const env = Number(process.env.TRIANGULATE_WORKERS);
  const wanted = options.workers ?? (process.env.TRIANGULATE_WORKERS !== undefined && Number.isInteger(env) && env >= 0 ? env : availableParallelism());
  return wanted < 2 ? 0 : Math.min(wanted, stories);
}

/** Positions looked up from those the story checks computed, instead of from the texts. */
class KnownPositions extends Positions {
  private known = new Map<string, Map<number, { line: number; column: number }>>();
  constructor() {
    super(new Map());
  }
  add(path: string, offset: number, line: number, column: number): void {
    let byOffset = this.known.get(path);
    if (!byOffset) this.known.set(path, (byOffset = new Map()));
    byOffset.set(offset, { line, column });
  }
  override at(path: string, offset: number): { line: number; column: number } {
    return this.known.get(path)?.get(offset) ?? { line: 1, column: 1 };
  }
}

/** Orders findings as the report does: by path, start, end and rule. */
function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The folder part of a displayed path, as the text output counts findings per story. */
function folderName(p: string): string {
  const dir = path.posix.dirname(p);
  return dir === '.' ? '' : dir;
}

/**
 * Collects the stories' outputs in story order and writes what can be written at once. Call
 * {@link OutputWriter.add} as stories finish, in any order, then {@link OutputWriter.finish}.
 */
class OutputWriter {
  private pending = new Map<number, StoryOutput>();
  private next = 0;
  private sourcesWritten = 0;
  private notes: Array<{ index: number; text: string }> = [];
  private entities = new Map<string, ReportEntity>();
  private findings: PlacedFinding[] = [];
  private sourcePaths: string[] = [];
  private summaries: StorySummary[] = [];
  /** The key of each story taken, in order. */
  private keys: string[] = [];

  constructor(
    private options: CheckRunOptions,
    private displayOf: (index: number) => string,
  ) {
    if (options.format === 'json') options.stdout('{\n  "version": 1,\n  "sources": [');
  }

  add(id: number, output: StoryOutput): void {
    this.pending.set(id, output);
    for (let o = this.pending.get(this.next); o; o = this.pending.get(this.next)) {
      this.pending.delete(this.next++);
      this.take(o);
    }
  }

  private take(o: StoryOutput): void {
    if (o.sourcesJson.length) {
      let chunk = '';
      for (const s of o.sourcesJson) chunk += `${this.sourcesWritten++ ? ',' : ''}\n    ${s}`;
      this.options.stdout(chunk);
    }
    this.notes.push(...o.notes);
    for (const e of o.entities) if (!this.entities.has(e.id)) this.entities.set(e.id, e);
    for (const f of o.findings) this.findings.push(f);
    for (const p of o.sourcePaths) this.sourcePaths.push(p);
    this.summaries.push(o.summary);
    this.keys.push(o.key);
  }

  /** Writes the notes, the decision problems and the rest of the output. */
  finish(problems: string[]): void {
    const { options } = this;
    this.notes.sort((a, b) => a.index - b.index);
    for (const n of this.notes) options.stderr(`triangulate: ${this.displayOf(n.index)}: ${n.text}\n`);
    for (const p of problems) options.stderr(`triangulate: ${p}\n`);

    // A stable sort of the stories' findings, each story's already in report order, gives the
    // order of one sort over all of them.
    const placed = this.findings.sort((a, b) => compareFindings(a.finding, b.finding));
    const findings = placed.map((p) => p.finding);
    if (options.format === 'json') {
      const entities = [...this.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      options.stdout(
        `${this.sourcesWritten ? '\n  ]' : ']'},\n  "entities": ${indentJson(JSON.stringify(entities, null, 2), '  ')},\n  "findings": ${indentJson(JSON.stringify(findings, null, 2), '  ')}\n}\n`,
      );
      return;
    }
    const positions = new KnownPositions();
    for (const { finding: f, lines } of placed) {
      positions.add(f.path, f.start, lines[0], lines[1]);
      positions.add(f.path, Math.max(f.start, f.end), lines[2], lines[3]);
      f.related.forEach((r, i) => {
        positions.add(r.path, r.start, lines[4 + 4 * i], lines[5 + 4 * i]);
        positions.add(r.path, Math.max(r.start, r.end), lines[6 + 4 * i], lines[7 + 4 * i]);
      });
    }
    // The formatters read only the paths of the sources.
    const report = { version: 1 as const, sources: this.sourcePaths.map((path) => ({ path }) as ReportSource), entities: [], findings };
    if (options.format === 'sarif') {
      options.stdout(formatSarif(report, positions, options.rules, options.version, options.root));
      return;
    }
    const byStory = new Map<string, number>();
    for (const f of findings) {
      const story = options.scope === 'workspace' ? '' : folderName(f.path);
      byStory.set(story, (byStory.get(story) ?? 0) + 1);
    }
    this.summaries.forEach((s, i) => (s.findings = byStory.get(options.scope === 'workspace' ? '' : this.keys[i]) ?? 0));
    options.stdout(formatText(report, positions, this.summaries));
  }
}

/**
 * Checks the files and writes the output. Resolves to the exit status; never rejects. A story
 * whose worker thread fails is checked again in this thread.
 */
export async function runCheck(files: ArticleFile[], options: CheckRunOptions): Promise<number> {
  const stories = groupStories(files, options.scope);
  const displays = files.map((f) => f.display);
  // The texts now live in the stories; dropping them here lets each go once its story is sent.
  files.length = 0;
  const decisions = loadDecisions(options.cwd, options.decisions);
  const writer = new OutputWriter(options, (i) => displays[i]);
  const settings = { format: options.format, scope: options.scope };
  const local = (id: number): void => {
    const story = stories[id];
    writer.add(id, checkStory(story, settings, decisions.keepFinding));
  };

  const count = workerCount(options, stories.length);
  if (count === 0) {
    for (let id = 0; id < stories.length; id++) {
      local(id);
      // Nothing of a story is needed once its output is taken.
      stories[id] = { key: stories[id].key, files: [] };
    }
    writer.finish(decisions.problems);
    return 0;
  }

  await new Promise<void>((resolve) => {
    let next = 0;
    let done = 0;
    let live = count;
    const data: CheckWorkerData = { triangulateCheckWorker: true, format: options.format, scope: options.scope, cwd: options.cwd, decisions: options.decisions };
    const finishOne = (): void => {
      if (++done === stories.length) resolve();
    };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(options.workerScript!, { workerData: data });
      // The story a thread is working on is kept until its output arrives, so that it can be
      // checked here should the thread fail.
      let current: { id: number; story: StoryInput } | null = null;
      let stopped = false;
      const send = (): void => {
        if (next >= stories.length) {
          stopped = true;
          void worker.terminate();
          return;
        }
        const id = next++;
        current = { id, story: stories[id] };
        stories[id] = { key: current.story.key, files: [] };
        worker.postMessage({ id, story: current.story });
      };
      worker.on('message', (reply: CheckWorkerReply) => {
        const story = current?.id === reply.id ? current.story : null;
        current = null;
        if ('output' in reply) writer.add(reply.id, reply.output);
        else if (story) writer.add(reply.id, checkStory(story, settings, decisions.keepFinding));
        finishOne();
        send();
      });
      const fail = (): void => {
        if (stopped) return;
        stopped = true;
        live--;
        // What this thread held is checked here; the other threads go on, and when none is
        // left this thread checks the stories not yet given out.
        if (current) {
          const { id, story } = current;
          current = null;
          writer.add(id, checkStory(story, settings, decisions.keepFinding));
          finishOne();
        }
        if (live === 0) {
          while (next < stories.length) {
            local(next++);
            finishOne();
          }
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      send();
    }
  });
  writer.finish(decisions.problems);
  return 0;
}
