/**
 * What happened to a named person, as the article reports it: sought ("police are looking for
 * Smith", "Smith remains at large"), arrested, charged, convicted, acquitted, sentenced,
 * released, fired or resigned, and whether the report denies it ("Smith has not been charged").
 * Read from the person as subject ("Smith was arrested", "Smith, 35, resigned"), as object
 * ("police arrested Smith", "the team fired coach Smith") and from nouns ("Smith's arrest",
 * "the resignation of Smith"). Plans and conditions ("is expected to be charged", "would
 * resign") are not statuses. Each reads a bounded window around a mention: linear in the text.
 */
import type { DateRef, Description, Mention, Span } from '../types';
import frameData from '../data/frames.json';
import { TITLE_HEADS } from '../data/titles';
import { firstFrom, isPeriod, type FrameDate } from './framesCommon';
import { sentenceAt } from './claimsText';

/** A status the article gives a person. */
export interface LocalStatus {
  /** Index of the person's mention, or -1 for a pronoun or a description. */
  mention: number;
  /**
   * For a person the article describes ("the gunman was arrested"): the index of the description
   * in the article's `descriptions`; `mention` is then -1 and the story says whom it describes.
   */
  description?: number;
  status: string;
  /** True when the article says it did not happen ("has not been charged"). */
  negated: boolean;
  /** The words that report it, the name included. */
  span: Span;
  text: string;
  /** Dates in the same clause ("was arrested Monday"). */
  dates: FrameDate[];
  /** For a sentence, its length: in months ("2 1/2 years" is 30), life as 12,000; the words. */
  term?: { months: number; text: string; end: number };
  /**
   * For "he"/"she" (`mention` is then -1): the people the pronoun may stand for, likeliest first
   * (named before it in its sentence, then in up to three sentences before, each sentence's
   * first name first), and the pronoun's gender; the story picks the first whose gender fits.
   */
  pronoun?: { gender: 'male' | 'female'; candidates: number[] };
}

