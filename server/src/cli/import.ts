/**
 * `triangulate import`: turns saved web pages, or pages fetched from the addresses given with
 * `--url`, into article files through the host layer's importer (`host/import`), which the
 * editor's "Import Articles…" and "Import Article from URL…" use too. Prints the path of
 * each article written on stdout, and on stderr the header fields each page did not give and
 * anything else worth knowing (a paywall, a live blog).
 */
import * as path from 'node:path';
import { describeMissing, importSources, pagesIn } from '../host';
import { FETCH_TIMEOUT_MS, MAX_PAGE_SIZE, MAX_REDIRECTS, checkPageUrl, shownUrl } from '../host/import';
import type { CliIo } from './check';
import { UsageError, fileSizeOption, parseOptions } from './args';
import { printable } from './format';

export const IMPORT_USAGE = `Usage: triangulate import <saved .html files or folders...> [--story <dir>]
       triangulate import --url <address> [--url <address>...] [--story <dir>]

Turns web pages saved from a browser ("Save page as…") into article files: the article's text
without the site's menus, share buttons and advertisements, under a header filled from the
page's metadata (title, outlet, date, url, author). A field the page does not give is left out
and reported. A folder stands for the pages directly inside it.

With --url, the page at that http or https address is fetched and imported the same way; its
url is the address it came from after redirects. Only this option reaches the network: one
request per address (and its redirects, at most ${MAX_REDIRECTS}), for HTML or plain text only, within
${FETCH_TIMEOUT_MS / 1000} seconds and --max-page-size bytes.

Each article is written as <outlet>.txt; an existing file is never replaced (the new one is
numbered), and a page whose address an article of the folder already has is not imported again.

Options:
  --story <dir>             write the articles into this folder (created if needed); by default
                            each article is written beside its page, and one fetched with --url
                            into the current folder
  --url <address>           fetch the page at this address and import it (repeatable)
  --max-page-size <bytes>   refuse a page, saved or fetched, larger than this (default: ${MAX_PAGE_SIZE})
  -h, --help                show this help

Exit status: 0 when every page was imported, 1 when some could not be, 2 on a usage error.
`;

interface ImportArgs {
  paths: string[];
  urls: string[];
  story: string | null;
  maxPageSize: number;
  help: boolean;
}

function parseImportArgs(args: string[]): ImportArgs {
  const parsed: ImportArgs = { paths: [], urls: [], story: null, maxPageSize: MAX_PAGE_SIZE, help: false };
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
      url: {
        type: 'string',
        set: (v) => {
          const checked = checkPageUrl(v);
          if (!checked.ok) throw new UsageError(`--url ${printable(shownUrl(v, 200))}: ${checked.reason}`);
          parsed.urls.push(v.trim());
        },
      },
      'max-page-size': { type: 'string', set: (v) => (parsed.maxPageSize = fileSizeOption(v, '--max-page-size')) },
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
  if (!parsed.paths.length && !parsed.urls.length) {
    io.stderr(`triangulate import: needs at least one saved page, folder or --url\n${IMPORT_USAGE}`);
    return 2;
  }
  try {
    const pages = await pagesIn(parsed.paths, io.cwd);
    for (const m of pages.missing) io.stderr(`triangulate import: ${printable(m)}: no such file or folder\n`);
    if (pages.missing.length) return 2;
    if (parsed.paths.length && !pages.files.length) {
      io.stderr('triangulate import: no saved pages (.html or .htm files) in the folders given\n');
      return 1;
    }
    const story = parsed.story ? path.resolve(io.cwd, parsed.story) : null;
    const options = { maxPageBytes: parsed.maxPageSize, limitName: 'see --max-page-size' };
    const outcome = await importSources(pages.files.map((p) => ({ kind: 'file' as const, path: p })), story, options);
    if (parsed.urls.length) {
      const fetched = await importSources(parsed.urls.map((url) => ({ kind: 'url' as const, url })), story ?? io.cwd, options);
      outcome.imported.push(...fetched.imported);
      outcome.failed.push(...fetched.failed);
    }
    // A web address is shown as it is; a path relative to where the command ran.
    const shown = (p: string): string => printable(/^https?:\/\//i.test(p) ? p : path.relative(io.cwd, p) || p);
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
