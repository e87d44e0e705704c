/**
 * Finds direct quotations by their marks, in one linear pass over the text. Straight marks are
 * told apart as opening or closing by the characters around them; curly marks say which they
 * are. Single marks are quotes only when they pair up cleanly, so apostrophes ("Putin's",
 * "rock 'n' roll", "'90s") never open one.
 */
import type { Span } from '../types';
import { speechVerb } from '../data/speech';

/** A quotation found by its marks, before attribution. */
export interface MarkedQuote extends Span {
  /** The quoted words without the marks (and without continuation marks' surroundings trimmed). */
  content: Span;
  /** True when no closing mark was found and the quote was ended at its paragraph's end. */
  unclosed: boolean;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const SINGLE_OPEN = new Set(['\u2018', '\u201a']);
const SINGLE_CLOSE = '\u2019';

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Characters after which an opening mark may stand ("(“", "—“"). */
function isOpenContext(c: string | undefined): boolean {
  return isSpace(c) || (c !== undefined && '([{\u2014\u2013-/:;'.includes(c)) || c === '\ufeff';
}

/** Characters before which a closing mark may stand ("”,", "”)"). */
function isCloseContext(c: string | undefined): boolean {
  return isSpace(c) || (c !== undefined && '.,;:!?)]}\u2026\u2014\u2013-'.includes(c));
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

type Role = 'open' | 'close' | 'either' | 'none';

/** What a double mark at `i` can be, judged by its neighbours. */
function doubleRole(text: string, i: number): Role {
  const c = text[i];
  if (DOUBLE_OPEN.has(c)) return 'open';
  if (DOUBLE_CLOSE.has(c)) return 'close';
  const prev = text[i - 1];
  const next = text[i + 1];
  const openCtx = i === 0 || isOpenContext(prev);
  const closeCtx = i + 1 >= text.length || isCloseContext(next);
  if (openCtx && !closeCtx) return 'open';
  if (!openCtx && closeCtx) {
    // A straight mark after a digit outside any quote is an inch sign ("a 12" screen").
    return 'close';
  }
  return 'either';
}

function isDoubleMark(c: string): boolean {
  // Most characters are letters and spaces: one comparison of the code rules them out before
  // the sets are asked (every mark of either set is above U+00AA).
  return c === '"' || (c !== undefined && c.charCodeAt(0) > 0xaa && (DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)));
}

/** End of the line that contains `i` (the offset of its line break, or the text's end). */
function lineEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && !isLineBreak(text[j])) j++;
  return j;
}

/** True when the next double mark after `i` on its line is a straight one that may close. */
function closedLater(text: string, i: number, to: number): boolean {
  for (let j = i + 1; j < to && j < i + RUN_ON && !isLineBreak(text[j]); j++) {
    if (isDoubleMark(text[j])) return text[j] === '"' && doubleRole(text, j) !== 'open';
  }
  return false;
}

/** Start of the line that holds `i`, not before `floor`. */
function lineStartOf(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && !isLineBreak(text[j - 1])) j--;
  return j;
}

/** True when a double mark or a single opening mark stands in `text[from, to)`. */
function markBefore(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isDoubleMark(text[j]) || SINGLE_OPEN.has(text[j])) return true;
  return false;
}

/** Start of the next non-blank line at or after `i`, or -1. */
function nextLineStart(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isSpace(text[j])) j++;
  return j < limit ? j : -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/**
 * True when the double mark at `i` closes a quote that is open: a closing mark, or a mark that
 * may be either (unless `either` is false); or an opening curly mark typed where a closing one
 * belongs (autocorrect turns a mark after a space into an opening one): after the quote's end
 * punctuation and before the end of its line or a speech verb (`…this, “said Lee`, `…team. “`).
 */
