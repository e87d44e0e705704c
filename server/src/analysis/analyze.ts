/**
 * Analysis of one article: header, sections, sentences, and what the extractors find in it.
 * Kept apart from the facade so that modules inside the core (the corpus) can use it without
 * importing the facade, which re-exports them in turn.
 */
import type { Article, ArticleHeader, DateRef, Span } from './types';
import { parseHeader } from './text/header';
import { findParagraphs, findSections, findSentences } from './text/segment';
import { stripBom } from './text/normalize';
import { ArticleContext } from './extract/context';
import { extractMentions } from './extract/entities';
import { extractRoles } from './extract/roles';
import { extractDescriptions } from './extract/descriptions';
import { extractQuotes } from './extract/quotes';
import { extractDates } from './extract/dates';
import { extractQuantities } from './extract/quantities';

/** Options for {@link analyzeArticle}. */
export interface AnalyzeOptions {
  /** The article's path or URI, used to name the outlet when the header does not. */
  path?: string;
  /**
   * Longest text analysed, in UTF-16 code units. Longer text gets its header and sections
   * only, with a note saying why. Defaults to 20 million.
   */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 20_000_000;

/** The outlet named by a path: the file's name without folders or extension. */
export function outletFromPath(path: string): string {
  const base = path.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? path;
  let name = base.replace(/\.[^.]+$/, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: keep the name as it is.
  }
  return name || path || 'article';
}

function titleOf(text: string, header: ArticleHeader, firstHeading: string | undefined, firstSentence: string): string {
  if (header.title) return header.title;
  if (firstHeading && text.slice(header.bodyStart).trimStart().startsWith(firstHeading)) return firstHeading;
  const t = firstSentence.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77).trimEnd()}…` : t;
}

/**
 * Analyses one article: its header, sections and sentences, and the names, quotes, dates,
 * quantities and roles in it. `text` is the article as the editor holds it; a leading BOM is
 * removed (offsets then count from the character after it, as VS Code's do).
 */
export function analyzeArticle(input: string, options: AnalyzeOptions = {}): Article {
  const path = options.path ?? '';
  const text = typeof input === 'string' ? stripBom(input) : '';
  const notes: string[] = [];
  const header = safe(() => parseHeader(text), emptyHeader(), notes, 'header');
  const sections = safe(() => findSections(text, header.bodyStart), [], notes, 'sections');
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  // Text over the limit is not split into sentences either, so that its cost stays that of one
  // pass over its lines.
  const tooLong = text.length > max;
  const paragraphs = tooLong ? [] : safe(() => findParagraphs(text, header.bodyStart, sections.map((s) => s.heading)), [], notes, 'paragraphs');
  const sentences = tooLong ? [] : safe(() => findSentences(text, paragraphs, sections.map((s) => s.heading)), [], notes, 'sentences');
  const first = sentences[0];
  const article: Article = {
    path,
    outlet: header.outlet ?? outletFromPath(path),
    title: titleOf(text, header, sections[0]?.title, first ? text.slice(first.start, first.end) : ''),
    header,
    text,
    sections,
    sentences,
    mentions: [],
    quotes: [],
    dates: [],
    quantities: [],
    roles: [],
    notes,
  };
  if (tooLong) {
    notes.push(`The article is ${text.length.toLocaleString('en')} characters long, over the limit of ${max.toLocaleString('en')}; only its header and sections were read.`);
    return article;
  }
  const ctx = new ArticleContext(text, header, sections, paragraphs, sentences);
  article.mentions = safe(() => extractMentions(ctx), [], notes, 'names');
  article.roles = safe(() => extractRoles(ctx, article.mentions), [], notes, 'roles');
  article.descriptions = safe(() => extractDescriptions(ctx, article.mentions, article.roles), [], notes, 'descriptions');
  article.quotes = safe(() => extractQuotes(ctx, article.mentions), [], notes, 'quotes');
  // The dates found are also where quantities are not looked for: read once (a failure leaves
  // the quantities to read them again, and to fail alike).
  let dates: DateRef[] | undefined;
  article.dates = safe(() => (dates = extractDates(ctx)), [], notes, 'dates');
  article.quantities = safe(() => extractQuantities(ctx, dates), [], notes, 'quantities');
  article.verbs = safe(() => verbSpans(ctx), [], notes, 'verbs');
  return article;
}

/** The spans of the body's verbs and auxiliaries, from the tokens the extractors already tagged. */
function verbSpans(ctx: ArticleContext): Span[] {
  const out: Span[] = [];
  for (const t of ctx.tokens) if (t.pos === 'VERB' || t.pos === 'AUX') out.push({ start: t.start, end: t.end });
  return out;
}

function emptyHeader(): ArticleHeader {
  return { title: null, outlet: null, date: null, url: null, author: null, span: null, bodyStart: 0, problems: [] };
}

/** Runs one stage; a failure becomes a note and an empty result, never an exception. */
function safe<T>(run: () => T, fallback: T, notes: string[], stage: string): T {
  try {
    return run();
  } catch (err) {
    notes.push(`Internal error while finding ${stage}: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}
