/**
 * Meetings between two named people, as an article reports them: already held ("Lee met with
 * Dr. Ann Park this week", "after meeting with Park", "Lee has seen Dr. Park", "Lee was examined
 * by Dr. Park") or still to come ("Lee will see Dr. Ann Park on Friday", "Lee is scheduled to meet
 * Park", "Lee will be examined by Dr. Park"). A meeting is read only where both people are named,
 * the one who meets before the verb in its sentence and the one met right after it (titles such
 * as "Dr." or "specialist" between). "See" is a meeting only with a doctor or another
 * professional ("see Dr. Park", "see a specialist, Ann Park"): "saw Park score" is not one. A
 * plan stated of the past ("was scheduled to meet"), a negation ("did not meet"), a habit ("meets
 * with") and a meeting the clause places apart ("again", "last year", "in 2005", "for the first
 * time") are not read. Each reads a bounded window before a name: linear in the text.
 * `alignMeetings.ts` compares what outlets say.
 */
import type { Mention, Span } from '../types';
import { sentenceAt } from './claimsText';

/** One article's report of a meeting between two named people. */
export interface LocalMeeting {
  /** Index of the mention of the person who meets. */
  subject: number;
  /** Index of the mention of the person met (the doctor seen, the official visited). */
  object: number;
  /** Held already, or still to come. */
  when: 'done' | 'planned';
  /** The words that report it, from the verb (and its auxiliaries) to the end of the name met. */
  span: Span;
  text: string;
}

