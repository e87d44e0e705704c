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
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|\.\.\.|…|'s|'S|’s|'re|'ve|'ll|'d|'m|n't|N'T|’re|’ve|’ll|’d|’m|n’t|’)$/;
// Tokens that attach to the word after them.
const NO_SPACE_AFTER = /^(?:[([{$£€#]|``|“|‘)$/;

/**
 * Converts the tokeniser's conventions to what a published article shows: PTB quotes become
 * curly quotes, also inside a token ("``bagman''" → "“bagman”"; "''The" opens), bracket names
 * become brackets, and white space inside a token (tabs, thin spaces) is dropped.
 */
export function displayToken(token: string): string {
  if (token === '``') return '“';
  if (token === "''") return '”';
  if (token === '-LRB-') return '(';
  if (token === '-RRB-') return ')';
  return token
    .trim()
    .replace(/``/g, '“')
    .replace(/^''(?=[\p{L}\p{N}])/u, '“')
    .replace(/''(?!')/g, '”');
}

/**
 * Whether a straight single quote is open at the end of the text joined so far. It is carried
 * from sentence to sentence of one article, because a quotation often opens in one sentence
 * and closes in a later one.
 */
export interface JoinState {
  singleOpen: boolean;
}

// Contractions split after the apostrophe ("can ’ t", "it ’ s") rejoin it.
const CLITIC_AFTER_APOSTROPHE = /^(?:s|t|re|ve|ll|d|m)$/i;
const SINGLE_LETTER = /^\p{L}$/u;

/**
 * Joins tokens with single spaces except where English punctuation attaches: closing marks
 * and clitics ("'s", "n't", "’ s") to the word before, opening marks and currency signs to the
 * word after; hyphens and slashes join both sides (except at either end of the sentence);
 * initials ("U . S .") and thousands separators ("100 , 000") close up. Straight double quotes
 * alternate between opening and closing within the sentence. A straight single quote after a
 * word ending in "s" is a possessive; otherwise single quotes alternate across the article
 * (pass the same `state` for each of its sentences).
 */
export function joinTokens(tokens: string[], state: JoinState = { singleOpen: false }): Joined {
  let text = '';
  const offsets: Span[] = [];
  let attachNext = true;
  let openDouble = false;
  const last = tokens.length - 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = displayToken(tokens[i]);
    let before = !attachNext;
    let after = false;
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (t === '"') {
      // A mark that ends the sentence closes a quote; one that starts it opens one.
      if (i === last && i > 0) openDouble = true;
      else if (i === 0) openDouble = false;
      else if (/^[,.!?;:]$/.test(prev)) openDouble = true;
      if (openDouble) before = false;
      else after = true;
      openDouble = !openDouble;
    } else if (t === "'") {
      if (state.singleOpen) {
        // A closing mark attaches to the word before.
        before = false;
        state.singleOpen = false;
      } else if (i > 0 && /s$/i.test(prev)) {
        // "the Joneses' house": a possessive, which opens nothing.
        before = false;
      } else {
        after = true;
        state.singleOpen = true;
      }
    } else if (((t === '-' || t === '/') && i > 0 && i < last) || (/^[:.]$/.test(t) && /\d$/.test(prev) && /^\d/.test(next))) {
      // Hyphens and slashes inside a sentence ("left-hander", "and/or", "sum--including") and
      // separators inside numbers and times ("7:35", "27.5") join both sides.
      before = false;
      after = true;
    } else if (CLITIC_AFTER_APOSTROPHE.test(t) && (prev === "'" || prev === '’') && i > 1) {
      before = false;
    } else if (SINGLE_LETTER.test(t) && prev === '.' && SINGLE_LETTER.test(tokens[i - 2] ?? '')) {
      // Initials and abbreviations split at their full stops ("U . S .", "a . m .").
      before = false;
    } else if (/^\d{3}$/.test(t) && prev === ',' && /(?:^|\D)\d{1,3}$/.test(tokens[i - 2] ?? '')) {
      // A thousands separator ("100 , 000").
      before = false;
    } else if (t === '’' && /^\d\d$/.test(next) && !/s$/i.test(prev)) {
      // An apostrophe standing for a century ("the ’66 squad") belongs to the number after it.
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
