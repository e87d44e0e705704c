/**
 * Where a named person studies or studied, as the words that tie the person's name to the name
 * of a school say it: "Ann Lee got into Lakeside University", "Ms Lee was a student at the
 * University of Westmoor", "Ann Lee, a law student at Lakeside College,", "Ann Lee, who studies
 * at …", "Lakeside University student Ann Lee", "Ann Lee graduated from …". A school is a name of
 * an organisation or a place with a word for a place of learning in it ("University", "College",
 * "Academy"…); "the university" alone names none. What is said now ("is a student at", "got
 * into", "studies at") and what is said of the past ("graduated from", "studied at", "attended")
 * are kept apart: a person may have left one school for another. Kept with the article's fact
 * frames; compared by `alignSchools.ts`. Linear in the number of mentions.
 */
import type { Article, Mention, Span } from '../types';

/** One article's statement of the school a person studies or studied at. */
export interface SchoolFact {
  /** Index of the person's mention. */
  holder: number;
  /** Index of the school's mention. */
  school: number;
  /** `now` for a student's school, `past` for a school a person graduated from or went to. */
  when: 'now' | 'past';
  /** The gender a title before the person's name tells ("Miss Lee"), or null. */
  titled: 'male' | 'female' | null;
  /** From the first to the last of the two names. */
  span: Span;
  text: string;
}

/** A name of a place of learning. */
const SCHOOL_NAME = /\b(?:University|College|Polytechnic|Academy|Institute|School|Conservatoire|Conservatory)\b/;
/** Between a person and the school they study at now: "got into", "was a student at", ", a law student at", ", who studies at". Bounded. */
const NOW_AFTER =
  /^(?:[ \t]{1,2}(?:(?:is|was|had[ \t]{1,2}been|has[ \t]{1,2}been)[ \t]{1,2})?(?:a[ \t]{1,2}(?:[a-z][\w-]*[ \t]{1,2}){0,2}student[ \t]{1,2}(?:at|of)|(?:studying|enrolled)[ \t]{1,2}(?:at|in))|[ \t]{1,2}(?:(?:had|has)[ \t]{1,2})?(?:got[ \t]{1,2}into|gotten[ \t]{1,2}into|studies[ \t]{1,2}at|attends|(?:is|was)[ \t]{1,2}attending|enrolled[ \t]{1,2}at)|,[ \t]{1,2}(?:\d{1,3},[ \t]{1,2})?(?:a|an)[ \t]{1,2}(?:\d{1,3}-year-old[ \t]{1,2})?(?:[a-z][\w-]*[ \t]{1,2}){0,2}student[ \t]{1,2}(?:at|of)|,[ \t]{1,2}who[ \t]{1,2}(?:studies[ \t]{1,2}at|(?:is|was)[ \t]{1,2}studying[ \t]{1,2}at|attends|(?:is|was)[ \t]{1,2}attending))[ \t]{1,2}(?:the[ \t]{1,2})?$/;
/** Between a person and a school of the past: "graduated from", "studied at", "attended", ", a graduate of". Bounded. */
const PAST_AFTER =
  /^(?:[ \t]{1,2}(?:(?:had|has)[ \t]{1,2})?(?:graduated[ \t]{1,2}from|studied[ \t]{1,2}at|attended)|(?:,|[ \t]{1,2}(?:is|was))[ \t]{1,2}(?:\d{1,3},[ \t]{1,2})?(?:a|an)[ \t]{1,2}(?:former[ \t]{1,2})?(?:graduate|alumnus|alumna)[ \t]{1,2}of)[ \t]{1,2}(?:the[ \t]{1,2})?$/;
/** Between a school and its student: "Lakeside University student Ann Lee", "… law student Ann Lee". */
const STUDENT_BEFORE = /^[ \t]{1,2}(?:[a-z][\w-]*[ \t]{1,2})?student,?[ \t]{1,2}$/;
/** A title that tells the gender of the name after it. */
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?[ \t]{1,2}$/;

const isPerson = (m: Mention) => m.kind === 'person';
const isSchool = (m: Mention) => (m.kind === 'organization' || m.kind === 'place') && SCHOOL_NAME.test(m.text);

function titleOf(text: string, m: Mention): 'male' | 'female' | null {
  const t = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
  if (!t) return null;
  return t[1] === 'Mr' ? 'male' : 'female';
}

/** The schools the article's words tie to named people. */
export function readSchools(article: Pick<Article, 'text' | 'mentions'>): SchoolFact[] {
  const out: SchoolFact[] = [];
  const { text, mentions } = article;
  if (!Array.isArray(mentions) || typeof text !== 'string') return out;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (!m || !next) continue;
    const between = text.slice(m.end, next.start);
    if (between.length > 60) continue;
    let holder = -1;
    let school = -1;
    let when: SchoolFact['when'] = 'now';
    if (isPerson(m) && isSchool(next)) {
      if (NOW_AFTER.test(between)) [holder, school] = [i, i + 1];
      else if (PAST_AFTER.test(between)) [holder, school, when] = [i, i + 1, 'past'];
    } else if (isSchool(m) && isPerson(next) && STUDENT_BEFORE.test(between)) [holder, school] = [i + 1, i];
    if (holder < 0) continue;
    const start = Math.min(mentions[holder].start, mentions[school].start);
    const end = Math.max(mentions[holder].end, mentions[school].end);
    out.push({ holder, school, when, titled: titleOf(text, mentions[holder]), span: { start, end }, text: text.slice(start, end) });
  }
  return out;
}
