/**
 * Finding and reading article files for the CLI. This is the only part of the command line
 * tool that touches the file system; the analysis itself receives text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** File name endings read when a folder is given. */
export const ARTICLE_EXTENSIONS = ['.txt', '.article'];

/** Default largest file read, in bytes; the editor's `triangulate.maxFileSize` has the same default. */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/** An article read from disk. */
export interface ArticleFile {
  /** Absolute path. */
  absolute: string;
  /** Path shown to the user: relative to the working folder, with forward slashes. */
  display: string;
  /** The text, BOM removed. */
  text: string;
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

/** Lists article files below a folder: recursively, skipping `node_modules`, dot-folders and symbolic links to folders; links to files count as files. */
function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(full, out);
    } else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    } else if (entry.isSymbolicLink() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      // A link to a file is read like the file. A link whose target is gone is listed too, so
      // that reading it reports the file as missing instead of passing over it in silence.
      let target: fs.Stats | null = null;
      try {
        target = fs.statSync(full);
      } catch {
        target = null;
      }
      if (!target || target.isFile()) out.push(full);
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as an article, or says why it is not one: binary data (a NUL byte
 * in the first 8 KB) or bytes that are not valid UTF-8. A leading BOM is removed.
 */
export function decodeArticle(bytes: Uint8Array): { text: string } | { reason: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { reason: 'binary data, not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/**
 * Reads the articles named by the arguments. A file named explicitly is read whatever its
 * extension; a folder contributes its `.txt` and `.article` files. Each file is read once.
 */
export function readArticles(args: string[], cwd: string, maxFileSize: number): ReadResult {
  const result: ReadResult = { files: [], skipped: [], missing: [] };
  const candidates: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      result.missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) walk(absolute, candidates);
    else candidates.push(absolute);
  }
  const seen = new Set<string>();
  for (const absolute of [...new Set(candidates)].sort()) {
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    const display = displayPathOf(absolute, cwd);
    let size: number;
    try {
      size = fs.statSync(absolute).size;
    } catch {
      result.skipped.push({ display, reason: 'it disappeared before it could be read' });
      continue;
    }
    if (size > maxFileSize) {
      result.skipped.push({ display, reason: `${size.toLocaleString('en')} bytes, over the limit of ${maxFileSize.toLocaleString('en')} (see --max-file-size)` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(absolute);
    } catch (err) {
      result.skipped.push({ display, reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` });
      continue;
    }
    const decoded = decodeArticle(bytes);
    if ('reason' in decoded) result.skipped.push({ display, reason: decoded.reason });
    else result.files.push({ absolute, display, text: decoded.text });
  }
  return result;
}
