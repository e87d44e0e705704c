/**
 * The gold standard the harness scores against: one record per article, with the article's
 * text exactly as a user's file would hold it and every gold span as UTF-16 offsets into it.
 * Read from a corpus's `materialised/` folder when it has one; otherwise rebuilt from the raw
 * tokenised datasets (see `raw.ts`), which yields the same shape.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from './score';

export type Dataset = 'ecbplus' | 'esc' | 'gum';

/** A gold proper-name mention. */
export interface GoldMention extends Span {
  text: string;
  kind: 'person' | 'organization' | 'place';
}

/** A gold date with its calendar value (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export interface GoldDate extends Span {
  text: string;
  value: string;
}

/** A gold direct quote; its span includes the quotation marks. */
export interface GoldQuote extends Span {
  text: string;
  speaker: string | null;
}

/** A gold entity mention with the real-world instance it refers to (shared across files). */
export interface GoldCoref extends Span {
  text: string;
  instance: string;
}

/** One annotated article. */
export interface GoldDoc {
  dataset: Dataset;
  /** The document's name in its dataset ("1_10ecb", "GUM_news_afghan"). */
  doc: string;
  /** The story folder, relative to the corpus ("ecbplus/1ecb"). */
  folder: string;
  /** The article's path, relative to the corpus; used as the article's path in analysis. */
  file: string;
  text: string;
  /** The article's date, when the dataset gives one. */
  date: string | null;
  tasks: { names: boolean; dates: boolean; quotes: boolean; coref: boolean };
  /**
   * True when the dataset annotates names nested inside other names ("Texas" in "University of
   * Texas"): GUM does (its entities nest); ECB+ does not (of its 7,656 name markables one lies
   * inside another), so the tool's nested layer is scored on GUM only.
   */
  nestedNames?: boolean;
  mentions: GoldMention[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  corefs: GoldCoref[];
  /** Where the gold is complete. */
  scoredRanges: Span[];
  /** Regions annotated as something else, per task. */
  ignore: { names: Span[]; dates: Span[]; quotes: Span[] };
}

/** Whether a dataset's name annotation nests (see `GoldDoc.nestedNames`). */
export function annotatesNestedNames(dataset: Dataset): boolean {
  return dataset === 'gum';
}

/** True when `corpusDir` holds the ready-made article files with JSON gold. */
export function hasMaterialised(corpusDir: string): boolean {
  return existsSync(join(corpusDir, 'materialised', 'gold'));
}

/** Reads every article and its gold from `<corpus>/materialised/`. */
export function loadMaterialised(corpusDir: string): GoldDoc[] {
  const root = join(corpusDir, 'materialised');
  const docs: GoldDoc[] = [];
  const goldRoot = join(root, 'gold');
  for (const dataset of readdirSync(goldRoot).sort()) {
    const dir = join(goldRoot, dataset);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      const file = String(raw.file);
      const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
      docs.push(fromJson(raw, text));
    }
  }
  return docs;
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function fromJson(raw: Record<string, unknown>, text: string): GoldDoc {
  const tasks = (raw.tasks ?? {}) as Record<string, unknown>;
  const ignore = (raw.ignore ?? {}) as Record<string, unknown>;
  const span = (s: Span): Span => ({ start: s.start, end: s.end });
  return {
    dataset: String(raw.dataset) as Dataset,
    doc: String(raw.doc),
    folder: String(raw.folder),
    file: String(raw.file),
    text,
    date: typeof raw.date === 'string' ? raw.date : null,
    tasks: { names: !!tasks.names, dates: !!tasks.dates, quotes: !!tasks.quotes, coref: !!tasks.coref },
    nestedNames: annotatesNestedNames(String(raw.dataset) as Dataset),
    mentions: list<GoldMention>(raw.mentions).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    dates: list<GoldDate>(raw.dates).filter((d) => typeof d.value === 'string' && d.value).map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
    quotes: list<GoldQuote>(raw.quotes).map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker ?? null })),
    corefs: list<GoldCoref>(raw.corefs).map((c) => ({ start: c.start, end: c.end, text: c.text, instance: c.instance })),
    scoredRanges: list<Span>(raw.scoredRanges).map(span),
    ignore: { names: list<Span>(ignore.names).map(span), dates: list<Span>(ignore.dates).map(span), quotes: list<Span>(ignore.quotes).map(span) },
  };
}

/** Quotation marks of every style, straight and typographic. */
const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '`']);
/** Punctuation that may end a quoted sentence, inside or outside its closing mark. */
const END_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '…']);
/** A translator's language tag after a quote, as GUM writes it: ' ((it))'. */
const LANGUAGE_TAG = /\(\([A-Za-z]{2,3}\)\)$/;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2028' || c === '\u2029';
}

/**
 * The words of a quote, for comparing a gold span with a predicted one: opening marks and
 * spaces are trimmed from the start, and closing marks, spaces, end punctuation and GUM's
 * language tags ("((it))") from the end, repeatedly, on either side. The gold spans include
 * the marks and sometimes a tag, and a writer may put the full stop inside or outside the
 * closing mark; neither is what a reader means by "the quoted words".
 */
export function quoteContent(text: string, span: Span): Span {
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (start < end && (MARKS.has(text[start]) || isSpace(text[start]))) start++;
  for (;;) {
    const c = text[end - 1];
    if (end > start && (MARKS.has(c) || END_PUNCTUATION.has(c) || isSpace(c))) {
      end--;
      continue;
    }
    // Tags are short, so the look-back is bounded.
    const tail = text.slice(Math.max(start, end - 8), end);
    const tag = LANGUAGE_TAG.exec(tail);
    if (tag && end - tag[0].length >= start) {
      end -= tag[0].length;
      continue;
    }
    break;
  }
  return { start, end: Math.max(start, end) };
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * A quote's words split at line breaks, each piece trimmed by {@link quoteContent}, empty
 * pieces dropped. GUM gives a quote that runs over several paragraphs one gold span per
 * paragraph (each paragraph opens with a mark, only the last one closes), while the analyser
 * reports the whole run as one quote; splitting both sides at paragraph breaks compares like
 * with like.
 */
export function quotePieces(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  let from = 0;
  const push = (a: number, b: number) => {
    const c = quoteContent(text, { start: span.start + a, end: span.start + b });
    if (c.end > c.start) out.push(c);
  };
  for (const m of slice.matchAll(LINE_BREAK)) {
    const at = m.index ?? 0;
    push(from, at);
    from = at + m[0].length;
  }
  push(from, slice.length);
  return out;
}
