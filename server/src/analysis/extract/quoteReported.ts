/**
 * Reported speech: a clause introduced by a speech verb whose subject names a speaker
 * ("Zelensky said Washington had floated …", "The Kremlin has officially denied that …").
 */
import type { Quote, Sentence, Span } from '../types';
import { REPORTING_VERBS, SPEECH_VERB_FORMS } from '../data/speech';
import { attributeAfter, sentenceAt, subjectBefore, type FoundSpeaker, type FoundVerb } from './attribution';
import { isCapitalised, isListener, isNotName, pronounKind, reportingVerb, scanWords, type Word } from './attributionWords';

/** A reported clause with its verb and speaker. */
export interface ReportedSpeech {
  content: Span;
  verb: FoundVerb;
  speaker: FoundSpeaker;
  /** True when the speaker closes the statement ("…, he said."). */
  closing?: boolean;
}

/** Longest reported clause kept, in UTF-16 code units; longer runs have no clear end. */
const MAX_CLAUSE = 1200;

/** Words that may stand between the verb and "that" ("said on Sunday that", "told Sky News that"). */
const BEFORE_THAT = new Set([
  'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'to', 'yesterday', 'today', 'also', 'officially',
  'publicly', 'repeatedly', 'again', 'then', 'recently', 'previously', 'in', 'a', 'an', 'the', 'his', 'her', 'their',
  'its', 'statement', 'interview', 'post', 'letter', 'media', 'social', 'news', 'conference', 'briefing', 'week',
  'month', 'year', 'reporters', 'journalists', 'press', 'late', 'flatly', 'firmly', 'privately', 'separately',
]);

/** Verbs that may report a clause without "that" ("said Washington had floated …"). */
const BARE_CLAUSE_VERBS = new Set(['say', 'tell', 'claim', 'insist', 'argue', 'add', 'write', 'warn', 'predict', 'state', 'assert', 'reply', 'explain']);

/** Words that can open a reported clause when no "that" introduces it. */
const CLAUSE_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'the', 'a', 'an', 'no', 'any',
  'some', 'all', 'his', 'her', 'their', 'its', 'our', 'my', 'such', 'both', 'each', 'many', 'several', 'most',
  'none', 'nothing', 'nobody', 'everyone', 'more', 'few', 'one', 'two', 'three',
]);

/** Words that join a clause to a following one; a clause cut short does not end with them. */
const TRAILING_JOINERS = /(?:[\s,;:\u2014\u2013-]|\b(?:and|but|though|although|while|whereas|as|or|so|because|since|after|before|when|with)\b)+$/i;

/**
 * Fewest words a reported clause keeps before a quotation that continues it: shorter ones are
 * the subject of quoted words, not a statement of their own.
 */
const MIN_CLAUSE_BEFORE_QUOTE = 4;

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'to']);

function verbRegex(): RegExp {
  const forms = new Set<string>();
  for (const base of REPORTING_VERBS) {
    if (base.includes(' ')) continue;
    forms.add(base);
    if (base.endsWith('e')) forms.add(`${base}s`).add(`${base}d`);
    else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`).add(`${base.slice(0, -1)}ied`);
    else if (/(s|sh|ch|x)$/.test(base)) forms.add(`${base}es`).add(`${base}ed`);
    else forms.add(`${base}s`).add(`${base}ed`);
  }
  for (const [form, base] of Object.entries(SPEECH_VERB_FORMS)) if (REPORTING_VERBS.includes(base) && !form.includes(' ') && !form.endsWith('ing')) forms.add(form);
  const list = [...forms].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}'\\u2019-])(?:${list})(?![\\p{L}\\p{N}'\\u2019-])`, 'giu');
}

let VERB_RE: RegExp | null = null;

/** Position of the first word of the reported clause after the verb at `words[v]`, or -1. */
function clauseStart(words: Word[], v: number): number {
  let k = v + 1;
  const first = words[k];
  if (!first || first.kind !== 'word') return -1;
  // "that" within a few words, across listeners and time phrases.
  for (let j = k; j < words.length && j <= k + 6; j++) {
    const w = words[j];
    if (w.lower === 'that') return j + 1 < words.length && words[j + 1].kind === 'word' ? j + 1 : -1;
    if (w.kind !== 'word') break;
    if (!(BEFORE_THAT.has(w.lower) || isListener(w.lower) || isCapitalised(w) || /^\d/.test(w.text) || pronounKind(w.lower) === null && /^(?:him|her|them|us|me)$/.test(w.lower))) break;
  }
  // No "that": only verbs of saying take a bare clause; "denied the preparation of talks" has
  // a noun phrase for its object, not reported words.
  if (!BARE_CLAUSE_VERBS.has(reportingVerb(words[v].lower) ?? '')) return -1;
  // Skip a listener ("told reporters", "told Sky News"), then expect a subject.
  if (isListener(first.lower) || /^(?:him|her|them|us|me)$/.test(first.lower)) k++;
  else if (words[v].lower.startsWith('tel') || words[v].lower === 'told') {
    while (k < words.length && k < v + 4 && isCapitalised(words[k]) && !isNotName(words[k])) k++;
    if (k === v + 1) return -1;
  }
  const w = words[k];
  if (!w || w.kind !== 'word') return -1;
  if (CLAUSE_OPENERS.has(w.lower)) return k;
  if (isCapitalised(w) && !isNotName(w)) return k;
  return -1;
}

