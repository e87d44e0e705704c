/**
 * GUM by genre. GUM names each document `GUM_<genre>_<title>` (`GUM_news_afghan`,
 * `GUM_voyage_tulsa`, `GUM_bio_theodorus`). The targets were set on its news articles, the kind of
 * text the product reads; the other genres (interviews, biographies, fiction, speeches, …) are
 * measured apart, with one line per genre, so that a larger corpus never reads as a lower score
 * on the same documents.
 */
import type { Article } from '../../server/src/analysis';
import type { GoldDoc } from './gold';
import { scoreDates, scoreNames, scoreQuotes, type DateScores, type NameScores, type QuoteScores } from './evaluate';
import type { Accuracy, Prf } from './score';

/** The genre the targets are set on. */
export const NEWS = 'news';

/** The genre of a GUM document from its name, or null for a name outside that pattern. */
export function gumGenre(doc: string): string | null {
  const m = /^GUM_([a-z]+)_./i.exec(doc);
  return m ? m[1].toLowerCase() : null;
}

/** True for a GUM document of a genre other than news. */
export function isOtherGenre(d: GoldDoc): boolean {
  if (d.dataset !== 'gum') return false;
  const g = gumGenre(d.doc);
  return g !== null && g !== NEWS;
}

/** Documents grouped by genre, genres in alphabetical order; documents without one are left out. */
export function byGenre(docs: GoldDoc[]): Map<string, GoldDoc[]> {
  const groups = new Map<string, GoldDoc[]>();
  for (const d of docs) {
    const g = d.dataset === 'gum' ? gumGenre(d.doc) : null;
    if (g === null) continue;
    const list = groups.get(g);
    if (list) list.push(d);
    else groups.set(g, [d]);
  }
  return new Map([...groups].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** One genre's figures, each with its count (null when the genre has no gold for the task). */
export interface GenreRow {
  genre: string;
  docs: number;
  /** Typed names, overlap; the gold count is `tp + fn`. */
  names: Prf | null;
  /** Gold dates with the right value. */
  dates: Accuracy | null;
  /** Direct-quote words, exact; over `quoteDocs` documents with annotated quotes. */
  quotes: Prf | null;
  quoteDocs: number;
}

/** GUM's genres other than news: pooled scores, and one row per genre (news included, for comparison). */
export interface GenreScores {
  /** The genres pooled in the scores below (news excluded). */
  genres: string[];
  docs: number;
  names: NameScores | null;
  dates: DateScores | null;
  /** Spans only: the speaker set is scored once, over every document it covers. */
  quotes: QuoteScores | null;
  rows: GenreRow[];
}

/**
 * Scores names, dates and quote spans on every GUM genre apart, and pools the genres other than
 * news. Each task uses the documents that carry its gold (`tasks`).
 */
export function scoreGenres(docs: GoldDoc[], articles: Map<string, Article>): GenreScores | null {
  const groups = byGenre(docs);
  const tasks = (list: GoldDoc[]) => ({
    names: list.filter((d) => d.tasks.names),
    dates: list.filter((d) => d.tasks.dates),
    quotes: list.filter((d) => d.tasks.quotes),
  });
  const rows: GenreRow[] = [];
  for (const [genre, list] of groups) {
    const t = tasks(list);
    const q = t.quotes.length ? scoreQuotes(t.quotes, articles, null) : null;
    rows.push({
      genre,
      docs: list.length,
      names: t.names.length ? scoreNames(t.names, articles).overlap : null,
      dates: t.dates.length ? scoreDates(t.dates, articles).value : null,
      quotes: q && q.docs ? q.exact : null,
      quoteDocs: q ? q.docs : 0,
    });
  }
  const other = docs.filter(isOtherGenre);
  if (!other.length) return null;
  const t = tasks(other);
  return {
    genres: [...groups.keys()].filter((g) => g !== NEWS),
    docs: other.length,
    names: t.names.length ? scoreNames(t.names, articles) : null,
    dates: t.dates.length ? scoreDates(t.dates, articles) : null,
    quotes: t.quotes.length ? scoreQuotes(t.quotes, articles, null) : null,
    rows,
  };
}
