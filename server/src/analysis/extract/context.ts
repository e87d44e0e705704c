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
        const toks = tokenize(this.text, p);
        let maxSentence = -1;
        for (const t of toks) {
          maxSentence = Math.max(maxSentence, t.sentence);
          all.push({ ...t, sentence: t.sentence + sentenceBase });
        }
        sentenceBase += maxSentence + 1;
      }
      this.tokenCache = all;
    }
    return this.tokenCache;
  }
}
