/**
 * The story board: the story on one screen, one row per difference or claim, one column per
 * outlet. A row of a difference shows, in each outlet's column, the sentence where the outlet
 * says it with the differing words marked; differences come first, the most pressing first, then
 * the claims on which no source differs, with each outlet's words. Outlets silent on a row have
 * an empty cell.
 */
import type { Story } from '../corpus/corpus';
import { sentenceAt } from '../text/segment';
import { scanWords } from '../text/words';
import { describeProblem } from '../report';
import type { Article, Finding, Severity, Span } from '../types';
import { groupFindings, type FindingGroup } from './findingGroups';
import type { FindingFilter } from './hover';
import { storyLedger, type LedgerItem } from './ledger';

/** Most rows a board lists: the differences first, then claims, until this many. */
export const MAX_BOARD_ROWS = 300;

/** Characters of context kept on each side of the marked words when a sentence is long. */
const CONTEXT = 80;

/** Most characters of marked words shown in one passage; longer ones are cut with an ellipsis. */
const MAX_MARKED = 320;

/** Places of more words than this are quotations or clauses: only their words that differ are marked. */
const VALUE_WORDS = 6;

/** A piece of a passage's text, marked when it is what differs. */
export interface BoardPart {
  text: string;
  mark?: boolean;
}

/** One outlet's words in a cell: where they are, and the text shown, in parts. */
export interface BoardPassage {
  path: string;
  /** The words the row is about; a click opens the article there. */
  span: Span;
  parts: BoardPart[];
}

/** One outlet's cell of a row: its passages, or none when it is silent on the row. */
export interface BoardCell {
  passages: BoardPassage[];
}

/** A row of the board. */
export interface BoardRow {
  /** A difference the rules found, or a claim on which no source differs. */
  kind: 'finding' | 'claim';
  /** "Role of Aleksandr Petrov", "Number of residents", "Spelling of a name". */
  label: string;
  /** For a difference: its rule, severity and message. */
  rule?: string;
  severity?: Severity;
  message?: string;
  /** One cell per outlet, in the order of `StoryBoard.outlets`. */
  cells: BoardCell[];
}

/** One column of the board: an article of the story. */
export interface BoardOutlet {
  outlet: string;
  path: string;
  title: string;
  date: string | null;
}

/** The board of a story. */
export interface StoryBoard {
  outlets: BoardOutlet[];
  rows: BoardRow[];
  /** Rows left out past {@link MAX_BOARD_ROWS}. */
  more: number;
  /** Parts of the comparison that failed, in words: their differences are missing from the board. */
  problems: string[];
}

/** A label by rule, for a difference that lies on no claim of the ledger. */
const RULE_LABEL: Record<string, string> = {
  'name-variant': 'Spelling of a name',
  'role-differs': 'Role',
  'role-agrees': 'Role (the same post)',
  'quantity-differs': 'Figures',
  'age-differs': 'Age',
  'status-differs': 'What happened to a person',
  'date-differs': 'Date of an event',
  'place-differs': 'Place',
  'quote-differs': 'Words quoted',
  'attribution-differs': 'Who said it',
  'polarity-differs': 'Done or denied',
  'single-source': 'Said by one source only',
};

/** Parts of `text[from, to)` with the given spans (sorted, inside it, not overlapping) marked. */
function partsOf(text: string, from: number, to: number, marks: readonly Span[]): BoardPart[] {
  const parts: BoardPart[] = [];
  const push = (start: number, end: number, mark: boolean) => {
    if (end <= start) return;
    const t = text.slice(start, end).replace(/\s+/g, ' ');
    const last = parts[parts.length - 1];
    if (last && !!last.mark === mark) last.text += t;
    else parts.push(mark ? { text: t, mark: true } : { text: t });
  };
  let at = from;
  for (const m of marks) {
    push(at, m.start, false);
    push(m.start, m.end, true);
    at = m.end;
  }
  push(at, to, false);
  return parts;
}

/** The start of the sentence holding `offset`, or `offset` when the article has none there. */
function sentenceBounds(article: Article, span: Span): Span {
  const first = sentenceAt(article.sentences, span.start);
  const last = sentenceAt(article.sentences, Math.max(span.start, span.end - 1));
  return { start: Math.min(first?.start ?? span.start, span.start), end: Math.max(last?.end ?? span.end, span.end) };
}

/**
 * The passage shown for a place: its sentence, cut to some context around the place when long,
 * with `marks` (inside the place) marked. A place too long to show whole is cut too.
 */
