/**
 * The command-line parser that `triangulate check` and `triangulate export` share, so both
 * accept options the same way (`--name value`, `--name=value`, `-h`, `--` before paths that
 * start with a dash) and word their usage errors alike. The arguments are split by `node:util`
 * `parseArgs`; this module adds the checks and the messages.
 */
import { parseArgs } from 'node:util';
import type { StoryScope } from '../analysis';
import { readArticles, type ReadResult } from '../host';
import type { CliIo } from './check';
import { printable } from './format';

/** A mistake in the command line: the message is shown to the user and the command exits with 2. */
export class UsageError extends Error {}

/**
 * One option of a command, named by its long name without the dashes: a switch, or an option
 * that takes a value (`--name value` or `--name=value`). `set` is called each time it is given,
 * in order, so a later value replaces an earlier one unless `set` keeps them all.
 */
export type OptionSpec = { type: 'boolean'; short?: string; set(): void } | { type: 'string'; short?: string; set(value: string): void };

/**
 * Walks the arguments once, calling the `set` of each option given and `positional` for every
 * other argument that does not start with a dash (a lone `-` is one, by convention standard
 * input). Everything after `--` is positional.
 *
 * @throws UsageError on an unknown option, an option missing its value, or a value given to a switch.
 */
export function parseOptions(args: readonly string[], options: Readonly<Record<string, OptionSpec>>, positional: (arg: string) => void): void {
  const own = (name: string): OptionSpec | undefined => (Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined);
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, o] of Object.entries(options)) config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  // Not strict: unknown options and missing values come back as tokens, to be worded here.
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = own(token.name);
    if (!option) throw new UsageError(`unknown option ${token.rawName}`);
    if (option.type === 'string') {
      if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
      option.set(token.value);
    } else {
      if (token.inlineValue) throw new UsageError(`${token.rawName} takes no value`);
      option.set();
    }
  }
}

/** Reads the value of `--story-scope`. */
export function storyScopeOption(v: string): StoryScope {
  if (v !== 'folder' && v !== 'workspace') throw new UsageError(`unknown story scope "${v}" (use folder or workspace)`);
  return v;
}

/** Reads the value of `--max-file-size`, a positive number of bytes. */
export function fileSizeOption(v: string, option = '--max-file-size'): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${option} needs a positive number of bytes`);
  return n;
}

/**
 * Reads the articles named on the command line and reports on stderr what could not be read.
 * Returns null when a named path does not exist, which both commands treat as a usage error.
 */
export async function readInputs(paths: readonly string[], io: CliIo, maxFileSize: number): Promise<ReadResult | null> {
  const read = await readArticles(paths, io.cwd, maxFileSize, 'see --max-file-size');
  // File names are printed escaped: a name may hold a line break or a terminal escape.
  for (const m of read.missing) io.stderr(`triangulate: ${printable(m)}: no such file or folder\n`);
  if (read.missing.length) return null;
  for (const s of read.skipped) io.stderr(`triangulate: skipped ${printable(s.display)}: ${printable(s.reason)}\n`);
  return read;
}
