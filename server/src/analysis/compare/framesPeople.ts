/**
 * Facts about the people of an incident besides their age and status: how many children a
 * person has ("Zurana Horton, a mother of 12"), how many times a person was shot ("Gray was
 * shot seven times"), and the people an article describes without naming them ("a 31-year-old
 * mom was shot in the arm", "killing a mother of 12"). A description keeps what happened to
 * the person (killed, shot, wounded, arrested, charged) so that the story can tell whom it
 * describes: the one person the article, or failing that the whole story, reports so. Each
 * reader looks at a bounded window around a mention or inside one sentence: linear in the text.
 */
import type { Mention, Span } from '../types';
import { NUMBER_WORDS } from '../data/numbers';
import wordData from '../data/rulesWords.json';
import { firstFrom, samePersonKey } from './framesCommon';
import { extractPriors, type PriorFact } from './framesPriors';
import { extractDurations, type DurationFact } from './framesDurations';
import type { KinRole } from './kinPeople';
import { nounGender } from '../data/genders';

/** A number given for a named person. */
export interface PersonFact {
  /** Index of the person's mention. */
  mention: number;
  value: number;
  span: Span;
  text: string;
}

/** What happened to a person an article describes, as read from the verb around the description. */
export type PersonRole = 'killed' | 'shot' | 'wounded' | 'arrested' | 'charged';

/** A person an article describes without naming ("a 41-year-old man was killed"). */
export interface Descriptor {
  role: PersonRole;
  age: number | null;
  /** Children, from "a mother of 12". */
  kin: number | null;
  /** Times shot, from "was shot 11 times". */
  times: number | null;
  /** The person noun ("man", "mom"), or the kin word ("mother"). */
  noun: string;
  span: Span;
  text: string;
}

/** People an article describes together with their ages ("two women, 68 and 48", "two men, ages 19 and 22, were shot"). */
export interface GroupDescriptor {
  role: PersonRole;
  /** One age per person, in the order given. */
  ages: number[];
  /** The plural noun ("women", "men", "people"). */
  noun: string;
  span: Span;
  text: string;
}

export interface LocalPeople {
  kin: PersonFact[];
  times: PersonFact[];
  /** Earlier offences of one kind ("three prior DUI convictions", "his second DWI"). */
  priors: PriorFact[];
  /** How long a person lived or worked somewhere ("a four year spell living in Cardiff"). */
  durations: DurationFact[];
  descriptors: Descriptor[];
  groups: GroupDescriptor[];
  /** People whose gender the words around their name tell ("Ms. Mendes", "his mother, Catherine Gomes"). */
  genders: Array<{ mention: number; gender: 'male' | 'female' }>;
}

