/**
 * Quotations printed without quotation marks, in the two shapes news sites use for them:
 *
 * - a block quote: a paragraph of the speaker's words set off after a line that introduces
 *   it with a speech verb and a colon ("…, the ministry denied the claims:");
 * - a pull quote: a paragraph of first-person words followed on the same line by the
 *   speaker's bare name ("… we never saw it coming. Maria Lopez"), or by a dash and the name
 *   ("… — Maria Lopez"), often repeated word for word in the article's body.
 *
 * Both rules are strict, because an unmarked paragraph taken for a quote is a false claim
 * about who said what: anything that does not fit the shape exactly is left alone.
 */
import type { Sentence, Span } from '../types';
import { attributeBefore, sentenceAt, sentenceSubject, subjectBefore, type FoundSpeaker, type FoundVerb } from './attribution';
import { isNotName, scanWords, speechVerb } from './attributionWords';

/** A quotation found by its layout rather than by marks. */
export interface UnmarkedQuote {
  /** The quoted words (the quote has no marks, so this is also the quote's span). */
  content: Span;
  kind: 'block' | 'pull';
  speaker: FoundSpeaker | null;
  verb: FoundVerb | null;
}

/** Fewest words a quoted paragraph must have. */
const MIN_WORDS = 4;
/** Longest lead-in line read for its speech verb, in UTF-16 code units. */
const LEAD_WINDOW = 400;
/** Longest pull quote kept; longer paragraphs are body text, not a quote set off. */
const MAX_PULL = 600;

