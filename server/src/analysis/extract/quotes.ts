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
  personGenders,
  personKey,
  resolveDescription,
  resolvePronoun,
  sentenceAt,
  type Attribution,
  type FoundSpeaker,
} from './attribution';
import { findReportedSpeech } from './quoteReported';
import { findBlockQuotes, findPullQuotes, type UnmarkedQuote } from './quoteBlock';
import { reportingVerb, scanWords, speechVerb } from './attributionWords';

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

/**
 * True when the quote `q` continues the attributed quote `prev`, whose attribution ends at
 * `attributionEnd`: nothing stands between them but the rest of the attribution's sentence (an
 * appositive, a relative clause, a listener: "said Ann Lee, a lawyer who once represented the
 * family. “…”"), and `q` is in the same paragraph or opens the next one. A question's next
 * paragraph is its answer, most often someone else's, so it does not continue; nor does a
 * paragraph after one whose speaker was itself carried over (`explicit` false).
 */
function continues(text: string, prev: Quote, attributionEnd: number, q: Span, explicit: boolean): boolean {
  if (q.start < attributionEnd || q.start - attributionEnd > 400) return false;
  const gap = text.slice(attributionEnd, q.start);
  // The rest of the attribution's sentence: no quotation mark and no speech verb of another.
  const end = /[.!?;]["'\u201d\u2019]?(?=\s|$)|(?=[\r\n])/.exec(gap);
  const rest = end ? gap.slice(end.index + end[0].length) : gap;
  const sentence = end ? gap.slice(0, end.index) : gap;
  if (/["\u201c\u201d]/.test(gap) || /[\r\n]/.test(sentence)) return false;
  if (scanWords(sentence).some((w) => w.kind === 'word' && ((speechVerb(w.lower) && !/ing$/.test(w.lower)) || /^(?:according|quoted|quoting)$/.test(w.lower)))) return false;
  // After that sentence only white space may come: a further sentence is narration.
  if (!/^\s*$/.test(rest)) return false;
  // Into the next paragraph only from a quote whose own attribution names the speaker: a run of
  // paragraphs of bare quotes is a dialogue, whose turns change speaker.
  return !(/[\r\n]/.test(rest) && (!explicit || /\?\W*$/.test(prev.text)));
}

/**
 * The name that signs a quote after a dash, alone to the end of its line: an epigraph's or a
 * pull quote's author ("“…” — Ann Lee"). Its verb is null: nothing is said of how.
 */
function signature(text: string, from: number, limit: number): Attribution | null {
  const m = /^[ \t]*[-\u2013\u2014]+[ \t]*((?:\p{Lu}[\p{L}.'\u2019-]*[ \t]+){0,3}\p{Lu}[\p{L}'\u2019-]*)[ \t]*$/u.exec(text.slice(from, limit));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]);
  return { speaker: { start, end: start + m[1].length, text: m[1], kind: 'name' }, verb: null };
}

/** True when a quote ends with a comma inside its marks and words follow on its line: its tag comes next. */
function tagFollows(text: string, q: MarkedQuote): boolean {
  return !q.unclosed && /,\s*$/.test(text.slice(q.content.start, q.content.end)) && /^[ \t]*[\p{L}\p{N}]/u.test(text.slice(q.end, q.end + 40));
}

/** Speech verbs that ask: the words after a question are most often someone else's answer. */
const ASKING = new Set(['ask', 'inquire', 'enquire', 'wonder']);

/**
 * The speaker of a quote that opens its sentence without an attribution of its own, named by
 * the sentence right before it (in its paragraph, or the last of the paragraph before) when that
 * sentence reports what someone said and holds no quotation itself: "Lee said the bridge would
 * close. “It is not safe.”" A sentence that asks is not followed by its asker's words.
 */
function reportedLead(text: string, sentences: Sentence[], paragraphs: Span[], q: Span, floor: number): FoundSpeaker | null {
  const own = sentenceAt(sentences, q.start);
  let b = own >= 0 ? sentences[own].start : q.start;
  if (own >= 0 && !/^[\s\p{Ps}]*$/u.test(text.slice(b, q.start))) return null;
  while (b > floor && /\s/.test(text[b - 1])) b--;
  const prev = b > floor ? sentenceAt(sentences, b - 1) : -1;
  if (prev < 0) return null;
  const before = sentences[prev];
  if (before.start < floor || !/^\s*$/.test(text.slice(before.end, q.start))) return null;
  const pi = paragraphAt(paragraphs, q.start);
  if (pi < 0 || paragraphAt(paragraphs, before.start) < pi - 1) return null;
  const words = text.slice(before.start, before.end);
  if (/["\u201c\u201d\u00ab\u00bb]/.test(words)) return null;
  const found = attributeBefore(text, before.start, before.end, before.start);
  if (!found?.speaker || !found.verb) return null;
  // The verb must report words ("said", "argued", "recalled"), not only a sound ("laughed").
  const first = found.verb.text.toLowerCase().split(/\s+/)[0];
  const base = reportingVerb(first) ?? (speechVerb(first) === 'describe' ? 'describe' : null);
  if (!base && !/\s/.test(found.verb.text)) return null;
  if (base && ASKING.has(base)) return null;
  // "I will say that …", "one could argue": words not said, or not yet.
  const lead = scanWords(text, Math.max(before.start, found.verb.start - 40), found.verb.start);
  if (lead.length && MODAL.test(lead[lead.length - 1].lower)) return null;
  return found.speaker;
}

const MODAL = /^(?:will|would|can|could|must|should|might|may|shall|'ll|\u2019ll)$/;

/**
 * The speaker of a quote that stands alone in its paragraph (nothing but the quote and
 * punctuation): the one person the paragraph before it names, when it names exactly one (by
 * surname) and holds no quote of its own, or when it ends introducing speech with a colon.
 * Never a guess between two people.
 */
function paragraphSpeaker(text: string, paragraphs: Span[], mentions: Mention[], q: MarkedQuote, prevQuote: Quote | null, floor: number): FoundSpeaker | null {
  const pi = paragraphAt(paragraphs, q.start);
  if (pi <= 0) return null;
  const para = paragraphs[pi];
  if (!/^[\s\p{P}]*$/u.test(text.slice(para.start, q.start)) || !/^[\s\p{P}]*$/u.test(text.slice(q.end, para.end))) return null;
  const before = paragraphs[pi - 1];
  if (before.start < floor || (prevQuote && prevQuote.end > before.start)) return null;
  const people = new Map<string, Mention>();
  for (let m = mentionOver(mentions, { start: before.start, end: before.start + 1 }) ?? 0; m < mentions.length && mentions[m].start < before.end; m++) {
    const men = mentions[m];
    if (men.start < before.start || men.kind !== 'person') continue;
    const key = personKey(men.text);
    if (!people.has(key)) people.set(key, men);
  }
  if (people.size !== 1) return null;
  const men = [...people.values()][0];
  return { start: men.start, end: men.end, text: men.text, kind: 'name' };
}

/** Index of the paragraph holding offset `at`, or -1. */
function paragraphAt(paragraphs: Span[], at: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < paragraphs.length && paragraphs[lo].start <= at ? lo : -1;
}

function toSpeaker(text: string, found: FoundSpeaker, mentions: Mention[], resolved: { span: FoundSpeaker; mention: number | null } | null): Speaker {
  const speaker: Speaker = { start: found.start, end: found.end, text: text.slice(found.start, found.end), mention: null };
  if (found.kind === 'pronoun' || (found.kind === 'description' && resolved)) {
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
  const genders = personGenders(text, sortedMentions);
  // A pronoun is resolved among the people that agree with it; a definite description ("the
  // mayor") to the person the story gave that title or apposition.
  const resolve = (found: FoundSpeaker, anchor = found.start) => {
    if (found.kind === 'pronoun') return resolvePronoun(text, sentences, sortedMentions, found, speakers, genders, quoted, anchor);
    const m = resolveDescription(text, sortedMentions, found);
    if (m === null) return null;
    const men = sortedMentions[m];
    return { span: { start: men.start, end: men.end, text: men.text, kind: 'name' as const }, mention: m };
  };

  const doubles = findDoubleQuotes(text, floor, text.length);
  const singles = findSingleQuotes(text, floor, text.length, doubles);
  const marked: MarkedQuote[] = [...doubles, ...singles].sort((a, b) => a.start - b.start);
  const quoted: Span[] = marked.map((q) => ({ start: q.start, end: q.end }));

  const quotes: Quote[] = [];
  const speakers: FoundSpeaker[] = [];
  // `explicit`: the previous quote's speaker was named by its own attribution, not carried over.
  let prev: { quote: Quote; found: FoundSpeaker | null; attributionEnd: number; explicit: boolean } | null = null;
  for (let n = 0; n < marked.length; n++) {
    const q = marked[n];
    const nextStart = n + 1 < marked.length ? marked[n + 1].start : text.length;
    let found: Attribution | null = null;
    let attributionEnd = q.end;
    if (!q.unclosed) {
      const limit = Math.min(nextStart, lineEndOf(text, q.end), q.end + AFTER_WINDOW);
      found = attributeAfter(text, q.end, limit) ?? signature(text, q.end, limit);
      if (found?.verb) attributionEnd = Math.max(found.verb.end, found.speaker?.end ?? 0);
    }
    // A speech verb right after the quote is its own attribution, even without a subject found.
    const ownTag = !!found?.verb;
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
    const explicit = !!speakerFound;
    if (!speakerFound && prev?.found && (reachesPrev || continues(text, prev.quote, prev.attributionEnd, q, prev.explicit))) {
      // A quote that carries on from the previous one: in the same sentence ("…," she said,
      // "…"), after the rest of its attribution's sentence, or opening the next paragraph.
      speakerFound = prev.found;
      verb = prev.quote.verb;
    }
    if (!speakerFound && !ownTag && !tagFollows(text, q)) {
      // A quote opening its sentence after a sentence that reports someone's words.
      const lead = reportedLead(text, sentences, ctx.paragraphs, q, floor);
      if (lead) speakerFound = lead;
    }
    if (!speakerFound && !q.unclosed) {
      // A quote standing alone in its paragraph: the one person the paragraph before names.
      const named = paragraphSpeaker(text, ctx.paragraphs, sortedMentions, q, prev?.quote ?? null, floor);
      if (named) speakerFound = named;
    }
    let speaker: Speaker | null = null;
    if (speakerFound) {
      const resolved = resolve(speakerFound, q.start);
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
    prev = { quote, found: speakerFound, attributionEnd, explicit };
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
      const resolved = resolve(u.speaker);
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
    const resolved = resolve(r.speaker);
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
