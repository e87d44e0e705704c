/**
 * The work `triangulate check` does for one story: analyse its articles, link and compare them,
 * and turn the result into the pieces of the output. It runs in a worker thread or, when there
 * are no workers, in the main thread; either way it receives text and returns plain data that
 * can cross a thread boundary, so that nothing of the story (articles, claims, links) outlives
 * the call.
 */
import {
  analyzeArticle,
  atLeast,
  buildReport,
  Corpus,
  failingRules,
  groupFindings,
  LineIndex,
  releaseClaims,
  shorten,
  type Article,
  type Finding,
  type ReportEntity,
  type ReportFinding,
  type ReportProblem,
  type Severity,
  type StoryScope,
} from '../analysis';
import { findingFingerprint, type StorySummary, type TextFinding } from './format';

/** The output formats of `triangulate check`. */
export type CheckFormat = 'text' | 'json' | 'sarif';

/** One article file handed to {@link checkStory}. */
export interface StoryFile {
  /** Its position in the list of files read, so that notes can be printed in that order. */
  index: number;
  /** The path shown to the user. */
  display: string;
  text: string;
}

/** One story's articles: every file whose story key is `key`, in path order. */
export interface StoryInput {
  key: string;
  files: StoryFile[];
}

/**
 * A finding of the report with the 1-based line and column of each offset a formatter asks
 * for: the finding's start and end, then each related place's start and end, four numbers each.
 */
export interface PlacedFinding {
  finding: ReportFinding;
  lines: number[];
  /** For SARIF: the finding's fingerprint, from its words and those of the places it relates. */
  fingerprint?: string;
}

/** What the output needs from one story. */
export interface StoryOutput {
  /** The story's key (its folder, or empty for the workspace). */
  key: string;
  /** Notes of the analysis on single articles (for example, a text too long to read), by file index. */
  notes: Array<{ index: number; text: string }>;
  /** The story's sources in the JSON report, each rendered as it stands in the array (indented by four spaces); empty unless the format is JSON. */
  sourcesJson: string[];
  /** The paths of the story's sources, in report order. */
  sourcePaths: string[];
  /** The story's entities, as the report lists them. */
  entities: ReportEntity[];
  /** The findings kept, with their positions; empty when the format is text. */
  findings: PlacedFinding[];
  /** For the text format: each difference once, with the places it names; empty otherwise. */
  textFindings: TextFinding[];
  /** What failed while comparing the story (its findings are missing). */
  problems: ReportProblem[];
  /** The counts shown for the story in the text output. */
  summary: StorySummary;
}

/** Settings of a run that every story shares. */
export interface StorySettings {
  format: CheckFormat;
  scope: StoryScope;
  /** Rules turned off or given another severity. */
  ruleLevels?: RuleLevels;
  /** Findings less pressing than this are left out (`--min-severity`). */
  minSeverity?: Severity;
}

/** Per rule id, 'off' or the severity its findings are reported with. */
export type RuleLevels = Record<string, 'off' | Severity>;

/** Indents every line after the first, so that a value rendered alone can stand inside an enclosing JSON document. */
export function indentJson(json: string, indent: string): string {
  // One pass over the text: splitting a report of many megabytes into its lines made an array
  // of millions of strings only to join them again.
  return json.replaceAll('\n', `\n${indent}`);
}

/**
 * The comparison rules. Rule ids named in `TRIANGULATE_FAULTS` (comma-separated, as the
 * language server reads it) throw instead of running: the tests use it to check that a failing
 * rule is reported and changes the exit status. Read by each thread, since rules cannot be sent.
 */
const RULE_SET = failingRules((process.env.TRIANGULATE_FAULTS ?? '').split(','));

/** Where a file of a story stands: enough to name it once its article is analysed. */
export type StoryFileName = Pick<StoryFile, 'index' | 'display'>;

/**
 * Analyses files on their own, as the corpus would when they are added: each article depends
 * on its text and path only, so files of one story can be analysed in different threads.
 */
export function analyseFiles(files: readonly StoryFile[]): Article[] {
  return files.map((f) => analyzeArticle(f.text, { path: f.display }));
}

/**
 * Analyses, links and compares one story and returns its part of the output. `keepFinding`
 * drops findings that editorial decisions hide.
 */