const FIRST_PERSON = /(?<![\p{L}\p{N}'\u2019])(?:I|my|My|me|we|We|our|Our|us)(?![\p{L}\p{N}])/u;
const DOUBLE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/;

/** A line that only signs the paragraph before it: a dash and a name of two or three words. */
const SIGNATURE = /^[\u2014\u2013]\s*(\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2})$/u;

/** A capitalised word of a bare name, or an initial ("J."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.)$/u;

function insideAny(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start <= at;
}

function overlapsAny(spans: Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < span.end;
}

function trimSpan(text: string, span: Span): Span {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of scanWords(s)) if (w.kind === 'word') n++;
  return n;
}

/**
 * True when the sentence `text[s]` reports someone else's words in the third person ("They
 * also claimed …", "The Church also claims …"): narration, so a block quote ends before it.
 */
function reportsSpeech(text: string, s: Span): boolean {
  const words = scanWords(text, s.start, Math.min(s.end, s.start + 400));
  for (let v = 0; v < words.length; v++) {
    if (words[v].kind !== 'word' || !speechVerb(words[v].lower)) continue;
    // In the passive ("Fans were told") the subject stands before the auxiliary.
    const at = v > 0 && /^(?:was|were|is|are|been|being)$/.test(words[v - 1].lower) ? v - 1 : v;
    const subject = subjectBefore(text, words, at, 0);
    if (!subject) continue;
    if (subject.kind === 'pronoun' && /^(?:i|we)$/.test(subject.text.toLowerCase())) continue;
    return true;
  }
  return false;
}

/** The end of a lead-in that announces a list rather than words. */
const LIST_LEAD = /(?:\bfollowing\s+(\p{L}+)|\bincluding|\bas follows|\bsuch as|\bnamely)\s*$/iu;
/** Nouns after "the following" that do announce someone's words. */
const STATEMENT_NOUN = /^(?:statement|message|remarks|words|comment|comments|response|reply|tweet|post|letter|note|announcement)$/i;

/**
 * True when the speech verb ending at `verbEnd` introduces what follows the colon: at most
 * twenty words before it, and no "that" between (after "noted that …:" the colon only ends the
 * reported clause).
 */
function closeToColon(text: string, verbEnd: number, colon: number): boolean {
  const between = text.slice(verbEnd, colon);
  return wordCount(between) <= 20 && !/\bthat\b/i.test(between);
}

/**
 * Block quotes: a paragraph after a line that ends with a colon and whose last sentence has a
 * speech verb with a subject ("Mr Reed told the council:"), or names a statement ("…, the
 * Church denied these allegations:", "X issued the following statement:"). The quote is the
 * next paragraph when it is plain prose (no quotation marks of its own, at least four words,
 * ending a sentence), up to the first sentence that itself reports speech in the third person,
 * which is the writer's narration again.
 */
export function findBlockQuotes(text: string, paragraphs: Span[], sentences: Sentence[], marked: Span[], floor: number): UnmarkedQuote[] {
  const out: UnmarkedQuote[] = [];
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const lead = trimSpan(text, paragraphs[p]);
    if (lead.start < floor || lead.end - lead.start < 8 || text[lead.end - 1] !== ':') continue;
    const colon = lead.end - 1;
    if (insideAny(marked, colon)) continue;
    const body = trimSpan(text, paragraphs[p + 1]);
    if (body.end - body.start < 12 || !/\p{Lu}/u.test(text[body.start])) continue;
    // A paragraph of the lead's own clause is a quote only when it is set off on its own line.
    if (!/[\r\n]/.test(text.slice(colon, body.start))) continue;
    // A paragraph with quotation marks of its own quotes in the ordinary way.
    if (DOUBLE_MARK.test(text[body.start]) || overlapsAny(marked, { start: body.start, end: body.start + 1 })) continue;

    // The lead-in: the line's last sentence, at most a few hundred characters.
    const si = sentenceAt(sentences, colon);
    const leadStart = Math.max(lead.start, colon - LEAD_WINDOW, si >= 0 ? sentences[si].start : lead.start);
    const leadText = text.slice(leadStart, colon);
    if (DOUBLE_MARK.test(leadText) && (leadText.match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1) continue;
    // A colon after a list's lead ("the following conditions:", "including:") announces items,
    // not someone's words.
    const listLead = LIST_LEAD.exec(leadText);
    if (listLead && !STATEMENT_NOUN.test(listLead[1] ?? '')) continue;
    let found = attributeBefore(text, leadStart, colon, leadStart);
    if (found?.verb && !closeToColon(text, found.verb.end, colon)) found = null;
    if (!found?.speaker && /\bstatement\b/i.test(leadText)) {
      const leadWords = scanWords(text, leadStart, colon);
      const subject = sentenceSubject(text, leadWords);
      if (subject) {
        // The subject's own verb, when it is one of speaking ("the operator denied …").
        const v = leadWords.find((w) => w.start >= subject.end && w.kind === 'word' && speechVerb(w.lower) !== null);
        found = { speaker: subject, verb: v && closeToColon(text, v.end, colon) ? { start: v.start, end: v.end, text: v.text } : null };
      }
    }
    if (!found?.speaker) continue;

    // The quoted sentences of the next paragraph, up to narration or a quotation mark.
    let end = body.start;
    for (let s = sentenceAt(sentences, body.start); s >= 0 && s < sentences.length && sentences[s].start < body.end; s++) {
      const sent = { start: Math.max(sentences[s].start, body.start), end: Math.min(sentences[s].end, body.end) };
      const sentText = text.slice(sent.start, sent.end);
      if (DOUBLE_MARK.test(sentText) || reportsSpeech(text, sent)) break;
      end = sent.end;
    }
    const content = trimSpan(text, { start: body.start, end });
    const words = text.slice(content.start, content.end);
    if (wordCount(words) < MIN_WORDS || !/[.!?\u2026][)\]'\u2019]?$/.test(words)) continue;
    out.push({ content, kind: 'block', speaker: found.speaker, verb: found.verb });
  }
  return out;
}

/**
 * The bare name (two or three capitalised words, no final punctuation) that ends `line` after
 * a finished sentence or a dash, or null. `before` is where the name (or its dash) begins.
 */
function trailingName(text: string, line: Span): { name: Span; dashed: boolean; before: number } | null {
  const tail = text.slice(Math.max(line.start, line.end - 80), line.end);
  const base = line.end - tail.length;
  const m = /([.!?\u2026]|\s[\u2014\u2013-])\s*((?:\p{Lu}\S*\s+){1,2}\p{Lu}\S*)$/u.exec(tail);
  if (!m) return null;
  const nameStart = base + m.index + m[0].length - m[2].length;
  const parts = m[2].split(/\s+/);
  if (parts.some((w) => !NAME_WORD.test(w) || isNotName({ start: 0, end: 0, text: w, lower: w.toLowerCase(), kind: 'word' }))) return null;
  const dashed = m[1].trim() !== '' && /[\u2014\u2013-]/.test(m[1]);
  // A full stop must be followed by a space; a dash stands apart from the words before it.
  if (!dashed && !/\s/.test(text[nameStart - 1] ?? '')) return null;
  return { name: { start: nameStart, end: line.end }, dashed, before: dashed ? base + m.index : base + m.index + 1 };
}

/**
 * Pull quotes: a paragraph of first-person words that ends a sentence and is followed on its
 * line by the speaker's bare name ("… because she was suppressive. Valeska Paris"), or by a
 * dash and the name ("… — Valeska Paris"). The same words repeated elsewhere in the article,
 * at the start of a paragraph or a sentence, are quoted too, with the same speaker.
 */
export function findPullQuotes(text: string, paragraphs: Span[], marked: Span[], floor: number): UnmarkedQuote[] {
  // Each quote carries the order in which it was found, so that quotes starting at the same
  // offset keep that order: a paragraph's own pull quote, then the repetitions of its words.
  const out: Array<UnmarkedQuote & { order: number }> = [];
  // The distinct words of the pull quotes long enough to be looked for again, with the first
  // paragraph that printed them.
  const repeated = new Map<string, Repeated>();
  for (let p = 0; p < paragraphs.length; p++) {
    let line = trimSpan(text, paragraphs[p]);
    if (line.start < floor || line.end - line.start > MAX_PULL + 80) continue;
    let found = trailingName(text, line);
    let contentEnd = found ? found.before : -1;
    const own = SIGNATURE.exec(text.slice(line.start, line.end));
    if (own && p > 0) {
      // A line of its own that signs the paragraph before it ("— Valeska Paris").
      const prevLine = trimSpan(text, paragraphs[p - 1]);
      const nameStart = line.start + own[0].length - own[1].length;
      if (prevLine.start < floor || own[1].split(/\s+/).some((w) => !NAME_WORD.test(w) || isNotName({ start: 0, end: 0, text: w, lower: w.toLowerCase(), kind: 'word' }))) continue;
      found = { name: { start: nameStart, end: line.end }, dashed: true, before: prevLine.end };
      line = prevLine;
      contentEnd = prevLine.end;
    }
    if (!found || line.end - line.start < 20) continue;
    if (overlapsAny(marked, line) || DOUBLE_MARK.test(text.slice(line.start, line.end))) continue;
    while (contentEnd > line.start && /\s/.test(text[contentEnd - 1])) contentEnd--;
    const dashed = found.dashed;
    const content = { start: line.start, end: contentEnd };
    const words = text.slice(content.start, content.end);
    if (!/[.!?\u2026]$/.test(words) || wordCount(words) < MIN_WORDS || words.length > MAX_PULL) continue;
    if (!dashed && !FIRST_PERSON.test(words)) continue;
    const speaker: FoundSpeaker = { start: found.name.start, end: found.name.end, text: text.slice(found.name.start, found.name.end), kind: 'name' };
    out.push({ content, kind: 'pull', speaker, verb: null, order: 2 * p });
    if (words.length >= MIN_REPEATED && !repeated.has(words)) repeated.set(words, { speaker, order: 2 * p + 1, at: content.start });
  }
  for (const r of findRepetitions(text, floor, repeated)) {
    if (overlapsAny(marked, r.span)) continue;
    out.push({ content: r.span, kind: 'pull', speaker: r.speaker, verb: null, order: r.order });
  }
  out.sort((a, b) => a.content.start - b.content.start || a.order - b.order);
  return out.map(({ order: _, ...q }) => q);
}

/** Shortest pull quote looked for again in the body, in UTF-16 code units. */
const MIN_REPEATED = 30;

/** A pull quote's words to look for again: its speaker, its order, and where it stands itself. */
interface Repeated {
  speaker: FoundSpeaker;
  order: number;
  at: number;
}

/**
 * True when a repetition of a pull quote may start at `at`: at the start of the body, of a
 * line, or of a sentence.
 */
function mayRepeatAt(text: string, at: number, floor: number): boolean {
  if (at === floor) return true;
  const prev = text.charCodeAt(at - 1);
  // Every accepted ending is a line break or white space after a full stop.
  if (!(prev === 10 || prev === 13 || /\s/.test(text[at - 1]))) return false;
  return /(?:^|[\r\n]|[.!?]\s+)$/.test(text.slice(Math.max(floor, at - 3), at));
}

/**
 * Where the words of each pull quote in `wanted` are printed again in the body, at the start of
 * the body, a line or a sentence. Every such start is hashed once for each distinct length of
 * the wanted words (a rolling hash over the text, checked character by character on a match),
 * so the search costs the text's length times the number of distinct lengths, however many
 * pull quotes there are and however often their words repeat; a search of the whole text for
 * each pull quote cost the square of an article made of repeated pull quotes.
 */
function findRepetitions(text: string, floor: number, wanted: Map<string, Repeated>): Array<{ span: Span; speaker: FoundSpeaker; order: number }> {
  const found: Array<{ span: Span; speaker: FoundSpeaker; order: number }> = [];
  if (!wanted.size) return found;
  const BASE = 0x9e3779b1 | 1;
  const hashOf = (s: string, from: number, to: number) => {
    let h = 0;
    for (let i = from; i < to; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
    return h;
  };
  // Wanted words by length, then by hash.
  const byLength = new Map<number, Map<number, string[]>>();
  for (const words of wanted.keys()) {
    let byHash = byLength.get(words.length);
    if (!byHash) byLength.set(words.length, (byHash = new Map()));
    const h = hashOf(words, 0, words.length);
    const list = byHash.get(h);
    if (list) list.push(words);
    else byHash.set(h, [words]);
  }
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  const longest = lengths[lengths.length - 1];
  // Prefix hashes of the body and the powers of the base up to the longest wanted length.
  const prefix = new Uint32Array(text.length - floor + 1);
  for (let i = floor; i < text.length; i++) prefix[i - floor + 1] = (Math.imul(prefix[i - floor], BASE) + text.charCodeAt(i)) >>> 0;
  const power = new Uint32Array(longest + 1);
  power[0] = 1;
  for (let k = 1; k <= longest; k++) power[k] = Math.imul(power[k - 1], BASE) >>> 0;
  for (let at = floor; at < text.length; at++) {
    if (!mayRepeatAt(text, at, floor)) continue;
    for (const length of lengths) {
      const end = at + length;
      if (end > text.length) break;
      const h = (prefix[end - floor] - Math.imul(prefix[at - floor], power[length])) >>> 0;
      const list = byLength.get(length)!.get(h);
      if (!list) continue;
      for (const words of list) {
        if (!text.startsWith(words, at)) continue;
        const w = wanted.get(words)!;
        if (w.at === at) continue;
        found.push({ span: { start: at, end }, speaker: w.speaker, order: w.order });
      }
    }
  }
  return found;
}
