/**
 * Quotations: words in quotation marks (direct quotes) and speech reported by a speech verb
 * (indirect quotes), each with its speaker when the text names one.
 */
import type { Mention, Quote, Sentence, Span, Speaker } from '../types';
import type { ArticleContext } from './context';
import { findDoubleQuotes, findSingleQuotes, type MarkedQuote } from './quoteMarks';
import {
  attributeAfter,
  asideBefore,
  attributeBefore,
  bareAttribution,
  colonSubject,
  fragmentSubject,
  insideQuote,
  mentionOver,
  personGenders,
  personKey,
  resolveDescription,
  appositionNamed,
  salientPerson,
  resolvePronoun,
  sentenceAt,
  sentenceSubject,
  type Attribution,
  type FoundSpeaker,
} from './attribution';
import { findReportedSpeech } from './quoteReported';
import { findBlockQuotes, findPullQuotes, type UnmarkedQuote } from './quoteBlock';
import { isPersonNoun, nounGender } from '../data/genders';
import { isSpeakingBody, isTitle, reportingVerb, scanWords, speechVerb, type Word } from './attributionWords';

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

/**
 * Where the tag after a quote may reach: the end of its line, or of the next line when this one
 * ends with a title's abbreviation that never ends a sentence ("the Rev." with the name on the
 * next line, as text set one sentence a line splits it).
 */
function tagLineEnd(text: string, i: number): number {
  const end = lineEndOf(text, i);
  const last = /(\S+)\s*$/.exec(text.slice(Math.max(i, end - 12), end))?.[1]?.toLowerCase() ?? '';
  if (/^\p{L}+\.$/u.test(last) && isTitle(last)) {
    let next = end;
    while (next < text.length && isLineBreak(text[next])) next++;
    if (next - end <= 2) return lineEndOf(text, next);
  }
  return end;
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
  if (before?.speaker) return before;
  // No verb of saying: the clause's subject introduces the words it quotes.
  const subject = colonSubject(text, from, b - 1);
  return subject ? { speaker: subject, verb: null } : null;
}