export function checkStory(input: StoryInput, settings: StorySettings, keepFinding: (finding: Finding) => boolean): StoryOutput {
  return compareStory(input.key, input.files, analyseFiles(input.files), settings, keepFinding);
}

/**
 * Links and compares a story whose articles are already analysed (`analysed[i]` is the
 * article of `files[i]`, files in path order) and returns its part of the output.
 */
export function compareStory(
  key: string,
  files: readonly StoryFileName[],
  analysed: readonly Article[],
  settings: StorySettings,
  keepFinding: (finding: Finding) => boolean,
): StoryOutput {
  const corpus = new Corpus({ storyScope: settings.scope, rules: settings.ruleLevels, ruleSet: RULE_SET });
  const notes: StoryOutput['notes'] = [];
  const texts = new Map<string, string>();
  files.forEach((f, i) => {
    const article = analysed[i];
    corpus.putArticle(article);
    texts.set(f.display, article.text);
    for (const note of article.notes) notes.push({ index: f.index, text: note });
  });
  const stories = corpus.snapshot().stories();
  const min = settings.minSeverity;
  const report = buildReport(stories, { keepFinding: min ? (f) => atLeast(f.severity, min) && keepFinding(f) : keepFinding });

  const indexes = new Map<string, LineIndex>();
  const place = (path: string, offset: number, out: number[]): void => {
    let index = indexes.get(path);
    if (!index) indexes.set(path, (index = new LineIndex(texts.get(path) ?? '')));
    const p = index.positionAt(offset);
    out.push(p.line + 1, p.character + 1);
  };
  const text = settings.format === 'text';
  const findings: PlacedFinding[] = text ? [] : report.findings.map((finding) => {
    const lines: number[] = [];
    place(finding.path, finding.start, lines);
    place(finding.path, Math.max(finding.start, finding.end), lines);
    for (const r of finding.related) {
      place(r.path, r.start, lines);
      place(r.path, Math.max(r.start, r.end), lines);
    }
    if (settings.format !== 'sarif') return { finding, lines };
    const words = (path: string, start: number, end: number) => texts.get(path)?.slice(start, end) ?? '';
    const fingerprint = findingFingerprint(
      finding.rule,
      words(finding.path, finding.start, finding.end),
      finding.related.map((r) => words(r.path, r.start, r.end)),
    );
    return { finding, lines, fingerprint };
  });

  const outlets = new Map(report.sources.map((s) => [s.path, s.outlet]));
  const textFindings: TextFinding[] = text
    ? groupFindings(report.findings).map((g) => ({
        rule: g.rule,
        severity: g.severity,
        message: g.message,
        places: g.places.map((p) => {
          const at: number[] = [];
          place(p.path, p.start, at);
          // Only the words' start is read, so a long span costs no more than a short one.
          const words = shorten(texts.get(p.path)?.slice(p.start, Math.min(p.end, p.start + 1000)) ?? '', 160);
          return { path: p.path, line: at[0], column: at[1], outlet: outlets.get(p.path) ?? p.path, words };
        }),
      }))
    : [];

  // Nothing of the story is compared again: what the comparison keeps for the next one (the
  // grouping of dated clauses into events, held by module, not by article) is let go now.
  releaseClaims(analysed);
  const story = stories[0];
  const kinds = (k: string) => (story ? story.entities.filter((e) => e.kind === k).length : 0);
  const articles = stories.flatMap((s) => s.articles);
  const summary: StorySummary = {
    name: settings.scope === 'workspace' ? '(all articles)' : key || '.',
    sources: articles.length,
    people: kinds('person'),
    organizations: kinds('organization'),
    places: kinds('place'),
    quotes: articles.reduce((n, a) => n + a.quotes.length, 0),
    dates: articles.reduce((n, a) => n + a.dates.length, 0),
    findings: textFindings.length,
  };
  return {
    key,
    notes,
    sourcesJson: settings.format === 'json' ? report.sources.map((s) => indentJson(JSON.stringify(s, null, 2), '    ')) : [],
    sourcePaths: report.sources.map((s) => s.path),
    entities: report.entities,
    findings,
    textFindings,
    problems: report.problems,
    summary,
  };
}
