/**
 * What an article file is, for the command line and the server alike: its name endings, the
 * folders never searched, the size limits, and how its bytes become text.
 */
import { readRegularFile } from './safeFs';

/** File name endings read as articles when a folder is searched. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.article'];

/** Folders never searched for articles (besides every folder whose name starts with a dot). */
export const IGNORED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'out', 'dist', 'build']);

/** The largest article read unless the user says otherwise, in bytes (`triangulate.maxFileSize`, `--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/** The smallest limit a setting may ask for, in bytes. */
export const MIN_MAX_FILE_SIZE = 1_000;

/**
 * The largest limit a workspace setting may raise `maxFileSize` to, in bytes. A workspace is
 * not always the user's own (a cloned repository, an untrusted folder), and the analysis time
 * grows with an article's size, so a setting cannot make the server read files of any size.
 * The command line takes any limit: its user typed it.
 */
export const MAX_MAX_FILE_SIZE = 20_000_000;

/** Bytes inspected for NUL characters to recognise a binary file. */
const BINARY_PROBE = 8_192;

/** True when a path or URI names an article file by its extension. */
export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase().replace(/[?#].*$/, '');
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** True when a folder of this name is searched for articles. */
export function isSearchedFolder(name: string): boolean {
  return !name.startsWith('.') && !IGNORED_FOLDERS.has(name);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes as an article, or says why it is not one: binary data (a NUL byte in
 * the first 8 KB) or bytes that are not valid UTF-8. A leading BOM is removed and reported,
 * since offsets on disk (brat's) count it.
 */
export function decodeArticle(bytes: Uint8Array): { text: string; bom: boolean } | { reason: string } {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { reason: 'binary data, not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** An article's text as read from disk. */
export interface ArticleText {
  text: string;
  /** True when the file starts with a UTF-8 byte-order mark (removed from `text`). */
  bom: boolean;
}

/** The bytes on disk of an article read by {@link readArticleFile}: valid UTF-8 decodes losslessly, so they are rebuilt exactly. */
export function articleBytes(article: { text: string; bom: boolean }): Buffer {
  const body = Buffer.from(article.text, 'utf8');
  return article.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Why a file was not read as an article. `missing` means it was gone by the time it was read. */
export interface ArticleRefusal {
  reason: string;
  missing: boolean;
}

/**
 * Reads one article file: only a regular file (a FIFO or a device is refused at once, never
 * waited on), at most `maxFileSize` bytes, UTF-8 text. `limitHint` names the setting or option
 * that raises the limit, for the message.
 */
export async function readArticleFile(file: string, maxFileSize: number, limitHint: string): Promise<ArticleText | ArticleRefusal> {
  const read = await readRegularFile(file, maxFileSize);
  if ('reason' in read) {
    if (read.code === 'too-large') {
      return { reason: `${(read.size ?? 0).toLocaleString('en')} bytes, over the limit of ${maxFileSize.toLocaleString('en')} (${limitHint})`, missing: false };
    }
    return { reason: read.reason, missing: read.code === 'missing' };
  }
  const decoded = decodeArticle(read.bytes);
  if ('reason' in decoded) return { reason: decoded.reason, missing: false };
  return { text: decoded.text, bom: decoded.bom };
}
