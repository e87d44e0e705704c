/**
 * Semantic tokens: the core's highlighted spans (names, dates, quantities, quotes) encoded with
 * the legend's custom token types. A span over several lines becomes one token per line.
 */
import type { Range, SemanticTokens } from 'vscode-languageserver/node';
import { tokenSpans, type Article, type TokenSpan } from '../../analysis';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../capabilities';
import { lineIndexOf, splitByLines, toSpan } from '../convert';

/** Encodes tokens in the protocol's relative form, one token per line piece, optionally within a range. */
export function encodeTokens(article: Article, spans: TokenSpan[], range?: Range): SemanticTokens {
  const index = lineIndexOf(article);
  const window = range ? toSpan(index, range) : null;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const span of spans) {
    if (window && (span.end <= window.start || span.start >= window.end)) continue;
    const type = TOKEN_TYPES.indexOf(span.type);
    let mods = 0;
    for (const m of span.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    for (const piece of splitByLines(index, span)) {
      const deltaLine = piece.line - prevLine;
      data.push(deltaLine, deltaLine === 0 ? piece.character - prevChar : piece.character, piece.length, type, mods);
      prevLine = piece.line;
      prevChar = piece.character;
    }
  }
  return { data };
}

/** Semantic tokens of a whole article, or of a range of it. */
export function semanticTokens(article: Article | undefined, range?: Range): SemanticTokens {
  if (!article) return { data: [] };
  return encodeTokens(article, tokenSpans(article), range);
}
