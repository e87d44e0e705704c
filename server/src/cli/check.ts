/**
 * `triangulate check`: reads articles, groups them into stories, and prints what the analysis
 * finds as compiler-style text, the JSON report, or SARIF.
 */
import { pathToFileURL } from 'node:url';
import { HEADER_RULE, RULES, type Severity, type StoryScope } from '../analysis';
import { DEFAULT_MAX_FILE_SIZE } from '../host';
import { UsageError, fileSizeOption, parseOptions, readInputs, storyScopeOption } from './args';
import { type RuleInfo } from './format';
import { runCheck } from './checkRun';
import manifest from '../../../package.json';

/** Where the command writes, so tests and other callers can capture it. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The bundled command line tool (`out/cli.js`). When given, `check` starts it as worker
   * threads that check stories in parallel; without it every story is checked in this thread.
   */
  workerScript?: string;
}

/** The rule ids, wrapped to the width of the help under an indent. */
function ruleList(indent: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  RULES.forEach((r, i) => {
    const word = `${r.id}${r.enabledByDefault ? '' : ' (off by default)'}${i < RULES.length - 1 ? ',' : ''}`;
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  });
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export const USAGE = `Usage: triangulate check <files or folders...> [options]

Reads news articles (.txt and .article files; folders are searched recursively) and
reports the names, quotes, dates and numbers in them and the claims on which sources differ.
Articles in one folder form a story and are compared with each other.

Options:
  --format text|json|sarif        output format (default: text)
  --story-scope folder|workspace  compare articles per folder (default) or all together
  --max-file-size <bytes>         skip larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  --decisions <file>              editorial decisions to honour (default: .triangulate/decisions.json
                                  in the nearest folder at or above the inputs)
  --min-severity <level>          leave out findings less pressing than error, warning,
                                  information or hint (default: hint, all findings)
  --rule <rule>=<level>           turn a rule off or set the severity of its findings (level: off,
                                  error, warning, information or hint); may be repeated. Rules:
${ruleList('                                  ')}
  -h, --help                      show this help
  --version                       show the version

Exit status: 0 when the check ran (with or without findings), 2 on a usage error,
3 when part of the comparison failed: the failure is printed on stderr (and listed
under "problems" in the JSON report) and the findings it would have given are missing.

Also: triangulate export <files or folders...> --format brat|webannotation|json
      writes the annotations for other tools (see "triangulate export --help").
      triangulate import <saved .html files or folders...> [--story <dir>]
      turns saved web pages into articles (see "triangulate import --help").
`;

/** Every rule a finding can come from: the comparison engine's, and the check of article headers. */
const ALL_RULES: RuleInfo[] = [
  ...RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, enabledByDefault: r.enabledByDefault })),
  { id: HEADER_RULE, description: "The article's header is malformed (for example, an impossible date).", defaultSeverity: 'warning', enabledByDefault: true },
];

type Format = 'text' | 'json' | 'sarif';

interface Parsed {
  command: string | null;
  paths: string[];
  format: Format;
  scope: StoryScope;
  maxFileSize: number;
  /** The decisions file given with --decisions, if any. */
  decisions?: string;
  /** Rules turned off or given another severity with --rule. */
  rules: Record<string, RuleLevel>;
  /** The least pressing severity shown (--min-severity). */
  minSeverity?: Severity;
  help: boolean;
  version: boolean;
}

/** A comparison rule's setting: off, or the severity its findings are reported with. */
type RuleLevel = 'off' | Severity;
const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Reads a value of `--rule`: `<rule id>=<off|error|warning|information|hint>`. */
function ruleOption(v: string, into: Record<string, RuleLevel>): void {
  const eq = v.indexOf('=');
  const id = eq < 0 ? v : v.slice(0, eq);
  const level = eq < 0 ? '' : v.slice(eq + 1);
  if (!RULES.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}" in --rule (rules: ${RULES.map((r) => r.id).join(', ')})`);
  if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`--rule ${id} needs =off, =error, =warning, =information or =hint`);
  into[id] = level as RuleLevel;
}

function parseCheckArgs(args: string[]): Parsed {
  const parsed: Parsed = { command: null, paths: [], format: 'text', scope: 'folder', maxFileSize: DEFAULT_MAX_FILE_SIZE, rules: {}, help: false, version: false };
  parseOptions(
    args,
    {
      help: {
        type: 'boolean',
        short: 'h',
        set: () => (parsed.help = true),
      },
      version: { type: 'boolean', set: () => (parsed.version = true) },
      format: {
        type: 'string',
        set: (v) => {
          if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format "${v}" (use text, json or sarif)`);
          parsed.format = v;
        },
      },
      'story-scope': { type: 'string', set: (v) => (parsed.scope = storyScopeOption(v)) },
      decisions: { type: 'string', set: (v) => (parsed.decisions = v) },
      'max-file-size': { type: 'string', set: (v) => (parsed.maxFileSize = fileSizeOption(v)) },
      rule: { type: 'string', set: (v) => ruleOption(v, parsed.rules) },
      'min-severity': {
        type: 'string',
        set: (v) => {
          if (v === 'off' || !(LEVELS as readonly string[]).includes(v)) throw new UsageError(`unknown severity "${v}" in --min-severity (use error, warning, information or hint)`);
          parsed.minSeverity = v as Severity;
        },
      },
    },
    // The first word is the command; the rest are the articles to read.
    (arg) => {
      if (parsed.command === null) parsed.command = arg;
      else parsed.paths.push(arg);
    },
  );
  return parsed;
}

/** Runs the command line and returns the exit status, or a promise of it while a check runs. Never throws. */
export function runCli(args: string[], io: CliIo): number | Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseCheckArgs(args);
  } catch (err) {
    io.stderr(`triangulate: ${err instanceof Error ? err.message : String(err)}\nRun "triangulate --help" for usage.\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.version) {
    io.stdout(`${manifest.version}\n`);
    return 0;
  }
  if (parsed.command !== 'check') {
    io.stderr(parsed.command === null ? `triangulate: no command given\n${USAGE}` : `triangulate: unknown command "${parsed.command}"\n${USAGE}`);
    return 2;
  }
  if (!parsed.paths.length) {
    io.stderr(`triangulate: check needs at least one file or folder\n${USAGE}`);
    return 2;
  }
  return check(parsed, io);
}

async function check(parsed: Parsed, io: CliIo): Promise<number> {
  const read = await readInputs(parsed.paths, io, parsed.maxFileSize);
  if (!read) return 2;
  if (!read.files.length) io.stderr('triangulate: no articles to check (.txt or .article files)\n');
  let root = pathToFileURL(io.cwd).href;
  if (!root.endsWith('/')) root += '/';
  return runCheck(read.files, {
    format: parsed.format,
    scope: parsed.scope,
    ruleLevels: parsed.rules,
    minSeverity: parsed.minSeverity,
    cwd: io.cwd,
    decisions: { inputs: parsed.paths, file: parsed.decisions },
    workerScript: io.workerScript,
    rules: ALL_RULES,
    version: manifest.version,
    root,
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(text),
  });
}
