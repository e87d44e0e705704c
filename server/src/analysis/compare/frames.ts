/**
 * Fact frames of one article: the facts news is about, read from any wording. How many were
 * killed, hurt, shot, arrested or evacuated ("killing three and wounding five others", "six
 * people were hospitalised", "1 dead, 2 hurt"); how old a named person is; what happened to a
 * person (sought, arrested, charged, convicted, released; fired or resigned). Each count keeps
 * what tells its incident apart from another the article recalls: the kind of act, the dates
 * and names of its sentence, a quake's magnitude, and words that place it in the past ("last
 * year") or mark it as a figure that moved ("rose to"). The story-level comparison
 * (`framesAlign.ts`) groups the counts of one incident across articles and compares them slot
 * by slot.
 *
 * Everything here reads a sentence at a time, word by word, with a bounded look-ahead: linear
 * in the text. The result is plain data, cached with the article's other claims.
 */
import { readAttempts, type Attempt } from './framesAttempts';
import { readFinders, type Finder } from './framesFinders';
import { readSchools, type SchoolFact } from './framesSchools';
import type { Article, DateRef, Span } from '../types';
import { fold, wordsOf, type Word } from './claimsText';
import { NUMBER_WORDS } from '../data/numbers';
import { extractAges, type LocalAge } from '../extract/ages';
import { extractStatuses, type LocalStatus } from './framesStatus';
import { extractIncidentLabels, type LocalIncidentLabel } from './framesIncident';
import { extractMeetings, type LocalMeeting } from './framesMeetings';
import { extractScheduleChanges, type LocalScheduleChange } from './framesSchedule';
import { extractShipClasses, extractTitleLists, type LocalShipClass, type LocalTitleList } from './framesDesignations';
import { kinRolesOf } from './kinPeople';
import { extractPeople, type LocalPeople } from './framesPeople';
import { firstFrom, isPeriod, type FrameDate } from './framesCommon';
import frameData from '../data/frames.json';

export type { LocalAge } from '../extract/ages';
export type { LocalStatus } from './framesStatus';
export type { LocalPeople, Descriptor, PersonFact, PersonRole } from './framesPeople';
export type { FrameDate } from './framesCommon';

/** What a count counts. */
export type Slot = 'killed' | 'injured' | 'shot' | 'grave' | 'hospital' | 'arrested' | 'evacuated' | 'rescued' | 'missing' | 'charged' | 'shots';

/** A count of people in one slot of an incident. */
export interface LocalCount {
  slot: Slot;
  value: number;
  hedge: string | null;
  /** "others", "more", "additional", "another" when the count is added to one given already ("five others", "six more"), else null. */
  additive: string | null;
  /** What is counted: `people` for the people hurt in general, or a group ("officer", "child"). */
  group: string;
  /** The words that state the count ("killing three", "five people were injured"). */
  span: Span;
  text: string;
  /** The sentence around it (cut to a window). */
  sentence: Span;
  /** The kind of incident named nearest in its sentence ("shooting", "earthquake"), or null. */
  act: string | null;
  /** True when its clause places it in an earlier incident ("in February", "last year", "a similar attack"). */
  recall: boolean;
  /** True when its clause marks it as a figure that moved ("rose to", "so far"). */
  update: boolean;
  /** Dates of its clause and of the clause it depends on. */
  dates: FrameDate[];
  /** A quake's magnitude stated in its sentence. */
  magnitude: number | null;
  /** True for "including the gunman", false for "not including the gunman", null when not said. */
  includesPerpetrator: boolean | null;
  /** Indexes of the article's mentions inside its sentence. */
  mentions: number[];
}

/** The facts of one article. */
export interface LocalFrames {
  counts: LocalCount[];
  ages: LocalAge[];
  statuses: LocalStatus[];
  /** How the article says the authorities class an incident ("the fire is treated as suspicious"). */
  labels: LocalIncidentLabel[];
  /** Meetings between two named people, held or still to come ("met with Dr. Park", "will see Dr. Park"). */
  meetings: LocalMeeting[];
  /** Scheduled events called off or put off ("the show was canceled", "the vote was postponed"). */
  schedule: LocalScheduleChange[];
  /** The kinds of named ships ("the frigate INS Arvan") and the titles named people hold ("her WBA and IBF titles"). */
  ships: LocalShipClass[];
  titleLists: LocalTitleList[];
  /** Attempts the narration reports, with who made them ("a bystander tried to stop the driver"). */
  attempts: Attempt[];
  /** Who found the dead (`framesFinders.ts`). */
  finders?: Finder[];
  /** The schools named people study or studied at (`framesSchools.ts`). */
  schools?: SchoolFact[];
  /** Children and times shot of named people, and the people described without a name. */
  people: LocalPeople;
  /** The kind of incident the article is about, from its headline and first sentences. */
  act: string | null;
  /** The article's date: its header's, or a dateline on its first lines. */
  date: string | null;
  /** True when the article says the attacker died (took his own life, was shot dead). */
  perpetratorDied: boolean;
  /** A magnitude stated in the first sentences that name the article's incident. */
  leadMagnitude: number | null;
  /** Mentions in the first sentence that names the article's incident. */
  leadMentions: number[];
  /** Day dates of that sentence. */
  leadDates: FrameDate[];
  /**
   * The latest date the article names in full (a day or a month of a stated year): the
   * article was written no earlier, a bound on its date when it has none.
   */
  latestDate: string | null;
}

