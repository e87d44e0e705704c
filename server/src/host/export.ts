/**
 * Writing annotation exports (brat standoff, W3C Web Annotation) for the command line and the
 * server: the one place where export files are written.
 *
 * Rules, each checked before anything is written, so a refused file leaves nothing half done:
 * - Every file is written inside the folder chosen for it (beside its article, or below the
 *   output folder) and nothing on the way is a symbolic link: a link is never followed, neither
 *   to overwrite its target nor to create a dangling link's target (see `safeFs`).
 * - Each file is written to a temporary file and renamed over the old one.
 * - An existing file is replaced only when this exporter wrote it, when it already holds the
 *   same bytes, or when the caller forces it (the command line's `--force`; a link is refused
 *   even then). The exporter knows the files it wrote by a record it keeps in each folder it
 *   writes to, `.triangulate-export.json`, listing each file's name with the SHA-256 of the
 *   bytes written. A file whose bytes no longer match its record (annotations edited in brat,
 *   say) counts as the user's and is not replaced.
 * - An article is never written, and its text on disk must be the text that was analysed:
 *   offsets into a file that changed since would point at the wrong words.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bratAnnotationConf, toBrat, toWebAnnotation, type ExportSource } from '../analysis';
import { articleBytes, readArticleFile } from './articleFiles';
import { readRegularFile, refusalToWrite, writeFileAtomic } from './safeFs';

/** The formats written to files. */
export type ExportFormat = 'brat' | 'webannotation';

/** The record of the files an export wrote in a folder. */
export const EXPORT_RECORD = '.triangulate-export.json';

/** A file to write. */
export interface ExportOutput {
  file: string;
  content: string | Buffer;
  /** The folder the file must stay inside. */
  root: string;
}

/** What an export did. */
export interface ExportOutcome {
  /** Files written (or already holding the same bytes). */
  written: string[];
  /** Folders written to. */
  folders: string[];
  /** Articles exported. */
  articles: number;
  /** Why files were not written, one line each. When any file is refused, none is written. */
  refused: string[];
  /** Files whose write failed. */
  failed: string[];
}

/** One article to export: its analysis and where it is on disk. */
export interface ExportArticle {
  source: ExportSource;
  /** The article file's absolute path. */
  file: string;
}

