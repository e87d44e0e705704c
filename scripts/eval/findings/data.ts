/**
 * The findings judging data kept in the repository (format: the judged list and the
 * differences files of `scripts/eval/findings/`): types, and parsing that checks every entry so
 * that a wrong file is reported, never silently scored. Paths are relative to the corpus's
 * `materialised/` folder; offsets are UTF-16 indices, `end` exclusive.
 */

/** A passage of one article. */
export interface Passage {
  path: string;
  start: number;
  end: number;
  text: string;
}

export type Verdict = 'TRUE' | 'COMPATIBLE' | 'MISREAD';
export const VERDICTS: readonly Verdict[] = ['TRUE', 'COMPATIBLE', 'MISREAD'];

/** One distinct finding judged by reading the articles. */
export interface JudgedEntry {
  story: string;
  rule: string;
  /** The severity it had when judged; matching ignores it (a verdict survives a change of severity). */
  severity: string;
  /** The finding's own location. */
  a: Passage;
  /** Its first related location; absent for single-location findings. */
  b?: Passage;
  verdict: Verdict;
  /** For a TRUE quote warning: the difference is a one-letter or function-word variant. */
  trivial: boolean;
  reason: string;
}

/** The kinds of real difference listed for recall; `update` is listed but not counted. */
export const DIFFERENCE_KINDS = ['name', 'quote', 'count', 'age', 'date', 'role', 'status', 'place', 'update'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** One real cross-outlet difference a fact-checker would flag. */
export interface Difference {
  kind: DifferenceKind;
  a: Passage;
  b: Passage;
  note: string;
}

/** The differences of one story read in full. */
export interface DifferencesFile {
  story: string;
  readInFull: boolean;
  articles: string[];
  differences: Difference[];
}

/** A parsed file, with what was wrong in it (entries with a problem are left out). */
export interface Parsed<T> {
  value: T;
  problems: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function passage(x: unknown, where: string, problems: string[]): Passage | null {
  if (!isObj(x)) {
    problems.push(`${where}: not a passage object`);
    return null;
  }
  const { path, start, end, text } = x;
  if (typeof path !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') {
    problems.push(`${where}: a passage needs path, integer start and end, and text`);
    return null;
  }
  if ((start as number) < 0 || (end as number) < (start as number)) {
    problems.push(`${where}: span ${String(start)}–${String(end)} is not a range`);
    return null;
  }
  return { path, start: start as number, end: end as number, text };
}

/** Parses the judged list; `source` names the file in problems. */
export function parseJudged(json: unknown, source: string): Parsed<JudgedEntry[]> {
  const problems: string[] = [];
  const out: JudgedEntry[] = [];
  if (!isObj(json) || !Array.isArray(json.judged)) return { value: out, problems: [`${source}: no "judged" array`] };
  json.judged.forEach((e: unknown, i: number) => {
    const where = `${source} judged[${i}]`;
    if (!isObj(e)) {
      problems.push(`${where}: not an object`);
      return;
    }
    const a = passage(e.a, `${where}.a`, problems);
    const b = e.b === undefined ? undefined : passage(e.b, `${where}.b`, problems);
    if (!a || b === null) return;
    if (typeof e.rule !== 'string' || typeof e.story !== 'string') {
      problems.push(`${where}: needs story and rule`);
      return;
    }
    if (!VERDICTS.includes(e.verdict as Verdict)) {
      problems.push(`${where}: verdict ${JSON.stringify(e.verdict)} is not one of ${VERDICTS.join(', ')}`);
      return;
    }
    out.push({
      story: e.story,
      rule: e.rule,
      severity: typeof e.severity === 'string' ? e.severity : '',
      a,
      ...(b ? { b } : {}),
      verdict: e.verdict as Verdict,
      trivial: e.trivial === true,
      reason: typeof e.reason === 'string' ? e.reason : '',
    });
  });
  return { value: out, problems };
}

/** Parses one differences file; `source` names the file in problems. */
export function parseDifferences(json: unknown, source: string): Parsed<DifferencesFile | null> {
  const problems: string[] = [];
  if (!isObj(json) || typeof json.story !== 'string' || !Array.isArray(json.differences)) {
    return { value: null, problems: [`${source}: needs "story" and a "differences" array`] };
  }
  const differences: Difference[] = [];
  json.differences.forEach((d: unknown, i: number) => {
    const where = `${source} differences[${i}]`;
    if (!isObj(d)) {
      problems.push(`${where}: not an object`);
      return;
    }
    if (!DIFFERENCE_KINDS.includes(d.kind as DifferenceKind)) {
      problems.push(`${where}: kind ${JSON.stringify(d.kind)} is not one of ${DIFFERENCE_KINDS.join(', ')}`);
      return;
    }
    const a = passage(d.a, `${where}.a`, problems);
    const b = passage(d.b, `${where}.b`, problems);
    if (!a || !b) return;
    differences.push({ kind: d.kind as DifferenceKind, a, b, note: typeof d.note === 'string' ? d.note : '' });
  });
  const articles = Array.isArray(json.articles) ? json.articles.filter((p): p is string => typeof p === 'string') : [];
  return { value: { story: json.story, readInFull: json.readInFull === true, articles, differences }, problems };
}

/**
 * Checks that each passage's text is what its file holds at its offsets (`read` returns a
 * file's text, or null when it is missing) and names those that are not: the corpus or the
 * entry changed, and the entry's offsets can no longer be trusted.
 */
export function checkPassages(passages: Array<{ where: string; passage: Passage }>, read: (path: string) => string | null): string[] {
  const problems: string[] = [];
  for (const { where, passage: p } of passages) {
    const text = read(p.path);
    if (text === null) problems.push(`${where}: ${p.path} is not in the corpus`);
    else if (text.slice(p.start, p.end) !== p.text) problems.push(`${where}: the text at ${p.path} ${p.start}–${p.end} is not ${JSON.stringify(clip(p.text, 60))}`);
  }
  return problems;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
