/**
 * Quotations: words in quotation marks (direct quotes) and speech reported by a speech verb
 * (indirect quotes), each with its speaker when the text names one.
 */
import type { Mention, Quote, Sentence, Span, Speaker } from '../types';
import type { ArticleContext } from './context';
import { findDoubleQuotes, findSingleQuotes, type MarkedQuote } from './quoteMarks';
import {
  attributeAfter,
  attributeBefore,
  mentionOver,
  resolvePronoun,
  sentenceAt,
  type Attribution,
  type FoundSpeaker,
} from './attribution';
import { findReportedSpeech } from './quoteReported';
import { findBlockQuotes, findPullQuotes, type UnmarkedQuote } from './quoteBlock';

/** Longest stretch before a quote searched for its attribution, in UTF-16 code units. */
const BEFORE_WINDOW = 400;
/** Longest stretch after a quote searched for its attribution. */
const AFTER_WINDOW = 240;

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Offset where the line containing `i` starts. */
function lineStartOf(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && j > i - 2000 && !isLineBreak(text[j - 1])) j--;
  return j;
}

/** Offset where the line containing `i` ends. */
function lineEndOf(text: string, i: number): number {
  let j = i;
  while (j < text.length && j < i + 2000 && !isLineBreak(text[j])) j++;
  return j;
}

/**
 * Where to look for an attribution before the quote at `q`: back to its sentence's start, or
 * to the previous quote's end if that is nearer. When the quote opens its line and the line
 * before ends with a colon or comma ("Rathbun stated,"), that line's last sentence is used.
 */
function beforeWindow(text: string, sentences: Sentence[], q: Span, prevEnd: number, floor: number): { from: number; reachesPrev: boolean } {
  let from = Math.max(floor, q.start - BEFORE_WINDOW);
  const si = sentenceAt(sentences, q.start);
  if (si >= 0) from = Math.max(from, sentences[si].start);
  let k = q.start;
  while (k > from && /\s/.test(text[k - 1])) k--;
  if (k === from || k === lineStartOf(text, q.start, floor)) {
    // Nothing before the quote on its line or in its sentence: accept a lead-in that ends with
    // a colon or a comma just before it.
    let b = k;
    while (b > floor && /\s/.test(text[b - 1])) b--;
    if (b > floor && /[:,]/.test(text[b - 1]) && b < q.start) {
      const ps = sentenceAt(sentences, b - 1);
      from = Math.max(floor, b - BEFORE_WINDOW, ps >= 0 ? sentences[ps].start : floor);
    }
  }
  const reachesPrev = prevEnd >= from;
  if (reachesPrev) from = prevEnd;
  return { from, reachesPrev };
}

/**
 * The attribution of a quote introduced by a colon when nothing nearer names its speaker: a
 * speech verb anywhere earlier in its sentence, past any earlier quote ("Sunak told MPs of a
 * “formal update”: “…”"), or a participle whose subject is the sentence's ("Sunak defended the
 * record whilst promising …: “…”"). A colon after a mere list ("examples, including:") does
 * not make the sentence's subject the speaker.
 */
function colonLead(text: string, sentences: Sentence[], quoteStart: number, floor: number): Attribution | null {
  let b = quoteStart;
  while (b > floor && /\s/.test(text[b - 1])) b--;
  if (b <= floor || text[b - 1] !== ':') return null;
  const si = sentenceAt(sentences, b - 1);
  if (si < 0) return null;
  const from = Math.max(floor, sentences[si].start, b - BEFORE_WINDOW);
  const before = attributeBefore(text, from, b - 1, from);
  return before?.speaker ? before : null;
}

function toSpeaker(text: string, found: FoundSpeaker, mentions: Mention[], resolved: { span: FoundSpeaker; mention: number | null } | null): Speaker {
  const speaker: Speaker = { start: found.start, end: found.end, text: text.slice(found.start, found.end), mention: null };
  if (found.kind === 'pronoun') {
    if (resolved) {
      speaker.mention = resolved.mention;
      speaker.antecedent = { start: resolved.span.start, end: resolved.span.end, text: resolved.span.text };
    }
  } else {
    speaker.mention = mentionOver(mentions, found);
  }
  return speaker;
}

/**
 * The text of a quote's content with line breaks and continuation marks folded to spaces: each
 * run of white space that holds a line break, with the opening mark that may follow it, becomes
 * one space. The pattern matches each run once from its start, so a long run of spaces or tabs
 * costs its length, not its length squared (as `\s*[\r\n]+` did, retried at every space).
 */
