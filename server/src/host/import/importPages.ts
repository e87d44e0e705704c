/**
 * Turns saved web pages (or pasted text) into article files: each becomes `<outlet>.txt` in the
 * story's folder, a front-matter header first (the fields the page gives, in the form
 * `analysis/text/header.ts` reads) and the article's text after it.
 *
 * An import never replaces a file: a taken name gets a number (`north-sea-wire-2.txt`), and a page
 * whose address an article of the folder already carries is refused as imported before. Every
 * write goes through `writeFileAtomic`, which follows no symbolic link.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
// The header reader directly, not the facade: see metadata.ts.
import { parseHeader } from '../../analysis/text/header';
import { DEFAULT_MAX_FILE_SIZE, isArticleName, decodeArticle } from '../articleFiles';
import { readRegularFile, writeFileAtomic } from '../safeFs';
import { extractPage, extractText, looksLikeHtml, withFetchedUrl, type Extraction } from './extract';
import { fetchPage, type FetchLimits } from './fetchPage';
import { checkPageUrl, shownUrl } from './pageUrl';
import { FIELD_NAMES, type FieldName, type FieldValue } from './metadata';

/** The largest saved page read, in bytes: pages carry scripts and styles, so far more than their text. */
export const MAX_PAGE_SIZE = 30_000_000;

/** File name endings read as saved web pages when a folder is named. */
export const PAGE_EXTENSIONS: readonly string[] = ['.html', '.htm', '.xhtml', '.shtml'];

/**
 * One thing to import: a saved page on disk, HTML or text held in memory (the clipboard), or a
 * web address a person asked to have fetched: the only source that reaches the network.
 */
export type ImportSource =
  | { kind: 'file'; path: string }
  | { kind: 'html'; html: string; name: string; url?: string }
  | { kind: 'text'; text: string; name: string }
  | { kind: 'url'; url: string };

/**
 * The largest page read, saved or fetched, and the time a fetch may take. A page is limited as a
 * page, not as an article: its scripts, styles and markup weigh far more than its text, so a news
 * page of a few megabytes is ordinary. The article written from it is then read under
 * `triangulate.maxFileSize` like any other.
 */
export interface ImportOptions {
  /** The largest page read, in bytes (default `MAX_PAGE_SIZE`). */
  maxPageBytes?: number;
  /** Where the person set that limit (`see --max-page-size`), for the message when a page is over it. */
  limitName?: string;
  timeoutMs?: number;
}

/** The page limits for `options`: the size given, else `MAX_PAGE_SIZE`. */
export function fetchLimitsOf(options: ImportOptions): FetchLimits {
  const asked = options.maxPageBytes;
  const given = typeof asked === 'number' && Number.isFinite(asked) && asked > 0;
  const limits: FetchLimits = given
    ? { maxBytes: Math.floor(asked), limitName: options.limitName ?? 'the largest page imported' }
    : { maxBytes: MAX_PAGE_SIZE, limitName: 'the largest page imported' };
  if (options.timeoutMs) limits.timeoutMs = options.timeoutMs;
  return limits;
}

/** An article written. */
export interface Imported {
  /** What it was imported from (a path, or the name given to text held in memory). */
  source: string;
  file: string;
  fields: Partial<Record<FieldName, string>>;
  /** The header fields the page does not give. */
  missing: FieldName[];
  notes: string[];
}

/** A source that gave no article, and why. */
export interface ImportFailure {
  source: string;
  reason: string;
}

export interface ImportOutcome {
  imported: Imported[];
  failed: ImportFailure[];
}

/** What the page metadata each missing field would have been read from, for the report. */
export const WHERE_FIELDS_COME_FROM: Readonly<Record<FieldName, string>> = {
  title: 'og:title, JSON-LD headline or <title>',
  outlet: 'og:site_name, JSON-LD publisher or a web address',
  date: 'article:published_time, JSON-LD datePublished or <time>',
  url: 'og:url, a canonical link or a "saved from" note',
  author: '<meta name="author">, article:author or JSON-LD author',
};

/** One line per missing field, saying where it was looked for. */
export function describeMissing(missing: readonly FieldName[]): string[] {
  return missing.map((f) => `no ${f} (the page has no ${WHERE_FIELDS_COME_FROM[f]}); left out of the header`);
}

/**
 * A value as one front-matter line reads it back: the reader strips one pair of matching quotes
 * around a value, so a value that starts and ends with the same quote is wrapped in the other.
 */
