/**
 * Output formats of `triangulate check`: compiler-style text, and SARIF 2.1.0 for code
 * scanning tools. (The JSON format is the report itself.)
 */
import { createHash } from 'node:crypto';
import { describeProblem, LineIndex, normaliseWording, type Report, type ReportFinding, type Severity } from '../analysis';

/** Counts shown for each story at the end of the text output. */
export interface StorySummary {
  /** The story's folder as shown to the user ("." for the working folder). */
  name: string;
  sources: number;
  people: number;
  organizations: number;
  places: number;
  quotes: number;
  dates: number;
  findings: number;
}

/** Line and column (1-based, UTF-16 columns) of offsets in the texts of the report's sources. */
export class Positions {
  private indexes = new Map<string, LineIndex>();
  constructor(private texts: Map<string, string>) {}

  /** The 1-based line and column of an offset in the file shown as `path`. */
  at(path: string, offset: number): { line: number; column: number } {
    let index = this.indexes.get(path);
    if (!index) this.indexes.set(path, (index = new LineIndex(this.texts.get(path) ?? '')));
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Characters that must not reach a terminal as they are: C0 and C1 controls and DEL (an escape
 * sequence can clear the screen or retitle the window; a line break in a file name can forge a
 * `path:line:col: error:` line that problem matchers read), line and paragraph separators, and
 * the bidirectional controls that make text display in another order than it reads.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from an article or a file name as it may be printed: each unprintable character escaped (`\n`, `\u001b`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One place a difference names: where it is, and the outlet's words there. */
export interface TextPlace {
  path: string;
  line: number;
  column: number;
  outlet: string;
  words: string;
}

/** One difference of a story, told once however many articles it was placed on. */
export interface TextFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Every place it names, in path order; the first is where its line points. */
  places: TextPlace[];
}

/** A story as the text output shows it: its counts and its differences, most pressing first. */
export interface TextStory {
  summary: StorySummary;
  findings: TextFinding[];
}

/**
 * Story by story: a line with the story's counts, then each difference once, as
 * `path:line:col: severity: message [rule]` at its first place, with every outlet's words
 * beneath (`  path:line:col: Outlet: "words"`), most pressing first; then a total. Paths,
 * outlets, words and messages come from file names and article text, and are printed with their
 * unprintable characters escaped.
 */
export function formatText(stories: readonly TextStory[]): string {
  const lines: string[] = [];
  let findings = 0;
  let sources = 0;
  stories.forEach(({ summary: s, findings: list }, i) => {
    if (i > 0 && (list.length || stories[i - 1].findings.length)) lines.push('');
    lines.push(
      `story ${printable(s.name)}: ${plural(s.sources, 'source')}, ${plural(s.people, 'person', 'people')}, ${plural(s.organizations, 'organisation')}, ${plural(s.places, 'place')}, ${plural(s.quotes, 'quote')}, ${plural(s.dates, 'date')}, ${plural(s.findings, 'finding')}`,
    );
    for (const f of list) {
      const at = f.places[0];
      lines.push(`${at ? `${printable(at.path)}:${at.line}:${at.column}: ` : ''}${f.severity}: ${oneLine(f.message)} [${f.rule}]`);
      for (const p of f.places) lines.push(`  ${printable(p.path)}:${p.line}:${p.column}: ${oneLine(p.outlet)}: ${quoted(oneLine(p.words))}`);
    }
    findings += list.length;
    sources += s.sources;
  });
  if (stories.some((s) => s.findings.length)) lines.push('');
  lines.push(`checked ${plural(sources, 'article')} in ${plural(stories.length, 'story', 'stories')}: ${plural(findings, 'finding')}`);
  return lines.join('\n') + '\n';
}

/** Words in quotation marks, unless they are a quotation with its own. */
function quoted(words: string): string {
  return /^["“”„«»]/.test(words) ? words : `"${words}"`;
}

/** A message on one line, its line breaks made spaces and anything else unprintable escaped. */
function oneLine(s: string): string {
  return printable(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '));
}

/** What SARIF needs to know about a rule. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity?: Severity;
  /** False for a rule that is off unless turned on (`single-source`). */
  enabledByDefault?: boolean;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A relative path as a URI reference: each segment percent-encoded, forward slashes kept. */
function uriOf(path: string): string {
  return path
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}

/** The name under which results carry their fingerprint; the version changes with the way it is computed. */
export const FINGERPRINT_KEY = 'triangulateFinding/v1';

/**
 * The fingerprint of a finding that code-scanning tools track across runs: a hash of its rule,
 * its own words and the words of the places it relates, each normalised (case, accents,
 * typographic quotes, spacing) and the related ones in sorted order. Offsets, line numbers and
 * messages are left out, so an edit elsewhere in the file, or a rewording of the message, keeps it.
 */
export function findingFingerprint(rule: string, words: string, related: readonly string[]): string {
  const parts = [rule, normaliseWording(words), ...related.map(normaliseWording).sort()];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** What SARIF says about the run besides its results. */
export interface SarifRun {
  /** Rules this run turned off or gave another severity (`--rule`), reported as overrides of their defaults. */
  ruleLevels?: Readonly<Record<string, 'off' | Severity>>;
  /** Each finding's fingerprint (see {@link findingFingerprint}). */
  fingerprints?: ReadonlyMap<ReportFinding, string>;
}

/**
 * The run as SARIF 2.1.0: the tool with its rules (each with its default level and whether it
 * is on by default), one result per finding with its region in UTF-16 columns (1-based) and
 * character offsets, the other sources as related locations, and a fingerprint that survives
 * edits elsewhere in the file. The invocation says how this run configured the rules and what
 * failed in the comparison. `root` is the working folder as a `file:` URI ending in a slash;
 * paths are relative to it.
 */
export function formatSarif(report: Report, positions: Positions, rules: RuleInfo[], toolVersion: string, root: string, run: SarifRun = {}): string {
  const ruleList = [...rules];
  const known = new Set(ruleList.map((r) => r.id));
  for (const f of report.findings) {
    if (!known.has(f.rule)) {
      known.add(f.rule);
      ruleList.push({ id: f.rule, description: f.rule });
    }
  }
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  const location = (path: string, start: number, end: number) => {
    const s = positions.at(path, start);
    const e = positions.at(path, Math.max(start, end));
    return {
      artifactLocation: { uri: uriOf(path), uriBaseId: 'SRCROOT' },
      region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: start, charLength: Math.max(0, end - start) },
    };
  };
  // Two findings of one rule with the same words in one file are told apart by their order.
  const seen = new Map<string, number>();
  const fingerprintOf = (f: ReportFinding): Record<string, string> | undefined => {
    const hash = run.fingerprints?.get(f);
    if (!hash) return undefined;
    const key = `${f.path}\u0000${hash}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { [FINGERPRINT_KEY]: `${hash}:${n}` };
  };
  const result = (f: ReportFinding) => {
    const partialFingerprints = fingerprintOf(f);
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: LEVEL[f.severity] ?? 'note',
      message: { text: f.message },
      locations: [{ physicalLocation: location(f.path, f.start, f.end) }],
      ...(f.related.length
        ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: location(r.path, r.start, r.end), message: { text: r.message } })) }
        : {}),
      ...(partialFingerprints ? { partialFingerprints } : {}),
    };
  };
  const overrides = Object.entries(run.ruleLevels ?? {}).flatMap(([id, level]) => {
    const rule = ruleList.find((r) => r.id === id);
    if (!rule?.defaultSeverity) return [];
    const onByDefault = rule.enabledByDefault !== false;
    const configuration = level === 'off' ? { enabled: false } : { enabled: true, level: LEVEL[level] };
    if (level === 'off' ? !onByDefault : onByDefault && LEVEL[level] === LEVEL[rule.defaultSeverity]) return [];
    return [{ descriptor: { id, index: ruleIndex.get(id) }, configuration }];
  });
  const problems = report.problems ?? [];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Triangulate',
            version: toolVersion,
            rules: ruleList.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.defaultSeverity ? { defaultConfiguration: { level: LEVEL[r.defaultSeverity] ?? 'note', enabled: r.enabledByDefault !== false } } : {}),
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            ...(overrides.length ? { ruleConfigurationOverrides: overrides } : {}),
            ...(problems.length
              ? {
                  toolExecutionNotifications: problems.map((p) => ({
                    level: 'error',
                    message: { text: describeProblem(p) },
                    ...(ruleIndex.has(p.stage) ? { associatedRule: { id: p.stage, index: ruleIndex.get(p.stage) } } : {}),
                    ...(p.path ? { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(p.path), uriBaseId: 'SRCROOT' } } }] } : {}),
                  })),
                }
              : {}),
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: root } },
        columnKind: 'utf16CodeUnits',
        artifacts: report.sources.map((s) => ({ location: { uri: uriOf(s.path), uriBaseId: 'SRCROOT' }, mimeType: 'text/plain', encoding: 'utf-8' })),
        results: report.findings.map(result),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
