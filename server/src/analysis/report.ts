/**
 * The machine-readable report of a set of stories, described by `schema/report.schema.json`.
 * Its `version` changes whenever its shape does; version 2 added each quote's `content` span and
 * the `problems` of the comparison. Later versions may add fields but never remove or change these.
 */
import type { Article, EntityKind, Finding, Severity, StoryProblem } from './types';
import type { Story } from './corpus/corpus';

/** A name in a source, with the story-wide entity it refers to. */
export interface ReportMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  entity: string | null;
}

export interface ReportQuote {
  start: number;
  end: number;
  text: string;
  /** The quoted words without the quotation marks. */
  content: { start: number; end: number };
  direct: boolean;
  speaker: { start: number; end: number; text: string; entity: string | null } | null;
}

export interface ReportDate {
  start: number;
  end: number;
  text: string;
  value: string | null;
}

export interface ReportQuantity {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  hedge: string | null;
}

export interface ReportRole {
  start: number;
  end: number;
  text: string;
  entity: string | null;
}

export interface ReportSource {
  path: string;
  outlet: string;
  title: string;
  date: string | null;
  mentions: ReportMention[];
  quotes: ReportQuote[];
  dates: ReportDate[];
  quantities: ReportQuantity[];
  roles: ReportRole[];
}

export interface ReportEntity {
  id: string;
  kind: EntityKind;
  name: string;
  variants: string[];
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  start: number;
  end: number;
  related: Array<{ path: string; start: number; end: number; message: string }>;
}

/** A part of the comparison that failed, so that its findings are missing (see `StoryProblem`). */
export interface ReportProblem {
  story: string;
  stage: string;
  path?: string;
  message: string;
}

/** The version of the report's shape, as `schema/report.schema.json` describes it. */
export const REPORT_VERSION = 2 as const;

/** The whole report. */
export interface Report {
  version: typeof REPORT_VERSION;
  sources: ReportSource[];
  entities: ReportEntity[];
  findings: ReportFinding[];
  /** What failed while comparing; empty when every rule ran. */
  problems: ReportProblem[];
}

/** Options for {@link buildReport}. */
export interface ReportOptions {
  /** Maps an article's path to the path written in the report (for example, relative to a folder). */
  displayPath?: (path: string) => string;
  /**
   * Drops findings before they are reported, for example those a team has marked reconciled.
   * Called once per finding with the article paths as the corpus knows them.
   */
  keepFinding?: (finding: Finding) => boolean;
  /** Whether to report problems with an article's header as findings (rule `invalid-header`). Defaults to true. */
  headerProblems?: boolean;
}

/** The rule id under which problems with an article's own header are reported. */
export const HEADER_RULE = 'invalid-header';

/** Problems with the articles' headers, as findings (an impossible date, an unclosed block). */
export function headerFindings(article: Article): Finding[] {
  return (article.header?.problems ?? []).map((p) => ({
    rule: HEADER_RULE,
    severity: 'warning' as const,
    message: p.message,
    path: article.path,
    start: p.start,
    end: p.end,
    related: [],
  }));
}

/**
 * A problem in words, for a log or a terminal: what failed, where, and what is missing because
 * of it.
 */
export function describeProblem(p: StoryProblem, show: (path: string) => string = (x) => x): string {
  const story = `story "${p.story ? show(p.story) : '.'}"`;
  switch (p.stage) {
    case 'claims':
      return p.path
        ? `the claims of ${show(p.path)} could not be read (${p.message}); the article is compared on nothing`
        : `the claims of ${story} could not be indexed (${p.message}); it is not compared`;
    case 'linking':
      return `the names of ${story} could not be linked (${p.message}); its articles are compared unlinked`;
    case 'comparison':
      return `the comparison of ${story} failed (${p.message}); its findings are missing`;
    default:
      return `rule ${p.stage} failed on ${story} (${p.message}); its findings are missing`;
  }
}

/** A problem as the report lists it. */
export function reportProblem(p: StoryProblem, show: (path: string) => string = (x) => x): ReportProblem {
  return { story: p.story ? show(p.story) : p.story, stage: p.stage, ...(p.path !== undefined ? { path: show(p.path) } : {}), message: p.message };
}

/**
 * Builds the report of the given stories. Entity ids are shared across the sources
 * of a story; should two stories have an entity with the same id, the report lists it once.
 */
export function buildReport(stories: readonly Story[], options: ReportOptions = {}): Report {
  const show = options.displayPath ?? ((p: string) => p);
  const keep = options.keepFinding ?? (() => true);
  const sources: ReportSource[] = [];
  const entities = new Map<string, ReportEntity>();
  const findings: ReportFinding[] = [];
  const problems: ReportProblem[] = [];

  for (const story of stories) {
    for (const e of story.entities) {
      if (!entities.has(e.id)) entities.set(e.id, { id: e.id, kind: e.kind, name: e.name, variants: [...e.variants] });
    }
    for (const a of story.articles) {
      const entityAt = (index: number | null | undefined) => (index == null || index < 0 ? null : story.entityOf(a.path, index));
      sources.push({
        path: show(a.path),
        outlet: a.outlet,
        title: a.title,
        date: a.header?.date ?? null,
        mentions: a.mentions.map((m, i) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, entity: entityAt(i) })),
        quotes: a.quotes.map((q) => ({
          start: q.start,
          end: q.end,
          text: q.text,
          content: { start: q.content.start, end: q.content.end },
          direct: q.direct,
          speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, entity: entityAt(q.speaker.mention) } : null,
        })),
        dates: a.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
        quantities: a.quantities.map((q) => ({ start: q.start, end: q.end, text: q.text, value: q.value, unit: q.unit, hedge: q.hedge })),
        roles: a.roles.map((r) => ({ start: r.start, end: r.end, text: r.text, entity: entityAt(r.mention) })),
      });
    }
    const all = [...(options.headerProblems === false ? [] : story.articles.flatMap(headerFindings)), ...story.findings];
    for (const f of all) {
      if (!keep(f)) continue;
      findings.push({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: show(f.path),
        start: f.start,
        end: f.end,
        related: f.related.map((r) => ({ path: show(r.path), start: r.start, end: r.end, message: r.message })),
      });
    }
    for (const p of story.problems) problems.push(reportProblem(p, show));
  }
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
  return {
    version: REPORT_VERSION,
    sources,
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    findings,
    problems,
  };
}
