/**
 * Rebuilds running text from a tokenised sentence with the usual English spacing rules, and
 * keeps each token's character offsets so that gold spans given as token ranges become
 * character spans in the rebuilt text.
 */
import type { Span } from './score';

/** Text rebuilt from tokens, with the span of every token in it. */
export interface Joined {
  text: string;
  /** `offsets[i]` is where token i lies in `text`. */
  offsets: Span[];
}

// Tokens that attach to the word before them.
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|\.\.\.|…|'s|'S|’s|'re|'ve|'ll|'d|'m|n't|N'T|’re|’ve|’ll|’d|’m|n’t|'|’)$/;
// Tokens that attach to the word after them.
const NO_SPACE_AFTER = /^(?:[([{$£€#]|``|“|‘)$/;

/** Converts the tokeniser's quote conventions to the marks a published article shows. */
export function displayToken(token: string): string {
  if (token === '``') return '“';
  if (token === "''") return '”';
  if (token === '-LRB-') return '(';
  if (token === '-RRB-') return ')';
  return token;
}

/**
 * Joins tokens with single spaces except where English punctuation attaches: closing marks
 * and clitics ("'s", "n't") to the word before, opening marks and currency signs to the word
 * after; hyphens and colons between digits join both sides. Straight double quotes alternate between opening and closing within the sentence.
 */
export function joinTokens(tokens: string[]): Joined {
  let text = '';
  const offsets: Span[] = [];
  let attachNext = true;
  let openDouble = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = displayToken(tokens[i]);
    let before = !attachNext;
    let after = false;
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (t === '"') {
      // A mark that ends the sentence closes a quote; one that starts it opens one.
      if (i === tokens.length - 1 && i > 0) openDouble = true;
      else if (i === 0) openDouble = false;
      else if (/^[,.!?;:]$/.test(prev)) openDouble = true;
      if (openDouble) before = false;
      else after = true;
      openDouble = !openDouble;
    } else if ((t === '-' && /\w$/.test(prev) && /^\w/.test(next)) || (/^[:./]$/.test(t) && /\d$/.test(prev) && /^\d/.test(next))) {
      // Hyphens inside compounds ("left-hander") and separators inside numbers, times and
      // dates ("7:35", "27.5", "12/16/08") join both sides.
      before = false;
      after = true;
    } else {
      if (NO_SPACE_BEFORE.test(t) || t === '”') before = false;
      if (NO_SPACE_AFTER.test(t)) after = true;
    }
    if (before && text.length) text += ' ';
    offsets.push({ start: text.length, end: text.length + t.length });
    text += t;
    attachNext = after;
  }
  return { text, offsets };
}

/** The character span covering tokens `first` to `last` (inclusive) of a joined text. */
export function tokenRangeSpan(joined: Joined, first: number, last: number): Span {
  return { start: joined.offsets[first].start, end: joined.offsets[last].end };
}

/**
 * Finds each token's offsets in a sentence whose original text is known (GUM's `# text`),
 * searching forward from the previous token so that spacing is exactly the original's. A
 * token not found where expected gets an empty span at the cursor rather than a wrong range.
 */
export function alignTokens(sentence: string, tokens: string[]): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const t of tokens) {
    const at = sentence.indexOf(t, cursor);
    if (at < 0 || at - cursor > 40) {
      out.push({ start: cursor, end: cursor });
      continue;
    }
    out.push({ start: at, end: at + t.length });
    cursor = at + t.length;
  }
  return out;
}
