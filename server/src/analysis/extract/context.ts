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

  /** Tagged tokens of the body, in order. */
  get tokens(): Token[] {
    if (!this.tokenCache) {
      const all: Token[] = [];
      let sentenceBase = 0;
      for (const p of this.paragraphs) {
        const toks = tokenize(this.text, p, sentenceBase);
        // Sentences are numbered on across paragraphs, as they were found (a paragraph whose
        // last sentences hold no token still counts only up to its last token's sentence).
        if (toks.length) sentenceBase = toks[toks.length - 1].sentence + 1;
        for (const t of toks) all.push(t);
      }
      this.tokenCache = all;
    }
    return this.tokenCache;
  }
}
