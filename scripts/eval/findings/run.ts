/**
 * The findings task of `npm run eval`: runs the tool on the development stories the judging
 * data names, as `triangulate check` does (one corpus per story folder, the same report
 * builder), and scores its findings against the judged list (precision) and the differences
 * read in full (recall). Stories: every folder of each dataset the data names (`ecbplus/*`), so
 * that a finding the tool starts raising in a story nobody has judged yet shows as unjudged.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildReport, Corpus } from '../../../server/src/analysis';
import { checkPassages, parseDifferences, parseJudged, type DifferencesFile, type JudgedEntry, type Passage } from './data';
import {
  distinctFindings,
  matchJudged,
  pool,
  precisionRows,
  scoreRecall,
  staleJudged,
  type DistinctFinding,
  type PrecisionRow,
  type PrecisionSummary,
  type RawFinding,
  type RecallScores,
} from './match';

/** Where the judging data lives, relative to the repository. */
export const FINDINGS_DIR = join('scripts', 'eval', 'findings');

/** A finding nobody has judged, with the words at each of its places. */
export interface UnjudgedFinding {
  story: string;
  rule: string;
  severity: string;
  message: string;
  /** Its places with their text: the first copy's own place, then its related places. */
  places: Passage[];
}

export interface FindingsReport {
  /** Why the task did not run, when it did not; every other field is then empty. */
  skipped: string | null;
  stories: number;
  articles: number;
  /** Findings as the tool reports them (one per article involved) and counted once. */
  rawFindings: number;
  distinct: number;
  judgedEntries: number;
  rows: PrecisionRow[];
  warnings: PrecisionSummary;
  all: PrecisionSummary;
  unjudged: UnjudgedFinding[];
  /** Judged entries no current finding matches, by verdict. */
  stale: Record<string, number>;
  recall: RecallScores | null;
  /** What is wrong with the data: unreadable entries, passages whose text changed, missing stories. */
  problems: string[];
}

function emptyReport(skipped: string): FindingsReport {
  const none: PrecisionSummary = { findings: 0, judged: 0, true: 0, trivialTrue: 0, unjudged: 0, precision: null, worthCorrection: null };
  return { skipped, stories: 0, articles: 0, rawFindings: 0, distinct: 0, judgedEntries: 0, rows: [], warnings: none, all: none, unjudged: [], stale: {}, recall: null, problems: [] };
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** The story folder of a path relative to `materialised/` ("ecbplus/13ecb/13_1ecb.txt" → "ecbplus/13ecb"). */
const storyOf = (path: string) => path.split('/').slice(0, -1).join('/');

/** Runs the tool on one story folder and returns its findings, paths relative to `materialised/`. */
function storyFindings(materialised: string, story: string): { articles: number; findings: RawFinding[] } {
  const dir = join(materialised, ...story.split('/'));
  const corpus = new Corpus({ storyScope: 'folder' });
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  for (const name of names) corpus.setArticle(`${story}/${name}`, readFileSync(join(dir, name), 'utf8'));
  const report = buildReport(corpus.snapshot().stories());
  const findings = report.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    path: f.path,
    start: f.start,
    end: f.end,
    related: f.related.map((r) => ({ path: r.path, start: r.start, end: r.end })),
  }));
  return { articles: names.length, findings };
}

/**
 * Runs the task. `corpusDir` is the corpus folder (with `materialised/`), `dataDir` the
 * repository's judging data folder.
 */
