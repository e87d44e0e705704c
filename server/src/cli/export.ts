/**
 * `triangulate export`: writes the annotations of articles as brat standoff (`.ann` files and
 * an `annotation.conf`), as W3C Web Annotation JSON-LD (`.jsonld` files), or prints the JSON
 * report of `triangulate check --format json`.
 *
 * Article files are never written. An existing output file is replaced only when Triangulate
 * wrote it (a `.jsonld` naming Triangulate as generator; an `.ann` in a folder whose
 * `annotation.conf` Triangulate wrote), when it already holds the same content, or with
 * `--force`, so hand-made brat annotations are not overwritten by accident.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus, buildReport, bratAnnotationConf, sourcesOfStory, toBrat, toWebAnnotation, type ExportSource, type StoryScope } from '../analysis';
import type { CliIo } from './check';
import { DEFAULT_MAX_FILE_SIZE, type ArticleFile } from './files';
import { UsageError, fileSizeOption, parseOptions, readInputs, storyScopeOption } from './args';
import { commonFolder, loadDecisions } from './decisions';

export const EXPORT_USAGE = `Usage: triangulate export <files or folders...> --format brat|webannotation|json [options]

Writes the names, quotes, dates, quantities and roles found in news articles in a format
that annotation tools open. Article files are never changed.

Formats:
  brat           a .ann file beside each article (brat standoff; offsets in characters of the
                 file as it is on disk) and an annotation.conf in each folder
  webannotation  a .jsonld file beside each article (W3C Web Annotation, with text-quote and
                 text-position selectors); printed instead when one file is given without --out
  json           the report of "triangulate check --format json" (schema version 1)

Options:
  --format brat|webannotation|json  what to write (required)
  --out <dir>                       write into this folder instead, keeping the articles'
                                    relative folders (brat: with a copy of each text as .txt)
  --force                           replace output files that Triangulate did not write
  --decisions <file>                decisions file for the json report's findings (default:
                                    .triangulate/decisions.json at or above the inputs)
  --story-scope folder|workspace    link entities per folder (default) or across all articles
  --max-file-size <bytes>           skip larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  -h, --help                        show this help

Exit status: 0 when everything was written, 1 when some output could not be written,
2 on a usage error.
`;

type ExportFormat = 'brat' | 'webannotation' | 'json';

interface ExportArgs {
  paths: string[];
  format: ExportFormat | null;
  out: string | null;
  force: boolean;
  decisions: string | null;
  scope: StoryScope;
  maxFileSize: number;
  help: boolean;
}

/** The first line of the `annotation.conf` this command writes, by which it knows its own folders. */
const CONF_MARK = bratAnnotationConf().split('\n')[0];

function parseExportArgs(args: string[]): ExportArgs {
  const parsed: ExportArgs = { paths: [], format: null, out: null, force: false, decisions: null, scope: 'folder', maxFileSize: DEFAULT_MAX_FILE_SIZE, help: false };
  const help = () => {
    parsed.help = true;
  };
  parseOptions(
    args,
    {
      '-h': help,
      '--help': help,
      '--format': (value) => {
        const v = value();
        if (v !== 'brat' && v !== 'webannotation' && v !== 'json') throw new UsageError(`unknown export format "${v}" (use brat, webannotation or json)`);
        parsed.format = v;
      },
      '--out': (value) => {
        const v = value();
        if (!v) throw new UsageError('--out needs a folder');
        parsed.out = v;
      },
      '--force': () => {
        parsed.force = true;
      },
      '--decisions': (value) => {
        parsed.decisions = value();
      },
      '--story-scope': (value) => {
        parsed.scope = storyScopeOption(value());
      },
      '--max-file-size': (value) => {
        parsed.maxFileSize = fileSizeOption(value());
      },
    },
    (arg) => parsed.paths.push(arg),
  );
  return parsed;
}