const ACTIVE: Record<string, Slot> = frameData.activeVerbs as Record<string, Slot>;
const PREDICATES: Record<string, Slot> = frameData.predicates as Record<string, Slot>;
const NOUNS: Record<string, Slot> = frameData.nouns as Record<string, Slot>;
const PHRASES: Array<[string[], Slot]> = (frameData.phrases as string[][]).map(([p, s]) => [p.split(' '), s as Slot]);
const SEVERITY = new Set<string>(frameData.severity);
const POPULATION = new Set<string>(frameData.personNouns.population);
const GROUPS: Record<string, string> = frameData.personNouns.groups;
const MODIFIERS = new Set<string>(frameData.personNouns.modifiers);
const SINGULAR = new Set<string>(frameData.personNouns.singular);
/** An age written as one compound before a noun ("34-year-old", "five-year-old"): it describes the people counted. */
const AGE_COMPOUND = /^[a-z0-9]+(?:-[a-z]+)?-years?-old$/;
const ADDITIVE = new Set<string>(frameData.additive);
const HEDGES = frameData.hedgesBefore.map((h) => h.split(' '));
const AUX = new Set<string>([...frameData.auxiliaries, 'who', 'had', 'been']);
const ACT_WORDS = new Map<string, string>();
const ACT_PAIRS = new Map<string, string>();
for (const [act, words] of Object.entries(frameData.acts)) {
  for (const w of words) {
    if (w.includes(' ')) ACT_PAIRS.set(w, act);
    else ACT_WORDS.set(w, act);
  }
}
const RECALL = frameData.recallWords.map((r) => r.split(' '));
const UPDATE = frameData.updateWords.map((r) => r.split(' '));
const PERPETRATOR = new Set<string>(frameData.perpetrator);
const PERPETRATOR_DIED = frameData.perpetratorDied.map((r) => r.split(' '));
/** Words that may follow the count of an active verb: the object ends there ("killing three in a raid"). */
const OBJECT_FOLLOW = new Set([
  'and', 'or', 'but', 'in', 'at', 'on', 'near', 'during', 'before', 'after', 'when', 'while', 'including', 'inside', 'outside', 'as', 'with', 'of',
  'from', 'across', 'since', 'by', 'last', 'this', 'yesterday', 'today', 'tonight', 'overnight', 'early', 'late', 'earlier', 'later', 'then', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'among', 'aboard', 'around', 'within', 'into', 'over', 'under', 'there', 'so',
]);
/** Words that open a clause depending on another: a date after one of them dates that clause, not the count. */
const SUBORDINATORS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'after', 'before', 'since', 'until', 'because', 'while', 'as', 'if', 'than', 'whether']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'get', 'got', 'gets']);
const LEAVE = new Set(['left', 'leaving', 'leaves', 'leave']);
const TOLL_LINK = new Set(['rose', 'risen', 'rises', 'has', 'had', 'have', 'climbed', 'climbs', 'jumped', 'increased', 'reached', 'stood', 'stands', 'stand', 'is', 'was', 'at', 'to', 'of', 'now', 'hit', 'remained', 'remains', 'been', 'reportedly', 'officially', 'the', 'grew']);
const TOLL_UPDATE = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'increased', 'reached', 'hit', 'grew']);
const ZERO_SUBJECT = new Set(['nobody', 'no-one', 'none']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
const MODALS = new Set(['might', 'may', 'could', 'would', 'should', 'if', 'unless', 'whether']);
/** Words that open a sentence about the incident the sentence before named ("It killed 612 people"). */
const BACK_SUBJECTS = new Set(['it', 'that', 'this', 'the']);
/** A sentence that can state a count of people hurt, held or moved: a cheap test before reading its words. */
const COUNT_HINT = /kill|dead|die|injur|wound|hurt|hospital|shot|fatal|death|bodies|arrest|detain|evacuat|rescu|missing|charged|condition|toll|perish|murder|slain|custody|treat|lives|round|bullet|casing|cartridge/i;
/** Sentences are read at most this far either side of what they state. */
const WINDOW = 300;

/** The value of a number word or numeral, with how many words it takes, or null. */
function numberAt(folded: readonly string[], k: number): { value: number; len: number } | null {
  const w = folded[k];
  if (w === undefined) return null;
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57 && (/^\d{1,6}$/.test(w) || /^\d{1,3}(?:,\d{3})+$/.test(w))) return { value: Number(w.replace(/,/g, '')), len: 1 };
  if (w === 'a' && folded[k + 1] === 'dozen') return { value: 12, len: 2 };
  if (w in NUMBER_WORDS) return { value: NUMBER_WORDS[w], len: 1 };
  // Most words hold no hyphen: not split.
  if (!w.includes('-')) return null;
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) {
    const tens = NUMBER_WORDS[parts[0]];
    const unit = NUMBER_WORDS[parts[1]];
    if (tens >= 20 && tens % 10 === 0 && unit >= 1 && unit <= 9) return { value: tens + unit, len: 1 };
  }
  return null;
}

/** True when `words` at `k` start the multi-word `phrase`. */
function phraseAt(folded: readonly string[], k: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (folded[k + i] !== phrase[i]) return false;
  return true;
}

