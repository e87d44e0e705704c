/**
 * `triangulate import`: turns saved web pages into article files through the host layer's
 * importer (`host/import`), which the editor's "Import Articles…" uses too. Prints the path of
 * each article written on stdout, and on stderr the header fields each page did not give and
 * anything else worth knowing (a paywall, a live blog).
 */
import * as path from 'node:path';
import { describeMissing, importSources, pagesIn } from '../host';
import type { CliIo } from './check';
import { UsageError, parseOptions } from './args';
import { printable } from './format';

export const IMPORT_USAGE = `Usage: triangulate import <saved .html files or folders...> [--story <dir>]

Turns web pages saved from a browser ("Save page as…") into article files: the article's text
without the site's menus, share buttons and advertisements, under a header filled from the
page's metadata (title, outlet, date, url, author). A field the page does not give is left out
and reported. A folder stands for the pages directly inside it.

Each article is written as <outlet>.txt; an existing file is never replaced (the new one is
numbered), and a page whose address an article of the folder already has is not imported again.

Options:
  --story <dir>   write the articles into this folder (created if needed); by default each
                  article is written beside its page
  -h, --help      show this help

Exit status: 0 when every page was imported, 1 when some could not be, 2 on a usage error.
`;

interface ImportArgs {
  paths: string[];
  story: string | null;
  help: boolean;
}

function parseImportArgs(args: string[]): ImportArgs {
  const parsed: ImportArgs = { paths: [], story: null, help: false };
  parseOptions(
    args,
    {
      help: { type: 'boolean', short: 'h', set: () => (parsed.help = true) },
      story: {
        type: 'string',
        set: (v) => {
          if (!v) throw new UsageError('--story needs a folder');
          parsed.story = v;
        },
      },
    },
    (arg) => parsed.paths.push(arg),
  );
  return parsed;
}

/** Runs `triangulate import` with the arguments after the command word. Never rejects. */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  let parsed: ImportArgs;
  try {
    parsed = parseImportArgs(args);
  } catch (err) {
    io.stderr(`triangulate import: ${err instanceof Error ? err.message : String(err)}\nRun "triangulate import --help" for usage.\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  if (!parsed.paths.length) {
    io.stderr(`triangulate import: needs at least one saved page or folder\n${IMPORT_USAGE}`);
    return 2;
  }
  try {
    const pages = await pagesIn(parsed.paths, io.cwd);
    for (const m of pages.missing) io.stderr(`triangulate import: ${printable(m)}: no such file or folder\n`);
    if (pages.missing.length) return 2;
    if (!pages.files.length) {
      io.stderr('triangulate import: no saved pages (.html or .htm files) in the folders given\n');
      return 1;
    }
    const story = parsed.story ? path.resolve(io.cwd, parsed.story) : null;
    const outcome = await importSources(
      pages.files.map((p) => ({ kind: 'file' as const, path: p })),
      story,
    );
    const shown = (p: string): string => printable(path.relative(io.cwd, p) || p);
    for (const done of outcome.imported) {
      io.stdout(`${shown(done.file)}\n`);
      for (const line of [...describeMissing(done.missing), ...done.notes]) io.stderr(`triangulate import: ${shown(done.file)}: ${printable(line)}\n`);
    }
    for (const f of outcome.failed) io.stderr(`triangulate import: not imported: ${shown(f.source)}: ${printable(f.reason)}\n`);
    const n = outcome.imported.length;
    io.stderr(`triangulate import: imported ${n} article${n === 1 ? '' : 's'}${outcome.failed.length ? `, ${outcome.failed.length} page${outcome.failed.length === 1 ? '' : 's'} not imported` : ''}\n`);
    return outcome.failed.length ? 1 : 0;
  } catch (err) {
    io.stderr(`triangulate import: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