function frontMatterValue(value: string): string {
  if (/^(["']).*\1$/.test(value)) return value.startsWith('"') ? `'${value}'` : `"${value}"`;
  return value;
}

/**
 * The text of an article file: the header (only the fields given, in the order title, outlet,
 * date, url, author) and the body. A body that would itself read as a header gets an empty one.
 */
export function articleFileText(fields: Partial<Record<FieldName, string>>, body: string): string {
  const lines = FIELD_NAMES.filter((f) => fields[f]).map((f) => `${f}: ${frontMatterValue(fields[f] as string)}`);
  const text = body.trim() + '\n';
  if (!lines.length && parseHeader(text).span === null) return text;
  return ['---', ...lines, '---', text].join('\n');
}

/** A file name stem from a name: lower case letters and digits joined by hyphens, accents removed. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '');
}

/** The stem of the file an import writes: the outlet, else the title, else the source's own name. */
function stemFor(fields: Partial<Record<FieldName, string>>, source: string): string {
  return slugOf(fields.outlet ?? '') || slugOf(fields.title ?? '') || slugOf(path.basename(source).replace(/\.[^.]*$/, '')) || 'article';
}

/**
 * Decodes a page: a BOM, else the charset the server named (`charset`, from a fetched page's
 * `Content-Type`), else the charset the page declares, else UTF-8 (windows-1252 when it is not
 * valid UTF-8).
 */
export function decodePage(bytes: Uint8Array, charset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const declared of [charset, /<meta[^>]{0,200}?charset\s*=\s*["']?([\w:.-]{1,40})/i.exec(head)?.[1]]) {
    if (!declared) continue;
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // A charset this runtime does not know: try the next, then the guess below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The addresses the articles of a folder carry in their headers, by address. */
async function importedUrls(folder: string): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const names = await fsp.readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter(isArticleName)) {
    // An article too large or unreadable to be analysed is no earlier import either.
    const read = await readRegularFile(path.join(folder, name), DEFAULT_MAX_FILE_SIZE);
    if (!('bytes' in read)) continue;
    const decoded = decodeArticle(read.bytes);
    const url = 'text' in decoded ? parseHeader(decoded.text).url : null;
    if (url) urls.set(url, name);
  }
  return urls;
}

/**
 * Writes `text` to a new file `<stem>.txt` in `folder`, or `<stem>-2.txt`… when the name is
 * taken. Returns the path written.
 */
async function writeNew(folder: string, stem: string, text: string): Promise<string> {
  for (let n = 1; n <= 999; n++) {
    const file = path.join(folder, `${stem}${n === 1 ? '' : `-${n}`}.txt`);
    if (await fsp.lstat(file).then(() => true, () => false)) continue;
    try {
      await writeFileAtomic(folder, file, text, { replace: false });
      return file;
    } catch (err) {
      // Taken between the look and the write: try the next name.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
  }
  throw new Error(`every name from ${stem}.txt to ${stem}-999.txt is taken in ${folder}`);
}

/** The saved pages a command line names: files as given, folders by their pages (not below them). */
export async function pagesIn(paths: readonly string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const stat = await fsp.stat(abs).catch(() => null);
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) {
      const names = (await fsp.readdir(abs)).filter((n) => PAGE_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort();
      files.push(...names.map((n) => path.join(abs, n)));
    } else files.push(abs);
  }
  return { files, missing };
}

async function extractSource(source: ImportSource, options: ImportOptions): Promise<Extraction> {
  if (source.kind === 'text') return looksLikeHtml(source.text) ? extractPage(source.text) : extractText(source.text);
  if (source.kind === 'html') return extractPage(source.html, source.url);
  if (source.kind === 'url') {
    const page = await fetchPage(source.url, fetchLimitsOf(options));
    if (!page.ok) return page;
    const text = decodePage(page.bytes, page.charset);
    // The address the page came from is its url, whatever the page says of itself.
    if (page.kind === 'html' || looksLikeHtml(text)) return extractPage(text, page.url);
    return withFetchedUrl(extractText(text), page.url);
  }
  const limits = fetchLimitsOf(options);
  const read = await readRegularFile(source.path, limits.maxBytes);
  if (!('bytes' in read)) return { ok: false, reason: read.code === 'too-large' ? `the page is larger than ${limits.maxBytes.toLocaleString('en')} bytes (${limits.limitName})` : read.reason };
  const text = decodePage(read.bytes);
  return looksLikeHtml(text) || /\.x?html?$/i.test(source.path) ? extractPage(text) : extractText(text);
}

function flatFields(fields: Partial<Record<FieldName, FieldValue>>): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const f of FIELD_NAMES) if (fields[f]) out[f] = fields[f]?.value;
  return out;
}

/**
 * Imports each source into `folder` (for a file without a folder given: the folder the page is
 * in). A web address is fetched (`fetchPage.ts`, within `options`); nothing else reaches the
 * network. Never rejects on one bad source: it is listed under `failed` with the reason, and no
 * file is written for it.
 */
export async function importSources(sources: readonly ImportSource[], folder: string | null, options: ImportOptions = {}): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], failed: [] };
  const urlsByFolder = new Map<string, Map<string, string>>();
  for (const source of sources) {
    const label = source.kind === 'file' ? source.path : source.kind === 'url' ? shownUrl(source.url) : source.name;
    const target = folder ?? (source.kind === 'file' ? path.dirname(source.path) : null);
    if (!target) {
      outcome.failed.push({ source: label, reason: 'no folder was given to import it into' });
      continue;
    }
    try {
      let urls = urlsByFolder.get(target);
      if (!urls) urlsByFolder.set(target, (urls = await importedUrls(target)));
      const importedAs = (url: string | undefined): string | undefined => (url ? urls?.get(url) : undefined);
      // An address the folder has already is not fetched again.
      const asked = source.kind === 'url' ? checkPageUrl(source.url) : null;
      if (asked?.ok && importedAs(asked.url)) {
        outcome.failed.push({ source: label, reason: `it was imported before, as ${importedAs(asked.url)} (the same address, ${asked.url})` });
        continue;
      }
      const extraction = await extractSource(source, options);
      if (!extraction.ok) {
        outcome.failed.push({ source: label, reason: extraction.reason });
        continue;
      }
      const fields = flatFields(extraction.fields);
      const before = importedAs(fields.url);
      if (before) {
        outcome.failed.push({ source: label, reason: `it was imported before, as ${before} (the same address, ${fields.url})` });
        continue;
      }
      const file = await writeNew(target, stemFor(fields, label), articleFileText(fields, extraction.body));
      if (fields.url) urls.set(fields.url, path.basename(file));
      outcome.imported.push({ source: label, file, fields, missing: extraction.missing, notes: extraction.notes });
    } catch (err) {
      outcome.failed.push({ source: label, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}
