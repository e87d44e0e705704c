/**
 * The decisions file, `.triangulate/decisions.json`: where the command line and the server
 * find it, how they read it, and how the server records a new decision. The file's format and
 * the matching of findings live in the core (`analysis/decisions`); this module only touches
 * the disk.
 *
 * A decisions file that exists but cannot be used (unreadable, empty, not JSON, not a decisions
 * file) is an error the user is told about: it is never read as "no decisions", and it is never
 * overwritten, since an empty file is most often a write that was cut short and a person should
 * restore it. Writes are serialised per file, go to a temporary file renamed over the old one,
 * never follow a symbolic link and never leave the workspace folder.
 */
import * as path from 'node:path';
import { promises as fsp } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decisionFilter, parseDecisions, tryAddDecision, unusableDecisionsReason, type Decision, type Finding } from '../analysis';
import { KeyedQueue, isInside, readRegularFile, writeFileAtomic } from './safeFs';

/** Where decisions live, relative to a workspace root. */
export const DECISIONS_PATH: readonly string[] = ['.triangulate', 'decisions.json'];

/** The largest decisions file read, in bytes. */
const MAX_DECISIONS_BYTES = 20_000_000;

/** The decisions file of a workspace root. */
export function decisionsFileOf(root: string): string {
  return path.join(root, ...DECISIONS_PATH);
}

/** True when a path or a `file:` URI names a decisions file. */
export function isDecisionsFile(pathOrUri: string): boolean {
  return /(^|[\\/])\.triangulate[\\/]decisions\.json$/.test(filePathOf(pathOrUri) ?? pathOrUri);
}

/** The file-system path of a `file:` URI, or null for anything else. */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** A decisions file as read. Plain data, so it can be sent to a worker thread. */
export interface DecisionsRead {
  /** The file. */
  file: string;
  /** The folder decisions store their paths against: the parent of `.triangulate`. */
  root: string;
  /** False when there is no file (nothing applies, and a first decision creates it). */
  exists: boolean;
  /** The file's text, when it was read. */
  text: string;
  decisions: Decision[];
  /** Warnings about single entries; the other decisions still apply. */
  problems: string[];
  /** Why the file cannot be used at all, or null. While set, no decision applies and the file is never written. */
  error: string | null;
}