export function evaluateFindings(corpusDir: string, dataDir: string = FINDINGS_DIR): FindingsReport {
  const materialised = join(corpusDir, 'materialised');
  if (!existsSync(materialised)) {
    return emptyReport(`no ${materialised} folder: the judged passages are offsets into the corpus's materialised articles`);
  }
  const problems: string[] = [];
  const judgedPath = join(dataDir, 'judged.json');
  let judged: JudgedEntry[] = [];
  if (existsSync(judgedPath)) {
    const parsed = parseJudged(readJson(judgedPath, problems), judgedPath);
    judged = parsed.value;
    problems.push(...parsed.problems);
  } else {
    problems.push(`${judgedPath}: missing, so no finding counts as judged`);
  }
  const differences: DifferencesFile[] = [];
  const diffDir = join(dataDir, 'differences');
  const diffFiles = existsSync(diffDir) ? readdirSync(diffDir).filter((n) => n.endsWith('.json')).sort() : [];
  for (const name of diffFiles) {
    const path = join(diffDir, name);
    const parsed = parseDifferences(readJson(path, problems), path);
    problems.push(...parsed.problems);
    if (parsed.value) differences.push(parsed.value);
  }

  const texts = new Map<string, string | null>();
  const read = (path: string): string | null => {
    if (!texts.has(path)) {
      const full = join(materialised, ...path.split('/'));
      texts.set(path, existsSync(full) ? readFileSync(full, 'utf8') : null);
    }
    return texts.get(path) ?? null;
  };
  problems.push(
    ...checkPassages(
      [
        ...judged.flatMap((e, i) => [{ where: `judged[${i}].a`, passage: e.a }, ...(e.b ? [{ where: `judged[${i}].b`, passage: e.b }] : [])]),
        ...differences.flatMap((f) => f.differences.flatMap((d, i) => [{ where: `${f.story} differences[${i}].a`, passage: d.a }, { where: `${f.story} differences[${i}].b`, passage: d.b }])),
      ],
      read,
    ),
  );

  // Every story folder of the datasets the data names.
  const named = new Set([...judged.map((e) => e.story), ...differences.map((f) => f.story)]);
  const datasets = [...new Set([...named].map((s) => s.split('/')[0]))].sort();
  const stories: string[] = [];
  for (const ds of datasets) {
    const dir = join(materialised, ds);
    if (!existsSync(dir)) {
      problems.push(`${dir}: missing, so its stories were not run`);
      continue;
    }
    for (const name of readdirSync(dir).sort()) if (statSync(join(dir, name)).isDirectory()) stories.push(`${ds}/${name}`);
  }
  for (const s of named) if (!stories.includes(s)) problems.push(`${s}: named by the judging data but not in ${materialised}`);

  const raw: RawFinding[] = [];
  let articles = 0;
  for (const story of stories) {
    const got = storyFindings(materialised, story);
    articles += got.articles;
    raw.push(...got.findings);
  }
  const distinct = distinctFindings(raw);
  const matches = matchJudged(distinct, judged);
  const rows = precisionRows(distinct, matches);
  const unjudged = distinct.filter((_, i) => !matches[i]).map((f) => describe(f, read));
  return {
    skipped: null,
    stories: stories.length,
    articles,
    rawFindings: raw.length,
    distinct: distinct.length,
    judgedEntries: judged.length,
    rows,
    warnings: pool(rows.filter((r) => r.severity === 'warning' || r.severity === 'error')),
    all: pool(rows),
    unjudged,
    stale: staleJudged(judged, matches),
    recall: differences.length ? scoreRecall(differences, raw) : null,
    problems,
  };
}

function describe(f: DistinctFinding, read: (path: string) => string | null): UnjudgedFinding {
  return {
    story: storyOf(f.places[0].path),
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    places: f.places.map((p) => ({ ...p, text: (read(p.path) ?? '').slice(p.start, p.end) })),
  };
}

/**
 * The unjudged findings as text for a judge: each with its message, its places, and an entry of
 * the judged list to complete (verdict, trivial, reason) once both articles are read.
 */
export function formatUnjudged(list: readonly UnjudgedFinding[]): string {
  if (!list.length) return 'Every finding on the development stories is judged.';
  const out = [`${list.length} findings not yet judged (judge by reading both articles; add each to ${join(FINDINGS_DIR, 'judged.json')}):`];
  list.forEach((u, i) => {
    out.push('', `${i + 1}. ${u.story} ${u.rule} (${u.severity}): ${u.message}`);
    u.places.forEach((p, k) => out.push(`   ${k === 0 ? 'a' : k === 1 ? 'b' : `+${k - 1}`}: ${basename(p.path)} ${p.start}–${p.end} ${JSON.stringify(p.text)}`));
    const entry = { story: u.story, rule: u.rule, severity: u.severity, a: u.places[0], ...(u.places[1] ? { b: u.places[1] } : {}), verdict: '', trivial: false, reason: '' };
    out.push(`   ${JSON.stringify(entry)}`);
  });
  return out.join('\n');
}