/** Forms of "be" before a passive participle. */
const PASSIVE_BE = /^(?:is|was|were|are|be|been|being|'s|\u2019s)$/;

/**
 * True when the quote `q` continues the attributed quote `prev`, whose attribution ends at
 * `attributionEnd`: nothing stands between them but the rest of the attribution's sentence (an
 * appositive, a relative clause, a listener: "said Ann Lee, a lawyer who once represented the
 * family. “…”"), and `q` is in the same paragraph or opens the next one. A question's next
 * paragraph is its answer, most often someone else's, so it does not continue; nor does a
 * paragraph after one whose speaker was itself carried over (`explicit` false). A question a
 * speaker puts to themselves (`musing`: after narration, with a verb that does not ask, "“Who
 * would it be?” he mused.") is answered by them.
 */
function continues(text: string, prev: Quote, attributionEnd: number, q: Span, explicit: boolean, names: readonly Span[] = [], musing = false): boolean {
  if (q.start < attributionEnd || q.start - attributionEnd > 400) return false;
  // A name in quotation marks between them ("known as “take,”") is words of the sentence.
  let gap = text.slice(attributionEnd, q.start);
  for (const n of names) {
    if (n.start >= attributionEnd && n.end <= q.start) gap = gap.slice(0, n.start - attributionEnd) + 'x'.repeat(n.end - n.start) + gap.slice(n.end - attributionEnd);
  }
  // The rest of the attribution's sentence: no quotation mark and no speech verb of another.
  const end = /[.!?;]["'\u201d\u2019]?(?=\s|$)|(?=[\r\n])/.exec(gap);
  const rest = end ? gap.slice(end.index + end[0].length) : gap;
  const sentence = end ? gap.slice(0, end.index) : gap;
  if (/["\u201c\u201d]/.test(gap) || /[\r\n]/.test(sentence)) return false;
  // A capitalised word is part of a name ("the New York State Task Force"), not a verb.
  // "according to" naming where the words were reported ("…,” she said, according to the
  // statement.") leaves them the speaker's.
  // A verb of saying in the passive ("since it was first proposed") reports no one's words.
  const words = scanWords(sentence);
  const passive = (k: number) => PASSIVE_BE.test(words[k - 1]?.lower ?? '') || (PASSIVE_BE.test(words[k - 2]?.lower ?? '') && /ly$|^(?:first|also|not|never|later|then|once|since)$/.test(words[k - 1]?.lower ?? ''));
  if (words.some((w, k) => w.kind === 'word' && !/^\p{Lu}/u.test(w.text) && ((speechVerb(w.lower) && !/ing$/.test(w.lower) && !(/ed$|en$/.test(w.lower) && passive(k))) || /^(?:quoted|quoting)$/.test(w.lower)))) return false;
  // After that sentence only white space may come: a further sentence is narration.
  if (!/^\s*$/.test(rest)) return false;
  // Into the next paragraph only from a quote whose own attribution names the speaker: a run of
  // paragraphs of bare quotes is a dialogue, whose turns change speaker.
  return !(/[\r\n]/.test(rest) && (!explicit || (/\?\W*$/.test(prev.text) && !musing)));
}

/**
 * The name that signs a quote after a dash, alone to the end of its line: an epigraph's or a
 * pull quote's author ("“…” — Ann Lee"); or the source cited in brackets after it, as a piece
 * quoting other outlets' articles does ("“…” (Daily Courier article)"; not "(Laughter)"). Its
 * verb is null: nothing is said of how.
 */
function signature(text: string, from: number, limit: number): Attribution | null {
  const rest = text.slice(from, limit);
  const m =
    /^[ \t]*[-\u2013\u2014]+[ \t]*((?:\p{Lu}[\p{L}.'\u2019-]*[ \t]+){0,3}\p{Lu}[\p{L}'\u2019-]*)[ \t]*$/u.exec(rest) ??
    // A source cited in brackets after the quotation: "…" (Daily Courier article).
    /^[ \t]*\(((?:\p{Lu}[\p{L}.!'\u2019&-]*[ \t]+){0,3}\p{Lu}[\p{L}!'\u2019&-]*)[ \t]+(?:[Nn]ews[ \t]+)?(?:[Aa]rticle|[Rr]eport|[Ss]tory|[Ss]tatement|[Bb]log[ \t]+[Pp]ost)\)[ \t]*\.?[ \t]*$/u.exec(rest);
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]);
  return { speaker: { start, end: start + m[1].length, text: m[1], kind: 'name' }, verb: null };
}

/** True when a quote ends with a comma inside its marks and words follow on its line: its tag comes next. */
function tagFollows(text: string, q: MarkedQuote): boolean {
  return !q.unclosed && /,\s*$/.test(text.slice(q.content.start, q.content.end)) && /^[ \t]*[\p{L}\p{N}]/u.test(text.slice(q.end, q.end + 40));
}

/** Words after which quotation marks hold a name or a term, not speech ("known as “…”"). */
const NAMING = /(?:\b(?:known|referred to)\s+as|\bso-called|\b(?:dubbed|nicknamed|titled|entitled|named|the (?:term|word|phrase|name|slogan|motto|nickname))|\bcalled)\s*$/i;
/** "called" (not "so-called") right before the marks: a name only when the words are in title case. */
const CALLED = /(?<!so-)\bcalled\s*$/i;
/**
 * A verb of naming, its object and then the quotation ("calling the mayor “…”", "dubbed the
 * plan “…”"): the quotation is the name given when it is in title case; in lower case it is most
 * often the speaker's own word for the object ("called the deal “a betrayal”").
 */
const NAMING_OBJECT = /\b(?:call|calls|calling|called|dub|dubs|dubbing|dubbed|nickname|nicknames|nicknaming|nicknamed|brand|brands|branding|branded|label|labels|labelled|labeled|labelling|labeling|christen|christened)\s+(?:[\p{L}\p{N}'\u2019.-]+\s+){1,3}$/iu;
/** Words after which a title in capitals stands inside a noun phrase ("in “Revolutionary Road”"). */
const TITLE_LEAD = /(?:\b(?:the|a|an|in|of|on|for|from|and|or|with|his|her|their|its|film|book|song|show|novel|album|series|movie|play|episode)|['\u2019]s)\s*$/i;
/** Small words that a title leaves in lower case. */
const TITLE_SMALL = /^(?:a|an|the|of|in|on|at|to|for|and|or|nor|but|with|by|from|into|onto|over|per|via|as|is|vs)$/;
/**
 * A common noun and a comma right before the marks: the quotation stands in apposition to that
 * noun ("the committee's report, “…,”", "her memoir, “…,”"), and in title case it is the
 * thing's name.
 */
const APPOSITION_LEAD = /(?:^|[\s(])(?:([\p{L}'\u2019-]+)\s+)?(\p{Ll}[\p{Ll}-]+),\s*$/u;
/** A thing that bears words and its verb right before the quotation ("signs that said", "a banner reading"). */
const DISPLAYED = /\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|billboards?|stickers?|buttons?|badges?|caps?|hats?|flags?|graffiti|mugs?)(?:\s+(?:that|which))?\s+(?:said|say|says|saying|read|reads|reading|bore|bearing|proclaimed|proclaiming|declared|declaring)\s*$/i;
/** A verb "to be" and a noun that says the quotation before is a name ("“…” is a slogan"). */
const IS_A_NAME = /^[ \t]*(?:is|was|are|were|remains|became|has become)\s+(?:(?:a|an|the|their|his|her|its|our)\s+)?(?:\p{Ll}+\s+){0,2}(?:slogan|motto|catchphrase|nickname|name|title|term|phrase|word|label|hashtag|rallying cry|battle cry|buzzword)s?\b/iu;

/** Phrases that report speech as a verb does. */
const SPEECH_PHRASE = /\b(?:in the words of|quoted as saying)\b/i;

/** True when a speech verb in `lead` (the words of a sentence before a quotation) is used as a verb. */
function saysIn(lead: string): boolean {
  // A phrase that reports speech ("in the words of one aide, the mood was “grim”").
  if (SPEECH_PHRASE.test(lead)) return true;
  let last = '';
  for (const m of lead.matchAll(/[\p{L}'\u2019-]+/gu)) {
    const word = m[0].toLowerCase();
    const verb = speechVerb(word);
    // Right before the quotation, any form of the verb utters it ("say “hello” to all").
    const next = m.index! + m[0].length;
    if (verb && !NOT_SAYING.has(verb) && (usedAsVerb(word, verb, last) || (!DETERMINER.test(last) && /^[\s,]*$/.test(lead.slice(next))))) return true;
    last = word;
  }
  return false;
}

/**
 * True when a quotation is a name, not words said: a term or nickname right after "known as",
 * "dubbed", "the word" and the like (or "called" when it is in title case); a name in title case
 * given by a verb of naming to its object ("calling the mayor “…”"), standing in apposition to a
 * noun ("the report, “…,”"), or set after a colon that no verb of saying introduces ("the slogan
 * that won her the race: “…”"); a title in title case inside a noun phrase ("starred in “Blue
 * River,”", "the “Night Shift” star"), short and without end punctuation of a sentence; or a
 * quotation the sentence goes on to call a slogan, a name or a term ("“…” is a slogan").
 */
function isName(text: string, q: MarkedQuote, sentences: Sentence[]): boolean {
  const raw = text.slice(q.content.start, q.content.end);
  const words = raw.trim().replace(/[,.;:]+$/, '');
  const list = words.split(/\s+/).filter(Boolean);
  if (!list.length || /[!?]$/.test(words) || /[\r\n]/.test(words)) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', q.start - 1) + 1, q.start - 60);
  const lead = text.slice(lineStart, q.start);
  // A short phrase that the sentence then calls a slogan or a name, whatever its case, or that a
  // sign or a shirt bears ("signs that said “…”").
  if (!q.unclosed && list.length <= 8 && (IS_A_NAME.test(text.slice(q.end, q.end + 60)) || DISPLAYED.test(lead))) return true;
  if (list.length > 10) return false;
  const titleCase = list.every((w, i) => /^[\p{Lu}\p{N}#@]/u.test(w) || (i > 0 && TITLE_SMALL.test(w))) && !/[!?;]\s|\p{Ll}{3,}\.\s/u.test(words);
  if (list.length > 6 && !titleCase) return false;
  if (NAMING.test(lead)) return !CALLED.test(lead) || titleCase;
  if (!titleCase || list.length < 2) return false;
  if (NAMING_OBJECT.test(lead)) return true;
  // The words of the sentence before the quotation: a verb of saying among them introduces it.
  const sentenceLead = () => {
    const si = sentenceAt(sentences, q.start);
    return text.slice(Math.max(lineStartOf(text, q.start, 0), si >= 0 ? sentences[si].start : 0), q.start);
  };
  const apposed = APPOSITION_LEAD.exec(lead);
  // A noun spelled like a verb of saying is a noun after a determiner ("the committee's report, “…”").
  if (apposed && !SPEAKER_PRONOUN_WORDS.test(apposed[2]) && (!speechVerb(apposed[2]) || DETERMINER.test((apposed[1] ?? '').toLowerCase()))) return !saysIn(sentenceLead());
  if (/:\s*$/.test(lead)) {
    // After a colon: a name unless a verb of saying in the sentence introduces the words.
    const before = sentenceLead();
    return /[\p{L}\p{N}]/u.test(before) && !saysIn(before);
  }
  // A title opening its sentence as the subject of a verb ("“Blue River” went to the top of the
  // list"): no punctuation before its closing mark, and a word in lower case after it that is
  // not a verb of saying.
  const opens = !/[\p{L}\p{N}]/u.test(lead.replace(/^[\s\S]*[.!?]["'\u201d\u2019)]?\s+/, ''));
  const after = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(q.end, q.end + 40))?.[1];
  if (opens && after && !speechVerb(after) && !/[,.;:]\s*$/.test(raw)) return true;
  return TITLE_LEAD.test(lead);
}

/** Pronouns that can stand before a comma and a quotation as its speaker ("he, “…”"). */
const SPEAKER_PRONOUN_WORDS = /^(?:he|she|they|we|i|you|it|who)$/;

/** Most words of a quotation set inside a sentence that can be a scare quote or a mention. */
const MENTION_WORDS = 4;
/** Verbs of the speech lexicon that tell of written or displayed words, or of nothing said. */
const NOT_SAYING = new Set(['read', 'post', 'continue', 'signal', 'indicate']);

/**
 * True when a quotation that no attribution reached is words mentioned, not said: a short
 * phrase set inside its sentence's syntax (words before it in the sentence, no colon before it,
 * no verb of saying earlier in the sentence, no question or exclamation of its own), as scare
 * quotes, slogans, terms and short titles are printed. Nothing in the text says anyone spoke it;
 * a fragment that the text does attribute ("called it “a disaster,” she said") is kept.
 */
function isMention(text: string, sentences: Sentence[], q: MarkedQuote): boolean {
  if (q.unclosed) return false;
  const words = text.slice(q.content.start, q.content.end).trim();
  if (!words || /[!?\u2026]["'\u201d\u2019]?$/.test(words) || /\.\.\.$/.test(words) || /[\r\n]/.test(words)) return false;
  const list = words.replace(/[,.;:]+$/, '').split(/\s+/).filter(Boolean);
  if (!list.length || list.length > MENTION_WORDS) return false;
  const si = sentenceAt(sentences, q.start);
  const lineStart = lineStartOf(text, q.start, 0);
  const from = Math.max(lineStart, si >= 0 ? sentences[si].start : lineStart);
  const lead = text.slice(from, q.start);
  // A quotation opening its sentence, or introduced by a colon, is set apart as speech.
  if (!/[\p{L}\p{N}]/u.test(lead) || /:\s*$/.test(lead)) return false;
  // Words that a verb of saying earlier in the sentence reports ("said it was “not enough”",
  // "accused them of a “cover-up”") are that speaker's, even when no pass named the speaker.
  if (saysIn(lead)) return false;
  return true;
}

/** Words after which a form of a verb is a noun ("the claim", "a warning", "their report"). */
const DETERMINER = /^(?:the|a|an|this|these|those|his|her|their|its|our|my|your|no|every|each|any|some|.+['\u2019]s)$/;
/** Words after which a verb's base form is a verb ("to say", "will warn", "they claim", "and declare"). */
const BEFORE_BASE = /^(?:to|and|or|will|would|can|could|must|should|may|might|shall|do|does|did|not|never|i|we|you|they|.+n['\u2019]t)$/;

/**
 * True when `word`, a form of speech verb `verb`, is used as a verb after the word `last`: a
 * base form only after "to", a modal or a plural subject; no form right after a determiner.
 */
function usedAsVerb(word: string, verb: string, last: string): boolean {
  if (DETERMINER.test(last)) return false;
  return word !== verb || BEFORE_BASE.test(last);
}

/**
 * True when quotation `title` stands in the tag after quote `q` as a title ending an
 * appositive: it opens after a word that leads a title ("author of “…”", "starred in “…”")
 * within a few words of `q`, after the appositive's comma and in the same sentence, and closes
 * on a comma inside its marks ("…Legend,”"), so that the tag goes on after it.
 */
function titleInside(text: string, q: MarkedQuote, title: MarkedQuote): boolean {
  if (title.unclosed || title.start - q.end > 120) return false;
  const between = text.slice(q.end, title.start);
  if (!between.includes(',') || /[.!?;:\r\n]/.test(between) || !TITLE_LEAD.test(between)) return false;
  const words = text.slice(title.content.start, title.content.end).replace(/\s+/g, ' ').trim();
  return /,$/.test(words) && words.split(' ').length <= 12 && /^[\p{Lu}\p{N}]/u.test(words);
}

/**
 * The speaker of the clause that closes the sentence of quote `q` after a comma, when that
 * clause is only a subject, a speech verb and perhaps a listener or a time ("…, police said.").
 */
function closingTag(text: string, sentences: Sentence[], q: MarkedQuote): FoundSpeaker | null {
  const si = sentenceAt(sentences, q.start);
  if (si < 0) return null;
  const end = trimmedEndOf(text, sentences[si]);
  if (end <= q.end || end - q.end > 400) return null;
  const tail = text.slice(q.end, end);
  if (/["\u201c\u201d]/.test(tail)) return null;
  const comma = tail.lastIndexOf(',');
  if (comma < 0) return null;
  const from = q.end + comma + 1;
  const words = scanWords(text, from, end);
  if (!words.length || !bareAttribution(text, words, 0)) return null;
  return attributeAfter(text, from, end)?.speaker ?? null;
}

/**
 * The person a sentence of narration is about when it opens with them and an action: "he" or
 * "she" before a word (not "I": a narrator's "I" beside another's words most often reacts to them), or a person's name or a description of a person as its subject
 * before a verb other than "be" ("Ann smiled", "The chubby guy frowns"; not "Lee was jailed").
 */
function actingSubject(text: string, words: Word[], mentions: Mention[]): FoundSpeaker | null {
  const first = words[0];
  if (!first || first.kind !== 'word') return null;
  // Not a verb of saying or of a sound made: that sentence reports words of its own.
  const acts = (w: Word | undefined) => !!w && w.kind === 'word' && !/^(?:is|was|were|are|has|had|have|'s)$/.test(w.lower) && !speechVerb(w.lower);
  if (/^(?:he|she)$/i.test(first.text)) return acts(words[1]) ? { start: first.start, end: first.end, text: first.text, kind: 'pronoun' } : null;
  const subject = sentenceSubject(text, words);
  if (!subject) return null;
  const next = words.find((w) => w.start >= subject.end && w.kind === 'word');
  if (!acts(next)) return null;
  const head = /(\p{L}+)$/u.exec(subject.text)?.[1]?.toLowerCase() ?? '';
  if (subject.kind === 'name') {
    const m = mentionOver(mentions, subject);
    // A noun for a person written as a name ("Mom checks her watch") is that person.
    if (m === null && !/\s/.test(subject.text) && isPersonNoun(head)) return { ...subject, kind: 'description' };
    return m !== null && mentions[m].kind === 'person' ? subject : null;
  }
  if ((subject.kind === 'body' || subject.kind === 'description') && isPersonNoun(head)) return { ...subject, kind: 'description' };
  return null;
}

/**
 * The speaker of a quote that no tag attributes, from an action of theirs beside it in its
 * paragraph (a "beat"): the sentence right after the quote when the quote ends its own
 * sentence ("“I was trying to help.” He looked away."), else the sentence right before a quote
 * that opens its sentence ("Ann smiled. “Come in.”").
 */
function beatSpeaker(text: string, sentences: Sentence[], paragraphs: Span[], mentions: Mention[], q: MarkedQuote): FoundSpeaker | null {
  const pi = paragraphAt(paragraphs, q.start);
  if (pi < 0) return null;
  const para = paragraphs[pi];
  if (!q.unclosed && /[.!?\u2026\u2014-]["'\u201d\u2019]?\s*$/.test(text.slice(q.content.start, q.content.end))) {
    const rest = text.slice(q.end, Math.min(para.end, q.end + 300));
    const lead = /^[ \t]+(?=[\p{Lu}])/u.exec(rest);
    if (lead) {
      const from = q.end + lead[0].length;
      const stop = /[.!?;:"\u201c\u201d]/.exec(text.slice(from, Math.min(para.end, from + 300)));
      const found = actingSubject(text, scanWords(text, from, stop ? from + stop.index : Math.min(para.end, from + 300)), mentions);
      if (found) return found;
    }
  }
  const own = sentenceAt(sentences, q.start);
  if (own <= 0 || !/^[\s\p{Ps}]*$/u.test(text.slice(sentences[own].start, q.start))) return null;
  const before = sentences[own - 1];
  if (before.start < para.start || /["\u201c\u201d\u00ab\u00bb]/.test(text.slice(before.start, q.start))) return null;
  return actingSubject(text, scanWords(text, before.start, Math.min(before.end, before.start + 300)), mentions);
}

/**
 * The speaker of a quote that opens its paragraph with no tag, from the narration that ends the
 * paragraph before: the person whose action one of its last sentences tells, after that
 * paragraph's last quotation ("He wiped his mouth. Blood ran down his chin." / "“We are in
 * trouble.”"), the narrator's "I" included ("I looked at the clock." / "“We are late.”"). Not
 * after a question in that paragraph: its answer is most often someone else's. Only people:
 * a name of a person, "he", "she", "I", or a singular description of a person.
 */
function narrationBefore(text: string, sentences: Sentence[], paragraphs: Span[], mentions: Mention[], q: MarkedQuote, floor: number): FoundSpeaker | null {
  const pi = paragraphAt(paragraphs, q.start);
  if (pi <= 0 || !/^[\s\p{Ps}]*$/u.test(text.slice(paragraphs[pi].start, q.start))) return null;
  const before = paragraphs[pi - 1];
  if (before.start < floor) return null;
  const end = trimmedEndOf(text, before);
  const body = text.slice(before.start, end);
  // Narration starts after the paragraph's last closing mark.
  const lastMark = Math.max(body.lastIndexOf('"'), body.lastIndexOf('\u201d'), body.lastIndexOf('\u201c'));
  if (lastMark >= 0 && /\?\W*$/.test(body.slice(Math.max(0, lastMark - 3), lastMark + 1))) return null;
  const from = lastMark >= 0 ? before.start + lastMark + 1 : before.start;
  let si = sentenceAt(sentences, end - 1);
  for (let n = 0; n < 3 && si >= 0; n++, si--) {
    const sent = sentences[si];
    const start = Math.max(sent.start, from);
    if (start >= sent.end) break;
    if (!/^\s*[\p{Lu}]/u.test(text.slice(start, sent.end))) break;
    const words = scanWords(text, start, Math.min(sent.end, end, start + 300));
    const first = words[0];
    if (first?.text === 'I' && words[1]?.kind === 'word' && !AUXILIARY.test(words[1].lower) && !speechVerb(words[1].lower)) return { start: first.start, end: first.end, text: 'I', kind: 'pronoun' };
    const found = actingSubject(text, words, mentions);
    // A paragraph of narration alone may name several people: there only the narrator, "he"
    // or "she" acting is taken here (the one person it names is taken later).
    if (found && (lastMark >= 0 || found.kind === 'pronoun') && !(found.kind === 'description' && /s$/.test(found.text) && !/ss$/.test(found.text))) return found;
    if (sent.start <= from) break;
  }
  return null;
}

/**
 * True when the text between an unclosed quote's end and the next quote's start is one or two
 * short paragraphs of words without quotation marks, and the next quote opens its paragraph.
 */
function unmarkedBetween(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 400) return false;
  const gap = text.slice(from, to);
  if (/["\u201c\u201d\u00ab\u00bb]/.test(gap) || !/[\r\n][ \t]*$/.test(gap)) return false;
  const paragraphs = gap.split(/[\r\n]+/).filter((p) => p.trim());
  return paragraphs.length >= 1 && paragraphs.length <= 2;
}

/** Speech verbs that ask: the words after a question are most often someone else's answer. */
const ASKING = new Set(['ask', 'inquire', 'enquire', 'wonder']);

/** True when a quote's verb asks ("asked", "wondered aloud"), or it has none. */
function asks(verb: Span & { text: string } | null): boolean {
  const first = verb?.text.toLowerCase().split(/\s+/)[0] ?? '';
  const base = first ? reportingVerb(first) ?? speechVerb(first) : null;
  return !base || ASKING.has(base);
}

/**
 * The speaker of a quote that opens its sentence without an attribution of its own, named by
 * the sentence right before it (in its paragraph, or the last of the paragraph before) when that
 * sentence reports what someone said and holds no quotation itself: "Lee said the bridge would
 * close. “It is not safe.”" A sentence that asks is not followed by its asker's words.
 */
function reportedLead(text: string, sentences: Sentence[], paragraphs: Span[], q: MarkedQuote, floor: number, fragment = false): FoundSpeaker | null {
  const own = sentenceAt(sentences, q.start);
  let b = own >= 0 ? sentences[own].start : q.start;
  const opening = own >= 0 && /^[\s\p{Ps}]*$/u.test(text.slice(b, q.start));
  // With `fragment`, a fragment of the reported words set inside the next sentence ("Lee argued
  // the first kind is shared. It is the “legitimate birthright” of all"): a quotation that
  // starts in lower case, in a sentence with no other quotation and no verb of saying before it.
  if (fragment) {
    if (opening || own < 0 || !/^[\s\p{P}]*\p{Ll}/u.test(text.slice(q.content.start, q.content.end))) return null;
    const lead = text.slice(b, q.start);
    if (/["\u201c\u201d\u00ab\u00bb]/.test(lead) || NAMING.test(lead) || scanWords(lead).some((w) => w.kind === 'word' && speechVerb(w.lower))) return null;
  } else if (own >= 0 && !opening) return null;
  while (b > floor && /\s/.test(text[b - 1])) b--;
  const prev = b > floor ? sentenceAt(sentences, b - 1) : -1;
  if (prev < 0) return null;
  const before = sentences[prev];
  if (before.start < floor || !/^\s*$/.test(text.slice(before.end, fragment ? sentences[own].start : q.start))) return null;
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

/** Words after which quotation marks hold what is written on a thing ("a box marked “fragile”"). */
const WRITTEN_ON = /\b(?:marked|stamped|inscribed|engraved|printed|emblazoned|labell?ed)\s+(?:with\s+)?$/i;

/**
 * The speaker of a fragment of quoted words (it starts in lower case) set inside a sentence
 * that has no verb of saying before it and no other quotation: the sentence's subject, when it
 * is a person (a person's name, "he" or "she", a description of a person) or an organisation
 * named ("Ann Lee was certain she was the target of “chemical abuse”"; "The site aims to “build
 * the largest manual”"). Words in the sentence after the quotation are not read.
 */
function subjectOfFragment(text: string, sentences: Sentence[], mentions: Mention[], q: MarkedQuote): FoundSpeaker | null {
  if (!/^[\s\p{P}]*\p{Ll}/u.test(text.slice(q.content.start, q.content.end))) return null;
  const si = sentenceAt(sentences, q.start);
  if (si < 0) return null;
  const from = Math.max(sentences[si].start, q.start - BEFORE_WINDOW);
  const lead = text.slice(from, q.start);
  if (!/\p{L}/u.test(lead) || /["\u201c\u201d\u00ab\u00bb]/.test(lead) || NAMING.test(lead) || WRITTEN_ON.test(lead)) return null;
  const words = scanWords(text, from, q.start);
  if (words.some((w) => w.kind === 'word' && speechVerb(w.lower) && !/^\p{Lu}/u.test(w.text))) return null;
  const subject = fragmentSubject(text, words);
  if (!subject) return null;
  if (subject.kind === 'pronoun') return /^(?:he|she)$/i.test(subject.text) ? subject : null;
  if (subject.kind === 'name') {
    const m = mentionOver(mentions, subject);
    return m !== null && (mentions[m].kind === 'person' || mentions[m].kind === 'organization') ? subject : null;
  }
  const head = /(\p{L}+)$/u.exec(subject.text)?.[1]?.toLowerCase() ?? '';
  return isPersonNoun(head) ? { ...subject, kind: 'description' } : null;
}

const MODAL = /^(?:will|would|can|could|must|should|might|may|shall|'ll|\u2019ll)$/;
/** Verbs that tell no action of their subject: a modal, "be", "have", "do". */
const AUXILIARY = /^(?:will|would|can|could|must|should|might|may|shall|am|was|were|is|had|have|has|do|did|does|'ll|\u2019ll|'m|\u2019m|'d|\u2019d|'ve|\u2019ve)$/;

/**
 * The speaker of a quote that stands alone in its paragraph (nothing but the quote and
 * punctuation): the one person the paragraph before it names, when it names exactly one (by
 * surname) and holds no quote of its own, or when it ends introducing speech with a colon.
 * Never a guess between two people.
 */
function paragraphSpeaker(text: string, paragraphs: Span[], sentences: Sentence[], mentions: Mention[], q: MarkedQuote, prevQuote: Quote | null, floor: number): FoundSpeaker | null {
  const pi = paragraphAt(paragraphs, q.start);
  if (pi <= 0) return null;
  const para = paragraphs[pi];
  if (!/^[\s\p{P}]*$/u.test(text.slice(para.start, q.start)) || !/^[\s\p{P}]*$/u.test(text.slice(q.end, para.end))) return null;
  const before = paragraphs[pi - 1];
  // A quote of the paragraph before leads its own run, unless it is a fragment inside the
  // narration, given as no one's or as its sentence's subject's ("She studies “the habits of
  // ants”.").
  const fragment = !!prevQuote && (!prevQuote.speaker || /^[\s\p{P}]*\p{Ll}/u.test(prevQuote.text)) && /\S/.test(text.slice(before.start, prevQuote.start));
  if (before.start < floor || (prevQuote && prevQuote.end > before.start && !fragment)) return null;
  // The subject of the paragraph's last sentence speaks when that sentence introduces the quote
  // with a colon ("The judge had advice for the guards:"), or when it is "he" or "she" carrying
  // on about someone met before ("He would not say how many were inside.").
  const last = sentenceAt(sentences, trimmedEndOf(text, before) - 1);
  if (last >= 0 && sentences[last].start >= before.start) {
    const sent = sentences[last];
    const colon = /:\s*$/.test(text.slice(sent.start, before.end));
    const words = scanWords(text, sent.start, Math.min(sent.end, sent.start + 400));
    const first = words[0];
    if (first && first.kind === 'word' && /^(?:he|she)$/i.test(first.text) && words[1]?.kind === 'word') return { start: first.start, end: first.end, text: first.text, kind: 'pronoun' };
    const subject = sentenceSubject(text, words);
    if (subject) {
      const head = /(\p{L}+)$/u.exec(subject.text)?.[1]?.toLowerCase() ?? '';
      const men = mentionOver(mentions, subject);
      if (subject.kind === 'pronoun' && /^(?:he|she)$/i.test(subject.text)) return subject;
      if (colon && subject.kind === 'name' && men !== null && mentions[men].kind !== 'place') return subject;
      if (colon && (subject.kind === 'body' || subject.kind === 'description') && (isPersonNoun(head) || isSpeakingBody(head))) return { ...subject, kind: isPersonNoun(head) ? 'description' : subject.kind };
    }
    if (colon) return null;
  }
  // A quote that runs on past its paragraph is not taken for the one person named before.
  if (q.unclosed) return null;
  const people = new Map<string, Mention>();
  for (let m = mentionOver(mentions, { start: before.start, end: before.start + 1 }) ?? 0; m < mentions.length && mentions[m].start < before.end; m++) {
    const men = mentions[m];
    if (men.start < before.start || men.kind !== 'person') continue;
    if (prevQuote && men.start >= prevQuote.start && men.end <= prevQuote.end) continue;
    const key = personKey(men.text);
    if (!people.has(key)) people.set(key, men);
  }
  if (people.size !== 1) return null;
  const men = [...people.values()][0];
  return { start: men.start, end: men.end, text: men.text, kind: 'name' };
}

/**
 * Who a speaker is, for telling two turns' speakers apart: the person a pronoun stands for, a
 * name's last word, a description's words; "he" and "she" unresolved stay apart from each
 * other; any other unresolved pronoun is unknown (null).
 */
function speakerKey(found: FoundSpeaker | null, antecedent: FoundSpeaker | null): string | null {
  if (!found) return null;
  if (antecedent) return personKey(antecedent.text);
  if (found.kind === 'pronoun') return /^(?:he|she|i)$/i.test(found.text) ? `pronoun:${found.text.toLowerCase()}` : null;
  if (found.kind === 'name') return personKey(found.text);
  return found.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
}

/** A speaker's label opening a paragraph of a transcript: "Q:", "A.", "LEE:", "ANN LEE:". */
const LABEL = /^[ \t]*(?:(Q|A)[ \t]*[:.]|((?:\p{Lu}[\p{Lu}'\u2019.-]+[ \t]+){0,2}\p{Lu}[\p{Lu}'\u2019-]+)[ \t]*:|(\p{Lu}[\p{Ll}'\u2019-]+(?:[ \t]+\p{Lu}[\p{Ll}'\u2019-]+)?)[ \t]*:)[ \t]/u;

/** Words that open a paragraph as a heading or a caption, not as a speaker's turn ("Update:", "Photo:"). */
const HEADING_LABEL = /^(?:Note|Notes|Update|Updates|Image|Images|Photo|Photos|Picture|Source|Sources|Credit|Credits|Caption|Correction|Warning|Editor|Summary|Background|Related|See|Also|Read|Watch|Listen|Video|Audio|Map|Table|Figure|Fig|Example|Step|Tip|Tips|Warning|Date|Time|Location|Place|Subject|Re|From|To|Cc)$/;

/** Honorifics and offices that make a label in capitals a person ("MR. HALE:", "JUDGE ORTIZ:"). */
const LABEL_TITLE = /^(?:MR|MRS|MS|MISS|DR|PROF|JUDGE|JUSTICE|SEN|SENATOR|REP|GOV|GOVERNOR|PRESIDENT|SECRETARY|CHAIRMAN|CHAIRWOMAN|CHAIR|GEN|COL|CAPT|DET|SGT|OFFICER|AGENT|REV|FATHER)\.?$/;

/**
 * The labels in title case ("Lee:", "Ann Moss:") that open two paragraphs or more: the turns of
 * a transcript, read once per article. A label that opens one paragraph ("Note:") is a heading.
 */
function turnLabels(text: string, paragraphs: Span[], floor: number): Set<string> {
  const seen = new Set<string>();
  const turns = new Set<string>();
  for (const p of paragraphs) {
    if (p.start < floor) continue;
    const label = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)))?.[3];
    if (!label) continue;
    if (seen.has(label)) turns.add(label);
    seen.add(label);
  }
  return turns;
}

/**
 * The speaker a transcript's label gives the quotes of its turn when their own words name none:
 * a name in capitals ("LEE:") is the person of that surname the story names before it (else
 * none); "A:" is the person interviewed, the one the text names most before the
 * first label; "Q:" is the interviewer, whom a transcript seldom names (none).
 */
function labelSpeaker(text: string, paragraphs: Span[], mentions: Mention[], q: Span, floor: number, turns: ReadonlySet<string>): FoundSpeaker | null {
  const pi = paragraphAt(paragraphs, q.start);
  if (pi < 0) return null;
  const para = paragraphs[pi];
  const m = LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 60)));
  if (!m || para.start + m[0].length > q.start) return null;
  if (m[3] && (!turns.has(m[3]) || HEADING_LABEL.test(m[3]))) return null;
  // "Question:" and "Answer:" are "Q:" and "A:" written out.
  const label = m[1] ?? m[2] ?? (m[3] === 'Question' ? 'Q' : m[3] === 'Answer' ? 'A' : m[3]);
  if (label === 'Q') return null;
  if (label === 'A') {
    // The first label of the transcript: the person named most before it is the one interviewed.
    let first = para.start;
    for (let k = pi - 1; k >= 0 && paragraphs[k].start >= floor; k--) {
      if (/^[ \t]*(?:[QA]|Question|Answer)[ \t]*[:.][ \t]/.test(text.slice(paragraphs[k].start, paragraphs[k].start + 12))) first = paragraphs[k].start;
    }
    const counts = new Map<string, { n: number; men: Mention }>();
    for (const men of mentions) {
      if (men.start >= first) break;
      if (men.kind !== 'person' || men.start < floor) continue;
      const c = counts.get(personKey(men.text));
      if (c) c.n++;
      else counts.set(personKey(men.text), { n: 1, men });
    }
    const best = [...counts.values()].sort((x, y) => y.n - x.n)[0];
    const tie = [...counts.values()].filter((c) => c.n === best?.n).length > 1;
    return best && !tie ? { start: best.men.start, end: best.men.end, text: best.men.text, kind: 'name' } : null;
  }
  const at = para.start + m[0].indexOf(label);
  // "THE COURT:", "THE WITNESS:": the role the label names speaks.
  const role = /^THE[ \t]+(\p{Lu}+)$/u.exec(label);
  if (role) return { start: at + label.length - role[1].length, end: at + label.length, text: role[1].toLowerCase(), kind: 'body' };
  // A name in capitals or a turn's name speaks as the person of that surname the story names
  // before it; else only with an honorific ("MR. HALE:") or as a turn of the transcript ("Lee:").
  // A dateline or a heading in capitals ("LONDON:", "UPDATE:") names no one.
  const key = personKey(label.toLowerCase());
  for (let k = mentions.length - 1; k >= 0; k--) {
    const men = mentions[k];
    if (men.start < q.start && men.kind === 'person' && personKey(men.text) === key) return { start: men.start, end: men.end, text: men.text, kind: 'name' };
  }
  const titled = label.split(/[ \t]+/).length > 1 && LABEL_TITLE.test(label.split(/[ \t]+/)[0]);
  return titled || m[3] ? { start: at, end: at + label.length, text: label, kind: 'name' } : null;
}

/** The quote before, as the passes after it need it. */
interface Previous {
  quote: Quote;
  found: FoundSpeaker | null;
  attributionEnd: number;
  /** The speaker was named by the quote's own attribution, not carried over. */
  explicit: boolean;
  /** The run of quotes it belongs to began with a named speaker after narration, not in an exchange of turns. */
  monologue: boolean;
  /** Its words run to the end of their paragraph without a closing mark: the quote goes on. */
  unclosed: boolean;
}

/** A paragraph that opens with a quotation: one turn of a dialogue, with its speaker. */
interface Turn {
  paragraph: number;
  found: FoundSpeaker | null;
  /** Who the speaker is ({@link speakerKey}); `pronoun:i` for the narrator. */
  key: string | null;
  /** Index of the turn's first quote among the direct quotes found. */
  quote: number;
  /** No pass gave the turn a speaker and no tag of its own follows its words: the exchange may tell. */
  open: boolean;
}

/** Words that open a quote like a name and a comma but address no one by name. */
const NOT_VOCATIVE = /^(?:yes|no|oh|ah|well|hey|hi|hello|okay|ok|sorry|please|thanks|look|listen|now|so|wait|god|jesus|man|dear)$/i;

/**
 * The person a quotation addresses by name: a person named at the start of its words or of one
 * of its sentences, or at the end of one after a comma, and set off by punctuation ("Ann, come
 * here.", "Sorry, Mrs. Lee. Is he in?", "…, Tom."). Interjections and words of greeting before
 * the name are allowed ("Oh, Ann!"). Null when it addresses no one by name, or two people, or
 * (unless `callOnly`) is hardly more than the name.
 */
function addressee(text: string, content: Span, mentions: Mention[], callOnly = true): number | null {
  let found: number | null = null;
  // A name alone ("Robert,") only calls for attention: its caller most often goes on.
  if (!callOnly && scanWords(text, content.start, content.end).filter((w) => w.kind === 'word').length < 3) return null;
  for (let m = mentionOver(mentions, content) ?? mentions.length; m < mentions.length && mentions[m].start < content.end; m++) {
    const men = mentions[m];
    if (men.start < content.start || men.kind !== 'person' || NOT_VOCATIVE.test(men.text)) continue;
    // A title before the name is part of the call ("Sorry, Mrs. Lee.").
    let at = men.start;
    const title = /(\p{L}+)(\.?)\s+$/u.exec(text.slice(Math.max(content.start, at - 16), at));
    if (title && /^\p{Lu}/u.test(title[1]) && (isTitle(title[1].toLowerCase() + title[2]) || isTitle(title[1].toLowerCase()))) at -= title[0].length;
    const before = text.slice(Math.max(content.start, at - 40), at);
    const after = text.slice(men.end, Math.min(content.end, men.end + 40));
    const opens = at - content.start <= 40 && /^[\s\p{P}]*(?:(?:hey|oh|ah|well|hi|hello|dear)\s+)?$/iu.test(text.slice(content.start, at));
    const sentenceOpens = /[.!?]\s+$/.test(before) && /^[,!]/.test(after);
    const closes = /,\s*$/.test(before) && /^\s*[.!?\u2026]/.test(after);
    if (!((opens && /^\s*[,!?.]/.test(after)) || sentenceOpens || closes)) continue;
    if (found !== null && personKey(mentions[found].text) !== personKey(men.text)) return null;
    found ??= m;
  }
  return found;
}

/** How many turns on either side of a turn telling its listener's name the narrator must speak. */
const IDENTIFY_REACH = 8;

/**
 * The person a turn tells its listener they are, by a person's name after "you are" or "you're"
 * (with "not", "even", "still" between: "You're Ann?", "you are not even Ann any more"): the
 * listener's name, whatever the turn says of them. Null when no such name.
 */
function identified(text: string, content: Span, mentions: Mention[]): number | null {
  for (let m = mentionOver(mentions, content) ?? mentions.length; m < mentions.length && mentions[m].start < content.end; m++) {
    const men = mentions[m];
    if (men.start < content.start || men.kind !== 'person') continue;
    const before = text.slice(Math.max(content.start, men.start - 40), men.start);
    if (/\byou(?:['\u2019]re|\s+are|\s+were)\s+(?:not\s+)?(?:(?:even|still|really|just|truly)\s+)?$/i.test(before)) return m;
  }
  return null;
}

/**
 * The first-person narrator's name, when the story gives it in another character's words: a
 * person named at the start or the end of a turn, set off by a comma or an exclamation
 * ("Robert," Mom says; "…, Robert."), where that turn's speaker is known and is not the
 * narrator, and a turn next to it is the narrator's ("…," I say); or after "you are" in such a
 * turn near the narrator's own ({@link identified}). Every "I" that speaks then stands for that
 * name. Two different names, or none, leave "I" as it is.
 */
/** Words of a heading that say the text is one person's own words: an interview, a speech. */
const OWN_WORDS_HEADING = /\b(?:interview|interviews|interviewed|Q&A|speech|speaks|remarks|address|testimony|testifies)\b/i;

/**
 * The one whose words an interview or a speech prints, when its heading (the title, else the
 * body's first line) says it is one ("Frank Messina: An Interview with the Mets Poet", "Jack
 * Herrick, wikiHow founder, interviewed by Wikinews") and names exactly one person there. Its
 * "I" is that person.
 */
function headingPerson(text: string, heading: Span | null, mentions: Mention[], quoted: readonly Span[]): number | null {
  if (!heading || heading.end <= heading.start || !OWN_WORDS_HEADING.test(text.slice(heading.start, heading.end))) return null;
  let found: number | null = null;
  for (let m = 0; m < mentions.length && mentions[m].start < heading.end; m++) {
    const men = mentions[m];
    if (men.start < heading.start || men.kind !== 'person' || insideQuote(quoted, men)) continue;
    if (found !== null && personKey(mentions[found].text) !== personKey(men.text)) return null;
    found = found ?? m;
  }
  return found;
}

function nameNarrator(text: string, quotes: Quote[], turns: Turn[], mentions: Mention[], mentionIndex: (i: number | null) => number | null, heading: number | null): void {
  const names = new Map<string, { mention: number; men: Mention }>();
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t];
    if (!turn.key || turn.key === 'pronoun:i') continue;
    const narratorNext = [turns[t - 1], turns[t + 1]].some((o) => o && Math.abs(o.paragraph - turn.paragraph) === 1 && o.key === 'pronoun:i');
    // Telling the listener who they are ("You're not even Ann any more") names the narrator
    // when the narrator speaks in the exchange around that turn.
    const narratorNear = turns.slice(Math.max(0, t - IDENTIFY_REACH), t + IDENTIFY_REACH + 1).some((o) => o.key === 'pronoun:i');
    const m = narratorNext ? addressee(text, quotes[turn.quote].content, mentions) : null;
    const named = m ?? (narratorNear ? identified(text, quotes[turn.quote].content, mentions) : null);
    if (named !== null) names.set(personKey(mentions[named].text), { mention: named, men: mentions[named] });
  }
  if (names.size > 1) return;
  // Named by the exchange, else by the heading of an interview or a speech.
  const named = names.size ? [...names.values()][0] : heading !== null ? { mention: heading, men: mentions[heading] } : null;
  if (!named) return;
  const { mention, men } = named;
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.antecedent || !/^I$/.test(sp.text)) continue;
    sp.antecedent = { start: men.start, end: men.end, text: men.text };
    sp.mention = mentionIndex(mention);
  }
}

/** Most paragraphs of narration between two turns of one exchange. */
const TURN_GAP = 1;

/**
 * Two people taking turns: the turns of a dialogue that no pass gave a speaker (`open`) take
 * one from the exchange around them, as a reader follows it. A turn right after one that
 * addresses someone by name is that person's ("Tom, sit down." / "I'd rather stand."); a turn
 * after two turns of different speakers is the earlier one's, and so is a turn before two
 * such turns; a turn between two turns of one speaker is the other person's of the exchange.
 * Turns of an exchange are at most {@link TURN_GAP} paragraphs of narration apart. Each turn
 * so given a speaker counts for the next, so a long run of bare turns alternates; a turn no
 * rule reaches keeps none. The quotes of the turn's paragraph that have no speaker take it too.
 */
function takeTurns(text: string, paragraphs: Span[], quotes: Quote[], turns: Turn[], mentions: Mention[], mentionIndex: (i: number | null) => number | null, names: ReadonlySet<number>): void {
  const near = (a: Turn | undefined, b: Turn | undefined) => !!a && !!b && b.paragraph > a.paragraph && b.paragraph - a.paragraph <= TURN_GAP + 1;
  const give = (t: Turn, found: FoundSpeaker, key: string, speaker: Speaker) => {
    t.found = found;
    t.key = key;
    const end = paragraphs[t.paragraph]?.end ?? quotes[t.quote].end;
    for (let k = t.quote; k < quotes.length && quotes[k].start < end; k++) {
      if (quotes[k].speaker || names.has(quotes[k].start)) continue;
      quotes[k].speaker = { ...speaker, antecedent: speaker.antecedent ? { ...speaker.antecedent } : undefined };
      if (!speaker.antecedent) delete quotes[k].speaker!.antecedent;
    }
  };
  const from = (t: Turn, u: Turn) => {
    const sp = quotes[u.quote].speaker;
    if (!u.found || !u.key || !sp) return false;
    give(t, u.found, u.key, sp);
    return true;
  };
  // True when the turn's paragraph holds a sentence of narration after its last quotation and
  // that quotation's tag.
  const narratedAfter = (u: Turn) => {
    const para = paragraphs[u.paragraph];
    if (!para) return false;
    let k = u.quote;
    while (k + 1 < quotes.length && quotes[k + 1].start < para.end) k++;
    const last = quotes[k];
    if (/\?\W*$/.test(last.text)) return false;
    const tagEnd = Math.max(last.end, last.verb?.end ?? 0, last.speaker && last.speaker.start >= last.end ? last.speaker.end : 0);
    if (tagEnd >= para.end) return false;
    const tail = text.slice(tagEnd, Math.min(para.end, tagEnd + 400));
    // A new sentence after the tag's, or right after the closing mark when there is no tag.
    return tagEnd > last.end ? /[.!?\u2026]\s+\p{Lu}/u.test(tail) : /^[ \t]+\p{Lu}\p{Ll}*[ \t]/u.test(tail);
  };
  const step = (i: number): boolean => {
    const t = turns[i];
    if (!t.open || t.key) return false;
    const [p2, p1, n1, n2] = [turns[i - 2], turns[i - 1], turns[i + 1], turns[i + 2]];
    if (p1 && near(p1, t) && p1.key) {
      const m = addressee(text, quotes[p1.quote].content, mentions, false);
      if (m !== null && personKey(mentions[m].text) !== p1.key) {
        const men = mentions[m];
        give(t, { start: men.start, end: men.end, text: men.text, kind: 'name' }, personKey(men.text), { start: men.start, end: men.end, text: men.text, mention: mentionIndex(m) });
        return true;
      }
    }
    // A turn whose paragraph goes on after its words and tag with narration ("“Oh,” Pag
    // panted. Blood ran from his nose.") keeps the reader with its speaker: the bare turn right
    // after it is theirs. Not after a question, which the other one answers, nor when the bare
    // turn asks one (most often the other's reply: "Since when?"), nor before another turn of
    // that speaker (the bare turn between is the other one's). Narration that told another
    // person's action gave its turn a speaker before the exchange is read.
    if (p1 && p1.paragraph === t.paragraph - 1 && p1.key && !(near(t, n1) && n1.key === p1.key) && !/\?\W*$/.test(quotes[t.quote].text) && narratedAfter(p1)) return from(t, p1);
    if (near(p2, p1) && near(p1, t) && p1.key && p2.key && p1.key !== p2.key) return from(t, p2);
    if (near(t, n1) && near(n1, n2) && n1.key && n2.key && n1.key !== n2.key) return from(t, n2);
    // After two turns of one speaker that answered another in a conversation between the two
    // ("Hi, Ivo," Ann said. / "Hello," Ivo said. / "Happy new year." / "…"), the other one
    // takes the word back. A conversation: one of them calls the other by name, or the other
    // is the narrator; in a run of quotes at a news conference, the next may be anyone's.
    const p3 = turns[i - 3];
    if (near(p3, p2) && near(p2, p1) && near(p1, t) && p1.key && p1.key === p2.key && p3.key && p3.key !== p1.key) {
      // By any word of the name ("Ivo" calls Ivo Brandt).
      const calls = (a: Turn, b: Turn) => {
        const m = addressee(text, quotes[a.quote].content, mentions);
        const sp = quotes[b.quote].speaker;
        if (m === null || !sp) return false;
        const names = (sp.antecedent?.text ?? sp.text).split(/\s+/);
        return mentions[m].text.split(/\s+/).some((w) => names.includes(w));
      };
      if (p3.key === 'pronoun:i' || calls(p3, p1) || calls(p2, p3)) return from(t, p3);
    }
    if (near(p1, t) && near(t, n1) && p1.key && p1.key === n1.key) {
      // Between two turns of one speaker: the other one of the exchange, the nearest named.
      let backIn = true;
      let aheadIn = true;
      for (let d = 2; d <= 8 && (backIn || aheadIn); d++) {
        const back = turns[i - d];
        const ahead = turns[i + d];
        backIn = backIn && near(back, turns[i - d + 1]);
        aheadIn = aheadIn && near(turns[i + d - 1], ahead);
        if (backIn && back.key && back.key !== p1.key) return from(t, back);
        if (aheadIn && ahead.key && ahead.key !== p1.key) return from(t, ahead);
      }
    }
    return false;
  };
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (let i = 0; i < turns.length; i++) changed = step(i) || changed;
    for (let i = turns.length - 1; i >= 0; i--) changed = step(i) || changed;
    if (!changed) break;
  }
}

/**
 * The speaker of the tag after quote `next` when `q` and `next` are two turns in one paragraph:
 * `q` ends its words with a full stop, a question or an exclamation (or breaks off), and `next`
 * opens after nothing but spaces and is followed by its own tag.
 */
function pairedTurn(text: string, q: MarkedQuote, next: MarkedQuote, nextStart: number): FoundSpeaker | null {
  if (q.unclosed || next.unclosed || !/^[ \t]+$/.test(text.slice(q.end, next.start))) return null;
  if (!/[.!?\u2026\u2014-]\s*$/.test(text.slice(q.content.start, q.content.end))) return null;
  const limit = Math.min(nextStart, tagLineEnd(text, next.end), next.end + AFTER_WINDOW);
  const tag = attributeAfter(text, next.end, limit);
  return tag?.verb && tag.speaker ? tag.speaker : null;
}

/**
 * The latest of the quotes read so far, in paragraph `para` or the three before it, whose
 * speaker is known and is not `key`; -1 when there is none.
 */
function lastOtherSpeaker(keys: readonly (string | null)[], paras: readonly number[], para: number, key: string): number {
  for (let k = keys.length - 1; k >= 0 && paras[k] >= para - 3; k--) if (keys[k] && keys[k] !== key) return k;
  return -1;
}

/** Most paragraphs a quotation left open may run over to the source cited where it ends. */
const CITED_RUN = 10;

/**
 * Quotations left open at the end of their paragraph whose run of paragraphs ends with a source
 * cited in brackets, as a piece quoting other outlets' articles does ("“A gunman shot three
 * people …" / "Police evacuated the building." / "The office is north of the city. (Daily
 * Courier article)"): the source is the speaker of the quotation, keyed by its start. When no
 * other quotation opens within the run, the quotation is extended over it (one quotation over
 * several paragraphs, as when its closing mark is printed). A paragraph that opens with a double
 * mark starts another quotation and ends the search.
 */
function bracketSources(text: string, paragraphs: Span[], marked: MarkedQuote[]): Map<number, FoundSpeaker> {
  const out = new Map<number, FoundSpeaker>();
  let next = 0;
  for (const q of marked) {
    if (!q.unclosed) continue;
    const pi = paragraphAt(paragraphs, q.start);
    if (pi < 0) continue;
    for (let k = pi + 1; k < paragraphs.length && k <= pi + CITED_RUN && paragraphs[k].start - q.end <= 3000; k++) {
      const para = paragraphs[k];
      if (/^\s*["\u201c\u201e\u00ab]/.test(text.slice(para.start, Math.min(para.end, para.start + 20)))) break;
      const end = trimmedEndOf(text, para);
      const open = text.lastIndexOf('(', end);
      if (open <= para.start || end - open > 80) continue;
      const cited = signature(text, open - 1 >= para.start && /[ \t]/.test(text[open - 1]) ? open - 1 : open, end);
      if (!cited?.speaker) continue;
      out.set(q.start, cited.speaker);
      while (next < marked.length && marked[next].start <= q.start) next++;
      if (next < marked.length && marked[next].start < open) break;
      // Extended to the words before the brackets, without a closing mark printed there.
      let stop = open;
      while (stop > para.start && /[\s"\u201d]/.test(text[stop - 1])) stop--;
      q.end = stop;
      q.content = { start: q.content.start, end: stop };
      break;
    }
  }
  return out;
}

/** The end of `span` before any white space it ends with. */
function trimmedEndOf(text: string, span: Span): number {
  let e = span.end;
  while (e > span.start && /\s/.test(text[e - 1])) e--;
  return e;
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

/** Bodies that speak for a person without being that person ("the Lee campaign", "Lee's lawyer"). */
const OTHER_SPEAKERS = new Set(['campaign', 'administration', 'office', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'family']);

function toSpeaker(text: string, found: FoundSpeaker, mentions: Mention[], resolved: { span: FoundSpeaker; mention: number | null } | null): Speaker {
  const speaker: Speaker = { start: found.start, end: found.end, text: text.slice(found.start, found.end), mention: null };
  if (found.kind === 'pronoun' || ((found.kind === 'description' || found.kind === 'body') && resolved)) {
    if (resolved) {
      speaker.mention = resolved.mention;
      speaker.antecedent = { start: resolved.span.start, end: resolved.span.end, text: resolved.span.text };
    }
  } else {
    const m = mentionOver(mentions, found);
    // A person's campaign, office or lawyer is another speaker ("the Lee campaign said" is not
    // Lee), while their letter, statement or spokesman gives their own words, and a body of an
    // organisation is its voice ("the Kremlin's spokesman").
    const head = /(\p{L}+)$/u.exec(found.text)?.[1]?.toLowerCase() ?? '';
    speaker.mention = m !== null && found.kind === 'body' && mentions[m].kind === 'person' && OTHER_SPEAKERS.has(head) ? null : m;
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
  // The article's first line: its heading, when it has one.
  const firstPara = ctx.paragraphs.find((p) => p.start >= floor && /\S/.test(text.slice(p.start, p.end))) ?? null;
  const headingLine = firstPara ? { start: firstPara.start, end: Math.min(firstPara.end, lineEndOf(text, firstPara.start)) } : null;
  // A pronoun is resolved among the people that agree with it; a definite description ("the
  // mayor") to the person the story gave that title or apposition.
  const described = (found: FoundSpeaker) => {
    const m = resolveDescription(text, sortedMentions, found, quoted) ?? appositionNamed(text, sortedMentions, found) ?? salientPerson(text, sortedMentions, found, genders, quoted, headingLine);
    if (m === null) return null;
    const men = sortedMentions[m];
    return { span: { start: men.start, end: men.end, text: men.text, kind: 'name' as const }, mention: m };
  };
  // The subject of the sentence right before the quoted words' own: "Linda Moss met the mayor on
  // Tuesday. “We had a good talk,” she said." is Moss, whoever spoke last.
  const subjectJustBefore = (span: Span, anchor: number) => {
    const si = sentenceAt(sentences, span.start);
    if (si < 0 || sentenceAt(sentences, anchor) !== si + 1) return false;
    const subject = sentenceSubject(text, scanWords(text, sentences[si].start, sentences[si].end));
    return subject !== null && subject.start <= span.start && span.end <= subject.end;
  };
  // A person the story names for the first time in the sentence right before the quoted words'
  // own: news introduces someone, then quotes them ("… a surprise to producer Tom Reed, who
  // worked with her. “…,” he said.").
  const introducedJustBefore = (antecedent: { span: FoundSpeaker; mention: number | null }, anchor: number) => {
    if (antecedent.mention === null) return false;
    const si = sentenceAt(sentences, antecedent.span.start);
    if (si < 0 || sentenceAt(sentences, anchor) !== si + 1) return false;
    const key = personKey(sortedMentions[antecedent.mention].text);
    for (let m = antecedent.mention - 1; m >= 0; m--) if (sortedMentions[m].kind === 'person' && personKey(sortedMentions[m].text) === key) return false;
    return true;
  };
  const resolve = (found: FoundSpeaker, anchor = found.start) => {
    if (found.kind !== 'pronoun') return described(found);
    let antecedent = resolvePronoun(text, sentences, sortedMentions, found, speakers, genders, quoted, anchor);
    if (antecedent && (antecedent.span.kind === 'name' || (antecedent.span.kind === 'description' && antecedent.mention === null))) {
      // In a conversation, "she says" is most often the one of that gender who has been talking,
      // not someone (or something: "a pixie") the narration mentioned in passing who has said nothing.
      const talking = lastSpeakerOf(found, anchor, 600);
      const key = personKey(antecedent.span.text);
      if (talking && personKey(talking.span.text) !== key && !speakers.some((s) => s.kind === antecedent!.span.kind && personKey(s.text) === key) && !subjectJustBefore(antecedent.span, anchor) && !introducedJustBefore(antecedent, anchor)) antecedent = talking;
    }
    antecedent = antecedent ?? lastSpeakerOf(found, anchor) ?? lastPersonOf(found, anchor);
    // A pronoun that stands for a description ("the judge … she said") stands for the person
    // the description is tied to, when the story ties it to one.
    return antecedent?.span.kind === 'description' ? described(antecedent.span) ?? antecedent : antecedent;
  };

  // "He" or "she" whom no sentence before names: the last speaker of that gender, as in a long
  // exchange of quotes whose narration names nobody for a while.
  const lastSpeakerOf = (found: FoundSpeaker, anchor: number, reach = 3000, among: readonly FoundSpeaker[] = speakers, unknownGender = false) => {
    const wanted = /^she$/i.test(found.text) ? 'female' : /^he$/i.test(found.text) ? 'male' : null;
    if (!wanted) return null;
    for (let k = among.length - 1; k >= 0; k--) {
      const s = among[k];
      if (s.end > anchor) continue;
      if (anchor - s.end > reach) break;
      const head = /(\p{L}+)$/u.exec(s.text)?.[1]?.toLowerCase() ?? '';
      // A noun for a person written as a name ("Mom asks") has that noun's gender.
      const gender = s.kind === 'name' ? genders.get(personKey(s.text)) ?? nounGender(head) : s.kind === 'description' ? nounGender(head) : null;
      if (gender === wanted || (unknownGender && gender === null && s.kind === 'name')) return { span: s, mention: s.kind === 'name' ? mentionOver(sortedMentions, s) : null };
    }
    return null;
  };

  // "He" or "she" that neither the sentences before nor an earlier speaker account for: the
  // person the story last named outside quotation marks whose gender the story gives as the
  // pronoun's, as a long stretch of narration about "she" goes back to the woman it opened with.
  // Only a gender the story's words or a first name tell: a person of unknown gender is not taken.
  const lastPersonOf = (found: FoundSpeaker, anchor: number) => {
    const wanted = /^she$/i.test(found.text) ? 'female' : /^he$/i.test(found.text) ? 'male' : null;
    if (!wanted) return null;
    // The last mention that starts before the anchor, found by halving.
    let lo = 0;
    let hi = sortedMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedMentions[mid].start < anchor) lo = mid + 1;
      else hi = mid;
    }
    for (let m = lo - 1; m >= 0; m--) {
      const men = sortedMentions[m];
      if (men.end > anchor || men.kind !== 'person' || insideQuote(quoted, men)) continue;
      if (anchor - men.end > 3000) break;
      if (genders.get(personKey(men.text)) === wanted) return { span: { start: men.start, end: men.end, text: men.text, kind: 'name' as const }, mention: m };
    }
    return null;
  };

  const doubles = findDoubleQuotes(text, floor, text.length);
  const singles = findSingleQuotes(text, floor, text.length, doubles);
  const marked: MarkedQuote[] = [...doubles, ...singles].sort((a, b) => a.start - b.start);
  const runSources = bracketSources(text, ctx.paragraphs, marked);
  const quoted: Span[] = marked.map((q) => ({ start: q.start, end: q.end }));

  const quotes: Quote[] = [];
  const speakers: FoundSpeaker[] = [];
  const labels = turnLabels(text, ctx.paragraphs, floor);
  // Paragraphs that open with a quotation, in order: the turns of a dialogue.
  const turns: Turn[] = [];
  // Quotations that are names (titles, nicknames, terms), not anyone's words.
  const names: Span[] = [];
  // Quotations whose words nobody is said to speak (names, and short phrases no attribution
  // reaches): read in the passes below like any quotation, but not reported as quotes.
  const mentioned = new Set<number>();
  let prev: Previous | null = null;
  // For each quote of speech read in the loop below (not titles): who its speaker is, the
  // speaker as found, and its paragraph.
  const quoteKeys: (string | null)[] = [];
  const quoteFound: (FoundSpeaker | null)[] = [];
  const quotePara: number[] = [];
  // A title in quotation marks inside the tag of the quote before it ("…,” Ann Lee, author of
  // “Blue River: A Life,” said"), found when that tag is read.
  let titleInTag = -1;
  for (let n = 0; n < marked.length; n++) {
    const q = marked[n];
    if (q.start === titleInTag || isName(text, q, sentences)) {
      // A title, a nickname or a term in quotation marks is nobody's words: no speaker, and it
      // leaves the run of quotes and attributions around it as it was.
      quotes.push({ start: q.start, end: q.end, text: wordsOf(text, q.content), content: { ...q.content }, direct: true, verb: null, speaker: null });
      names.push({ start: q.start, end: q.end });
      mentioned.add(q.start);
      continue;
    }
    const nextStart = n + 1 < marked.length ? marked[n + 1].start : text.length;
    let found: Attribution | null = null;
    let attributionEnd = q.end;
    if (!q.unclosed) {
      const limit = Math.min(nextStart, tagLineEnd(text, q.end), q.end + AFTER_WINDOW);
      found = attributeAfter(text, q.end, limit) ?? signature(text, q.end, limit);
      const title = n + 1 < marked.length ? marked[n + 1] : null;
      if (!found?.speaker && title && titleInside(text, q, title)) {
        // The tag holds a title in quotation marks that ends an appositive, its comma inside the
        // marks, and goes on after it to the verb: read past the title.
        const limit2 = Math.min(n + 2 < marked.length ? marked[n + 2].start : text.length, tagLineEnd(text, title.end), title.end + AFTER_WINDOW);
        const past = attributeAfter(text, q.end, limit2, title);
        if (past?.speaker) {
          found = past;
          titleInTag = title.start;
        }
      }
      if (found?.verb) attributionEnd = Math.max(found.verb.end, found.speaker?.end ?? 0);
    }
    const cited = runSources.get(q.start);
    // A quotation over several paragraphs whose source is cited in brackets where it ends.
    if (!found?.speaker && cited) found = { speaker: cited, verb: null };
    // A speech verb right after the quote is its own attribution, even without a subject found.
    const ownTag = !!found?.verb;
    let reachesPrev = false;
    if (!found?.speaker || found.loose) {
      const win = beforeWindow(text, sentences, q, prev ? prev.attributionEnd : -1, floor);
      reachesPrev = win.reachesPrev;
      const si = sentenceAt(sentences, win.from);
      let before = attributeBefore(text, win.from, q.start, si >= 0 ? Math.max(floor, sentences[si].start) : win.from);
      if (!before?.speaker && win.reachesPrev && prev) {
        // The quotation before stands in an aside between dashes that closes right before this
        // one ("Lee told reporters — where her lawyer said she was “resting” — “…”"): the
        // sentence around the aside introduces this one.
        const whole = beforeWindow(text, sentences, q, -1, floor);
        const aside = asideBefore(text, whole.from, q.start);
        if (aside >= whole.from && aside < prev.quote.start) before = attributeBefore(text, whole.from, q.start, whole.from) ?? before;
      }
      if (before?.speaker) {
        // The loose tag after the quote is left to the words it reports.
        if (found?.loose) attributionEnd = q.end;
        found = before;
      } else if (found?.speaker) {
        // A loose tag is still the quote's when nothing before it names a speaker.
      } else {
        const colon = colonLead(text, sentences, q.start, floor);
        if (colon) found = colon;
      }
    }
    let speakerFound = found?.speaker ?? null;
    let verb = found?.verb ?? null;
    // A quote in a labelled turn of a transcript ("LEE: …", "A: …") is the label's speaker's,
    // and so is one its "I" says.
    if (!speakerFound || (speakerFound.kind === 'pronoun' && speakerFound.text === 'I')) {
      speakerFound = labelSpeaker(text, ctx.paragraphs, sortedMentions, q, floor, labels) ?? speakerFound;
    }
    const explicit = !!speakerFound;
    const pi = paragraphAt(ctx.paragraphs, q.start);
    if (!speakerFound && n + 1 < marked.length) {
      // Two turns in one paragraph: a quote that ends its words and is followed at once by
      // another quote with a tag of its own ("“Why?” “My father is a trader,” she said.") is
      // the other one's of the exchange, never the tag's speaker.
      const other = pairedTurn(text, q, marked[n + 1], n + 2 < marked.length ? marked[n + 2].start : text.length);
      if (other) {
        const key = speakerKey(other, resolve(other, marked[n + 1].start)?.span ?? null);
        const back = key ? lastOtherSpeaker(quoteKeys, quotePara, pi, key) : -1;
        if (back >= 0) speakerFound = quoteFound[back];
      }
    }
    if (!speakerFound && prev?.found && prev.unclosed && unmarkedBetween(text, prev.quote.end, q.start)) {
      // A quote left open, a paragraph or two without marks, then a paragraph opening with one:
      // one quotation over several paragraphs whose marks were lost between them.
      speakerFound = prev.found;
      verb = prev.quote.verb;
    }
    if (!speakerFound && prev?.found && (reachesPrev || continues(text, prev.quote, prev.attributionEnd, q, prev.explicit || prev.monologue, names, prev.explicit && prev.monologue && !asks(prev.quote.verb)))) {
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
    if (!speakerFound && !ownTag) {
      // A quotation inside a sentence that closes with its attribution ("… seized “a cache of
      // arms,” including rifles, the statement said."): that attribution's.
      const closing = closingTag(text, sentences, q);
      if (closing) speakerFound = closing;
    }
    if (!speakerFound && !ownTag) {
      // A fragment inside the sentence after one that reports someone's words: theirs; else a
      // fragment set in its sentence without a verb of saying, its person subject's.
      const lead = reportedLead(text, sentences, ctx.paragraphs, q, floor, true) ?? subjectOfFragment(text, sentences, sortedMentions, q);
      if (lead) speakerFound = lead;
    }
    if (!speakerFound && !ownTag && !tagFollows(text, q)) {
      // An action of its speaker next to the quote in its paragraph: "“Come in.” Ann smiled."
      const beat = beatSpeaker(text, sentences, ctx.paragraphs, sortedMentions, q);
      if (beat) speakerFound = beat;
    }
    // A quote that calls someone by name is most often answered by them: left to the turns below.
    const called = prev !== null && paragraphAt(ctx.paragraphs, prev.quote.start) === paragraphAt(ctx.paragraphs, q.start) - 1 && addressee(text, prev.quote.content, sortedMentions, false) !== null;
    if (!speakerFound && !ownTag && !called && !tagFollows(text, q)) {
      // A quote opening its paragraph after narration that tells someone's action.
      const acting = narrationBefore(text, sentences, ctx.paragraphs, sortedMentions, q, floor);
      if (acting) speakerFound = acting;
    }
    if (!speakerFound) {
      // A quote standing alone in its paragraph: the one person the paragraph before names.
      const named = paragraphSpeaker(text, ctx.paragraphs, sentences, sortedMentions, q, prev?.quote ?? null, floor);
      if (named) speakerFound = named;
    }
    const opensParagraph = pi >= 0 && /^\s*$/.test(text.slice(ctx.paragraphs[pi].start, q.start));
    if (!speakerFound && opensParagraph && turns.length >= 2) {
      // Two people taking turns: a bare turn right after two turns of different speakers, that
      // no pass above gave a speaker (the turn before asked, or was itself carried over), is the
      // earlier one's ("…," Ann said. / "…?" Tom asked. / "…" is Ann's again).
      const last = turns[turns.length - 1];
      const before = turns[turns.length - 2];
      // Only when the turn before ends with its words and tag: narration after them (an action
      // of its speaker) is most often followed by that speaker's next words.
      const tail = prev ? text.slice(Math.max(prev.quote.end, prev.attributionEnd), ctx.paragraphs[pi - 1]?.end ?? 0) : '';
      const tagged = prev !== null && prev.attributionEnd > prev.quote.end;
      const bare = prev !== null && prev.quote.start >= (ctx.paragraphs[pi - 1]?.start ?? Infinity) && (tagged ? /^[^.!?]*[.!?]?["'\u201d\u2019]?\s*$/ : /^\s*$/).test(tail);
      if (bare && last.paragraph === pi - 1 && before.paragraph === pi - 2 && last.key && before.key && last.key !== before.key) speakerFound = before.found;
    }
    // A short phrase inside a sentence that nothing attributes is a scare quote or a mention.
    if (!speakerFound && !verb && isMention(text, sentences, q)) mentioned.add(q.start);
    let speaker: Speaker | null = null;
    let resolved: ReturnType<typeof resolve> = null;
    if (speakerFound) {
      resolved = resolve(speakerFound, q.start);
      speaker = toSpeaker(text, speakerFound, sortedMentions, resolved);
      speaker.mention = mentionIndex(speaker.mention);
      if (speakerFound.kind !== 'pronoun') speakers.push(speakerFound);
      else if (resolved) speakers.push(resolved.span);
    }
    if (opensParagraph && turns[turns.length - 1]?.paragraph !== pi) {
      turns.push({ paragraph: pi, found: speakerFound, key: speakerKey(speakerFound, resolved?.span ?? null), quote: quotes.length, open: !speakerFound && !ownTag && !tagFollows(text, q) });
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
    quoteKeys.push(speakerKey(speakerFound, resolved?.span ?? null));
    quoteFound.push(speakerFound);
    quotePara.push(pi);
    // A named speaker's run is a monologue when the paragraph before it opens with no quote.
    const last = prev as Previous | null;
    const monologue: boolean = explicit ? !(pi > 0 && turns.some((t) => t.paragraph === pi - 1)) : !!last?.monologue && speakerFound === last.found;
    prev = { quote, found: speakerFound, attributionEnd, explicit, monologue, unclosed: !!q.unclosed };
  }

  takeTurns(text, ctx.paragraphs, quotes, turns, sortedMentions, mentionIndex, new Set(names.map((n) => n.start)));
  const first = firstPara;
  const heading = first ? headingPerson(text, { start: first.start, end: Math.min(first.end, lineEndOf(text, first.start), first.start + 300) }, sortedMentions, quoted) : null;
  nameNarrator(text, quotes, turns, sortedMentions, mentionIndex, heading);

  // Quotes printed without marks: block quotes after a lead-in with a colon, and pull quotes
  // signed with the speaker's name. Marked quotes take precedence where they overlap.
  const markedSpans = marked.map((q) => ({ start: q.start, end: q.end }));
  const unmarked: UnmarkedQuote[] = [...findBlockQuotes(text, ctx.paragraphs, sentences, markedSpans, floor), ...findPullQuotes(text, ctx.paragraphs, markedSpans, floor)];
  unmarked.sort((a, b) => a.content.start - b.content.start);
  let lastEnd = -1;
  for (const u of unmarked) {
    if (u.content.start < lastEnd) continue;
    lastEnd = u.content.end;
    // A quotation inside the words of a block quote is quoted by its speaker ("… She certainly
    // wasn't 'forced' to be there."), not a quote of its own.
    for (const q of marked) if (q.start >= u.content.start && q.end <= u.content.end) mentioned.add(q.start);
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
  // Words mentioned, not said, are no one's quote: they are neither highlighted nor compared as
  // quotes (the grammar still colours their marks).
  if (mentioned.size) {
    let k = 0;
    for (const q of quotes) if (!(q.direct && mentioned.has(q.start))) quotes[k++] = q;
    quotes.length = k;
  }
  // Speakers in the order the text names them, direct and reported, built in one pass: "…, he
  // said." closing a statement is the last one who spoke in the sentence before, of that gender
  // or named without one ("Jackson failed the tests, Officer Ray Lee said. Jackson was on
  // probation, he said.").
  const named: FoundSpeaker[] = [];
  let next = 0;
  for (const r of reported) {
    const at = r.content.start;
    while (next < speakers.length && speakers[next].end <= at) named.push(speakers[next++]);
    const si = sentenceAt(sentences, at);
    const resolved = (r.closing && si > 0 && lastSpeakerOf(r.speaker, at, at - sentences[si - 1].start, named, true)) || resolve(r.speaker);
    const own = r.speaker.kind !== 'pronoun' ? r.speaker : resolved?.span;
    if (own) named.push(own);
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