const STATUS_OF = new Map<string, string>();
/** "Looking for", "search for": someone else seeks the person, so these are read only before the name. */
const SEEKING = new Set(['looking for', 'searching for', 'hunting for', 'manhunt for', 'search for', 'hunt for']);
for (const [status, words] of Object.entries(frameData.statuses)) for (const w of words) if (!STATUS_OF.has(w) && !SEEKING.has(w)) STATUS_OF.set(w, status);
// An escape is an event of the past, not the state of being sought; it contradicts nothing.
STATUS_OF.set('escaped', 'escaped');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]{1,2}');
const ALL_WORDS = [...STATUS_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Statuses that need "was"/"is" before them when the person is the subject ("was arrested"), as they are also active verbs ("Smith arrested two men"). */
const PASSIVE_ONLY = new Set([...frameData.statuses.wounded.filter((w) => w.startsWith('listed ')), 'killed', 'slain', 'murdered', 'fatally shot', 'shot dead', 'shot and killed', 'stabbed to death', 'found dead', 'pronounced dead', 'wounded', 'hospitalized', 'hospitalised', 'injured', 'hurt', 'grazed', 'shot', 'arrested', 'detained', 'captured', 'apprehended', 'booked', 'jailed', 'recaptured', 'nabbed', 'charged', 'indicted', 'arraigned', 'convicted', 'acquitted', 'sentenced', 'released', 'freed', 'fired', 'sacked', 'dismissed', 'ousted', 'axed', 'terminated', 'cleared', 'sought', 'wanted', 'set free', 'let go', 'forced out', 'pushed out', 'found guilty', 'found not guilty', 'taken into custody', 'released on bail', 'released without charge', 'bailed', 'held without bail', 'held in custody', 'held in jail']);
/** States a person is in, after "is", "remains", "was still" ("at large", "in custody"). */
const STATES = new Set(['at large', 'on the run', 'on the loose', 'in custody', 'in police custody', 'in jail', 'behind bars', 'remains missing', 'wanted']);
// The condition of someone hurt ("is in critical condition", "remains in stable condition").
for (const w of frameData.statuses.wounded) if (/^in .* condition$/.test(w)) STATES.add(w);
/** Verbs that report a status of their object ("police arrested Smith", "the team fired coach Smith"). */
const OBJECT_VERBS = new Map<string, string>([
  ['arrested', 'arrested'], ['detained', 'arrested'], ['captured', 'arrested'], ['apprehended', 'arrested'], ['recaptured', 'arrested'], ['jailed', 'arrested'],
  ['charged', 'charged'], ['indicted', 'charged'], ['convicted', 'convicted'], ['acquitted', 'acquitted'], ['sentenced', 'sentenced'],
  ['released', 'released'], ['freed', 'released'], ['fired', 'fired'], ['sacked', 'fired'], ['dismissed', 'fired'], ['ousted', 'fired'], ['axed', 'fired'],
  ['killed', 'killed'], ['murdered', 'killed'], ['fatally shot', 'killed'], ['shot and killed', 'killed'], ['shot dead', 'killed'], ['wounded', 'wounded'], ['injured', 'wounded'],
  ['shot', 'shot'], ['stabbed', 'wounded'],
  ['looking for', 'sought'], ['searching for', 'sought'], ['hunting for', 'sought'], ['seeking', 'sought'], ['manhunt for', 'sought'], ['search for', 'sought'], ['hunt for', 'sought'],
]);
const OBJECT_ALT = [...OBJECT_VERBS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Nouns that report a status of the person after "of" or before them with "'s". */
const NOUN_STATUS = new Map<string, string>([
  ['arrest', 'arrested'], ['capture', 'arrested'], ['conviction', 'convicted'], ['acquittal', 'acquitted'], ['release', 'released'],
  ['death', 'killed'], ['killing', 'killed'], ['murder', 'killed'], ['slaying', 'killed'], ['shooting', 'shot'],
  ['body', 'killed'], ['bodies', 'killed'],
  ['firing', 'fired'], ['dismissal', 'fired'], ['sacking', 'fired'], ['ouster', 'fired'], ['resignation', 'resigned'], ['indictment', 'charged'],
]);
const NOUN_ALT = [...NOUN_STATUS.keys()].join('|');
/** "The body of X" tells of a death only where it is found ("shots to X's body" does not). */
const BODY = /^bod(?:y|ies)$/i;
const FOUND = /\b(?:found|discovered|recovered|identified|located|pulled|dumped|lay|lying|buried|autopsy|morgue|coroner)\b/i;

const AUX_WORD = '(?:was|were|is|are|has|have|had|been|being|be|got|gets|later|also|reportedly|allegedly|subsequently|eventually|already|then|finally|since|now|still|not|never|yet|remains|remained|remain|n[\'\u2019]t|to)';
/** After the name: an optional apposition or relative "who", then auxiliaries, then the status. */
const SUBJECT = new RegExp(
  `^(?:[ \\t]{1,2}(?:Jr|Sr)\\.?|[ \\t]{1,2}(?:II|III|IV))?(?:,[ \\t]{1,2}(?!who\\b)[^,.;:!?"\\u201c\\u201d]{1,70},)?(,?[ \\t]{1,2}who|,(?=[ \\t]{1,2}(?:was|were|is|has|had)\\b))?((?:[ \\t]{1,2}${AUX_WORD})*)[ \\t]{1,2}(${ALL_WORDS})\\b`,
  'i',
);
const OBJECT = new RegExp(`\\b(${OBJECT_ALT})[ \\t]{1,2}((?:[A-Za-z][a-z-]*[ \\t]{1,2}){0,2})$`, 'i');
/** Words that may stand between a verb and the person it acts on: titles ("fired head coach Smith"). */
const TITLE_WORDS = new Set([...TITLE_HEADS, 'head', 'assistant', 'former', 'suspect', 'suspected', 'alleged', 'accused', 'fugitive', 'gunman', 'shooter', 'coach', 'manager', 'president', 'chief', 'director', 'officer', 'deputy', 'teen', 'teenager', 'man', 'woman', 'general', 'star', 'actor', 'actress', 'singer', 'rapper', 'player', 'pitcher', 'quarterback', 'guard', 'forward', 'the', 'his', 'her', 'their', 'its']);
const NOUN_OF = new RegExp(`\\b(${NOUN_ALT})[ \\t]{1,2}of[ \\t]{1,2}(?:[a-z][a-z-]*[ \\t]{1,2}){0,2}$`, 'i');
const POSSESSIVE_NOUN = new RegExp(`^['\\u2019]s?[ \\t]{1,2}(${NOUN_ALT})\\b`, 'i');
const MODAL = /\b(?:will|would|could|can|may|might|should|must|to)\b/i;
/**
 * Words before a noun of status that ask for it rather than report it: "a warrant for Smith's
 * arrest", "called for the resignation of Smith", "information leading to the arrest of Smith".
 */
const SOUGHT_NOUN = /\b(?:warrants?(?:[ \t]{1,2}(?:was|were|has|had|have)[ \t]{1,2}been)?(?:[ \t]{1,2}issued)?[ \t]{1,2}for|calls?[ \t]{1,2}for|called[ \t]{1,2}for|calling[ \t]{1,2}for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|order(?:s|ed|ing)?|seek(?:s|ing)?|sought|push(?:es|ed|ing)?[ \t]{1,2}for|press(?:es|ed|ing)?[ \t]{1,2}for|leading[ \t]{1,2}to|lead[ \t]{1,2}to|reward[ \t]{1,2}for|bid[ \t]{1,2}for|plans?[ \t]{1,2}for|would|will|could)(?:[ \t]{1,2}(?:the|an|his|her|their|immediate|swift))*[ \t]{1,2}$/i;
const NEGATED = /\b(?:not|never|n['\u2019]t|yet)\b/i;
/** Verbs that report speech or thought take a clause: a name after them may be its subject ("said Smith was arrested"). */
const CLAUSE_VERBS = new Set(['said', 'reported', 'confirmed', 'announced', 'alleged', 'believed', 'stated', 'added', 'claimed', 'insisted', 'learned', 'learnt', 'feared', 'suspected', 'thought', 'noted', 'revealed', 'indicated', 'suggested', 'understood']);
/** Verbs whose object a name after them is ("the bullet that killed Smith was fired"), irregular ones listed. */
const OBJECT_VERBS_IRREGULAR = new Set(['shot', 'hit', 'struck', 'saw', 'met', 'found', 'left', 'beat', 'fought', 'told', 'sent', 'brought', 'caught', 'kept', 'took', 'gave', 'led', 'let', 'made', 'named', 'chose', 'hired', 'drafted', 'signed', 'traded', 'replaced', 'succeeded', 'defeated', 'stopped', 'knocked', 'kill', 'kills', 'killing', 'killed']);
/** True when the word before a name makes it the object of a verb, not the subject of what follows. */
function objectOfVerb(before: string): boolean {
  const m = /([a-z]+)[ \t]{1,2}(?:[A-Z][\w'\u2019.-]*[ \t]{1,2}){0,2}$/.exec(before);
  if (!m) return false;
  const w = m[1];
  if (CLAUSE_VERBS.has(w)) return false;
  return OBJECT_VERBS_IRREGULAR.has(w) || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')));
}
/** A preposition right before a name makes it an object, not the subject of what follows ("charges against Smith were dismissed"). */
const PREPOSITION_BEFORE = /\b(?:against|of|for|to|with|by|from|on|at|about|toward|towards|than|like|between|over)[ \t]{1,2}(?:[A-Z][\w'\u2019.-]*[ \t]{1,2}){0,2}$/;

/** The clause around a span: between the nearest commas, semicolons or dashes, inside the sentence. */
function clauseAround(text: string, sentence: Span, span: Span): Span {
  let start = span.start;
  const min = Math.max(sentence.start, span.start - 200);
  while (start > min && !/[,;:\u2014\u2013]/.test(text[start - 1])) start--;
  let end = span.end;
  const max = Math.min(sentence.end, span.end + 200);
  while (end < max && !/[,;:\u2014\u2013]/.test(text[end])) end++;
  return { start, end };
}

const TERM_NUMBER = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
/** "to 2 1/2 years", "to two and a half years", "to 18 months", "to life in prison"; after "jailed", "for 15 months". */
const TERM = new RegExp(`^[ \\t]{1,2}(to|for)[ \\t]{1,2}(?:(?:a[ \\t]{1,2})?${TERM_NUMBER}(?:[ \\t]{1,2}(1/2)|(\u00bd)|[ \\t]{1,2}(and[ \\t]{1,2}a[ \\t]{1,2}half))?[ \\t-]{1,2}(years?|months?)\\b|(life)\\b)`, 'i');
const TERM_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/**
 * The sentence a status of `sentenced` gives, read right after it ("to 12 years"), or the length of
 * being jailed ("jailed for 15 months"), which in a report of a sentence is the sentence.
 */
function termAfter(text: string, at: number, jailed: boolean): { months: number; text: string; end: number } | undefined {
  const m = TERM.exec(text.slice(at, at + 60));
  if (!m || (m[1].toLowerCase() === 'for') !== jailed) return undefined;
  const words = m[0].trim().replace(/^(?:to|for)\s+/i, '');
  const end = at + m[0].length;
  if (m[7]) return { months: 12_000, text: words, end };
  const n = /^\d/.test(m[2]) ? Number(m[2]) : TERM_WORDS[m[2].toLowerCase()];
  const half = m[3] || m[4] || m[5] ? 0.5 : 0;
  const unit = /^year/i.test(m[6]) ? 12 : 1;
  return { months: (n + half) * unit, text: words, end };
}

/**
 * True when the words between two names join them as one list ("Ann Lee and Bo Park", "Ann Lee,
 * 48, his former girlfriend, and his mother, Rose Park", "Ann Lee, Bo Park"): an age and an
 * apposition after the first, then "and" or a comma, then at most a title or an apposition
 * before the second.
 */
function joinsNames(gap: string): boolean {
  let g = gap;
  const cut = (re: RegExp) => {
    const m = re.exec(g);
    if (m) g = g.slice(m[0].length);
    return !!m;
  };
  cut(/^,[ \t]{1,2}(?:aged[ \t]{1,2})?\d{1,3}\b/);
  cut(/^,[ \t]{1,2}[^,.;:!?"\u201c\u201d()]{1,50}?(?=,)/);
  if (!cut(/^(?:,?[ \t]{1,2}and|,)[ \t]{1,2}/)) return false;
  if (!g || /^[^,.;:!?"\u201c\u201d()]{1,40},[ \t]{1,2}$/.test(g)) return true;
  return g.trim().split(/[ \t]+/).every((w) => TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * A person brought in without a name ("a second man", "another woman", "a 23-year-old suspect"):
 * a "he" or "she" after it may stand for that person rather than for anyone named before.
 * Group 1 is the noun, whose gender (if any) must fit the pronoun.
 */
const UNNAMED_PERSON = /\b(?:[Aa]n?|[Aa]nother)(?:[ \t]{1,2}[\w-]{1,20}){0,3}?[ \t]{1,2}(man|woman|boy|girl|gunman|teenager|teen|youth|suspect|person|driver|passenger)\b(?![ \t]{0,2},?[ \t]{0,2}[A-Z])/g;
const MALE_NOUNS = new Set(['man', 'boy', 'gunman']);
const FEMALE_NOUNS = new Set(['woman', 'girl']);

/** True when the text between the last person named and a pronoun brings in an unnamed person the pronoun may stand for. */
function unnamedBetween(between: string, gender: 'male' | 'female'): boolean {
  UNNAMED_PERSON.lastIndex = 0;
  for (let u = UNNAMED_PERSON.exec(between); u; u = UNNAMED_PERSON.exec(between)) {
    const noun = u[1];
    if (!(gender === 'male' ? FEMALE_NOUNS : MALE_NOUNS).has(noun)) return true;
  }
  return false;
}

/** Pronouns that stand for the person the sentence, or the one before, names. */
const PRONOUN_SUBJECT = /(?:^|[,;:][ \t]{1,2}|\band[ \t]{1,2}|\bbut[ \t]{1,2})(He|She|he|she)\b/g;

/** The statuses an article gives the people it names. Never throws; linear in the text. */
export function extractStatuses(text: string, sentences: readonly Span[], mentions: readonly Mention[], dates: readonly DateRef[], bodyStart = 0, descriptions: readonly Description[] = []): LocalStatus[] {
  const out: LocalStatus[] = [];
  let described: number | undefined;
  const push = (mention: number, status: string | undefined, negated: boolean, from: number, to: number, sentence: Span, pronoun?: LocalStatus['pronoun']) => {
    if (!status) return;
    // Sought is a state of the time of writing: "was at large" or "police were looking for"
    // tells of a time before, unless "still" brings it up to then.
    // So is a condition in hospital ("was in critical condition" before the person died).
    const condition = status === 'wounded' && /\b(?:condition|hospitali[sz]ed)\b/i.test(text.slice(from, to));
    if ((status === 'sought' || condition) && /\b(?:was|were|had)\b/i.test(text.slice(Math.max(sentence.start, from - 30), to)) && !/\bstill\b/i.test(text.slice(Math.max(sentence.start, from - 30), to))) return;
    const span = { start: from, end: to };
    const clause = clauseAround(text, sentence, span);
    const own: FrameDate[] = [];
    for (let i = firstFrom(dates, clause.start); i < dates.length && dates[i].start < clause.end; i++) {
      const d = dates[i];
      if (d.end <= clause.end) own.push({ value: d.value, text: d.text, period: isPeriod(d) });
    }
    const jailed = status === 'arrested' && /\bjailed$/i.test(text.slice(from, to));
    const term = status === 'sentenced' || jailed ? termAfter(text, to, jailed) : undefined;
    out.push({ mention, status, negated, span, text: text.slice(from, to), dates: own, ...(described !== undefined ? { description: described } : {}), ...(term ? { term } : {}), ...(pronoun ? { pronoun } : {}) });
  };
  // The people the article names, then those it describes ("the suspect remains at large"):
  // each read the same way, a description as the holder -1 with its index kept.
  const holders: Array<{ start: number; end: number; mention: number; description?: number }> = [];
  mentions.forEach((m, i) => {
    if (m.kind === 'person' && m.start >= bodyStart) holders.push({ start: m.start, end: m.end, mention: i });
  });
  descriptions.forEach((d, j) => {
    if (d && typeof d.start === 'number' && typeof d.end === 'number' && d.start >= bodyStart && d.end > d.start) holders.push({ start: d.start, end: d.end, mention: -1, description: j });
  });
  // The people named in the body, in text order, for names joined in a list.
  const people = holders.filter((h) => h.mention >= 0).map((h) => h.mention);
  const possessiveAt = (k: number) => /['\u2019]s?$/.test(mentions[k].text) || /^['\u2019](?:s\b|(?![\w]))/.test(text.slice(mentions[k].end, mentions[k].end + 3));
  /**
   * The people joined to the person at `at` (a position in `people`) in one list, going back
   * from the last of the list (whose verb follows: "Lee and Park were arrested") or forward
   * from the first (whose verb or noun comes before: "police arrested Lee and Park", "the
   * deaths of Lee and Park"). Names with "'s" inside the list only qualify a member
   * ("Park's mother"), so they are stepped over.
   */
  const joined = (at: number, forward: boolean, sentence: Span): number[] => {
    const out: number[] = [];
    // Going forward, names joined by a comma are a list only when an "and" ends it ("the
    // killing of Lee, Park said" is not one).
    let sure = 0;
    let last = people[at];
    for (let p = forward ? at + 1 : at - 1; p >= 0 && p < people.length && out.length < 6; p += forward ? 1 : -1) {
      const k = people[p];
      const m = mentions[k];
      if (m.start < sentence.start || m.end > sentence.end) break;
      if (possessiveAt(k)) continue;
      const [first, second] = forward ? [mentions[last], m] : [m, mentions[last]];
      if (second.start - first.end > 120 || !joinsNames(text.slice(first.end, second.start))) break;
      // A name after a preposition or as the object of a verb is not the list's first member ("according to Lee, Park and Cole were arrested").
      if (!forward) {
        const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
        if (PREPOSITION_BEFORE.test(before) || objectOfVerb(before)) break;
      }
      out.push(k);
      if (/\band[ \t]/.test(text.slice(first.end, second.start))) sure = out.length;
      last = k;
    }
    return forward ? out.slice(0, sure) : out;
  };
  for (const h of holders) {
    const m = h;
    const i = h.mention;
    described = h.description;
    const sentence = sentenceAt(sentences, m.start);
    if (!sentence) continue;
    const limit = Math.min(sentence.end, m.end + 160);
    const after = text.slice(m.end, limit);
    const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
    // The person as subject: "Smith was arrested", "Smith, 35, resigned", "Smith remains at large".
    const possessive = /^['\u2019]s?\b/.test(after);
    const subj = possessive || PREPOSITION_BEFORE.test(before) || objectOfVerb(before) ? null : SUBJECT.exec(after);
    if (subj) {
      const aux = subj[2] ?? '';
      const word = subj[3].toLowerCase().replace(/\s+/g, ' ');
      const hasBe = /\b(?:was|were|is|are|been|being|be|got|gets)\b/i.test(aux);
      const state = STATES.has(word) && /\b(?:is|are|was|were|remains|remained|remain|still|been)\b/i.test(aux);
      // A participle with no "was" is an active verb ("Smith arrested two men"), or a headline
      // when a preposition follows ("Jackson arrested on suspicion of DUI").
      const headline = !aux.trim() && !subj[1] && /^[ \t]{1,2}(?:on|for|in|after|at|over|following)\b/i.test(after.slice(subj[0].length));
      // "Was fired upon", "fired at": shot at, not dismissed.
      const shotAt = word === 'fired' && /^[ \t]{1,2}(?:upon|at|into|on[ \t]{1,2}by)\b/i.test(after.slice(subj[0].length));
      const passiveOk = (!PASSIVE_ONLY.has(word) || hasBe || headline) && !shotAt;
      const stateOk = !STATES.has(word) || state || word === 'wanted';
      if (passiveOk && stateOk && !MODAL.test(aux)) {
        push(i, STATUS_OF.get(word), NEGATED.test(aux), m.start, m.end + subj[0].length, sentence);
        // "Lee and Park were arrested": a verb in the plural is said of every name of the list.
        if (i >= 0 && /\b(?:were|are|have|remain)\b/i.test(aux)) {
          for (const k of joined(people.indexOf(i), false, sentence)) push(k, STATUS_OF.get(word), NEGATED.test(aux), mentions[k].start, m.end + subj[0].length, sentence);
        }
        continue;
      }
    }
    // The person as object: "police arrested Smith", "the 76ers fired coach Maurice Cheeks".
    const obj = possessive ? null : OBJECT.exec(before);
    if (obj) {
      const between = obj[2].trim().split(/\s+/).filter(Boolean);
      const lead = text.slice(Math.max(sentence.start, m.start - before.length + obj.index - 30), m.start - before.length + obj.index);
      // "Smith was arrested" reads the other way round; "police are looking for Smith" does not.
      const passive = /ed$/i.test(obj[1]) && /\b(?:was|were|been|being|is|are)[ \t]{1,2}$/i.test(lead);
      if (!passive && between.every((w) => TITLE_WORDS.has(w.toLowerCase())) && !MODAL.test(lead.slice(-12))) {
        const status = OBJECT_VERBS.get(obj[1].toLowerCase().replace(/\s+/g, ' '));
        const from = m.start - before.length + obj.index;
        push(i, status, NEGATED.test(lead.slice(-20)), from, m.end, sentence);
        if (i >= 0) for (const k of joined(people.indexOf(i), true, sentence)) push(k, status, NEGATED.test(lead.slice(-20)), from, mentions[k].end, sentence);
        continue;
      }
    }
    // Nouns: "the arrest of Smith", "Smith's resignation".
    const nounOf = possessive ? null : NOUN_OF.exec(before);
    if (nounOf) {
      if (SOUGHT_NOUN.test(before.slice(0, nounOf.index)) || (BODY.test(nounOf[1]) && !FOUND.test(text.slice(sentence.start, sentence.end)))) continue;
      const from = m.start - before.length + nounOf.index;
      push(i, NOUN_STATUS.get(nounOf[1].toLowerCase()), false, from, m.end, sentence);
      if (i >= 0) for (const k of joined(people.indexOf(i), true, sentence)) push(k, NOUN_STATUS.get(nounOf[1].toLowerCase()), false, from, mentions[k].end, sentence);
      continue;
    }
    const poss = POSSESSIVE_NOUN.exec(after);
    if (poss && !SOUGHT_NOUN.test(before) && !(BODY.test(poss[1]) && !FOUND.test(text.slice(sentence.start, sentence.end)))) push(i, NOUN_STATUS.get(poss[1].toLowerCase()), false, m.start, m.end + poss[0].length, sentence);
  }
  described = undefined;
  // "He was sentenced to 2 years": the pronoun stands for the one person named before it in the
  // sentence or, when it names nobody before it, in the sentence before.
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    if (sentence.end <= bodyStart) continue;
    const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
    if (!/\b[Hh]e\b|\b[Ss]he\b/.test(part)) continue;
    PRONOUN_SUBJECT.lastIndex = 0;
    for (let p = PRONOUN_SUBJECT.exec(part); p; p = PRONOUN_SUBJECT.exec(part)) {
      const at = sentence.start + p.index + p[0].length - p[1].length;
      const subj = SUBJECT.exec(text.slice(at + p[1].length, Math.min(sentence.end, at + 160)));
      if (!subj || subj[1]) continue;
      const aux = subj[2] ?? '';
      const word = subj[3].toLowerCase().replace(/\s+/g, ' ');
      const hasBe = /\b(?:was|were|is|are|been|being|be|got|gets)\b/i.test(aux);
      if ((PASSIVE_ONLY.has(word) && !hasBe) || (STATES.has(word) && !hasBe && !/remain/i.test(aux)) || MODAL.test(aux)) continue;
      const candidates: number[] = [];
      for (let back = si; back >= 0 && back >= si - 5; back--) {
        const span = back === si ? { start: sentence.start, end: at } : sentences[back];
        for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].kind === 'person') candidates.push(i);
        if (candidates.length >= 8) break;
      }
      if (!candidates.length) continue;
      const gender = /^he$/i.test(p[1]) ? 'male' : 'female';
      // "Police arrested Lee. They then detained a second man. He has not been charged": the
      // pronoun may be the unnamed man's, so it gives no status to anyone named.
      const lastNamed = candidates.reduce((end, c) => Math.max(end, mentions[c].end), 0);
      if (unnamedBetween(text.slice(Math.max(lastNamed, at - 400), at), gender)) continue;
      const before = out.length;
      push(-1, STATUS_OF.get(word), NEGATED.test(aux), at, at + p[1].length + subj[0].length, sentence, { gender, candidates: candidates.slice(0, 8) });
      // A sentence that goes on about someone with "he" or "she" is of the time the sentence
      // before gives ("In 1957 Gigante was charged… He was acquitted").
      const added = out[before];
      if (added && !added.dates.length && si > 0) {
        const prev = sentences[si - 1];
        for (let i = firstFrom(dates, prev.start); i < dates.length && dates[i].start < prev.end; i++) {
          const d = dates[i];
          added.dates.push({ value: d.value, text: d.text, period: isPeriod(d) });
        }
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