/** A professional one goes to "see" (a doctor), named with or before the title. */
const PROFESSIONAL = '(?:dr\\.?|doctor|physician|surgeon|specialist|orthopedist|orthopaedist|orthopedic[ \\t]{1,2}surgeon|neurologist|cardiologist|psychiatrist|psychologist|therapist|dentist|lawyer|attorney|counsel|solicitor|adviser|advisor|consultant)';
/** Words that may stand between the verb and the name: an article, a title, "renowned". */
const TITLES = `(?:(?:a|an|the|his|her|their|team|noted|renowned|famed|famous|well-known|prominent|leading|top|knee|sports|orthopedic|orthopaedic)[ \\t]{1,2}|${PROFESSIONAL}[ \\t]{1,2}|,[ \\t]{1,2})*`;
/** Verbs of meeting, in every form, and what may follow them before the person met. */
const VERB_BEFORE_NAME = new RegExp(
  `\\b(meet|meets|met|meeting|visit|visits|visited|visiting|consult|consults|consulted|consulting|see|sees|saw|seen|seeing|examined|evaluated|checked|treated)((?:[ \\t]{1,2}(?:with|by|out[ \\t]{1,2}by))?[ \\t]{1,2}${TITLES})$`,
  'i',
);
/** A form of "see" or "be examined by" takes a professional: the title must be written. */
const NEEDS_PROFESSIONAL = new Set(['see', 'sees', 'saw', 'seen', 'seeing', 'examined', 'evaluated', 'checked', 'treated']);
const PROFESSIONAL_WORD = new RegExp(`\\b${PROFESSIONAL}(?![\\w])`, 'i');
/** Words before the verb that make the meeting one still to come. */
const PLANNED = /(?:\bwill|['\u2019]ll|\bshall|\b(?:is|are|am)[ \t]{1,2}(?:(?:scheduled|set|due|slated|expected|going|supposed)[ \t]{1,2})?to|\b(?:plans?|intends?|hopes?|wants?|is[ \t]{1,2}planning|are[ \t]{1,2}planning)[ \t]{1,2}to)(?:[ \t]{1,2}(?:also|then|first|next|soon|likely|probably))?(?:[ \t]{1,2}be)?[ \t]{1,2}$/i;
/** Words before the verb that make the meeting one already held. */
const DONE_AUX = /\b(?:has|have|had|was|were|has[ \t]{1,2}been|have[ \t]{1,2}been|had[ \t]{1,2}been)(?:[ \t]{1,2}(?:already|since|also|recently|now|just))?[ \t]{1,2}$/i;
/** "After meeting with", "since seeing": a gerund after these is of a meeting held. */
const AFTER = /\b(?:after|since|following|upon)[ \t]{1,2}$/i;
/** A plan of the past, a negation, a condition: what the meeting's time then is, is unknown. */
const UNSURE = /(?:\b(?:not|never|no|would|could|might|may|should|must|if|unless|whether)|n['\u2019]t)(?:[ \t]{1,2}[\w.'\u2019-]+){0,2}[ \t]{1,2}$|\b(?:was|were|had[ \t]{1,2}been)[ \t]{1,2}(?:scheduled|set|due|slated|expected|going|supposed|planning|planned|hoping|hoped)[ \t]{1,2}to(?:[ \t]{1,2}have)?(?:[ \t]{1,2}be)?[ \t]{1,2}$/i;
/** A meeting the clause tells apart from the story's own: another time, a habit, a first time. */
const OTHER_OCCASION = /\b(?:again|previously|earlier[ \t]{1,2}(?:this|that)[ \t]{1,2}(?:year|season)|last[ \t]{1,2}(?:year|season|month|spring|summer|fall|autumn|winter)|years?[ \t]{1,2}ago|months[ \t]{1,2}ago|(?:in|since)[ \t]{1,2}(?:19|20)\d\d|for[ \t]{1,2}the[ \t]{1,2}(?:first|second|last|third)[ \t]{1,2}time|regularly|often|every|each|once[ \t]{1,2}a|twice|first[ \t]{1,2}met)\b/i;
const PAST_FORMS = new Set(['met', 'visited', 'consulted', 'saw']);
const PARTICIPLES = new Set(['met', 'visited', 'consulted', 'seen', 'examined', 'evaluated', 'checked', 'treated']);
const BASE_FORMS = new Set(['meet', 'visit', 'consult', 'see']);
const EXAMINING = new Set(['examined', 'evaluated', 'checked', 'treated']);

/** The clause around a span: between the nearest commas, semicolons or dashes, inside the sentence. */
function clauseOf(text: string, sentence: Span, span: Span): string {
  let start = span.start;
  const min = Math.max(sentence.start, span.start - 160);
  while (start > min && !/[;:\u2014\u2013]/.test(text[start - 1])) start--;
  let end = span.end;
  const max = Math.min(sentence.end, span.end + 160);
  while (end < max && !/[;:\u2014\u2013]/.test(text[end])) end++;
  return text.slice(start, end);
}

/** The meetings an article reports between the people it names. Never throws; linear in the text. */
export function extractMeetings(text: string, sentences: readonly Span[], mentions: readonly Mention[], bodyStart = 0): LocalMeeting[] {
  const out: LocalMeeting[] = [];
  for (let o = 0; o < mentions.length; o++) {
    const met = mentions[o];
    if (met.kind !== 'person' || met.start < bodyStart) continue;
    const sentence = sentenceAt(sentences, met.start);
    if (!sentence) continue;
    const before = text.slice(Math.max(sentence.start, met.start - 90), met.start);
    const v = VERB_BEFORE_NAME.exec(before);
    if (!v) continue;
    const verb = v[1].toLowerCase();
    const passive = /\bby\b/i.test(v[2]);
    if (NEEDS_PROFESSIONAL.has(verb) && !PROFESSIONAL_WORD.test(v[2]) && !PROFESSIONAL_WORD.test(met.text)) continue;
    // The examining verbs only as passives ("was examined by Dr. Park"); "by" only after a participle.
    if (EXAMINING.has(verb) && !passive) continue;
    if (passive && !PARTICIPLES.has(verb)) continue;
    const verbAt = met.start - before.length + v.index;
    const lead = text.slice(Math.max(sentence.start, verbAt - 60), verbAt);
    let when: LocalMeeting['when'] | null = null;
    let auxStart = verbAt;
    const planned = PLANNED.exec(lead);
    if (UNSURE.test(lead)) when = null;
    else if (planned && (BASE_FORMS.has(verb) || (passive && /\bbe[ \t]{1,2}$/i.test(lead)))) {
      when = 'planned';
      auxStart = verbAt - lead.length + planned.index;
    } else if (PAST_FORMS.has(verb) && !passive && !planned && !/\b(?:to|will|would|did|does|do)[ \t]{1,2}(?:\w+[ \t]{1,2})?$/i.test(lead)) {
      when = 'done';
    } else if (PARTICIPLES.has(verb) && DONE_AUX.test(lead)) {
      const aux = DONE_AUX.exec(lead)!;
      // "Was met by" is done; "had met" too; "was seen" by a doctor too.
      when = 'done';
      auxStart = verbAt - lead.length + aux.index;
    } else if (/ing$/.test(verb) && AFTER.test(lead)) {
      when = 'done';
    }
    if (!when) continue;
    // The person who meets: the nearest person named before the verb in the sentence, not the
    // object of a preposition, with no other sentence part ("; ") between.
    let subject = -1;
    for (let s = o - 1; s >= 0; s--) {
      const m = mentions[s];
      if (m.end > verbAt) continue;
      if (m.start < sentence.start || verbAt - m.end > 140) break;
      if (m.kind !== 'person') continue;
      const gap = text.slice(m.end, verbAt);
      if (/[;:\u2014]|['\u2019]s\b/.test(gap.slice(0, 3)) || /[;:]/.test(gap)) break;
      const prior = text.slice(Math.max(sentence.start, m.start - 12), m.start);
      if (/\b(?:of|to|for|with|by|from|against|about|than|like)[ \t]{1,2}$/i.test(prior)) break;
      subject = s;
      break;
    }
    if (subject < 0 || subject === o) continue;
    const span = { start: auxStart, end: met.end };
    if (OTHER_OCCASION.test(clauseOf(text, sentence, span))) continue;
    out.push({ subject, object: o, when, span, text: text.slice(span.start, span.end) });
  }
  return out;
}
