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
  mentions: GoldMention[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  corefs: GoldCoref[];
  /** Where the gold is complete. */
  scoredRanges: Span[];
  /** Regions annotated as something else, per task. */
  ignore: { names: Span[]; dates: Span[]; quotes: Span[] };
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
    mentions: list<GoldMention>(raw.mentions).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    dates: list<GoldDate>(raw.dates).filter((d) => typeof d.value === 'string' && d.value).map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
    quotes: list<GoldQuote>(raw.quotes).map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker ?? null })),
    corefs: list<GoldCoref>(raw.corefs).map((c) => ({ start: c.start, end: c.end, text: c.text, instance: c.instance })),
    scoredRanges: list<Span>(raw.scoredRanges).map(span),
    ignore: { names: list<Span>(ignore.names).map(span), dates: list<Span>(ignore.dates).map(span), quotes: list<Span>(ignore.quotes).map(span) },
  };
}

const OPENING_MARKS = /^[\s"'“‘«„‚`]+/;
const CLOSING_MARKS = /[\s"'”’»`]+$/;

/**
 * The words of a gold quote without its quotation marks. The gold spans include the marks;
 * the analyser reports both, so the harness compares the words alone, which is also fair to
 * the few marks that the token-based spacing left on the wrong side of a space.
 */
export function quoteContent(text: string, span: Span): Span {
  const s = text.slice(span.start, span.end);
  const lead = OPENING_MARKS.exec(s)?.[0].length ?? 0;
  let rest = s.slice(lead);
  // A few gold spans run past the closing mark (a translator's note such as ' ((it))'): the
  // words end at the last closing double mark when there is one.
  const lastClose = Math.max(rest.lastIndexOf('"'), rest.lastIndexOf('”'), rest.lastIndexOf('»'));
  if (lead > 0 && lastClose > 0) rest = rest.slice(0, lastClose);
  const trail = CLOSING_MARKS.exec(rest)?.[0].length ?? 0;
  return { start: span.start + lead, end: span.start + lead + rest.length - trail };
}