const FEMALE = /\b(?:Mrs|Ms|Miss|Madam|mother|wife|daughter|sister|girlfriend|ex-girlfriend|ex-wife|grandmother|aunt|niece|woman|girl|actress|mom|mum|widow|Queen|Princess|Lady)\.?,?[ \t]{1,2}$/;
const MALE = /\b(?:Mr|Sir|father|husband|son|brother|boyfriend|ex-boyfriend|ex-husband|grandfather|uncle|nephew|man|boy|actor|dad|widower|King|Prince|Lord)\.?,?[ \t]{1,2}$/;
const FEMALE_AFTER = /^(?:,[ \t]{1,2}\d{1,3})?,[ \t]{1,2}(?:[\w'\u2019]+[ \t]{1,2}){0,2}(?:mother|wife|daughter|sister|girlfriend|ex-girlfriend|ex-wife|grandmother|widow|actress)\b/;
const MALE_AFTER = /^(?:,[ \t]{1,2}\d{1,3})?,[ \t]{1,2}(?:[\w'\u2019]+[ \t]{1,2}){0,2}(?:father|husband|son|brother|boyfriend|ex-boyfriend|ex-husband|grandfather|widower|actor)\b/;

const NUMBER = '(\\d{1,2}|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)';
const KIN_WORD = '(?:mother|father|mom|dad|mum|parent|grandmother|grandfather)';
/** "a mother of 12", "the father of two sons": the count of children. */
const KIN = `(?:a|the)?[ \\t]{0,2}${KIN_WORD}[ \\t]{1,2}of[ \\t]{1,2}${NUMBER}(?![- ](?:year|month|week))(?:[ \\t]{1,2}(?:children|kids|sons|daughters|boys|girls))?\\b`;
const KIN_AFTER = new RegExp(`^(?:,[ \\t]{1,2}\\d{1,3},)?[ \\t]{0,2}(?:,|-|\\u2014|\\u2013|\\()?[ \\t]{0,2}(?:who[ \\t]{1,2}(?:was|is)[ \\t]{1,2}|(?:was|is)[ \\t]{1,2})?${KIN}`, 'i');
const KIN_BEFORE = new RegExp(`${KIN_WORD}[ \\t]{1,2}of[ \\t]{1,2}${NUMBER}[ \\t]{1,2}$`, 'i');
/** "Gray was shot 11 times", "Gray, 16, was shot eleven times", "who was shot seven times". */
const TIMES_AFTER = new RegExp(`^(?:,[^,.;]{1,40},)?(?:[ \\t]{1,2}who)?[ \\t]{1,2}(?:was|had[ \\t]{1,2}been|has[ \\t]{1,2}been)[ \\t]{1,2}(?:shot|struck|hit|stabbed)[ \\t]{1,2}${NUMBER}[ \\t]{1,2}times\\b`, 'i');
/** "shot Gray 11 times". */
const TIMES_OBJECT = /^[ \t]{1,2}(\d{1,2}|[a-z]+(?:-[a-z]+)?)[ \t]{1,2}times\b/i;
/** The verb before the person's name, past a courtesy title the name leaves out ("stabbed Mr Okafor 16 times"). */
const SHOT_BEFORE = /\b(?:shot|stabbed|struck|hit)[ \t]{1,2}(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]{1,2})?$/i;
/** "he had been shot seven times": the pronoun's person is the one the sentence (or the one before) names. */
const PRONOUN_TIMES = new RegExp(`\\b(?:he|she)[ \\t]{1,2}(?:was|had[ \\t]{1,2}been|has[ \\t]{1,2}been)[ \\t]{1,2}(?:shot|stabbed)[ \\t]{1,2}${NUMBER}[ \\t]{1,2}times\\b`, 'gi');
const PERSON_NOUNS = [...new Set(wordData.personNouns.concat(['mom', 'dad', 'mum', 'resident', 'teen', 'teenager', 'youth', 'boy', 'girl', 'mother', 'father', 'grandmother', 'grandfather', 'bystander', 'pedestrian', 'motorist', 'customer', 'employee', 'clerk', 'guard', 'student', 'nurse', 'cyclist', 'passenger']))];
const NOUN_ALT = PERSON_NOUNS.join('|');
/** A person described by age and kind: "a 41-year-old man", "the 31-year-old Brooklyn mom". */
const AGED_NP = new RegExp(`\\b(?:an?|the)[ \\t]{1,2}${NUMBER}[- ]years?[- ]old[ \\t]{1,2}((?:[A-Za-z][a-z]+[ \\t]{1,2}){0,2}?)(${NOUN_ALT})\\b`, 'gi');
/**
 * A person described by kind with the age after the noun, between commas: "The woman, 29, was
 * pronounced dead", "a boy, aged 16, was arrested". Digits only: an age in words after a noun is
 * rare and a count is likelier ("the men, two, ...").
 */
const AGED_AFTER_NP = new RegExp(`\\b(?:an?|the)[ \\t]{1,2}((?:[A-Za-z][a-z]+[ \\t]{1,2}){0,2}?)(${NOUN_ALT}),[ \\t]{1,2}(?:aged[ \\t]{1,2})?(\\d{1,2}),`, 'gi');
const KIN_NP = new RegExp(`\\b(?:a|the)[ \\t]{1,2}(${KIN_WORD})[ \\t]{1,2}of[ \\t]{1,2}${NUMBER}(?![- ](?:year|month|week))(?:[ \\t]{1,2}(?:children|kids|sons|daughters|boys|girls))?\\b`, 'gi');
/**
 * Being treated in hospital, which says the person was hurt ("was hospitalised", "was taken to
 * hospital", "was treated for burns"), unless the same clause goes on to the death.
 */
const CARE = `(?:hospitali[sz]ed|(?:taken|rushed|airlifted|flown)[ \\t]{1,2}to[ \\t]{1,2}(?:an?[ \\t]{1,2}|the[ \\t]{1,2})?(?:(?:local|nearby|area)[ \\t]{1,2})?hospital|treated[ \\t]{1,2}(?:for|in[ \\t]{1,2}hospital|at[ \\t]{1,2}(?:an?[ \\t]{1,2}|the[ \\t]{1,2})?hospital))(?![^.;]{0,60}\\b(?:died|dead|death|succumbed)\\b)`;
/**
 * A relative clause between the description and its main verb ("a 13-year-old girl who was
 * attending a party was hit"): the description is still the subject of the verb that follows.
 * The clause ends at the first finite "was"/"were"/"is" after its own verb; a clause that holds
 * another clause (a verb of saying or seeing, a conjunction, a pronoun subject, another relative
 * word) is not skipped, as the verb after it may then be another person's ("who said a man was shot").
 */
const RELATIVE = /^[ \t]{1,2}(?:who|that)((?:[ \t]{1,2}[\w'\u2019-]+){1,12}?)(?=[ \t]{1,2}(?:was|were|is|has[ \t]{1,2}been|had[ \t]{1,2}been|got)[ \t])/i;
const CLAUSE_INSIDE = /\b(?:who|whom|whose|that|which|and|but|or|when|while|after|before|as|because|since|until|if|where|said|says|say|told|tells|saw|sees|watched|heard|believe[sd]?|he|she|they|we|i|you)\b/i;
/** What happened to the described person, after the description. */
const ROLE_AFTER = new RegExp(`^(?:[ \\t]{0,2},[^,.;]{1,40},)?(?:[ \\t]{1,2}who)?[ \\t]{1,2}(?:was|were|has[ \\t]{1,2}been|had[ \\t]{1,2}been|is|got)[ \\t]{1,2}(fatally[ \\t]{1,2}|(?:critically|seriously|severely|gravely|badly|mortally)[ \\t]{1,2})?(shot[ \\t]{1,2}(?:dead|and[ \\t]{1,2}killed|to[ \\t]{1,2}death)|shot|killed|murdered|slain|stabbed[ \\t]{1,2}to[ \\t]{1,2}death|stabbed|(?:pronounced|declared|found)[ \\t]{1,2}dead|wounded|injured|hurt|arrested|detained|charged|remanded|(?:hit|struck)[ \\t]{1,2}by[ \\t]{1,2}(?:an?[ \\t]{1,2})?(?:stray[ \\t]{1,2})?(?:bullet|gunfire)|${CARE})\\b(?:[ \\t]{1,2}${NUMBER}[ \\t]{1,2}times\\b)?|^[ \\t]{1,2}(died)\\b`, 'i');
/** What happened to the described person, before the description ("killing a mother of 12", "police arrested a 23-year-old man"). */
const ROLE_BEFORE = /\b(?:(fatally[ \t]{1,2})?(shot[ \t]{1,2}and[ \t]{1,2}killed|shot[ \t]{1,2}dead|killing|killed|murdering|murdered|shooting|shot|wounding|wounded|injuring|injured|stabbing|stabbed|arrested|detained|charged)|(?:life|lives|death|deaths|killing|killings|murder|murders|slaying|slayings|shooting|body|bodies)[ \t]{1,2}of)[ \t]{1,2}$/i;
const GROUP_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };
/**
 * Several people described together with one age each: "two women -- 68 and 48-years-old",
 * "two men, ages 19 and 22,", "three teens (15, 16 and 17)". The number of ages must be the
 * number of people.
 */
const GROUP_NP = /\b(two|three|four|[234])[ \t]{1,2}(?:[A-Za-z][a-z]+[ \t]{1,2}){0,2}?(men|women|people|persons|teens|teenagers|boys|girls|victims|brothers|sisters|friends|adults)[ \t]{0,2}(?:,|--|\u2014|\u2013|\(|-)[ \t]{0,2}(?:(?:aged|ages|age)[ \t]{1,2})?(\d{1,2})(?:,[ \t]{1,2}(\d{1,2}))?(?:,[ \t]{1,2}(\d{1,2}))?,?[ \t]{1,2}and[ \t]{1,2}(\d{1,2})(?![\d.,]\d)(?:[- ]?years?[- ]old|\))?/gi;

function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}$/.test(w)) return Number(w);
  if (w === 'dozen') return 12;
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const [tens, unit] = w.split('-');
  if (tens in NUMBER_WORDS && unit in NUMBER_WORDS) return NUMBER_WORDS[tens] + NUMBER_WORDS[unit];
  return null;
}

/** The verb of what happened to a person, with how much text it takes; `later` when it is in the next sentence. */
type RoleMatch = RegExpExecArray & { used: number; later?: boolean };

/**
 * The verb of what happened to a described person, read from the text right after the
 * description, past a relative clause of the person's own when one intervenes. `used` is how
 * much of the text the verb and the clause take.
 */
function roleAfter(after: string): RoleMatch | null {
  const direct = ROLE_AFTER.exec(after);
  if (direct) return Object.assign(direct, { used: direct[0].length });
  const rel = RELATIVE.exec(after);
  if (!rel || CLAUSE_INSIDE.test(rel[1])) return null;
  const main = ROLE_AFTER.exec(after.slice(rel[0].length));
  return main ? Object.assign(main, { used: rel[0].length + main[0].length }) : null;
}

/**
 * What happened to a person described as the subject of a sentence that tells none of it ("The
 * boy, 16, cannot be named."), read from the next sentence when that one opens with the pronoun
 * of the noun's gender ("He was remanded in custody."). `later` marks a verb outside the
 * description's own sentence, which the description's span does not reach.
 */
function pronounRole(text: string, sentences: readonly Span[], s: number, start: number, noun: string): RoleMatch | null {
  if (s + 1 >= sentences.length || text.slice(sentences[s].start, start).trim() !== '') return null;
  const gender = nounGender(noun.toLowerCase());
  if (!gender) return null;
  const next = sentences[s + 1];
  const head = /^[ \t\r\n]*(he|she)\b/i.exec(text.slice(next.start, Math.min(next.end, next.start + 200)));
  if (!head || (head[1].toLowerCase() === 'he') !== (gender === 'male')) return null;
  const verb = ROLE_AFTER.exec(text.slice(next.start + head[0].length, Math.min(next.end, next.start + 200)));
  return verb ? Object.assign(verb, { used: 0, later: true }) : null;
}

function roleOf(verb: string, fatally: boolean): PersonRole | null {
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  if (fatally || /dead|killed|killing|murder|slain|slaying|death|life|lives|died|bod(?:y|ies)/.test(v)) return 'killed';
  if (/^shot|shooting/.test(v)) return 'shot';
  if (/stab/.test(v)) return 'wounded';
  if (/bullet|gunfire/.test(v)) return 'shot';
  if (/wound|injur|hurt|hospital|treated/.test(v)) return 'wounded';
  if (/arrest|detain/.test(v)) return 'arrested';
  if (/charged|remanded/.test(v)) return 'charged';
  return null;
}

/** The person mentions of a span. */
function peopleIn(mentions: readonly Mention[], span: Span): number[] {
  const out: number[] = [];
  for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].kind === 'person') out.push(i);
  return out;
}

