/**
 * Output formats of `triangulate check`: compiler-style text, and SARIF 2.1.0 for code
 * scanning tools. (The JSON format is the report itself.)
 */
import { LineIndex, type Report, type ReportFinding, type Severity } from '../analysis';

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

/** One line per finding, `path:line:col: severity: message [rule]`, related places indented below, then a summary per story. */
export function formatText(report: Report, positions: Positions, summaries: StorySummary[]): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    const p = positions.at(f.path, f.start);
    lines.push(`${f.path}:${p.line}:${p.column}: ${f.severity}: ${oneLine(f.message)} [${f.rule}]`);
    for (const r of f.related) {
      const q = positions.at(r.path, r.start);
      lines.push(`  ${r.path}:${q.line}:${q.column}: note: ${oneLine(r.message)}`);
    }
  }
  if (report.findings.length) lines.push('');
  for (const s of summaries) {
    lines.push(
      `story ${s.name}: ${plural(s.sources, 'source')}, ${plural(s.people, 'person', 'people')}, ${plural(s.organizations, 'organisation')}, ${plural(s.places, 'place')}, ${plural(s.quotes, 'quote')}, ${plural(s.dates, 'date')}, ${plural(s.findings, 'finding')}`,
    );
  }
  const total = summaries.reduce((n, s) => n + s.sources, 0);
  lines.push(`checked ${plural(total, 'article')} in ${plural(summaries.length, 'story', 'stories')}: ${plural(report.findings.length, 'finding')}`);
  return lines.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** What SARIF needs to know about a rule. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity?: Severity;
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

/**
 * The run as SARIF 2.1.0: the tool with its rules, one result per finding with its region in
 * UTF-16 columns (1-based) and character offsets, and the other sources as related locations.
 * `root` is the working folder as a `file:` URI ending in a slash; paths are relative to it.
 */
export function formatSarif(report: Report, positions: Positions, rules: RuleInfo[], toolVersion: string, root: string): string {
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
  const result = (f: ReportFinding) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule),
    level: LEVEL[f.severity] ?? 'note',
    message: { text: f.message },
    locations: [{ physicalLocation: location(f.path, f.start, f.end) }],
    ...(f.related.length
      ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: location(r.path, r.start, r.end), message: { text: r.message } })) }
      : {}),
  });
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
              ...(r.defaultSeverity ? { defaultConfiguration: { level: LEVEL[r.defaultSeverity] ?? 'note', enabled: true } } : {}),
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: root } },
        columnKind: 'utf16CodeUnits',
        artifacts: report.sources.map((s) => ({ location: { uri: uriOf(s.path), uriBaseId: 'SRCROOT' }, mimeType: 'text/plain', encoding: 'utf-8' })),
        results: report.findings.map(result),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