function closesOpen(text: string, i: number, either = true): boolean {
  const role = doubleRole(text, i);
  if (role === 'close' || (either && role === 'either')) return true;
  // An opening mark never stands against the comma after it (`…the orchestra “, she said`):
  // typed after a space where the closing one belongs.
  if (text[i] === '\u201c' && /^,[ \t\u00a0]/.test(text.slice(i + 1, i + 3)) && /\p{L}/u.test(text[i - 2] ?? '')) return true;
  if (text[i] !== '\u201c' || !/[.,!?\u2026]\s?$/.test(text.slice(Math.max(0, i - 2), i))) return false;
  const after = /^[ \t\u00a0]*([\r\n]|$|\p{L}+)/u.exec(text.slice(i + 1, i + 24));
  if (!after) return false;
  if (!/\p{L}/u.test(after[1]) || speechVerb(after[1].toLowerCase()) !== null) return true;
  // A speaker described in a few lower-case words before the verb (`…decision, “a friend of
  // the actress said`): the words after the mark are the attribution, not a quotation.
  const tag = /^[ \t\u00a0]*(\p{Ll}+(?:[ \t\u00a0]+\p{L}+){1,5})[ \t\u00a0]*[.,]?[ \t\u00a0]*(?:[\r\n]|$)/u.exec(text.slice(i + 1, i + 64));
  if (!tag) return false;
  const words = tag[1].split(/[ \t\u00a0]+/);
  return speechVerb(words[words.length - 1].toLowerCase()) !== null;
}

/**
 * How far past the next line a quote left open at a line's end may run to find its closing
 * mark: a few sentences set one per line.
 */
const RUN_ON = 600;

/** Verbs of a news speech tag, as written after a quote (", Lee said", ", said Lee"). */
const TAG_VERB = '(?:said|says|added|adds|told|tells|wrote|writes|explained|stated|asked|continued|insisted|noted|recalled)';
const TAG_NAME = "(?:\\p{Lu}[\\p{L}'\u2019.-]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'\u2019.-]*){0,3})";
/**
 * A comma and a speech tag naming one speaker: ", Kowalsky said", ", said Sgt. Lee", ", she
 * added". A tag with a group for subject (", officials said") is left alone: it is as often part
 * of a passage quoted from another article as the end of a quotation.
 */
const COMMA_TAG = new RegExp(`,[ \\t]{1,2}(?:${TAG_VERB}[ \\t]{1,2}(?:${TAG_NAME}|he|she|they)\\b|(?:${TAG_NAME}|he|she)[ \\t]{1,2}${TAG_VERB}\\b)`, 'u');

/**
 * Where a quote whose closing mark is missing ends: at the first comma followed by a speech tag
 * (`"We are asking anyone to call us, Lee said Monday.` ends after "us,"), since a quotation
 * does not go on through its own attribution; else at `end`. Reads the quote's own words once.
 */
function tagCut(text: string, contentStart: number, end: number): number {
  const tag = COMMA_TAG.exec(text.slice(contentStart, end));
  // At least two words before the tag: a quote, not a stray mark before a name.
  if (!tag || !/\S\s+\S/.test(text.slice(contentStart, contentStart + tag.index))) return end;
  return contentStart + tag.index + 1;
}

/**
 * Finds double-quoted passages in `text[from, to)`. A quote left open at the end of a paragraph
 * continues into the next one when that paragraph starts with an opening mark (the usual
 * convention for long quotes) or when the first mark of the next lines (within `RUN_ON`
 * characters past the next line) closes: a line break typed inside the quote, or a quotation
 * of several sentences set one per line with its closing mark only after the last. Otherwise it
 * ends there, marked `unclosed`. Each look ahead stops at the first mark, and the lines up to a
 * closing mark found are not looked through again, so the pass stays linear.
 */