/** The dates of an article sorted by start, the header's left out. */
function bodyDates(article: Article): DateRef[] {
  return article.dates.filter((d) => !(article.header.span && d.start < article.header.bodyStart)).sort((a, b) => a.start - b.start);
}

function inside<T extends Span>(list: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(list, span.start); i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(list[i]);
  return out;
}

function indexesInside(list: readonly Span[], span: Span): number[] {
  const out: number[] = [];
  for (let i = firstFrom(list, span.start); i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(i);
  return out;
}

/**
 * The article's date: its header's, or a full date alone on one of its first three lines (a
 * dateline such as "Published April 11, 2007").
 */
export function articleDate(article: Article, dates: readonly DateRef[]): string | null {
  if (article.header.date) return article.header.date;
  const text = article.text;
  let end = article.header.bodyStart;
  for (let lines = 0; lines < 3 && end < text.length; ) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(end, lineEnd).trim()) lines++;
    end = lineEnd + 1;
  }
  for (const d of dates) {
    if (d.start >= end) break;
    if (d.relative || !d.value || d.value.length !== 10) continue;
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    const nl = text.indexOf('\n', d.end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - lineStart - (d.end - d.start) <= 40) return d.value;
  }
  return null;
}

/** A quake's magnitude in a span of text ("5.6 magnitude", "magnitude-5.2", "6.1 on the Richter scale"). */
function magnitudeIn(text: string): number | null {
  const m = /\bmagnitude(?:[- ]of)?[- ]?(\d(?:\.\d)?)\b|\b(\d\.\d)[- ]?(?:-[ ]?)?magnitude\b|\b(\d\.\d)\s+(?:on|in)\s+(?:the\s+)?richter/i.exec(text);
  if (!m) return null;
  const v = Number(m[1] ?? m[2] ?? m[3]);
  return Number.isFinite(v) && v > 0 && v < 10 ? v : null;
}

/** What reads each sentence: its words, folded, and where punctuation breaks them. */
interface SentenceWords {
  span: Span;
  words: Word[];
  folded: string[];
  /** True at k when punctuation stands between word k-1 and word k. */
  breakBefore: boolean[];
}

