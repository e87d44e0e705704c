/**
 * The run loop of `triangulate check`: groups the files read into stories, checks the stories
 * one at a time (in worker threads when the machine has more than one core), and writes the
 * output as the stories finish, in story order.
 *
 * Stories are independent, so each is analysed, compared and turned into output on its own,
 * and then let go: the process holds the texts read, the findings (which must be sorted
 * across stories) and one story's work per thread, never every article and claim at once.
 * The JSON report is written source by source; SARIF needs every finding before its first line
 * and the text output follows the messages on stderr, so they are written at the end from what
 * was kept. The JSON and SARIF bytes are the same as those of the whole report built at once
 * (`buildReport` over every story).
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describeProblem, folderOf, REPORT_VERSION, type ReportEntity, type ReportFinding, type ReportProblem, type ReportSource, type Severity, type StoryScope } from '../analysis';
import { checkStory, indentJson, type RuleLevels, type CheckFormat, type PlacedFinding, type StoryFile, type StoryFileName, type StoryInput, type StoryOutput } from './checkStory';
import { formatSarif, formatText, Positions, printable, type RuleInfo, type TextStory } from './format';
import { keepFindingFor, loadDecisions, type ArticleFile, type DecisionLookup, type DecisionsRead } from '../host';

/**
 * The exit status of a check that ran but could not finish part of the comparison (a rule
 * failed): findings may be missing, which must not pass for sources that agree.
 */
export const EXIT_PROBLEMS = 3;

/** What a run of the check needs besides the files. */
export interface CheckRunOptions {
  format: CheckFormat;
  scope: StoryScope;
  /** Rules turned off or given another severity (`--rule`). */
  ruleLevels?: RuleLevels;
  /** Findings less pressing than this are left out (`--min-severity`). */
  minSeverity?: Severity;
  cwd: string;
  /** Where the decisions file is looked for. */
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
  ruleLevels?: RuleLevels;
  minSeverity?: Severity;
  cwd: string;
  /** The decisions file as this thread read it: each worker builds the same filter from it. */
  decisions: DecisionsRead | null;
}

/**
 * A task for a worker thread. `analyse` hands it files of a story from the file at `start` on
 * (in the story's path order); it keeps their articles when `keep` is set (the story is its
 * to compare) and sends them back otherwise. `articles` brings it articles another thread
 * analysed for a story it keeps, `compare` asks for the output of a story whose articles it
 * all holds, and `drop` lets go of a story checked elsewhere.
 */
export type CheckWorkerTask =
  | { type: 'analyse'; story: number; start: number; files: StoryFile[]; keep: boolean }
  | { type: 'articles'; story: number; start: number; articles: ArrayBuffer }
  | { type: 'compare'; story: number; key: string; files: StoryFileName[] }
  | { type: 'drop'; story: number };

/**
 * A worker thread's answer to a task: files analysed (with their articles, packed, when it
 * does not keep them), a story's output, or the failure of a task on a story.
 */
export type CheckWorkerReply =
  | { type: 'analysed'; story: number; start: number; articles?: ArrayBuffer }
  | { type: 'output'; story: number; output: StoryOutput }
  | { type: 'error'; story: number; error: string };

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

/**
 * Text below this many characters is checked in this thread unless `TRIANGULATE_WORKERS` asks
 * for workers: starting a thread (which loads the tool and the tagger's model) costs more than
 * it saves on so little.
 */
const MIN_PARALLEL_CHARS = 300_000;

/**
 * About how much text one analysis task carries: small enough that a thread with nothing else
 * to do can take over part of a story, large enough that the messages cost little beside it.
 */
const CHUNK_CHARS = 40_000;