export function findDoubleQuotes(text: string, from = 0, to = text.length): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open = -1;
  let closesAt = -1;
  let i = from;
  const emit = (start: number, closeAt: number, leftOpen: boolean) => {
    const contentStart = start + 1;
    const trimmed = leftOpen ? trimEnd(text, contentStart, closeAt) : closeAt + 1;
    // A quote left open that ends at the comma of its speech tag is read as closed there.
    const end = leftOpen ? tagCut(text, contentStart, trimmed) : trimmed;
    const unclosed = leftOpen && end === trimmed;
    const contentEnd = leftOpen ? end : closeAt;
    if (contentEnd - contentStart < 1 || !/[\p{L}\p{N}]/u.test(text.slice(contentStart, Math.min(contentEnd, contentStart + 200)) || '')) return;
    out.push({ start, end, content: { start: contentStart, end: contentEnd }, unclosed });
  };
  while (i < to) {
    const c = text[i];
    if (open >= 0 && isLineBreak(c)) {
      const next = nextLineStart(text, i, to);
      if (next < 0) {
        emit(open, i, true);
        open = -1;
        break;
      }
      const n = text[next];
      if (n === '"' || DOUBLE_OPEN.has(n)) {
        // The continuation mark of a quote that runs on into another paragraph.
        i = next + 1;
        continue;
      }
      // The closing mark a look ahead found: the lines up to it are the quote's.
      if (closesAt > next) {
        i = next;
        continue;
      }
      // Look for the first double mark of the next lines, a few sentences on: if it closes,
      // the quote goes on to it (a quote set one sentence per line, its mark only at the end).
      const end = Math.min(to, lineEnd(text, next, to) + RUN_ON);
      let j = next;
      while (j < end && !isDoubleMark(text[j])) j++;
      if (j < end && closesOpen(text, j, false)) {
        closesAt = j;
        i = next;
        continue;
      }
      emit(open, i, true);
      open = -1;
      i = next;
      continue;
    }
    if (!isDoubleMark(c)) {
      i++;
      continue;
    }
    const role = doubleRole(text, i);
    if (open < 0) {
      if (role === 'open' || role === 'either') {
        if (!(c === '"' && /[0-9]/.test(text[i - 1] ?? '') && role === 'either')) open = i;
      } else if (c === '"' && /[,:]/.test(text[i - 1] ?? '') && text[i + 1] === ' ' && closedLater(text, i, to)) {
        // A straight mark typed against the comma of its lead-in (`said," We …"`): it opens
        // the quotation that the next mark of its line closes.
        open = i;
      }
      // A closing mark with nothing open is stray and ignored, unless it ends a quotation's
      // last sentence set on a line of its own (text set one sentence per line, the opening
      // mark on an earlier line lost or closed too soon): the quotation runs from the line's start.
      else if (c === '\u201d') {
        const ls = lineStartOf(text, i, from);
        if (ls > from && !markBefore(text, ls, i) && /[\p{L}\p{N}][.,!?\u2026]$/u.test(text.slice(Math.max(ls, i - 2), i))) {
          out.push({ start: ls, end: i + 1, content: { start: ls, end: i }, unclosed: false });
        }
      }
    } else if (closesOpen(text, i) || (c === '"' && text[open] === '"')) {
      emit(open, i, false);
      open = -1;
    } else {
      // A second curly opening mark inside an open quote: the first was never closed.
      emit(open, trimEnd(text, open + 1, i), true);
      open = i;
    }
    i++;
  }
  if (open >= 0) emit(open, to, true);
  return out;
}

