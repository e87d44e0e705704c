/**
 * The command-line parser that `triangulate check` and `triangulate export` share, so both
 * accept options the same way (`--name value`, `--name=value`, `--` before paths that start
 * with a dash) and word their usage errors alike.
 */
import type { StoryScope } from '../analysis';
import { readArticles, type ReadResult } from '../host';
import type { CliIo } from './check';

/** A mistake in the command line: the message is shown to the user and the command exits with 2. */
export class UsageError extends Error {}

/**
 * What to do for one option. `value` takes the option's value, from after `=` or from the next
 * argument; an option that is a plain switch never calls it.
 */
export type OptionHandler = (value: () => string) => void;

/**
 * Walks the arguments once, calling the handler of each known option and `positional` for every
 * other argument that does not start with a dash. Everything after `--` is positional.
 *
 * @throws UsageError on an unknown option or an option missing its value.
 */
export function parseOptions(args: readonly string[], options: Readonly<Record<string, OptionHandler>>, positional: (arg: string) => void): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // Only long options take `=value`; a lone `-` is an ordinary argument (standard input by convention).
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    const handler = Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
    if (handler) handler(value);
    else if (arg === '--') {
      for (const rest of args.slice(i + 1)) positional(rest);
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positional(arg);
  }
}

/** Reads the value of `--story-scope`. */
export function storyScopeOption(v: string): StoryScope {
  if (v !== 'folder' && v !== 'workspace') throw new UsageError(`unknown story scope "${v}" (use folder or workspace)`);
  return v;
}

/** Reads the value of `--max-file-size`, a positive number of bytes. */
export function fileSizeOption(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size needs a positive number of bytes');
  return n;
}

/**
 * Reads the articles named on the command line and reports on stderr what could not be read.
 * Returns null when a named path does not exist, which both commands treat as a usage error.
 */
export async function readInputs(paths: readonly string[], io: CliIo, maxFileSize: number): Promise<ReadResult | null> {
  const read = await readArticles(paths, io.cwd, maxFileSize, 'see --max-file-size');
  for (const m of read.missing) io.stderr(`triangulate: ${m}: no such file or folder\n`);
  if (read.missing.length) return null;
  for (const s of read.skipped) io.stderr(`triangulate: skipped ${s.display}: ${s.reason}\n`);
  return read;
}