function sentenceWords(text: string, span: Span): SentenceWords {
  const words = wordsOf(text, span);
  const folded = words.map((w) => fold(w.text));
  const breakBefore = words.map((w, k) => k > 0 && /[,.;:()\u2014\u2013"\u201c\u201d!?]|--/.test(text.slice(words[k - 1].end, w.start)));
  return { span, words, folded, breakBefore };
}

/** The hedge that ends right before word `k`, with its length in words. */
function hedgeBefore(s: SentenceWords, k: number): { hedge: string; len: number } | null {
  for (const h of HEDGES) {
    const from = k - h.length;
    if (from < 0) continue;
    let ok = true;
    for (let i = 0; i < h.length && ok; i++) ok = s.folded[from + i] === h[i] && (i === 0 || !s.breakBefore[from + i]);
    if (ok && !s.breakBefore[k]) return { hedge: h.join(' '), len: h.length };
  }
  return null;
}

/** Reads the people a count counts after its number: an additive word, modifiers, a person noun. */
function countedAfter(s: SentenceWords, m: number): { next: number; additive: string | null; group: string | null } {
  let additive: string | null = null;
  let group: string | null = null;
  let k = m;
  if (k < s.folded.length && !s.breakBefore[k] && ADDITIVE.has(s.folded[k])) {
    additive = s.folded[k] === 'other' ? 'others' : s.folded[k];
    if (s.folded[k] === 'others' || s.folded[k] === 'other') group = s.folded[k] === 'others' ? 'people' : null;
    k++;
    if (group) return { next: k, additive, group };
  }
  for (let n = 0; n < 3 && k < s.folded.length && !s.breakBefore[k]; n++) {
    const w = s.folded[k];
    if (POPULATION.has(w)) return { next: k + 1, additive, group: 'people' };
    if (w in GROUPS) {
      // "police officers", "crew members": the last noun of the pair names the group.
      const next = s.folded[k + 1];
      if (next !== undefined && !s.breakBefore[k + 1] && (next in GROUPS || next === 'members' || next === 'officers')) {
        return { next: k + 2, additive, group: next in GROUPS ? GROUPS[next] : GROUPS[w] };
      }
      return { next: k + 1, additive, group: GROUPS[w] };
    }
    if ((MODIFIERS.has(w) && !(w in PREDICATES)) || AGE_COMPOUND.test(w)) {
      k++;
      continue;
    }
    break;
  }
  return { next: additive ? k : m, additive, group };
}

/**
 * "A", "an" or "another" before a noun of one person, after at most two describing words ("a
 * 34-year-old man", "an elderly woman", "another man"): a count of one, read like "one man".
 * Null for anything else ("a crowd", "a dozen", "a man's car").
 */
function singularAt(s: SentenceWords, k: number): { value: number; len: number } | null {
  const f = s.folded;
  if (f[k] !== 'a' && f[k] !== 'an' && f[k] !== 'another') return null;
  for (let n = k + 1; n <= k + 3 && n < f.length && !s.breakBefore[n]; n++) {
    if (SINGULAR.has(f[n])) return { value: 1, len: 1 };
    if (!(MODIFIERS.has(f[n]) || AGE_COMPOUND.test(f[n]))) return null;
  }
  return null;
}

/**
 * "Three teenagers were shot, one fatally": the part of a count of people shot that died, as a
 * count of the killed of the same group. `k` is the word after the comma.
 */
function fatallyAt(s: SentenceWords, k: number, shot: RawCount | undefined): RawCount | null {
  if (!shot || shot.slot !== 'shot' || !s.breakBefore[k] || k !== shot.to + 1) return null;
  const num = numberAt(s.folded, k);
  if (!num || s.folded[k + num.len] !== 'fatally' || s.breakBefore[k + num.len]) return null;
  if (num.value > shot.value) return null;
  return { slot: 'killed', value: num.value, hedge: null, additive: null, group: shot.group, from: k, to: k + num.len, at: k };
}

/** The slot of a phrase or predicate starting at `k`, with the index after it. */
function predicateAt(s: SentenceWords, k: number): { slot: Slot; next: number } | null {
  for (const [p, slot] of PHRASES) if (phraseAt(s.folded, k, p)) return { slot, next: k + p.length };
  const w = s.folded[k];
  if (w !== undefined && w in PREDICATES) {
    // "shot and killed": the stronger of the two.
    if (w === 'shot' && s.folded[k + 1] === 'and' && s.folded[k + 2] === 'killed') return { slot: 'killed', next: k + 3 };
    return { slot: PREDICATES[w], next: k + 1 };
  }
  return null;
}

interface RawCount {
  slot: Slot;
  value: number;
  hedge: string | null;
  additive: string | null;
  group: string;
  from: number;
  to: number;
  /** The word the count's number is. */
  at: number;
}

/** Outcomes of which a person has one at most: "killed and injured 40" sums them, it counts neither. */
const EXCLUSIVE: ReadonlyArray<readonly [Slot, Slot]> = [['killed', 'injured'], ['killed', 'grave']];

/**
 * True when a count's slot is joined to another slot so that the count is of neither: by "or"
 * ("killed or injured 40 people", "40 were injured or killed": each may be either), or by
 * "and" between outcomes a person has one of ("killed and wounded 40": the sum). "Shot and
 * killed two" keeps its count: the two were both.
 */
function joinedSlots(conj: string | undefined, a: Slot | null | undefined, b: Slot): boolean {
  if (!a || a === b) return false;
  if (conj === 'or') return true;
  return conj === 'and' && EXCLUSIVE.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** Words that may stand between a verb and "or"/"and" in a coordination ("killed or seriously injured"). */
const isAdverb = (w: string | undefined) => !!w && w.length > 4 && w.endsWith('ly');

/** Reads a count whose number is word `k` (or the hedge before it). */
function countAt(s: SentenceWords, k: number, num: { value: number; len: number }): RawCount | null {
  const f = s.folded;
  const hedge = hedgeBefore(s, k);
  let lead = hedge ? k - hedge.len : k;
  let additive: string | null = null;
  if (lead > 0 && f[lead - 1] === 'another' && !s.breakBefore[lead]) {
    additive = 'another';
    lead--;
  }
  const after = countedAfter(s, k + num.len);
  additive ??= after.additive;
  const base = { value: num.value, hedge: hedge?.hedge ?? null, additive, at: k };
  // Active: "killing three", "wounded five others", "shot dead two", "arrested 89 people".
  const v = lead - 1;
  if (v >= 0 && !s.breakBefore[lead]) {
    let slot: Slot | null = null;
    let from = v;
    for (const [p, ps] of PHRASES) {
      const start = v - p.length + 1;
      if (start >= 0 && phraseAt(f, start, p) && (ps === 'killed' || ps === 'injured')) {
        slot = ps;
        from = start;
        break;
      }
    }
    if (!slot && f[v] in ACTIVE && !(v > 0 && PASSIVE_AUX.has(f[v - 1]))) slot = ACTIVE[f[v]];
    if (slot) {
      // "killed or injured 40 people": a count of neither slot.
      const c = isAdverb(f[from - 1]) ? from - 2 : from - 1;
      if (joinedSlots(f[c], ACTIVE[f[c - 1]], slot)) return null;
      const end = after.next;
      // The object ends at the end of the clause or before a preposition or a conjunction;
      // anything else ("shot three times", "killed three years ago") is not a count of people.
      if (end >= f.length || s.breakBefore[end] || OBJECT_FOLLOW.has(f[end])) {
        return { ...base, slot, group: after.group ?? 'people', from, to: end - 1 };
      }
    }
    // "left three people dead", "leaving two injured".
    if (LEAVE.has(f[v])) {
      const p = predicateAt(s, after.next);
      if (p && !s.breakBefore[after.next] && (p.slot === 'killed' || p.slot === 'injured' || p.slot === 'grave')) {
        return { ...base, slot: p.slot, group: after.group ?? 'people', from: v, to: p.next - 1 };
      }
    }
  }
  // The count as subject: "three people were killed", "five hurt", "1 dead", "two deaths".
  let m = after.next;
  if (f[m] === 'of') return null;
  // A count that is only possible ("there might have been two people killed") states nothing.
  for (let b = Math.max(0, lead - 4); b < lead; b++) if (MODALS.has(f[b])) return null;
  // Inside a partitive ("two of the three victims died") or a list of people ("a woman and two
  // men were shot"), the number counts only a part.
  if (lead > 0 && (f[lead - 1] === 'of' || (f[lead - 2] === 'of' && ['the', 'these', 'those', 'its', 'their'].includes(f[lead - 1])))) return null;
  if (lead > 1 && ['and', 'or', 'plus'].includes(f[lead - 1]) && (POPULATION.has(f[lead - 2]) || f[lead - 2] in GROUPS || /^\p{Lu}/u.test(s.words[lead - 2].text))) return null;
  if (m < f.length && !s.breakBefore[m] && f[m] in NOUNS) {
    return { ...base, slot: NOUNS[f[m]], group: after.group ?? 'people', from: lead, to: m };
  }
  const direct = m;
  if (after.group) {
    // A place or a time between the people and their verb: "two people from Zinbi village were hurt".
    if (['from', 'in', 'at', 'inside', 'near', 'on', 'aboard'].includes(f[m]) && !s.breakBefore[m]) {
      let n = m + 1;
      while (n < f.length && n <= m + 4 && !s.breakBefore[n] && !AUX.has(f[n]) && !(f[n] in PREDICATES)) n++;
      if (n < f.length && !s.breakBefore[n] && (AUX.has(f[n]) || f[n] in PREDICATES)) m = n;
    }
  }
  let aux = 0;
  while (m < f.length && aux < 5 && !s.breakBefore[m] && (AUX.has(f[m]) || NEGATIONS.has(f[m]))) {
    if (NEGATIONS.has(f[m])) return null;
    m++;
    aux++;
  }
  if (m >= f.length || s.breakBefore[m]) return null;
  if (!after.group && !aux && m !== direct) return null;
  // "When one is killed, all of us lose": a bare "one" is a pronoun unless a past tense says what happened.
  if (!after.group && f[k] === 'one' && !['was', 'has', 'had'].includes(f[direct])) return null;
  let grave = false;
  if (SEVERITY.has(f[m]) && f[m] !== 'fatally') {
    grave = true;
    m++;
  }
  // Mild words do not make a part of the injured: "two villagers slightly injured".
  if (f[m] === 'slightly' || f[m] === 'lightly' || f[m] === 'also') m++;
  const p = predicateAt(s, m);
  if (!p || (m > 0 && s.breakBefore[m])) return null;
  // "40 people were killed or injured": a count of neither slot.
  const after2 = isAdverb(f[p.next + 1]) ? p.next + 2 : p.next + 1;
  if (!s.breakBefore[p.next] && joinedSlots(f[p.next], predicateAt(s, after2)?.slot, p.slot)) return null;
  let slot = p.slot;
  if (grave && slot === 'injured') slot = 'grave';
  return { ...base, slot, group: after.group ?? 'people', from: lead, to: p.next - 1 };
}

/** "No one was hurt", "nobody was injured", "no injuries were reported": a count of zero. */
function zeroAt(s: SentenceWords, k: number): RawCount | null {
  const f = s.folded;
  let m: number;
  if (f[k] === 'no' && f[k + 1] === 'one' && !s.breakBefore[k + 1]) m = k + 2;
  else if (ZERO_SUBJECT.has(f[k])) m = k + 1;
  else if (f[k] === 'no' && f[k + 1] in NOUNS && !s.breakBefore[k + 1]) {
    return { slot: NOUNS[f[k + 1]], value: 0, hedge: null, additive: null, group: 'people', from: k, to: k + 1, at: k };
  } else return null;
  if (f[m] === 'else' || f[m] === 'of' || f[m] === 'other') return null;
  let aux = 0;
  while (m < f.length && aux < 6 && !s.breakBefore[m] && AUX.has(f[m])) {
    m++;
    aux++;
  }
  if (SEVERITY.has(f[m]) || f[m] === 'seriously') return null;
  const p = predicateAt(s, m);
  if (!p || s.breakBefore[m]) return null;
  return { slot: p.slot === 'grave' ? 'grave' : p.slot, value: 0, hedge: null, additive: null, group: 'people', from: k, to: p.next - 1, at: k };
}

const FIRE_VERBS = new Set(['fired', 'firing', 'fires', 'fire', 'sprayed', 'spraying', 'unloaded', 'unloading', 'emptied']);
const FIRE_PARTICLES = new Set(['letting', 'let', 'squeezed', 'squeezing', 'loosed', 'got']);
const SHOT_NOUNS = new Set(['shots', 'rounds', 'bullets', 'gunshots', 'times', 'casings', 'cartridges']);
const POSSESSIVES = new Set(['his', 'her', 'their']);

/**
 * Shots fired in a shooting: "fired 13 shots", "letting off 13 shots", "sprayed 13 bullets",
 * "at least 12 shots were fired", "his dozen rounds", "12 9-mm shell casings" (spent casings; "900
 * cartridges" seized are unfired ammunition, not shots). Bullets that hit
 * someone ("hit by seven bullets") and times a person was shot are not shots fired.
 */
function shotsAt(s: SentenceWords, k: number): RawCount | null {
  const f = s.folded;
  let num = numberAt(f, k);
  // "his dozen rounds": a bare "dozen" after a possessive.
  if (!num && f[k] === 'dozen' && POSSESSIVES.has(f[k - 1] ?? '')) num = { value: 12, len: 1 };
  if (!num) return null;
  const hedge = hedgeBefore(s, k);
  const lead = hedge ? k - hedge.len : k;
  // The noun, after at most two modifiers ("12 9-mm shell casings").
  let n = k + num.len;
  for (let i = 0; i < 2 && n < f.length && !SHOT_NOUNS.has(f[n]) && !s.breakBefore[n]; i++) n++;
  if (n >= f.length || !SHOT_NOUNS.has(f[n]) || s.breakBefore[n]) return null;
  const noun = f[n];
  const base = { slot: 'shots' as Slot, value: num.value, hedge: hedge?.hedge ?? null, additive: null, group: 'shots', at: k };
  // Spent casings left at a scene tell shots fired; cartridges and rounds seized or found are
  // ammunition, counted as shots only with a verb of firing.
  if (noun === 'casings') return { ...base, from: lead, to: n };
  const before = f[lead - 1] ?? '';
  if (POSSESSIVES.has(before) && noun !== 'times') return { ...base, from: lead - 1, to: n };
  if (FIRE_VERBS.has(before) || (before === 'off' && FIRE_PARTICLES.has(f[lead - 2] ?? ''))) return { ...base, from: before === 'off' ? lead - 2 : lead - 1, to: n };
  if (noun === 'times') return null;
  // "12 shots were fired", "shots rang out".
  let m = n + 1;
  while (m < f.length && m <= n + 3 && !s.breakBefore[m] && AUX.has(f[m])) m++;
  if (m < f.length && !s.breakBefore[m] && (f[m] === 'fired' || (f[m] === 'rang' && f[m + 1] === 'out') || f[m] === 'heard')) return { ...base, from: lead, to: f[m] === 'rang' ? m + 1 : m };
  return null;
}

/** "The death toll rose to 12", "a death toll of at least seven". */
function tollAt(s: SentenceWords, k: number): { count: RawCount; update: boolean } | null {
  const f = s.folded;
  if (f[k] !== 'toll') return null;
  if (!(f[k - 1] === 'death' || f[k - 2] === 'death')) return null;
  let update = false;
  for (let m = k + 1; m < f.length && m <= k + 7 && !s.breakBefore[m]; m++) {
    if (TOLL_UPDATE.has(f[m])) update = true;
    if (f[m] === 'from') {
      // "rose from five to seven": the figure after "to".
      const to = f.indexOf('to', m);
      if (to < 0 || to > m + 4) return null;
      m = to;
      continue;
    }
    const hedge = hedgeBefore(s, m);
    const num = numberAt(f, m);
    if (num) {
      return { count: { slot: 'killed', value: num.value, hedge: hedge?.hedge ?? null, additive: null, group: 'people', from: k - (f[k - 1] === 'death' ? 1 : 2), to: m + num.len - 1, at: m }, update };
    }
    if (!TOLL_LINK.has(f[m]) && !hedge && !HEDGES.some((h) => h.includes(f[m]))) return null;
  }
  return null;
}

/** True when `a` … `b` (word indexes) of a sentence hold one of the phrases. */
function hasPhrase(folded: readonly string[], from: number, to: number, phrases: readonly string[][]): boolean {
  for (let k = Math.max(0, from); k <= to && k < folded.length; k++) for (const p of phrases) if (phraseAt(folded, k, p)) return true;
  return false;
}

/**
 * True when word `k` belongs to what a count at words `from`…`to` states: no subordinating
 * word stands between them ("In February, a gunman killed five", but not "the firm from which
 * he was fired last week" or "weeks after a driver who shot eight").
 */
function attached(s: SentenceWords, from: number, to: number, k: number): boolean {
  const [lo, hi] = k < from ? [k, from] : [to, k];
  for (let i = lo + 1; i < hi; i++) if (SUBORDINATORS.has(s.folded[i])) return false;
  return true;
}

/** The kind of incident named nearest to word `k` of a sentence, or null. */
function actNear(s: SentenceWords, k: number): string | null {
  let best: string | null = null;
  let dist = Infinity;
  forEachAct(s, (act, i) => {
    const d = Math.abs(i - k);
    if (d < dist) {
      dist = d;
      best = act;
    }
  });
  return best;
}

/** Calls `f` with each kind of incident a sentence names and where; a pair of words ("opened fire") is read as one. */
function forEachAct(s: SentenceWords, f: (act: string, at: number) => void): void {
  for (let i = 0; i < s.folded.length; i++) {
    const pair = i + 1 < s.folded.length ? ACT_PAIRS.get(`${s.folded[i]} ${s.folded[i + 1]}`) : undefined;
    if (pair) {
      f(pair, i);
      i++;
      continue;
    }
    const act = ACT_WORDS.get(s.folded[i]);
    if (act) f(act, i);
  }
}

/** The kinds of incident a sentence names, counted. */
function actsIn(s: SentenceWords, into: Map<string, number>): void {
  forEachAct(s, (act) => into.set(act, (into.get(act) ?? 0) + 1));
}

/** Whether the count counts the attacker: "including the gunman" (true), "not including the gunman" (false). */
function perpetratorIncluded(s: SentenceWords, to: number): boolean | null {
  const f = s.folded;
  for (let k = to + 1; k < f.length && k <= to + 8; k++) {
    const who = (i: number) => PERPETRATOR.has(f[i]) || ((f[i] === 'the' || f[i] === 'a') && PERPETRATOR.has(f[i + 1]));
    if ((f[k] === 'including' || f[k] === 'counting') && who(k + 1)) return !(f[k - 1] === 'not');
    if ((f[k] === 'excluding' || f[k] === 'besides' || f[k] === 'plus') && who(k + 1)) return false;
    if (f[k] === 'in' && f[k + 1] === 'addition' && f[k + 2] === 'to' && who(k + 3)) return false;
  }
  return null;
}

/** Nouns of an incident that "that" points back to ("in that incident", "that case"). */
const INCIDENT_NOUNS = new Set(['incident', 'case', 'attack', 'episode', 'event', 'fight', 'robbery', 'raid']);

/** True when a sentence points back to an incident named before: "that" or "the same" before a noun of one ("Nobody was killed in that incident"). */
function namesThatIncident(s: SentenceWords): boolean {
  for (let k = 1; k < s.folded.length; k++) {
    const w = s.folded[k];
    if (!INCIDENT_NOUNS.has(w) && !ACT_WORDS.has(w)) continue;
    const before = s.folded[k - 1];
    if ((before === 'that' || (before === 'same' && s.folded[k - 2] === 'the')) && !s.breakBefore[k]) return true;
  }
  return false;
}

/** Reads the frames of one article. Never throws on odd input; linear in the text. */
export function extractFrames(article: Article): LocalFrames {
  const text = article.text;
  const dates = bodyDates(article);
  const mentions = article.mentions;
  const counts: LocalCount[] = [];
  const acts = new Map<string, number>();
  let perpetratorDied = false;
  let leadMagnitude: number | null = null;
  let leadMentions: number[] = [];
  let leadDates: FrameDate[] = [];
  let leadFound = false;
  const frameDate = (d: DateRef): FrameDate => ({ value: d.value, text: d.text, period: isPeriod(d) });
  const sentences = article.sentences;
  const lead: SentenceWords[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    if (sentence.end <= article.header.bodyStart) continue;
    const raw = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 4000));
    const early = lead.length < 4;
    const hinted = COUNT_HINT.test(raw);
    if (!early && !hinted && !/himself|herself|suicide|own life/i.test(raw)) continue;
    const s = sentenceWords(text, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 4000) });
    if (early) {
      lead.push(s);
      actsIn(s, acts);
    }
    const sentenceDates = inside(dates, s.span);
    // The attacker of the article's own incident, not of one it recalls.
    if (!perpetratorDied && hasPhrase(s.folded, 0, s.folded.length - 1, PERPETRATOR_DIED)) {
      perpetratorDied = !sentenceDates.some(isPeriod) && !hasPhrase(s.folded, 0, s.folded.length - 1, RECALL);
    }
    if (!hinted) continue;
    const wordIndexOf = (offset: number): number => {
      const i = firstFrom(s.words, offset);
      return Math.min(i, s.words.length - 1);
    };
    // A sentence that goes on about an incident the sentence before recalled ("It killed 612
    // people") recalls it too.
    const backward =
      (BACK_SUBJECTS.has(s.folded[0] ?? '') && (s.folded[0] !== 'the' || ['same', 'earlier', 'previous', 'last', 'that'].includes(s.folded[1] ?? ''))) ||
      namesThatIncident(s);
    let inherits = false;
    if (backward && si > 0 && sentences[si - 1].end > article.header.bodyStart) {
      const prev = sentences[si - 1];
      inherits = inside(dates, prev).some(isPeriod);
    }
    const found: Array<{ raw: RawCount; update: boolean }> = [];
    for (let k = 0; k < s.folded.length; k++) {
      const toll = tollAt(s, k);
      if (toll) {
        found.push({ raw: toll.count, update: toll.update });
        k = toll.count.to;
        continue;
      }
      const zero = zeroAt(s, k);
      if (zero) {
        found.push({ raw: zero, update: false });
        k = zero.to;
        continue;
      }
      const shots = shotsAt(s, k);
      if (shots) {
        found.push({ raw: shots, update: false });
        k = shots.to;
        continue;
      }
      const fatal = fatallyAt(s, k, found.length ? found[found.length - 1].raw : undefined);
      if (fatal) {
        found.push({ raw: fatal, update: false });
        k = fatal.to;
        continue;
      }
      const numeral = numberAt(s.folded, k);
      const one = numeral ? null : singularAt(s, k);
      const num = numeral ?? one;
      if (!num) continue;
      // A number inside a date ("March 9") or a compound ("10-year-old") is no count.
      const w = s.words[k];
      if (dates.length && inside(dates, { start: w.start - 40, end: w.end + 40 }).some((d) => d.start <= w.start && d.end >= w.end)) continue;
      const c = countAt(s, k, num);
      // "A man" counts one only as the people counted ("an injured person … was taken" is not "an injured").
      if (c && one && countedAfter(s, k + 1).group === null) continue;
      // "Another man was injured": one more than the count before. As the object of a verb
      // ("a man … shot and killed another man") it is a man other than the one acting.
      if (c && one && s.folded[k] === 'another' && c.from === k) c.additive = 'another';
      if (c) {
        found.push({ raw: c, update: false });
        k = Math.max(k, c.to);
      }
    }
    for (const { raw: c, update: tollUpdate } of found) {
      const span = { start: s.words[c.from].start, end: s.words[c.to].end };
      const window: Span = { start: Math.max(s.span.start, span.start - WINDOW), end: Math.min(s.span.end, span.end + WINDOW) };
      const own = sentenceDates.filter((d) => d.start >= window.start && d.end <= window.end && attached(s, c.from, c.to, wordIndexOf(d.start)));
      const fdates = own.map(frameDate);
      let recall = inherits || fdates.some((d) => d.period);
      if (!recall) {
        for (let k = 0; k < s.folded.length && !recall; k++) {
          for (const r of RECALL) {
            // Before the count, anywhere in the sentence ("came weeks after a driver … shot
            // eight"); after it, only in what it states.
            if (phraseAt(s.folded, k, r) && (k < c.from || attached(s, c.from, c.to, k))) {
              // "another" recalls an earlier incident only before a word naming one ("another shooting").
              if (r.length === 1 && r[0] === 'another' && !ACT_WORDS.has(s.folded[k + 1] ?? '')) continue;
              recall = true;
              break;
            }
          }
        }
      }
      let update = tollUpdate;
      for (let k = 0; k < s.folded.length && !update; k++) for (const u of UPDATE) if (phraseAt(s.folded, k, u) && attached(s, c.from, c.to, k)) update = true;
      let act = c.slot === 'shot' || c.slot === 'shots' ? 'shooting' : actNear(s, c.at);
      // A count added to the one before ("Another man was also injured") is of that count's
      // incident: it takes that count's dates and kind of act when its own clause names none.
      const before = counts[counts.length - 1];
      if (c.additive && c.additive !== 'others' && before && before.slot === c.slot && !before.recall && !fdates.length && !recall) {
        fdates.push(...before.dates);
        act ??= before.act;
      }
      counts.push({
        slot: c.slot,
        value: c.value,
        hedge: c.hedge,
        additive: c.additive,
        group: c.group,
        span,
        text: text.slice(span.start, span.end),
        sentence: window,
        act,
        recall,
        update,
        dates: fdates,
        magnitude: magnitudeIn(text.slice(window.start, window.end)),
        includesPerpetrator: perpetratorIncluded(s, c.to),
        mentions: indexesInside(mentions, window),
      });
    }
  }
  // The article's incident: the kind its headline and first sentences name most.
  let act: string | null = null;
  let most = 0;
  for (const [a, n] of acts) if (n > most) [act, most] = [a, n];
  if (!act) {
    const byCount = new Map<string, number>();
    for (const c of counts) if (c.act && !c.recall) byCount.set(c.act, (byCount.get(c.act) ?? 0) + 1);
    for (const [a, n] of byCount) if (n > most) [act, most] = [a, n];
  }
  // The first sentence naming that incident gives its magnitude, names and day.
  if (act) {
    for (let si = 0; si < sentences.length && si < 12 && !leadFound; si++) {
      const sentence = sentences[si];
      if (sentence.end <= article.header.bodyStart) continue;
      const s = sentenceWords(text, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 2000) });
      const names = new Map<string, number>();
      actsIn(s, names);
      if (!names.has(act)) continue;
      leadFound = true;
      leadMagnitude = magnitudeIn(text.slice(s.span.start, s.span.end));
      leadMentions = indexesInside(mentions, s.span);
      leadDates = inside(dates, s.span).map(frameDate).filter((d) => !d.period);
    }
  }
  return {
    counts,
    ages: extractAges(text, sentences, mentions, dates, article.header.bodyStart),
    statuses: extractStatuses(text, sentences, mentions, dates, article.header.bodyStart, Array.isArray(article.descriptions) ? article.descriptions : []),
    labels: extractIncidentLabels(text, sentences, article.header.bodyStart, mentions),
    meetings: extractMeetings(text, sentences, mentions, article.header.bodyStart),
    schedule: extractScheduleChanges(text, sentences, mentions, article.header.bodyStart),
    ships: extractShipClasses(text),
    titleLists: extractTitleLists(text, sentences, mentions),
    attempts: readAttempts(article),
    finders: readFinders(article),
    schools: readSchools(article),
    people: extractPeople(text, sentences, mentions, article.header.bodyStart, kinRolesOf(article.roles)),
    act,
    date: articleDate(article, dates),
    perpetratorDied,
    leadMagnitude,
    leadMentions,
    leadDates,
    latestDate: latestDateOf(dates),
  };
}

/** The latest date written with its year ("June 24, 2005", "March 2007"), as `YYYY-MM-DD` or `YYYY-MM`. */
function latestDateOf(dates: readonly DateRef[]): string | null {
  let latest: string | null = null;
  for (const d of dates) {
    if (d.relative || !d.value || d.value.length < 7 || !/\b\d{4}\b/.test(d.text)) continue;
    if (!latest || d.value > latest) latest = d.value;
  }
  return latest;
}

/** The frames of an article that states none. */
export function emptyFrames(): LocalFrames {
  return { counts: [], ages: [], statuses: [], labels: [], meetings: [], schedule: [], ships: [], titleLists: [], attempts: [], finders: [], schools: [], people: { kin: [], times: [], priors: [], durations: [], descriptors: [], groups: [], genders: [] }, act: null, date: null, perpetratorDied: false, leadMagnitude: null, leadMentions: [], leadDates: [], latestDate: null };
}