function passage(article: Article, span: Span, marks: readonly Span[]): BoardPassage {
  const text = article.text;
  const sentence = sentenceBounds(article, span);
  let from = Math.max(sentence.start, span.start - CONTEXT);
  let to = Math.min(sentence.end, span.end + CONTEXT);
  // Cut at spaces so that no word is shown in part.
  if (from > sentence.start) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < span.start ? space + 1 : span.start;
  }
  if (to < sentence.end) {
    const space = text.lastIndexOf(' ', to);
    to = space > span.end ? space : span.end;
  }
  let cut: Span | null = null;
  if (span.end - span.start > MAX_MARKED) cut = { start: span.start + MAX_MARKED, end: span.end };
  const shown = cut ? marks.filter((m) => m.start < cut.start).map((m) => ({ start: m.start, end: Math.min(m.end, cut.start) })) : marks;
  const parts = cut
    ? [...partsOf(text, from, cut.start, shown), { text: '…' }, ...partsOf(text, cut.end, to, [])]
    : partsOf(text, from, to, shown);
  // The sentence's own leading and trailing spaces say nothing.
  if (parts.length) {
    parts[0].text = parts[0].text.replace(/^\s+/, '');
    parts[parts.length - 1].text = parts[parts.length - 1].text.replace(/\s+$/, '');
  }
  if (from > sentence.start) parts.unshift({ text: '…' });
  if (to < sentence.end) parts.push({ text: '…' });
  return { path: article.path, span: { start: span.start, end: span.end }, parts: parts.filter((p) => p.text) };
}

/**
 * What to mark in each place of a difference: a short place (a figure, a date, a role, a name)
 * is the value that differs and is marked whole; in a long one (a quotation, a clause) only the
 * words that none of the other outlets' places use are marked, or the whole when there is none.
 */
function marksOf(story: Story, places: readonly { path: string; span: Span }[]): Span[][] {
  const words = places.map((p) => {
    const article = story.article(p.path);
    return article ? scanWords(article.text, p.span.start, p.span.end).filter((w) => w.kind === 'word') : [];
  });
  return places.map((p, i) => {
    if (words[i].length <= VALUE_WORDS) return [p.span];
    const elsewhere = new Set<string>();
    words.forEach((list, j) => {
      if (places[j].path !== p.path) for (const w of list) elsewhere.add(w.lower);
    });
    const differing = words[i].filter((w) => !elsewhere.has(w.lower));
    if (!differing.length || differing.length === words[i].length) return [p.span];
    // Neighbouring differing words are one mark.
    const marks: Span[] = [];
    for (const w of differing) {
      const last = marks[marks.length - 1];
      const between = last ? story.article(p.path)!.text.slice(last.end, w.start) : '';
      if (last && /^\s*$/.test(between)) last.end = w.end;
      else marks.push({ start: w.start, end: w.end });
    }
    return marks;
  });
}

/** The kind of ledger claim each rule compares, so that a row is labelled by the claim it is about. */
const RULE_CLAIM: Record<string, string> = {
  'role-differs': 'role',
  'role-agrees': 'role',
  'quantity-differs': 'quantity',
  'date-differs': 'date',
  'quote-differs': 'quote',
  'attribution-differs': 'quote',
  'polarity-differs': 'act',
};

/** The ledger claim of the rule's kind whose statements the places touch, for the row's label. */
function claimOf(ledger: readonly LedgerItem[], rule: string, places: readonly { path: string; span: Span }[]): LedgerItem | undefined {
  const kind = RULE_CLAIM[rule];
  if (!kind) return undefined;
  return ledger.find(
    (item) => item.kind === kind && item.statements.some((s) => places.some((p) => p.path === s.path && p.span.start < s.span.end && s.span.start < p.span.end)),
  );
}

/**
 * The board of a story. `keep` says which findings a reader is shown (a team's reconciled ones
 * are not). Never throws on a story the core built; a story of no articles has an empty board.
 */
export function storyBoard(story: Story | undefined, keep: FindingFilter = () => true): StoryBoard {
  if (!story) return { outlets: [], rows: [], more: 0, problems: [] };
  const outlets: BoardOutlet[] = story.articles.map((a) => ({ outlet: a.outlet, path: a.path, title: a.title, date: a.header?.date ?? null }));
  const column = new Map(story.articles.map((a, i) => [a.path, i]));
  const ledger = storyLedger(story, keep);
  const rows: BoardRow[] = [];
  const covered = new Set<LedgerItem>();
  const groups: FindingGroup<Finding>[] = groupFindings(story.findings.filter((f) => keep(f)));
  for (const g of groups) {
    const places = g.places.filter((p) => column.has(p.path)).map((p) => ({ path: p.path, span: { start: p.start, end: p.end } }));
    if (!places.length) continue;
    const marks = marksOf(story, places);
    const cells: BoardCell[] = outlets.map(() => ({ passages: [] }));
    places.forEach((p, i) => {
      const article = story.article(p.path)!;
      cells[column.get(p.path)!].passages.push(passage(article, p.span, marks[i]));
    });
    const claim = claimOf(ledger, g.rule, places);
    if (claim) covered.add(claim);
    rows.push({ kind: 'finding', label: claim?.label ?? RULE_LABEL[g.rule] ?? g.rule, rule: g.rule, severity: g.severity, message: g.message, cells });
  }
  for (const item of ledger) {
    if (covered.has(item) || item.differing) continue;
    const cells: BoardCell[] = outlets.map(() => ({ passages: [] }));
    for (const s of item.statements) {
      const col = column.get(s.path);
      if (col === undefined) continue;
      const article = story.article(s.path);
      if (article) cells[col].passages.push(passage(article, s.span, []));
    }
    rows.push({ kind: 'claim', label: item.label, cells });
  }
  const problems = story.problems.map((p) => describeProblem(p));
  return { outlets, rows: rows.slice(0, MAX_BOARD_ROWS), more: Math.max(0, rows.length - MAX_BOARD_ROWS), problems };
}
