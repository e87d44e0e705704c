/**
 * The one folder walker: lists the article files below a folder for the command line and the
 * server, without blocking the thread on a large tree.
 */
import { promises as fsp, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { isArticleName, isSearchedFolder, readArticleFile } from './articleFiles';

/** Options for {@link listArticleFiles}. */
export interface WalkOptions {
  /** Stop after this many files (default: no limit). */
  maxFiles?: number;
  /** Search sub-folders (default: true). */
  recursive?: boolean;
}

/** The files found, and whether the walk stopped at `maxFiles`. */
export interface WalkResult {
  files: string[];
  truncated: boolean;
}

/**
 * Lists the article files below `root`, breadth first, each folder's entries in name order.
 * Entries whose names start with a dot, and the folders in `IGNORED_FOLDERS`, are passed over;
 * links to folders are never followed (a link can make a cycle). A link to a file counts as the
 * file, and a link whose target is gone is listed too, so that reading it says the file is
 * missing instead of passing over it in silence. A FIFO, a device or a socket is never listed.
 */
export async function listArticleFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const maxFiles = options.maxFiles ?? Infinity;
  const recursive = options.recursive ?? true;
  const files: string[] = [];
  const queue = [root];
  for (let next = 0; next < queue.length; next++) {
    const dir = queue[next];
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive && isSearchedFolder(entry.name)) queue.push(full);
        continue;
      }
      if (!isArticleName(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        const target = await fsp.stat(full).catch(() => null);
        if (target && !target.isFile()) continue;
      } else if (!entry.isFile()) {
        continue;
      }
      if (files.length >= maxFiles) return { files, truncated: true };
      files.push(full);
    }
  }
  return { files, truncated: false };
}

/** An article read from disk. */
export interface ArticleFile {
  /** Absolute path. */
  absolute: string;
  /** Path shown to the user: relative to the working folder, with forward slashes. */
  display: string;
  /** The text, BOM removed. */
  text: string;
  /** True when the file starts with a UTF-8 byte-order mark. */
  bom: boolean;
}

/** What was read, what was skipped and why, and arguments that name nothing. */
export interface ReadResult {
  files: ArticleFile[];
  skipped: Array<{ display: string; reason: string }>;
  missing: string[];
}

/** The path shown for a file: relative to `cwd` when it lies below it, always with forward slashes. */
export function displayPathOf(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel && !path.isAbsolute(rel) ? rel : absolute;
  return shown.split(path.sep).join('/');
}

/** How many files are read at once. */
const READ_CONCURRENCY = 16;

/**
 * Reads the articles named by paths (as a command line names them): a file named explicitly is
 * read whatever its extension, a folder contributes the files {@link listArticleFiles} lists.
 * Each file is read once; files come back sorted by path. Anything but a regular file is
 * skipped with a reason, never waited on.
 */
export async function readArticles(args: readonly string[], cwd: string, maxFileSize: number, limitHint: string): Promise<ReadResult> {
  const result: ReadResult = { files: [], skipped: [], missing: [] };
  const candidates = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = await fsp.stat(absolute).catch(() => null);
    if (!stat) {
      result.missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) for (const f of (await listArticleFiles(absolute)).files) candidates.add(f);
    else candidates.add(absolute);
  }
  const sorted = [...candidates].sort();
  const outcomes = new Array<ArticleFile | { display: string; reason: string }>(sorted.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sorted.length) {
      const i = next++;
      const absolute = sorted[i];
      const display = displayPathOf(absolute, cwd);
      const read = await readArticleFile(absolute, maxFileSize, limitHint);
      outcomes[i] = 'reason' in read ? { display, reason: read.reason } : { absolute, display, text: read.text, bom: read.bom };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, sorted.length) }, worker));
  for (const o of outcomes) {
    if ('reason' in o) result.skipped.push(o);
    else result.files.push(o);
  }
  return result;
}
