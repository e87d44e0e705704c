/**
 * `triangulate export`: writes the annotations of articles as brat standoff (`.ann` files and
 * an `annotation.conf`), as W3C Web Annotation JSON-LD (`.jsonld` files), or prints the JSON
 * report of `triangulate check --format json`.
 *
 * The files are written by the host layer's export writer (`host/export`), which the editor's
 * export uses too: article files are never written, no symbolic link is followed, and an
 * existing file is replaced only when Triangulate wrote it (as its record in the folder says),
 * when it already holds the same content, or with `--force`.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { Corpus, REPORT_VERSION, buildReport, sourcesOfStory, type StoryScope } from '../analysis';
import type { CliIo } from './check';
import {
  DEFAULT_MAX_FILE_SIZE,
  commonFolder,
  exportAnnotations,
  keepFindingFor,
  loadDecisions,
  webAnnotationText,
  writeOutputs,
  type ArticleFile,
  type ExportArticle,
  type ExportFormat as FileFormat,
} from '../host';
import { UsageError, fileSizeOption, parseOptions, readInputs, storyScopeOption } from './args';
import { printable } from './format';

export const EXPORT_USAGE = `Usage: triangulate export <files or folders...> --format brat|webannotation|json [options]

Writes the names, quotes, dates, quantities and roles found in news articles in a format
that annotation tools open. Article files are never changed.

Formats:
  brat           a .ann file beside each article (brat standoff; offsets in characters of the
                 file as it is on disk) and an annotation.conf in each folder
  webannotation  a .jsonld file beside each article (W3C Web Annotation, with text-quote and
                 text-position selectors); printed instead when one file is given without --out
  json           the report of "triangulate check --format json" (schema version ${REPORT_VERSION})

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

type ExportFormat = FileFormat | 'json';

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

function parseExportArgs(args: string[]): ExportArgs {
  const parsed: ExportArgs = { paths: [], format: null, out: null, force: false, decisions: null, scope: 'folder', maxFileSize: DEFAULT_MAX_FILE_SIZE, help: false };
  parseOptions(
    args,
    {
      help: { type: 'boolean', short: 'h', set: () => (parsed.help = true) },
      format: {
        type: 'string',
        set: (v) => {
          if (v !== 'brat' && v !== 'webannotation' && v !== 'json') throw new UsageError(`unknown export format "${v}" (use brat, webannotation or json)`);
          parsed.format = v;
        },
      },
      out: {
        type: 'string',
        set: (v) => {
          if (!v) throw new UsageError('--out needs a folder');
          parsed.out = v;
        },
      },
      force: { type: 'boolean', set: () => (parsed.force = true) },
      decisions: { type: 'string', set: (v) => (parsed.decisions = v) },
      'story-scope': { type: 'string', set: (v) => (parsed.scope = storyScopeOption(v)) },
      'max-file-size': { type: 'string', set: (v) => (parsed.maxFileSize = fileSizeOption(v)) },
    },
    (arg) => parsed.paths.push(arg),
  );
  return parsed;
}

/** Prints what the writer refused or could not write; returns the exit status. */
function reportProblems(result: { refused: string[]; failed: string[] }, io: CliIo): number {
  for (const r of result.refused) io.stderr(`triangulate: not written: ${printable(r)}\n`);
  for (const f of result.failed) io.stderr(`triangulate: cannot write ${printable(f)}\n`);
  return result.refused.length || result.failed.length ? 1 : 0;
}

/** Runs `triangulate export` with the arguments after the command word. Never rejects. */
export async function runExport(args: string[], io: CliIo): Promise<number> {
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
    return await exportArticles(parsed as ExportArgs & { format: ExportFormat }, io);
  } catch (err) {
    io.stderr(`triangulate export: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function exportArticles(parsed: ExportArgs & { format: ExportFormat }, io: CliIo): Promise<number> {
  const read = await readInputs(parsed.paths, io, parsed.maxFileSize);
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

  const articles: ExportArticle[] = [];
  for (const story of corpus.snapshot().stories()) {
    for (const source of sourcesOfStory(story)) {
      const file = byDisplay.get(source.article.path);
      if (file) articles.push({ source, file: file.absolute });
    }
  }
  const outDir = parsed.out ? path.resolve(io.cwd, parsed.out) : null;

  if (parsed.format === 'webannotation' && articles.length === 1 && !outDir && parsed.paths.length === 1 && !(await isFolder(path.resolve(io.cwd, parsed.paths[0])))) {
    io.stdout(webAnnotationText(articles[0].source, articles[0].file, null));
    return 0;
  }
  const result = await exportAnnotations(articles, {
    format: parsed.format,
    outDir,
    base: commonFolder(io.cwd, read.files.map((f) => f.absolute)),
    force: parsed.force,
    maxFileSize: parsed.maxFileSize,
  });
  const status = reportProblems(result, io);
  if (status !== 0) return status;
  const n = result.articles;
  const folders = result.folders.length;
  if (parsed.format === 'webannotation') io.stderr(`triangulate: wrote ${n} Web Annotation file${n === 1 ? '' : 's'}\n`);
  else io.stderr(`triangulate: wrote ${n} brat annotation file${n === 1 ? '' : 's'} in ${folders} folder${folders === 1 ? '' : 's'}\n`);
  return 0;
}

async function isFolder(p: string): Promise<boolean> {
  return (await fsp.stat(p).catch(() => null))?.isDirectory() ?? false;
}

/** Prints the JSON report (or writes it as `report.json` below --out), findings filtered by the team's decisions. */
async function writeJson(parsed: ExportArgs, io: CliIo, corpus: Corpus): Promise<number> {
  const decisions = await loadDecisions(io.cwd, { inputs: parsed.paths, file: parsed.decisions ?? undefined });
  if (decisions?.error) io.stderr(`triangulate: ${decisions.error}\n`);
  for (const p of decisions?.problems ?? []) io.stderr(`triangulate: ${p}\n`);
  const keepFinding = keepFindingFor(decisions, (p) => path.resolve(io.cwd, p));
  const report = buildReport(corpus.snapshot().stories(), { keepFinding });
  const text = JSON.stringify(report, null, 2) + '\n';
  if (!parsed.out) {
    io.stdout(text);
    return 0;
  }
  const out = path.resolve(io.cwd, parsed.out);
  return reportProblems(await writeOutputs([{ file: path.join(out, 'report.json'), content: text, root: out }], new Set(), parsed.force), io);
}