/** Words that begin with an apostrophe in ordinary writing ("'90s", "'em", "rock 'n' roll"). */
const ELISION = /^(?:n['\u2019]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|ol\b|[0-9])/i;

/**
 * Finds single-quoted passages outside the given double quotes: an opening mark after a space
 * or bracket and before a word, paired with the first closing mark after a word and before a
 * space or punctuation, within one line. Apostrophes inside words never count. A quotation that
 * opens a line or follows "said:" may run over the next lines (a few sentences set one per
 * line, within `RUN_ON` characters) when a closing mark after a sentence's last stop ends it
 * there before any other mark opens; it then closes only at that mark.
 */
export function findSingleQuotes(text: string, from: number, to: number, exclude: Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open = -1;
  let closesAt = -1;
  let k = 0;
  for (let i = from; i < to; i++) {
    while (k < exclude.length && exclude[k].end <= i) k++;
    if (k < exclude.length && exclude[k].start <= i) {
      open = -1;
      i = exclude[k].end - 1;
      continue;
    }
    const c = text[i];
    if (isLineBreak(c)) {
      if (open >= 0 && closesAt > i) continue;
      if (open >= 0 && opensSpeech(text, open)) {
        const j = runOnClose(text, i, Math.min(to, i + RUN_ON));
        if (j >= 0) {
          closesAt = j;
          continue;
        }
      }
      open = -1;
      continue;
    }
    if (c !== "'" && c !== SINGLE_CLOSE && !SINGLE_OPEN.has(c)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    const rest = text.slice(i + 1, i + 8);
    if (open < 0) {
      if (opensSingle(text, i) && !ELISION.test(rest)) open = i;
    } else if ((c === "'" || c === SINGLE_CLOSE) && (isWordChar(prev) || /[.,!?\u2026]/.test(prev ?? '')) && !isWordChar(next)) {
      // A quotation run on over lines closes at the mark its look ahead found, not at an apostrophe before it.
      if (closesAt > i) continue;
      if (i - open > 1) out.push({ start: open, end: i + 1, content: { start: open + 1, end: i }, unclosed: false });
      open = -1;
    } else if ((c === "'" || c === SINGLE_CLOSE) && closerSetApart(text, i) && closesAt <= i) {
      // "…the Centre, 'her rep says": a closing mark that the text set apart from the quote's
      // last stop and against the attribution after it.
      out.push({ start: open, end: i + 1, content: { start: open + 1, end: i - 1 }, unclosed: false });
      open = -1;
    }
  }
  return out;
}

/**
 * True when the single mark at `i` stands after a stop and a space and against the next word,
 * and a speech verb follows within a few words ("…Centre, 'her rep says", "…home. 'he said"): a
 * closing mark set apart from its quotation, as text copied from tokenised sources has it.
 */
function closerSetApart(text: string, i: number): boolean {
  if (text[i - 1] !== ' ' || !/[.,!?\u2026]/.test(text[i - 2] ?? '') || !/\p{Ll}/u.test(text[i + 1] ?? '')) return false;
  const words = /^\p{L}+(?: \p{L}+){0,3}/u.exec(text.slice(i + 1, i + 48));
  return !!words && words[0].split(' ').some((w) => speechVerb(w.toLowerCase()) !== null);
}

/** True when a single mark at `i` may open a quotation: after a space or bracket, before a word. */
function opensSingle(text: string, i: number): boolean {
  const c = text[i];
  return (c === "'" || SINGLE_OPEN.has(c)) && (i === 0 || isOpenContext(text[i - 1])) && isWordChar(text[i + 1]);
}

/** True when the mark at `open` begins its line or follows a colon: a quotation of speech, not a scare quote. */
function opensSpeech(text: string, open: number): boolean {
  let j = open - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || isLineBreak(text[j]) || text[j] === ':';
}

/**
 * The closing single mark, after a sentence's last stop, that a quotation left open at the line
 * break `i` runs on to, or -1 when a double mark or another opening mark comes first or none is
 * found before `limit`.
 */
function runOnClose(text: string, i: number, limit: number): number {
  for (let j = i + 1; j < limit; j++) {
    const c = text[j];
    if (isDoubleMark(c)) return -1;
    if (c !== "'" && c !== SINGLE_CLOSE && !SINGLE_OPEN.has(c)) continue;
    if (opensSingle(text, j) && !ELISION.test(text.slice(j + 1, j + 8))) return -1;
    if ((c === "'" || c === SINGLE_CLOSE) && /[.,!?\u2026]/.test(text[j - 1] ?? '') && !isWordChar(text[j + 1])) return j;
  }
  return -1;
}