/** The one person named in a span, by key, or -1 when none or several. */
function onlyPerson(mentions: readonly Mention[], span: Span): number {
  const people = peopleIn(mentions, span);
  if (!people.length) return -1;
  const key = mentions[people[0]].key;
  return people.every((i) => samePersonKey(mentions[i].key, key)) ? people[0] : -1;
}

/** The children, times shot and unnamed people an article gives. Never throws; linear in the text. */
export function extractPeople(text: string, sentences: readonly Span[], mentions: readonly Mention[], bodyStart = 0, roles: readonly KinRole[] = []): LocalPeople {
  const kin: PersonFact[] = [];
  const times: PersonFact[] = [];
  const descriptors: Descriptor[] = [];
  const groups: GroupDescriptor[] = [];
  const genders: LocalPeople['genders'] = [];
  const kinTaken = new Set<number>();
  const timesTaken = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'person' || m.start < bodyStart) continue;
    const after = text.slice(m.end, m.end + 100);
    const before = text.slice(Math.max(bodyStart, m.start - 60), m.start);
    const female = FEMALE.test(before) || FEMALE_AFTER.test(after) || /^(?:Mrs|Ms|Miss)\.?[ \t]/.test(m.text);
    const male = MALE.test(before) || MALE_AFTER.test(after) || /^Mr\.?[ \t]/.test(m.text);
    if (female !== male) genders.push({ mention: i, gender: female ? 'female' : 'male' });
    if (!kinTaken.has(i)) {
      const k = KIN_AFTER.exec(after);
      const b = k ? null : KIN_BEFORE.exec(before);
      const value = k ? numberValue(k[1]) : b ? numberValue(b[1]) : null;
      if (value !== null) {
        kinTaken.add(i);
        const span = k ? { start: m.start, end: m.end + k[0].length } : { start: m.start - (before.length - b!.index), end: m.end };
        kin.push({ mention: i, value, span, text: text.slice(span.start, span.end) });
      }
    }
    if (!timesTaken.has(i)) {
      const t = TIMES_AFTER.exec(after);
      const o = t ? null : SHOT_BEFORE.test(before) ? TIMES_OBJECT.exec(after) : null;
      const value = t ? numberValue(t[1]) : o ? numberValue(o[1]) : null;
      if (value !== null) {
        timesTaken.add(i);
        const span = { start: m.start, end: m.end + (t ?? o)![0].length };
        times.push({ mention: i, value, span, text: text.slice(span.start, span.end) });
      }
    }
  }
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.end <= bodyStart) continue;
    const end = Math.min(sentence.end, sentence.start + 2000);
    const part = text.slice(sentence.start, end);
    if (!/times|year|old| of | and \d|, (?:aged )?\d/i.test(part)) continue;
    // "he had been shot seven times": the person the sentence names, or the one before names.
    PRONOUN_TIMES.lastIndex = 0;
    for (let p = PRONOUN_TIMES.exec(part); p; p = PRONOUN_TIMES.exec(part)) {
      const at = sentence.start + p.index;
      let who = onlyPerson(mentions, { start: sentence.start, end: at });
      if (who < 0 && !peopleIn(mentions, { start: sentence.start, end: at }).length && s > 0) who = onlyPerson(mentions, sentences[s - 1]);
      const value = numberValue(p[1]);
      if (who >= 0 && value !== null && !timesTaken.has(who)) {
        timesTaken.add(who);
        times.push({ mention: who, value, span: { start: at, end: at + p[0].length }, text: p[0] });
      }
    }
    // People described together, each with an age, and what happened to them.
    GROUP_NP.lastIndex = 0;
    for (let g = GROUP_NP.exec(part); g; g = GROUP_NP.exec(part)) {
      const ages = [g[3], g[4], g[5], g[6]].filter((x): x is string => !!x).map(Number);
      if (ages.length !== GROUP_COUNT[g[1].toLowerCase()]) continue;
      const start = sentence.start + g.index;
      const stop = start + g[0].length;
      const after = text.slice(stop, Math.min(end, stop + 120)).replace(/^[ \t]{0,2}(?:,|--|\u2014|\u2013)/, '');
      const ra = roleAfter(after);
      const rb = ra ? null : ROLE_BEFORE.exec(text.slice(Math.max(sentence.start, start - 40), start));
      const role = ra ? roleOf(ra[2] ?? ra[4] ?? '', /fatally/i.test(ra[1] ?? '')) : rb ? roleOf(rb[2] ?? rb[0], !!rb[1]) : null;
      if (!role) continue;
      const spanStart = rb ? start - (Math.min(40, start - sentence.start) - rb.index) : start;
      groups.push({ role, ages, noun: g[2].toLowerCase(), span: { start: spanStart, end: stop }, text: text.slice(spanStart, stop) });
    }
    // People described without a name, with what happened to them.
    for (const re of [AGED_NP, AGED_AFTER_NP, KIN_NP]) {
      re.lastIndex = 0;
      for (let d = re.exec(part); d; d = re.exec(part)) {
        const start = sentence.start + d.index;
        const stop = start + d[0].length;
        // A name right after the description ("a 38-year-old man, John Doe") makes it named.
        const next = text.slice(stop, stop + 40);
        const named = peopleIn(mentions, { start, end: stop }).length > 0 || /^[ \t]{0,2}[,(\u2014-]?[ \t]{0,2}[A-Z][a-z]+[ \t]{1,2}[A-Z]/.test(next) || /^[ \t]{1,2}[A-Z]/.test(next);
        if (named) continue;
        const ra = roleAfter(text.slice(stop, Math.min(end, stop + 160))) ?? (re === KIN_NP ? null : pronounRole(text, sentences, s, start, d[re === AGED_NP ? 3 : 2]));
        const rb = ra ? null : ROLE_BEFORE.exec(text.slice(Math.max(sentence.start, start - 40), start));
        let role: PersonRole | null = null;
        let timesShot: number | null = null;
        if (ra) {
          role = roleOf(ra[2] ?? ra[4] ?? '', /fatally/i.test(ra[1] ?? ''));
          if (ra[3]) timesShot = numberValue(ra[3]);
        } else if (rb) role = roleOf(rb[2] ?? rb[0], !!rb[1]);
        if (!role) continue;
        const isKin = re === KIN_NP;
        const value = numberValue(isKin ? d[2] : re === AGED_NP ? d[1] : d[3]);
        if (value === null) continue;
        const spanEnd = ra && !ra.later ? stop + ra.used : stop;
        const spanStart = rb ? start - (Math.min(40, start - sentence.start) - rb.index) : start;
        descriptors.push({
          role,
          age: isKin ? null : value,
          kin: isKin ? value : null,
          times: timesShot,
          noun: (isKin ? d[1] : re === AGED_NP ? d[3] : d[2]).toLowerCase(),
          span: { start: spanStart, end: spanEnd },
          text: text.slice(spanStart, spanEnd),
        });
      }
    }
  }
  const priors = extractPriors(text, sentences, mentions, genders, bodyStart);
  const durations = extractDurations(text, sentences, mentions, genders, bodyStart, roles);
  return { kin, times, priors, durations, descriptors: descriptors.sort((a, b) => a.span.start - b.span.start), groups, genders };
}
