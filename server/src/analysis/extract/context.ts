import type { ArticleHeader, Section, Sentence, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';

/**
 * What every extractor receives: the text, its header, and its segmentation. Tokens are
 * computed on first use, paragraph by paragraph (the tagger slows down on one huge string).
 */
export class ArticleContext {
  private tokenCache: Token[] | null = null;

  constructor(
    readonly text: string,
    readonly header: ArticleHeader,
    readonly sections: Section[],
    readonly paragraphs: Span[],
    readonly sentences: Sentence[],
  ) {}

  /** The article's date (`YYYY-MM-DD`) from its header, or null. */
  get date(): string | null {
    return this.header.date;
  }

  /** Tagged tokens of the body, in order, each with the index of its sentence in `sentences`. */
  get tokens(): Token[] {
    if (!this.tokenCache) {
      const all: Token[] = [];
      // Tagged paragraph by paragraph; each token is numbered by its sentence of the article's
      // one segmentation, so names, roles and quotes agree on where a sentence starts.
      for (const p of this.paragraphs) for (const t of tokenize(this.text, p, this.sentences)) all.push(t);
      this.tokenCache = all;
    }
    return this.tokenCache;
  }
}
