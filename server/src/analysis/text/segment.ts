/**
 * The segmentation every extractor and comparer reads: headings, paragraphs and sentences. The
 * tagger's tokens are numbered by these sentences too (`extract/context.ts`), so a name's
 * sentence, a quote's sentence and a claim's sentence are the same span. Linear in the text.
 */
import type { Section, Sentence, Span } from '../types';
import { speechVerb } from '../data/speech';
import { charBefore, nextWord, opensSentence, scanWords, stopEndsSentence, wordBefore } from './words';


/** A line, with its span excluding the terminator. */
export interface Line extends Span {
  text: string;
}

export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ start: m.index, end: m.index + m[1].length, text: m[1] });
    if (m[2] === '') break;
  }
  return lines;
}

/** True when a line reads as a heading: short, capitalised, with no final full stop. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 90) return false;
  if (/[.,;:\u2026"\u201d]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}"\u201c'\u2018#*]/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 12;
}

/**
 * Finds heading lines: short lines without a final full stop that stand on their own (the line
 * before is blank, a heading or a finished sentence, and some text follows).
 */
export function findSections(text: string, bodyStart: number): Section[] {
  const lines = splitLines(text, bodyStart);
  const headings: Line[] = [];
  let prevEndsSentence = true;
  let lastNonBlank = -1;
  lines.forEach((l, i) => {
    if (l.text.trim()) lastNonBlank = i;
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (!t) {
      prevEndsSentence = true;
      continue;
    }
    const hasFollowing = i < lastNonBlank;
    if (prevEndsSentence && hasFollowing && isHeadingLine(t)) {
      const lead = line.text.length - line.text.trimStart().length;
      headings.push({ start: line.start + lead, end: line.start + lead + t.length, text: t });
      prevEndsSentence = true;
      continue;
    }
    prevEndsSentence = /[.!?\u2026]["'\u201d\u2019)]*$/.test(t);
  }
  const sections: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const next = trimmedEnd(text, i + 1 < headings.length ? headings[i + 1].start : text.length);
    sections.push({ start: h.start, end: Math.max(h.end, next), title: h.text, heading: { start: h.start, end: h.end } });
  }
  return sections;
}

function trimmedEnd(text: string, from: number): number {
  let end = from;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Paragraphs: runs of non-blank lines. A line that continues a sentence (the previous line has
 * no final punctuation and this one starts in lower case) joins the paragraph before it;
 * otherwise each line is its own paragraph, as in articles pasted one paragraph per line.
 */
export function findParagraphs(text: string, bodyStart: number, headings: Span[] = []): Span[] {
  const lines = splitLines(text, bodyStart);
  const headingStarts = new Set(headings.map((h) => h.start));
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let prevText = '';
  for (const line of lines) {
    const t = line.text.trim();
    if (!t) {
      if (current) paragraphs.push(current);
      current = null;
      prevText = '';
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    const end = line.start + lead + t.length;
    const continues = current !== null && !/[.!?:\u2026"\u201d\u2019)]$/.test(prevText) && /^[\p{Ll}\p{N},;]/u.test(t);
    if (current && continues && !headingStarts.has(start)) {
      current.end = end;
    } else {
      if (current) paragraphs.push(current);
      current = { start, end };
    }
    prevText = t;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

const TERMINAL = /[.!?\u2026]/g;
const CLOSER = /["'\u201d\u2019)\]]/;
const CLOSING_QUOTE = /["'\u201d\u2019]/;
const SPACE = /\s/;

/**
 * Splits a paragraph into sentences. A sentence ends at a run of ".", "!", "?" or "…" with its
 * closing marks and citation markers ("[12]"), before white space and a word that can open a
 * sentence; but not at an abbreviation or initials ("Mr.", "U.S. Army", "A.J. Smith", as
 * `text/words.ts` reads them), at a list number opening a line ("2. Methods"), at an ellipsis
 * that stands between spaces ("we just ... I don't"), nor at "?" or "!" ending a quotation that
 * its speaker follows ("Who?" Smith asked.).
 */
export function splitSentences(text: string, paragraph: Span, index: number): Sentence[] {
  const out: Sentence[] = [];
  // The search runs over the paragraph alone: searching the whole text from the paragraph's
  // start would scan past its end to the next mark, once per paragraph (quadratic on many
  // paragraphs without a sentence end, such as lines ending in a colon).
  const part = text.slice(paragraph.start, paragraph.end);
  const end = paragraph.end;
  let start = paragraph.start;
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(part))) {
    const marks = paragraph.start + m.index;
    // Each run of marks and closers is read once, from its first mark.
    let after = marks;
    while (after < end && /[.!?\u2026]/.test(text[after])) after++;
    const marksEnd = after;
    while (after < end && CLOSER.test(text[after])) after++;
    after = afterCitations(text, after, end);
    TERMINAL.lastIndex = after - paragraph.start;
    if (after >= end || !SPACE.test(text[after])) continue;
    if (!endsSentence(text, marks, marksEnd, after, start, end)) continue;
    out.push({ start, end: after, paragraph: index });
    start = after;
    while (start < end && SPACE.test(text[start])) start++;
  }
  if (start < end) out.push({ start, end, paragraph: index });
  return out;
}

/** The offset after the citation markers ("[3]", "[12] [13]") that follow `from`, or `from`. */
function afterCitations(text: string, from: number, end: number): number {
  let at = from;
  for (;;) {
    let i = at;
    while (i < end && i - at < 3 && (text[i] === ' ' || text[i] === '\u00a0')) i++;
    const m = /^\[\d{1,3}\]/.exec(text.slice(i, Math.min(end, i + 5)));
    if (!m) return at;
    at = i + m[0].length;
  }
}

/**
 * Whether the marks at `text[marks, marksEnd)`, followed by closers up to `after` and then
 * white space, end the sentence that began at `sentenceStart`.
 */
function endsSentence(text: string, marks: number, marksEnd: number, after: number, sentenceStart: number, end: number): boolean {
  const next = nextWord(text, after);
  if (!next || next.word.start >= end || !opensSentence(next)) return false;
  const run = text.slice(marks, marksEnd);
  if (run === '.') {
    const word = wordBefore(text, marks);
    // "2. Methods", "4.1. Limitations": a number opening its line is a list's, not a sentence.
    if (word && word.start === sentenceStart && /^\d{1,3}(?:\.\d{1,3})*$/.test(text.slice(word.start, word.end))) return false;
    return stopEndsSentence(text, marks);
  }
  if (/^(?:\.{2,}|\u2026)$/.test(run)) {
    // An ellipsis after a space marks words left out of a sentence that goes on, unless a
    // quotation or a bracket closes after it.
    return after > marksEnd || (marks > 0 && /^[\p{L}\p{N}"'\u201d\u2019)]/u.test(charBefore(text, marks)));
  }
  // "?" or "!" ending a quotation, then its speaker: "Who?" Smith asked.
  if (after > marksEnd && CLOSING_QUOTE.test(text[after - 1]) && speakerFollows(text, next.word.start, end)) return false;
  return true;
}

/** True when the words at `from` are a speaker and a speech verb ("Smith asked", "Mr. Lee said"). */
function speakerFollows(text: string, from: number, end: number): boolean {
  const words = scanWords(text, from, Math.min(end, from + 80));
  let i = 0;
  while (i < words.length && i < 4 && words[i].kind === 'word' && /^\p{Lu}/u.test(words[i].text)) i++;
  return i > 0 && i < words.length && words[i].kind === 'word' && speechVerb(words[i].lower) !== null;
}

/** Index of the sentence of `sentences` (sorted, non-overlapping) that contains `offset`, or -1. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence of `sentences` (sorted, non-overlapping) that contains `offset`. */
export function sentenceAt<T extends Span>(sentences: readonly T[], offset: number): T | undefined {
  const i = sentenceIndexAt(sentences, offset);
  return i < 0 ? undefined : sentences[i];
}

/** Sentences of the whole body, paragraph by paragraph. */
export function findSentences(text: string, paragraphs: Span[], headings: Span[]): Sentence[] {
  const out: Sentence[] = [];
  const headingEnds = new Map(headings.map((h) => [h.start, h.end]));
  paragraphs.forEach((p, i) => {
    const first = out.length;
    // One by one: spreading a paragraph of a million sentences into push() overflows the stack.
    for (const s of splitSentences(text, p, i)) out.push(s);
    // A heading has no sentence end inside: written in title case, its words say little about
    // where one could be ("Comeaux Jr. On The Lam"). Lines that go on after it in lower case
    // (a headline broken over lines) are split as usual.
    const headingEnd = headingEnds.get(p.start);
    if (headingEnd === undefined) return;
    let merged = first;
    while (merged + 1 < out.length && out[merged + 1].start < headingEnd) merged++;
    if (merged > first) out.splice(first, merged - first + 1, { start: out[first].start, end: out[merged].end, paragraph: i });
  });
  return out;
}