/** Options for {@link exportAnnotations}. */
export interface ExportOptions {
  format: ExportFormat;
  /**
   * Write below this folder instead of beside the articles, keeping each article's folder
   * relative to `base` (brat: with a copy of each text as `.txt`).
   */
  outDir?: string | null;
  /** The folder the articles' relative folders are taken from with `outDir`. */
  base?: string;
  /** Replace existing files this exporter did not write (never a link). */
  force?: boolean;
  /** The largest article file read back, in bytes. */
  maxFileSize: number;
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The record of one folder: file name → SHA-256 of the bytes written. */
type ExportRecord = Record<string, string>;

/** Reads a folder's record; null when there is none, an error when it is there but not a record. */
async function readRecord(dir: string): Promise<ExportRecord | null | { error: string }> {
  const file = path.join(dir, EXPORT_RECORD);
  const refusal = await refusalToWrite(dir, file);
  if (refusal) return { error: `${file}: ${refusal}` };
  const read = await readRegularFile(file, 10_000_000);
  if ('reason' in read) return read.code === 'missing' ? null : { error: `${file}: ${read.reason}` };
  try {
    const value = JSON.parse(read.bytes.toString('utf8'));
    if (value?.generator === 'Triangulate' && value.files && typeof value.files === 'object' && !Array.isArray(value.files)) {
      const out: ExportRecord = {};
      for (const [name, hash] of Object.entries(value.files)) if (typeof hash === 'string') out[name] = hash;
      return out;
    }
  } catch {
    // Not JSON: not a record this exporter wrote.
  }
  return { error: `${file}: it is not a record of Triangulate's exports` };
}

function recordText(record: ExportRecord): string {
  const files: ExportRecord = {};
  for (const name of Object.keys(record).sort()) files[name] = record[name];
  return JSON.stringify({ generator: 'Triangulate', version: 1, files }, null, 2) + '\n';
}

/**
 * Writes files under the rules above. Every file is checked first; when one is refused,
 * nothing is written. `articles` are the article files, which are never written.
 */
export async function writeOutputs(outputs: readonly ExportOutput[], articles: ReadonlySet<string>, force = false): Promise<{ written: string[]; refused: string[]; failed: string[] }> {
  const refused: string[] = [];
  const targets = new Set<string>();
  const records = new Map<string, ExportRecord>();
  const toWrite: ExportOutput[] = [];
  for (const o of outputs) {
    const file = path.resolve(o.file);
    const dir = path.dirname(file);
    if (targets.has(file)) {
      refused.push(`${o.file}: two articles would write it (articles with the same name and different extensions)`);
      continue;
    }
    targets.add(file);
    if (articles.has(file)) {
      refused.push(`${o.file}: it is one of the articles being exported`);
      continue;
    }
    const refusal = await refusalToWrite(o.root, file);
    if (refusal) {
      refused.push(`${o.file}: ${refusal}`);
      continue;
    }
    let record = records.get(dir);
    if (!record) {
      const read = await readRecord(dir);
      if (read && 'error' in read) refused.push(read.error as string);
      records.set(dir, (record = read && !('error' in read) ? read : {}));
    }
    const existing = await readRegularFile(file, 50_000_000);
    if ('reason' in existing) {
      if (existing.code === 'missing') toWrite.push(o);
      else refused.push(`${o.file}: it exists and cannot be checked (${existing.reason})`);
      continue;
    }
    const wanted = typeof o.content === 'string' ? Buffer.from(o.content, 'utf8') : o.content;
    // A file that already holds these bytes is left alone (and recorded below).
    if (existing.bytes.equals(wanted)) continue;
    if (force || record[path.basename(file)] === sha256(existing.bytes)) toWrite.push(o);
    else refused.push(`${o.file}: it exists and was not written by triangulate, or was edited since (use --force to replace it)`);
  }
  if (refused.length) return { written: [], refused, failed: [] };
  const failed = new Map<string, string>();
  for (const o of toWrite) {
    try {
      await writeFileAtomic(o.root, o.file, o.content);
    } catch (err) {
      failed.set(o.file, `${o.file}: ${messageOf(err)}`);
    }
  }
  const written = outputs.filter((o) => !failed.has(o.file));
  const changed = new Set<string>();
  for (const o of written) {
    const file = path.resolve(o.file);
    const record = records.get(path.dirname(file))!;
    const hash = sha256(o.content);
    if (record[path.basename(file)] === hash) continue;
    record[path.basename(file)] = hash;
    changed.add(path.dirname(file));
  }
  const failures = [...failed.values()];
  for (const dir of changed) {
    const root = written.find((o) => path.dirname(path.resolve(o.file)) === dir)!.root;
    try {
      await writeFileAtomic(root, path.join(dir, EXPORT_RECORD), recordText(records.get(dir)!));
    } catch (err) {
      failures.push(`${path.join(dir, EXPORT_RECORD)}: ${messageOf(err)}`);
    }
  }
  return { written: written.map((o) => o.file), refused: [], failed: failures };
}

/** The JSON-LD text of an article's Web Annotation collection. */
export function webAnnotationText(source: ExportSource, file: string, target: string | null): string {
  return JSON.stringify(toWebAnnotation(source, { source: pathToFileURL(file).href, ...(target ? { id: pathToFileURL(target).href } : {}) }), null, 2) + '\n';
}

/**
 * Exports the annotations of articles to files: a `.ann` (brat) or `.jsonld` (Web Annotation)
 * beside each article or below `outDir`, and for brat an `annotation.conf` in each folder. Each
 * article is read back from disk first: one whose text is not the text analysed is refused.
 */
export async function exportAnnotations(articles: readonly ExportArticle[], options: ExportOptions): Promise<ExportOutcome> {
  const outDir = options.outDir ? path.resolve(options.outDir) : null;
  const base = path.resolve(options.base ?? '.');
  const refused: string[] = [];
  const outputs: ExportOutput[] = [];
  const folders = new Set<string>();
  const articleFiles = new Set(articles.map((a) => path.resolve(a.file)));
  for (const { source, file } of articles) {
    const onDisk = await readArticleFile(file, options.maxFileSize, 'see the file size limit');
    if ('reason' in onDisk) {
      refused.push(`${file}: ${onDisk.reason}`);
      continue;
    }
    if (onDisk.text !== source.article.text) {
      refused.push(`${file}: it changed on disk (or has unsaved changes) since it was analysed; save it and export again`);
      continue;
    }
    const dir = outDir ? path.join(outDir, path.relative(base, path.dirname(file))) : path.dirname(file);
    const root = outDir ?? dir;
    const stem = path.basename(file, path.extname(file));
    folders.add(dir);
    if (options.format === 'webannotation') {
      const target = path.join(dir, `${stem}.jsonld`);
      outputs.push({ file: target, content: webAnnotationText(source, file, target), root });
      continue;
    }
    outputs.push({ file: path.join(dir, `${stem}.ann`), content: toBrat(source, { bom: onDisk.bom }), root });
    // brat pairs `name.txt` with `name.ann`, so a collection elsewhere holds a copy of each text.
    const copy = path.join(dir, `${stem}.txt`);
    if (outDir && path.resolve(copy) !== path.resolve(file)) outputs.push({ file: copy, content: articleBytes(onDisk), root });
  }
  if (options.format === 'brat') for (const dir of folders) outputs.push({ file: path.join(dir, 'annotation.conf'), content: bratAnnotationConf(), root: outDir ?? dir });
  if (refused.length) return { written: [], folders: [...folders], articles: 0, refused, failed: [] };
  const result = await writeOutputs(outputs, articleFiles, options.force);
  return { ...result, folders: [...folders], articles: result.refused.length ? 0 : articles.length };
}