/** True when the file on disk starts with a UTF-8 byte-order mark, which brat counts as a character. */
function hasBom(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(3);
    const n = fs.readSync(fd, head, 0, 3, 0);
    return n === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** A file to write, and whether an existing file there may be replaced. */
interface Output {
  file: string;
  content: string | Buffer;
  /** Decides, given the existing content, whether this command wrote it. */
  ours(existing: Buffer): boolean;
}

function readOrNull(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** True when a folder's `annotation.conf` was written by this command. */
function bratFolderIsOurs(dir: string): boolean {
  const conf = readOrNull(path.join(dir, 'annotation.conf'));
  return !!conf && conf.toString('utf8').startsWith(CONF_MARK);
}

/**
 * Writes every output, after checking them all, so a refused file leaves nothing half done.
 * Returns the exit status.
 */
function writeAll(outputs: Output[], sources: Set<string>, force: boolean, io: CliIo): number {
  const refused: string[] = [];
  const targets = new Set<string>();
  for (const o of outputs) {
    const key = path.resolve(o.file);
    if (targets.has(key)) {
      refused.push(`${o.file}: two articles would write it (articles with the same name and different extensions)`);
      continue;
    }
    targets.add(key);
    if (sources.has(path.resolve(o.file))) {
      refused.push(`${o.file}: it is one of the articles being exported`);
      continue;
    }
    const existing = readOrNull(o.file);
    if (!existing || force) continue;
    const same = Buffer.isBuffer(o.content) ? existing.equals(o.content) : existing.toString('utf8') === o.content;
    if (!same && !o.ours(existing)) refused.push(`${o.file}: it exists and was not written by triangulate (use --force to replace it)`);
  }
  if (refused.length) {
    for (const r of refused) io.stderr(`triangulate: not written: ${r}\n`);
    return 1;
  }
  let status = 0;
  for (const o of outputs) {
    try {
      fs.mkdirSync(path.dirname(o.file), { recursive: true });
      fs.writeFileSync(o.file, o.content);
    } catch (err) {
      io.stderr(`triangulate: cannot write ${o.file}: ${err instanceof Error ? err.message : String(err)}\n`);
      status = 1;
    }
  }
  return status;
}

/** Runs `triangulate export` with the arguments after the command word. Never throws. */
export function runExport(args: string[], io: CliIo): number {
  let parsed: ExportArgs;
  try {
    parsed = parseExportArgs(args);
  } catch (err) {
    io.stderr(`triangulate export: ${err instanceof Error ? err.message : String(err)}\nRun "triangulate export --help" for usage.\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  if (!parsed.format) {
    io.stderr(`triangulate export: --format is required (brat, webannotation or json)\n${EXPORT_USAGE}`);
    return 2;
  }
  if (!parsed.paths.length) {
    io.stderr(`triangulate export: needs at least one file or folder\n${EXPORT_USAGE}`);
    return 2;
  }
  try {
    return exportArticles(parsed as ExportArgs & { format: ExportFormat }, io);
  } catch (err) {
    io.stderr(`triangulate export: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

function exportArticles(parsed: ExportArgs & { format: ExportFormat }, io: CliIo): number {
  const read = readInputs(parsed.paths, io, parsed.maxFileSize);
  if (!read) return 2;
  if (!read.files.length) {
    io.stderr('triangulate: no articles to export (.txt or .article files)\n');
    return parsed.format === 'json' ? writeJson(parsed, io, new Corpus({ storyScope: parsed.scope })) : 0;
  }

  const corpus = new Corpus({ storyScope: parsed.scope });
  const byDisplay = new Map<string, ArticleFile>();
  for (const f of read.files) {
    corpus.setArticle(f.display, f.text);
    byDisplay.set(f.display, f);
  }
  if (parsed.format === 'json') return writeJson(parsed, io, corpus);

  const sources: Array<{ source: ExportSource; file: ArticleFile }> = [];
  for (const story of corpus.snapshot().stories()) {
    for (const source of sourcesOfStory(story)) {
      const file = byDisplay.get(source.article.path);
      if (file) sources.push({ source, file });
    }
  }
  const outDir = parsed.out ? path.resolve(io.cwd, parsed.out) : null;
  const base = commonFolder(io.cwd, read.files.map((f) => f.absolute));
  // Where an article's outputs go: beside it, or below --out at the same relative folder.
  const folderFor = (f: ArticleFile) => (outDir ? path.join(outDir, path.relative(base, path.dirname(f.absolute))) : path.dirname(f.absolute));
  const stem = (f: ArticleFile) => path.basename(f.absolute, path.extname(f.absolute));
  const articlePaths = new Set(read.files.map((f) => path.resolve(f.absolute)));

  if (parsed.format === 'webannotation') {
    const toJson = (s: ExportSource, f: ArticleFile, target: string | null) =>
      JSON.stringify(toWebAnnotation(s, { source: pathToFileURL(f.absolute).href, ...(target ? { id: pathToFileURL(target).href } : {}) }), null, 2) + '\n';
    if (sources.length === 1 && !outDir && parsed.paths.length === 1 && !isFolder(path.resolve(io.cwd, parsed.paths[0]))) {
      io.stdout(toJson(sources[0].source, sources[0].file, null));
      return 0;
    }
    const outputs: Output[] = sources.map(({ source, file }) => {
      const target = path.join(folderFor(file), `${stem(file)}.jsonld`);
      return { file: target, content: toJson(source, file, target), ours: isOurJsonLd };
    });
    const status = writeAll(outputs, articlePaths, parsed.force, io);
    if (status === 0) io.stderr(`triangulate: wrote ${outputs.length} Web Annotation file${outputs.length === 1 ? '' : 's'}\n`);
    return status;
  }

  // brat: one .ann per article, an annotation.conf per folder written to, and with --out a
  // copy of each text named .txt, because brat pairs `name.txt` with `name.ann`.
  const outputs: Output[] = [];
  const folders = new Set<string>();
  for (const { source, file } of sources) {
    const dir = folderFor(file);
    folders.add(dir);
    const ours = () => bratFolderIsOurs(dir);
    outputs.push({ file: path.join(dir, `${stem(file)}.ann`), content: toBrat(source, { bom: hasBom(file.absolute) }), ours });
    const copy = path.join(dir, `${stem(file)}.txt`);
    if (outDir && path.resolve(copy) !== path.resolve(file.absolute)) {
      const bytes = readOrNull(file.absolute);
      if (bytes) outputs.push({ file: copy, content: bytes, ours });
    }
  }
  for (const dir of folders) outputs.push({ file: path.join(dir, 'annotation.conf'), content: bratAnnotationConf(), ours: (b) => b.toString('utf8').startsWith(CONF_MARK) });
  const status = writeAll(outputs, articlePaths, parsed.force, io);
  if (status === 0) io.stderr(`triangulate: wrote ${sources.length} brat annotation file${sources.length === 1 ? '' : 's'} in ${folders.size} folder${folders.size === 1 ? '' : 's'}\n`);
  return status;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** True when a `.jsonld` file names Triangulate as its generator. */
function isOurJsonLd(existing: Buffer): boolean {
  try {
    const value = JSON.parse(existing.toString('utf8'));
    return value?.generator?.name === 'Triangulate';
  } catch {
    return false;
  }
}

/** Prints the JSON report (or writes it as `report.json` below --out), findings filtered by the team's decisions. */
function writeJson(parsed: ExportArgs, io: CliIo, corpus: Corpus): number {
  const decisions = loadDecisions(io.cwd, { inputs: parsed.paths, file: parsed.decisions ?? undefined });
  for (const p of decisions.problems) io.stderr(`triangulate: ${p}\n`);
  const report = buildReport(corpus.snapshot().stories(), { keepFinding: decisions.keepFinding });
  const text = JSON.stringify(report, null, 2) + '\n';
  if (!parsed.out) {
    io.stdout(text);
    return 0;
  }
  const target = path.join(path.resolve(io.cwd, parsed.out), 'report.json');
  return writeAll([{ file: target, content: text, ours: (b) => isReport(b) }], new Set(), parsed.force, io);
}

function isReport(existing: Buffer): boolean {
  try {
    const value = JSON.parse(existing.toString('utf8'));
    return value?.version === 1 && Array.isArray(value.sources) && Array.isArray(value.findings);
  } catch {
    return false;
  }
}