/** What may follow the closing attribution: a time word or two and the sentence's end ("…, he said Tuesday."). */
const AFTER_CLOSING = /^\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|later)\s*)?[.!?]?\s*$/i;
/** Fewest words a closing statement has: shorter ones are asides ("Yes, he said."). */
const MIN_CLOSING_WORDS = 4;

/**
 * A sentence that makes its statement first and names who made it last: "Jackson was on
 * probation, an officer said.", "…, said Officer Ann Lee." The statement is the sentence's words
 * before the last comma ahead of the verb, when the words after that comma are the verb's
 * attribution (read as the tag after a quotation is) and nothing but a time word follows, and
 * the sentence holds no quotation (a quotation's own attribution is read with it). Null otherwise.
 */
function statementBefore(text: string, verb: Word, sentence: Sentence, near: ReadonlyArray<Quote | undefined>): { content: Span; speaker: FoundSpeaker } | null {
  // Verbs of saying close a statement ("…, she said.", "…, added Ann Lee."), as they report a bare clause.
  if (!BARE_CLAUSE_VERBS.has(reportingVerb(verb.lower) ?? '') || near.some((q) => q && q.start < sentence.end && sentence.start < q.end)) return null;
  // The comma within a clause's length of the verb, and the statement no longer than a clause:
  // a long sentence without commas is not searched back to its start for each verb.
  const from = Math.max(sentence.start, verb.start - MAX_CLAUSE);
  const comma = from + text.slice(from, verb.start).lastIndexOf(',');
  if (comma <= from || comma - sentence.start > MAX_CLAUSE) return null;
  const tag = attributeAfter(text, comma + 1, sentence.end);
  if (!tag?.speaker || tag.verb?.start !== verb.start || tag.loose || !AFTER_CLOSING.test(text.slice(Math.max(verb.end, tag.speaker.end), sentence.end))) return null;
  const lead = text.slice(sentence.start, comma);
  const start = sentence.start + lead.search(/\S/);
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1)) || lead.trim().split(/\s+/).length < MIN_CLOSING_WORDS) return null;
  return { content: { start, end: comma }, speaker: tag.speaker };
}

/**
 * Finds reported clauses in `text[from, …)`, outside direct quotes, each cut at the end of its
 * sentence, before any direct quote inside it, and before the next reported clause's speaker.
 */
export function findReportedSpeech(text: string, from: number, sentences: Sentence[], direct: Quote[]): ReportedSpeech[] {
  VERB_RE ??= verbRegex();
  const re = VERB_RE;
  re.lastIndex = from;
  const out: ReportedSpeech[] = [];
  let d = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    while (d < direct.length && direct[d].end <= at) d++;
    if (d < direct.length && direct[d].start <= at) {
      // Inside a direct quote: a speaker's own "said" is not an attribution.
      re.lastIndex = direct[d].end;
      continue;
    }
    const si = sentenceAt(sentences, at);
    if (si < 0) continue;
    const sentence = sentences[si];
    const winStart = Math.max(sentence.start, at - 300, d > 0 ? direct[d - 1].end : 0);
    const winEnd = Math.min(sentence.end, at + 400);
    const words = scanWords(text, winStart, winEnd);
    const v = words.findIndex((w) => w.start === at);
    if (v < 0 || !reportingVerb(words[v].lower)) continue;
    if (v > 0 && PASSIVE.has(words[v - 1].lower)) continue;
    // "Jackson was on probation, an officer said.": the statement comes first, its speaker last.
    // The quotations next to the verb (the last one before it, the next one after it): the only
    // ones that can share its sentence.
    const closing = statementBefore(text, words[v], sentence, [direct[d - 1], direct[d]]);
    if (closing) {
      out.push({ content: closing.content, verb: { start: at, end: at + m[0].length, text: m[0] }, speaker: closing.speaker, closing: true });
      continue;
    }
    const speaker = subjectBefore(text, words, v, 0);
    if (!speaker) continue;
    const c = clauseStart(words, v);
    if (c < 0) continue;
    const start = words[c].start;
    let end = sentence.end;
    if (end - start > MAX_CLAUSE) continue;
    const quoted = d < direct.length && direct[d].start < end;
    if (quoted) end = direct[d].start;
    const trimmed = text.slice(start, end).replace(/[\s.!?\u2026]+$/, '').replace(TRAILING_JOINERS, '');
    end = start + trimmed.length;
    const count = trimmed.split(/\s+/).filter(Boolean).length;
    if (count < 2) continue;
    // A clause whose rest is quoted ("said the measure "does nothing for families"", "said that
    // the so-called "emergency" funds …"): the words before the quotation are its subject, not
    // what was said. The quotation carries the speaker.
    if (quoted && count < MIN_CLAUSE_BEFORE_QUOTE && /^\s*$/.test(text.slice(end, direct[d].start))) continue;
    const prev = out[out.length - 1];
    if (prev && prev.content.end > speaker.start) {
      // The previous clause runs into this one's speaker ("…, though the Kremlin said …").
      const cut = text.slice(prev.content.start, Math.min(prev.content.end, speaker.start)).replace(TRAILING_JOINERS, '').replace(/\s*\b(?:the|a|an)$/i, '').replace(TRAILING_JOINERS, '');
      if (cut.split(/\s+/).filter(Boolean).length < 2) out.pop();
      else prev.content.end = prev.content.start + cut.length;
    }
    out.push({ content: { start, end }, verb: { start: at, end: at + m[0].length, text: m[0] }, speaker });
    re.lastIndex = Math.max(re.lastIndex, start);
  }
  return out;
}
