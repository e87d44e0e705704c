import type { Section, Sentence, Span } from '../types';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen sen rep gov lt col capt maj sgt cpl adm cmdr st mt ft jr sr inc corp ltd co ' +
    'no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec rev hon pres ' +
    'u.s u.k u.n e.u d.c a.m p.m i.e e.g ph.d')
    .split(' '),
);

/** Words that start a new sentence even after an ambiguous abbreviation such as "U.S.". */
const SENTENCE_STARTERS = new Set(
  'the a an it he she they we i this that these those but and in on at for his her their its there when while after before however meanwhile'.split(' '),
);

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

/** Splits a paragraph into sentences, keeping abbreviations such as "U.S." and "Mr." intact. */
export function splitSentences(text: string, paragraph: Span, index: number): Sentence[] {
  const out: Sentence[] = [];
  // The lookbehind makes a match start only at the first mark of a run, so a long run of dots
  // (a table of contents' leader, a scraper's filler) is scanned once rather than once per dot.
  const re = /(?<![.!?\u2026])[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[\p{Lu}\p{N}])/gu;
  // The search runs over the paragraph alone: searching the whole text from the paragraph's
  // start would scan past its end to the next match, once per paragraph (quadratic on many
  // paragraphs without a sentence end, such as lines ending in a colon).
  const part = text.slice(paragraph.start, paragraph.end);
  let start = paragraph.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part))) {
    const at = paragraph.start + m.index;
    const endPunct = at + m[0].length;
    if (endPunct >= paragraph.end) break;
    if (m[0][0] === '.' && !endsSentenceAt(text, at)) continue;
    out.push({ start, end: endPunct, paragraph: index });
    start = endPunct;
    while (start < paragraph.end && /\s/.test(text[start])) start++;
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end, paragraph: index });
  return out;
}

/** Decides whether the full stop at `dot` ends a sentence. */
function endsSentenceAt(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 30 && /[\p{L}\p{N}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (/^\p{L}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word)) {
    if (word.includes('.') || word === 'no') {
      const next = /^\s+["'\u201c\u2018]?([\p{L}]+)/u.exec(text.slice(dot + 1, dot + 40));
      return next !== null && SENTENCE_STARTERS.has(next[1].toLowerCase());
    }
    return false;
  }
  return true;
}

/** Sentences of the whole body, paragraph by paragraph. */
export function findSentences(text: string, paragraphs: Span[], headings: Span[]): Sentence[] {
  const headingStarts = new Set(headings.map((h) => h.start));
  const out: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    if (headingStarts.has(p.start)) out.push({ start: p.start, end: p.end, paragraph: i });
    // One by one: spreading a paragraph of a million sentences into push() overflows the stack.
    else for (const s of splitSentences(text, p, i)) out.push(s);
  });
  return out;
}