/** The folder a decisions file's paths are relative to. */
function rootOf(file: string): string {
  const dir = path.dirname(file);
  return path.basename(dir) === '.triangulate' ? path.dirname(dir) : dir;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a decisions file. Never throws; a missing file is not an error. */
export async function readDecisionsFile(file: string): Promise<DecisionsRead> {
  const base: DecisionsRead = { file, root: rootOf(file), exists: true, text: '', decisions: [], problems: [], error: null };
  const read = await readRegularFile(file, MAX_DECISIONS_BYTES);
  if ('reason' in read) {
    if (read.code === 'missing') return { ...base, exists: false };
    const reason = read.code === 'too-large' ? `it is over ${MAX_DECISIONS_BYTES.toLocaleString('en')} bytes` : read.reason;
    return { ...base, error: `${file} cannot be read (${reason}); no decision was applied.` };
  }
  let text: string;
  try {
    text = utf8.decode(read.bytes);
  } catch {
    return { ...base, error: `${file} is not UTF-8 text; no decision was applied.` };
  }
  if (!text.replace(/^\uFEFF/, '').trim()) {
    return {
      ...base,
      text,
      error: `${file} is empty, perhaps because a write was interrupted; no decision was applied. Restore it (for example from version control) or delete it; Triangulate will not overwrite it.`,
    };
  }
  const unusable = unusableDecisionsReason(text);
  if (unusable) return { ...base, text, error: `${file}: ${unusable} Fix it or delete it; Triangulate will not overwrite it.` };
  const set = parseDecisions(text);
  return { ...base, text, decisions: set.decisions, problems: set.problems.map((p) => `${file}: ${p}`) };
}

/** The nearest decisions file at or above `start`, or null. */
async function findUp(start: string): Promise<string | null> {
  let dir = start;
  for (;;) {
    const candidate = decisionsFileOf(dir);
    if (await fsp.lstat(candidate).then(() => true, () => false)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The deepest folder that contains every one of the given absolute paths (`cwd` when there are none). */
export function commonFolder(cwd: string, absolutes: readonly string[]): string {
  if (!absolutes.length) return path.resolve(cwd);
  let common = path.dirname(path.resolve(absolutes[0]));
  for (const p of absolutes.slice(1)) {
    const dir = path.dirname(path.resolve(p));
    while (common !== path.dirname(common) && !isInside(common, dir)) common = path.dirname(common);
  }
  return common;
}

/** Where the command line looks for decisions. */
export interface DecisionLookup {
  /** The files and folders given on the command line, relative to `cwd`. */
  inputs?: readonly string[];
  /** A decisions file named explicitly (`--decisions`); it must exist. */
  file?: string;
}

/**
 * Finds and reads the decisions that apply to a run of the command line: the file named with
 * `--decisions`, else the nearest `.triangulate/decisions.json` at or above the folder holding
 * the inputs (or `cwd`). Returns null when there is none; a file named explicitly that does not
 * exist is read as an error.
 */
export async function loadDecisions(cwd: string, lookup: DecisionLookup = {}): Promise<DecisionsRead | null> {
  if (lookup.file) {
    const file = path.resolve(cwd, lookup.file);
    const read = await readDecisionsFile(file);
    return read.exists ? read : { ...read, error: `${lookup.file}: no such decisions file; no decision was applied.` };
  }
  const inputs = (lookup.inputs ?? []).map((p) => path.resolve(cwd, p));
  const folders = await Promise.all(inputs.map(async (p) => ((await fsp.stat(p).catch(() => null))?.isDirectory() ? path.join(p, 'x') : p)));
  const file = (await findUp(commonFolder(cwd, folders))) ?? (await findUp(path.resolve(cwd)));
  return file ? readDecisionsFile(file) : null;
}

/**
 * The filter decisions imply: false for a finding a decision reconciles. `absolutePath` maps a
 * finding's path (relative to the working folder, or a URI) to a file-system path. A file that
 * could not be used hides nothing.
 */
export function keepFindingFor(read: DecisionsRead | null, absolutePath: (findingPath: string) => string): (finding: Finding) => boolean {
  if (!read || read.error || !read.decisions.length) return () => true;
  const root = read.root;
  return decisionFilter(read.decisions, { relativePath: (p) => path.relative(root, absolutePath(p)).split(path.sep).join('/') });
}

/** Today's date as `YYYY-MM-DD`, in UTC. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const writes = new KeyedQueue();

/** How often a decision is tried again when the file changed under it (another program wrote it). */
const WRITE_ATTEMPTS = 3;

/**
 * Records that `finding` is reconciled in the decisions file of the workspace folder `root`.
 * Writes to one file are serialised, so decisions recorded together are all kept; a write by
 * another program between the read and the write is noticed and the decision is added again
 * to what it wrote. Returns the file written, or the error that stopped it (the file is then
 * left as it was).
 */
export function appendDecision(root: string, finding: Finding, note: string, absolutePath: (findingPath: string) => string): Promise<{ file: string; problems: string[] } | { error: string }> {
  const file = decisionsFileOf(root);
  const relativePath = (p: string) => path.relative(root, absolutePath(p)).split(path.sep).join('/');
  return writes.run(file, async () => {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const current = await readDecisionsFile(file);
      if (current.error) return { error: current.error };
      const next = tryAddDecision(current.text, finding, note, today(), { relativePath });
      if (next.text === null) return { error: `${file}: ${next.problems.join(' ')}` };
      const again = await readDecisionsFile(file);
      if (again.exists !== current.exists || again.text !== current.text) continue;
      try {
        await writeFileAtomic(root, file, next.text);
      } catch (err) {
        return { error: `Could not write ${err instanceof Error ? err.message : String(err)}` };
      }
      return { file, problems: next.problems.map((p) => `${file}: ${p}`) };
    }
    return { error: `${file} kept changing while the decision was recorded; nothing was written. Try again.` };
  });
}

/** The decisions of every workspace folder the server holds, and the filters they imply. */
export class DecisionStore {
  private folders: string[] = [];
  private readonly byFolder = new Map<string, DecisionsRead>();
  private readonly filters = new Map<string, (f: Finding) => boolean>();

  /** The workspace folder (a file-system path) an article's key (a `file:` URI) lies in, if any: the innermost one. */
  folderOf(key: string): string | null {
    const p = filePathOf(key);
    if (!p) return null;
    let best: string | null = null;
    for (const f of this.folders) if (p !== f && isInside(f, p) && (!best || f.length > best.length)) best = f;
    return best;
  }

  /** True when a decisions file that can be used records a decision: only then may a finding be hidden. */
  private filtering = false;

  /** Counts loads, so that a load that finishes after a later one does not replace its result. */
  private generation = 0;

  /** Reads the decisions files of the given folders (file-system paths). Returns what was read, per folder. */
  async load(folders: readonly string[]): Promise<DecisionsRead[]> {
    const generation = ++this.generation;
    this.folders = [...folders];
    const reads = await Promise.all(folders.map((folder) => readDecisionsFile(decisionsFileOf(folder))));
    if (generation !== this.generation) return reads;
    this.byFolder.clear();
    this.filters.clear();
    folders.forEach((folder, i) => {
      this.byFolder.set(folder, reads[i]);
      this.filters.set(folder, keepFindingFor(reads[i], (p) => filePathOf(p) ?? p));
    });
    this.filtering = reads.some((r) => !r.error && r.decisions.length > 0);
    return reads;
  }

  /** The files that exist but cannot be used, with the reason. */
  get errors(): string[] {
    return [...this.byFolder.values()].map((r) => r.error).filter((e): e is string => !!e);
  }

  /** False for a finding a recorded decision reconciles. */
  keep(finding: Finding): boolean {
    // With no decision recorded anywhere, nothing is hidden: no need to find the folder.
    if (!this.filtering) return true;
    const folder = this.folderOf(finding.path);
    const filter = folder ? this.filters.get(folder) : undefined;
    return filter ? filter(finding) : true;
  }

  /** How many decisions are recorded. */
  get size(): number {
    let n = 0;
    for (const r of this.byFolder.values()) n += r.decisions.length;
    return n;
  }

  /**
   * Records that a finding is reconciled, in the decisions file of its workspace folder, and
   * reloads. Returns the file written and warnings, or the error that stopped it.
   */
  async reconcile(finding: Finding, note: string): Promise<{ file: string; problems: string[] } | { error: string }> {
    const folder = this.folderOf(finding.path);
    if (!folder) return { error: 'The article is not inside a workspace folder, so there is no decisions file for it.' };
    const result = await appendDecision(folder, finding, note, (p) => filePathOf(p) ?? p);
    await this.load(this.folders);
    return result;
  }
}