/** How many worker threads to use for these stories. */
function workerCount(options: CheckRunOptions, stories: StoryInput[]): number {
  if (!options.workerScript) return 0;
  const raw = process.env.TRIANGULATE_WORKERS;
  const env = Number(raw);
  const fromEnv = raw !== undefined && raw.trim() !== '' && Number.isInteger(env) && env >= 0;
  const wanted = options.workers ?? (fromEnv ? env : availableParallelism());
  if (wanted < 2) return 0;
  let chars = 0;
  let files = 0;
  for (const s of stories) for (const f of s.files) (chars += f.text.length), files++;
  if (files < 2 || (options.workers === undefined && !fromEnv && chars < MIN_PARALLEL_CHARS)) return 0;
  return Math.min(wanted, files);
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
  private problems: ReportProblem[] = [];
  private sourcePaths: string[] = [];
  /** What the text output shows of each story taken, in order. */
  private texts: TextStory[] = [];

  constructor(
    private options: CheckRunOptions,
    private displayOf: (index: number) => string,
  ) {
    if (options.format === 'json') options.stdout(`{\n  "version": ${REPORT_VERSION},\n  "sources": [`);
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
    for (const p of o.problems) this.problems.push(p);
    for (const p of o.sourcePaths) this.sourcePaths.push(p);
    this.texts.push({ summary: o.summary, findings: o.textFindings });
  }

  /**
   * Writes the notes, the decision problems, what failed in the comparison, and the rest of the
   * output. Returns how many parts of the comparison failed.
   */
  finish(problems: string[]): number {
    const { options } = this;
    this.notes.sort((a, b) => a.index - b.index);
    // File names and the words of errors are printed escaped: a name may hold a line break.
    for (const n of this.notes) options.stderr(`triangulate: ${printable(this.displayOf(n.index))}: ${printable(n.text)}\n`);
    for (const p of problems) options.stderr(`triangulate: ${printable(p)}\n`);
    for (const p of this.problems) options.stderr(`triangulate: error: ${printable(describeProblem(p))}\n`);
    const failed = this.problems.length;
    if (options.format === 'text') {
      options.stdout(formatText(this.texts));
      return failed;
    }

    // A stable sort of the stories' findings, each story's already in report order, gives the
    // order of one sort over all of them.
    const placed = this.findings.sort((a, b) => compareFindings(a.finding, b.finding));
    const findings = placed.map((p) => p.finding);
    if (options.format === 'json') {
      const entities = [...this.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      options.stdout(
        `${this.sourcesWritten ? '\n  ]' : ']'},\n  "entities": ${indentJson(JSON.stringify(entities, null, 2), '  ')},\n  "findings": ${indentJson(JSON.stringify(findings, null, 2), '  ')},\n  "problems": ${indentJson(JSON.stringify(this.problems, null, 2), '  ')}\n}\n`,
      );
      return failed;
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
    const report = { version: REPORT_VERSION, sources: this.sourcePaths.map((path) => ({ path }) as ReportSource), entities: [], findings, problems: this.problems };
    const fingerprints = new Map<ReportFinding, string>();
    for (const p of placed) if (p.fingerprint) fingerprints.set(p.finding, p.fingerprint);
    options.stdout(formatSarif(report, positions, options.rules, options.version, options.root, { ruleLevels: options.ruleLevels, fingerprints }));
    return failed;
  }
}

/** What the main thread knows of one story while worker threads check it. */
interface StoryProgress {
  id: number;
  /** The story's files, kept until its output arrives so that it can be checked here if a thread fails. */
  input: StoryInput;
  /** The most text one analysis task of this story carries. */
  chunkChars: number;
  /** The first file not yet given to a thread. */
  next: number;
  /** How many files have articles at the owner or on their way to it. */
  analysed: number;
  /** The thread that keeps the story's articles and compares them. */
  owner: WorkerSlot | null;
  state: 'open' | 'comparing' | 'done';
}

/** One worker thread and what it is doing. */
interface WorkerSlot {
  worker: Worker;
  alive: boolean;
  /** The task sent and not yet answered: the story, and for an analysis the files given (`start` to `end`). */
  task: { story: number; start: number; end: number } | null;
  /** The stories this thread compares, not yet done. */
  owned: Set<number>;
}

/**
 * Checks the files and writes the output. Resolves to the exit status; never rejects.
 *
 * With worker threads, a story is compared in one thread (its owner), but its articles may be
 * analysed in any: each article depends on its own text only, and linking and comparing need
 * the whole story. A thread is given, in this order of preference, the comparison of a story
 * of its own whose articles are all analysed, files of a story of its own, a story nobody has
 * taken yet, or files of another thread's story, whose articles it sends back to be passed on
 * to the owner. So no thread waits while another still has articles to analyse, even when the
 * stories are fewer than the threads or of very different sizes. A story whose thread fails
 * is checked again in this thread.
 */
export async function runCheck(files: ArticleFile[], options: CheckRunOptions): Promise<number> {
  const stories = groupStories(files, options.scope);
  const displays = files.map((f) => f.display);
  // The texts now live in the stories; dropping them here lets each go once its story is done.
  files.length = 0;
  const decisions = await loadDecisions(options.cwd, options.decisions);
  const keepFinding = keepFindingFor(decisions, (p) => path.resolve(options.cwd, p));
  const problems = decisions ? [...(decisions.error ? [decisions.error] : []), ...decisions.problems] : [];
  const writer = new OutputWriter(options, (i) => displays[i]);
  const settings = { format: options.format, scope: options.scope, ruleLevels: options.ruleLevels, minSeverity: options.minSeverity };
  const local = (id: number): void => {
    const story = stories[id];
    // Nothing of a story is needed once its output is taken.
    stories[id] = { key: story.key, files: [] };
    writer.add(id, checkStory(story, settings, keepFinding));
  };

  const count = workerCount(options, stories);
  if (count === 0) {
    for (let id = 0; id < stories.length; id++) local(id);
    return writer.finish(problems) ? EXIT_PROBLEMS : 0;
  }

  await new Promise<void>((resolve) => {
    const progress: StoryProgress[] = stories.map((input, id) => {
      let chars = 0;
      for (const f of input.files) chars += f.text.length;
      // A story is cut into at least a few tasks, so that another thread can share even a small one.
      return { id, input, chunkChars: Math.max(1, Math.min(CHUNK_CHARS, Math.ceil(chars / 8))), next: 0, analysed: 0, owner: null, state: 'open' };
    });
    const slots: WorkerSlot[] = [];
    let untaken = 0;
    let done = 0;
    let finished = false;

    const finishStory = (p: StoryProgress, output: StoryOutput | null): void => {
      if (p.state === 'done') return;
      p.state = 'done';
      p.owner?.owned.delete(p.id);
      p.owner = null;
      if (output) {
        stories[p.id] = { key: p.input.key, files: [] };
        writer.add(p.id, output);
      } else local(p.id);
      p.input = stories[p.id];
      if (++done === stories.length && !finished) {
        finished = true;
        for (const s of slots) if (s.alive) (s.alive = false), void s.worker.terminate();
        resolve();
      }
    };

    /** Checks a story here after its thread failed, and tells the owner, if any other, to let go of it. */
    const rescue = (p: StoryProgress): void => {
      if (p.state === 'done') return;
      const owner = p.owner;
      if (owner?.alive) owner.worker.postMessage({ type: 'drop', story: p.id } satisfies CheckWorkerTask);
      finishStory(p, null);
    };

    const sendFiles = (slot: WorkerSlot, p: StoryProgress): void => {
      const start = p.next;
      let end = start;
      let chars = 0;
      while (end < p.input.files.length && (end === start || chars + p.input.files[end].text.length <= p.chunkChars)) chars += p.input.files[end++].text.length;
      p.next = end;
      const keep = p.owner === slot;
      slot.task = { story: p.id, start, end };
      slot.worker.postMessage({ type: 'analyse', story: p.id, start, files: p.input.files.slice(start, end), keep } satisfies CheckWorkerTask);
    };

    /** Gives an idle thread its next task; leaves it idle when nothing can be given yet. */
    const assign = (slot: WorkerSlot): void => {
      if (!slot.alive || slot.task) return;
      for (const id of [...slot.owned].sort((a, b) => a - b)) {
        const p = progress[id];
        if (p.state === 'open' && p.analysed === p.input.files.length) {
          p.state = 'comparing';
          slot.task = { story: id, start: 0, end: 0 };
          const names = p.input.files.map((f) => ({ index: f.index, display: f.display }));
          slot.worker.postMessage({ type: 'compare', story: id, key: p.input.key, files: names } satisfies CheckWorkerTask);
          return;
        }
      }
      for (const id of [...slot.owned].sort((a, b) => a - b)) {
        const p = progress[id];
        if (p.state === 'open' && p.next < p.input.files.length) return sendFiles(slot, p);
      }
      while (untaken < progress.length && progress[untaken].state !== 'open') untaken++;
      if (untaken < progress.length) {
        const p = progress[untaken++];
        p.owner = slot;
        slot.owned.add(p.id);
        return assign(slot);
      }
      // Help the story with the most files left, whose owner is busy with others.
      let best: StoryProgress | null = null;
      for (const p of progress) {
        if (p.state === 'open' && p.owner?.alive && p.next < p.input.files.length && (!best || p.input.files.length - p.next > best.input.files.length - best.next)) best = p;
      }
      if (best) sendFiles(slot, best);
    };
    const assignAll = (): void => {
      for (const s of slots) assign(s);
    };

    const data: CheckWorkerData = {
      triangulateCheckWorker: true,
      format: options.format,
      scope: options.scope,
      ruleLevels: options.ruleLevels,
      minSeverity: options.minSeverity,
      cwd: options.cwd,
      decisions,
    };
    for (let w = 0; w < count; w++) {
      const slot: WorkerSlot = { worker: new Worker(options.workerScript!, { workerData: data }), alive: true, task: null, owned: new Set() };
      slots.push(slot);
      slot.worker.on('message', (reply: CheckWorkerReply) => {
        if (!slot.alive) return;
        const task = slot.task;
        slot.task = null;
        const p = progress[reply.story];
        if (reply.type === 'analysed') {
          if (p.state === 'open' && task?.story === p.id) {
            if (reply.articles && p.owner?.alive) {
              // Articles for another thread's story are passed on without being read here.
              p.owner.worker.postMessage({ type: 'articles', story: p.id, start: reply.start, articles: reply.articles } satisfies CheckWorkerTask, [reply.articles]);
            }
            p.analysed += task.end - task.start;
          }
        } else if (reply.type === 'output') finishStory(p, reply.output);
        else rescue(p);
        assignAll();
      });
      const fail = (): void => {
        if (!slot.alive || finished) return;
        slot.alive = false;
        // What this thread held or was working on is checked here; the other threads go on.
        const lost = new Set(slot.owned);
        if (slot.task) lost.add(slot.task.story);
        slot.task = null;
        for (const id of [...lost].sort((a, b) => a - b)) rescue(progress[id]);
        if (!slots.some((s) => s.alive)) {
          for (const p of progress) rescue(p);
          return;
        }
        assignAll();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', fail);
    }
    assignAll();
  });
  return writer.finish(problems) ? EXIT_PROBLEMS : 0;
}