function wordsOf(text: string, content: Span): string {
  return text
    .slice(content.start, content.end)
    .replace(/\s+["\u201c\u201e\u00ab]?/g, (run) => (/[\r\n]/.test(run) ? ' ' : run))
    .trim();
}

/**
 * Finds direct quotes (in straight or curly marks, including quotes that run over several
 * paragraphs and single-quoted ones) and reported speech, each with its speech verb and
 * speaker when the text gives them. `mentions` are the article's names, sorted by offset;
 * a speaker is linked to the one it overlaps (or, for a pronoun, the one it stands for).
 * Never throws; runs in time linear in the text's length.
 */
export function extractQuotes(ctx: ArticleContext, mentions: Mention[]): Quote[] {
  const text = ctx.text;
  const floor = ctx.header.bodyStart;
  const sentences = ctx.sentences;
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const indexOf = new Map(sortedMentions.map((m) => [m, mentions.indexOf(m)]));
  const mentionIndex = (i: number | null) => (i === null ? null : indexOf.get(sortedMentions[i]) ?? null);

  const doubles = findDoubleQuotes(text, floor, text.length);
  const singles = findSingleQuotes(text, floor, text.length, doubles);
  const marked: MarkedQuote[] = [...doubles, ...singles].sort((a, b) => a.start - b.start);

  const quotes: Quote[] = [];
  const speakers: FoundSpeaker[] = [];
  let prev: { quote: Quote; found: FoundSpeaker | null; attributionEnd: number } | null = null;
  for (let n = 0; n < marked.length; n++) {
    const q = marked[n];
    const nextStart = n + 1 < marked.length ? marked[n + 1].start : text.length;
    let found: Attribution | null = null;
    let attributionEnd = q.end;
    if (!q.unclosed) {
      const limit = Math.min(nextStart, lineEndOf(text, q.end), q.end + AFTER_WINDOW);
      found = attributeAfter(text, q.end, limit);
      if (found?.verb) attributionEnd = Math.max(found.verb.end, found.speaker?.end ?? 0);
    }
    let reachesPrev = false;
    if (!found?.speaker) {
      const win = beforeWindow(text, sentences, q, prev ? prev.attributionEnd : -1, floor);
      reachesPrev = win.reachesPrev;
      const si = sentenceAt(sentences, win.from);
      const before = attributeBefore(text, win.from, q.start, si >= 0 ? Math.max(floor, sentences[si].start) : win.from);
      if (before?.speaker) found = before;
      else {
        const colon = colonLead(text, sentences, q.start, floor);
        if (colon) found = colon;
      }
    }
    let speakerFound = found?.speaker ?? null;
    let verb = found?.verb ?? null;
    if (!speakerFound && prev?.found) {
      // A quote that carries on from the previous one: in the same sentence ("…," she said,
      // "…"), right after its attribution, or opening the next paragraph after it.
      const gap = text.slice(prev.attributionEnd, q.start);
      const sameRun = reachesPrev || (gap.length < 40 && !/[\r\n]/.test(gap) && /^[\s.,;:]*$/.test(gap));
      const nextParagraph = /^[\s.,;:]*$/.test(gap) && /[\r\n]/.test(gap) && gap.length < 40;
      if (sameRun || nextParagraph) {
        speakerFound = prev.found;
        verb = prev.quote.verb;
      }
    }
    let speaker: Speaker | null = null;
    if (speakerFound) {
      const resolved = speakerFound.kind === 'pronoun' ? resolvePronoun(text, sentences, sortedMentions, speakerFound, speakers) : null;
      speaker = toSpeaker(text, speakerFound, sortedMentions, resolved);
      speaker.mention = mentionIndex(speaker.mention);
      if (speakerFound.kind !== 'pronoun') speakers.push(speakerFound);
      else if (resolved) speakers.push(resolved.span);
    }
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: wordsOf(text, q.content),
      content: { ...q.content },
      direct: true,
      verb: verb ? { start: verb.start, end: verb.end, text: verb.text } : null,
      speaker,
    };
    quotes.push(quote);
    prev = { quote, found: speakerFound, attributionEnd };
  }

  // Quotes printed without marks: block quotes after a lead-in with a colon, and pull quotes
  // signed with the speaker's name. Marked quotes take precedence where they overlap.
  const markedSpans = marked.map((q) => ({ start: q.start, end: q.end }));
  const unmarked: UnmarkedQuote[] = [...findBlockQuotes(text, ctx.paragraphs, sentences, markedSpans, floor), ...findPullQuotes(text, ctx.paragraphs, markedSpans, floor)];
  unmarked.sort((a, b) => a.content.start - b.content.start);
  let lastEnd = -1;
  for (const u of unmarked) {
    if (u.content.start < lastEnd) continue;
    lastEnd = u.content.end;
    let speaker: Speaker | null = null;
    if (u.speaker) {
      const resolved = u.speaker.kind === 'pronoun' ? resolvePronoun(text, sentences, sortedMentions, u.speaker, speakers) : null;
      speaker = toSpeaker(text, u.speaker, sortedMentions, resolved);
      speaker.mention = mentionIndex(speaker.mention);
    }
    quotes.push({
      start: u.content.start,
      end: u.content.end,
      text: wordsOf(text, u.content),
      content: { ...u.content },
      direct: true,
      verb: u.verb ? { start: u.verb.start, end: u.verb.end, text: u.verb.text } : null,
      speaker,
    });
  }
  quotes.sort((a, b) => a.start - b.start);

  const reported = findReportedSpeech(text, floor, sentences, quotes);
  for (const r of reported) {
    const resolved = r.speaker.kind === 'pronoun' ? resolvePronoun(text, sentences, sortedMentions, r.speaker, speakers) : null;
    const speaker = toSpeaker(text, r.speaker, sortedMentions, resolved);
    speaker.mention = mentionIndex(speaker.mention);
    quotes.push({
      start: r.content.start,
      end: r.content.end,
      text: wordsOf(text, r.content),
      content: { ...r.content },
      direct: false,
      verb: { ...r.verb },
      speaker,
    });
  }
  return quotes.sort((a, b) => a.start - b.start);
}
