/**
 * Words the date extractor recognises. Kept as data so that a new spelling or cue is a one-line
 * change, not a change of rules.
 */

/** Month names and their usual abbreviations, mapped to the month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names and abbreviations, mapped to JavaScript's day numbers (Sunday = 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tues: 2, tue: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/** Regular-expression sources for the names above, longest spellings first. */
export const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
export const WEEKDAY_FULL = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const WEEKDAY_ABBR = 'Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun';

/** Parts of a day that may follow a day reference ("Tuesday morning", "yesterday evening"). */
export const DAY_PARTS = 'morning|afternoon|evening|night|overnight';

/**
 * Words before a bare month or year that mark it as a time ("in July", "since 2014"). A month
 * name alone is too often a verb or a name ("May", "March", "August") to be taken without one.
 */
export const MONTH_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'from', 'to', 'during', 'of', 'last', 'next', 'this',
  'early', 'late', 'mid', 'before', 'after', 'between', 'and', 'or', 'for', 'on', 'that', 'each', 'every',
  'around', 'about', 'throughout', 'within', 'as',
]);

/**
 * Cues in the words just before a weekday or a month that put it in the future ("will meet on
 * Tuesday", "is scheduled to resume Monday", "until Monday", "set for October 28").
 */
export const FUTURE_CUE = /\b(?:will|shall|'ll|won't|is to|are to|to be|to resume|to begin|to start|to meet|to hold|to return|scheduled|slated|set for|set to|pencil{1,2}ed in|due|expected|expects|plans?|planned|planning|until|till|upcoming|coming|going to|next|postponed|adjourned)\b/i;

/** Cues in the sentence that the event lies in the past ("was", "had", "-ed" verbs, "since"). */
export const PAST_CUE = /\b(?:was|were|had|did|since|ago|\w{3,}ed)\b/i;

/**
 * A present form of "be", "have" or "get" just before an "-ed" word: the word is then a passive or
 * perfect participle of the present ("when he's sentenced", "has closed", "is expected"), not a
 * verb in the past tense.
 */
export const PRESENT_AUXILIARY_BEFORE = /(?:\b(?:is|are|am|be|been|being|has|have|get|gets)|\w'(?:s|re|ve))\s+(?:\w+ly\s+)?$/i;

/**
 * A finite verb of the present ("the judge has given him", "says", "is"): after the last past-tense
 * cue of a clause, it puts what follows in the present ("he needed more time and the judge has
 * given him a May 10 deadline").
 */
export const PRESENT_FINITE = /\b(?:has|have|is|are|am|says|say)\b|\b(?:he|she|it|they|who|that|there)'(?:s|re)\b/i;

/** Hedges that make a four-digit number a count, not a year ("about 2000 people"). */
export const COUNT_HEDGES = /\b(?:about|around|nearly|some|almost|approximately|roughly|than|least|up to|estimated|just over|just under)\s+$/i;

/**
 * Words that, before a weekday, make a named day rather than the most recent such weekday
 * ("Black Friday", "Good Friday", "Super Tuesday", "Bloody Sunday", "Patch Tuesday").
 */
export const NAMED_DAY_WORDS = new Set(['black', 'good', 'super', 'bloody', 'cyber', 'easter', 'ash', 'palm', 'holy', 'maundy', 'giving', 'fat', 'shrove', 'whit', 'low', 'plough', 'patch']);

/**
 * Named days whose date a year fixes, as days after a feast the calendar computes: Easter
 * Sunday (Gregorian) or United States Thanksgiving (the fourth Thursday of November). Named days
 * not listed here ("Super Tuesday", "Bloody Sunday") have no value.
 */
export const NAMED_DAYS: Readonly<Record<string, { from: 'easter' | 'thanksgiving'; days: number }>> = {
  'shrove tuesday': { from: 'easter', days: -47 },
  'fat tuesday': { from: 'easter', days: -47 },
  'ash wednesday': { from: 'easter', days: -46 },
  'palm sunday': { from: 'easter', days: -7 },
  'maundy thursday': { from: 'easter', days: -3 },
  'holy thursday': { from: 'easter', days: -3 },
  'good friday': { from: 'easter', days: -2 },
  'holy saturday': { from: 'easter', days: -1 },
  'easter sunday': { from: 'easter', days: 0 },
  'easter monday': { from: 'easter', days: 1 },
  'low sunday': { from: 'easter', days: 7 },
  'whit sunday': { from: 'easter', days: 49 },
  'whit monday': { from: 'easter', days: 50 },
  'black friday': { from: 'thanksgiving', days: 1 },
  'cyber monday': { from: 'thanksgiving', days: 4 },
  'giving tuesday': { from: 'thanksgiving', days: 5 },
};

/** Time zones a clock time may carry ("2045 GMT", "9:56 AM AKDT"). */
export const TIME_ZONES = 'GMT|UTC|BST|CET|CEST|EET|EEST|IST|HKT|JST|AEST|AEDT|AKDT|AKST|ET|PT|CT|MT|[ECMP][DS]T';

/**
 * Hedges before a clock time and the range of minutes each allows around the time written,
 * as [before, after]: "about 8.40pm" is 20:25 to 20:55; "shortly after 2 a.m." is 2:00 to 2:20.
 * A time with no hedge allows a little for rounding when it is round (see `roundTolerance` in
 * the extractor).
 */
export const TIME_HEDGES: Readonly<Record<string, [number, number]>> = {
  about: [15, 15],
  around: [15, 15],
  approximately: [15, 15],
  roughly: [15, 15],
  circa: [15, 15],
  'some time around': [20, 20],
  'sometime around': [20, 20],
  nearly: [20, 0],
  almost: [20, 0],
  'just before': [20, 0],
  'shortly before': [20, 0],
  'some time before': [120, 0],
  'sometime before': [120, 0],
  'just after': [0, 20],
  'just past': [0, 20],
  'shortly after': [0, 20],
  'soon after': [0, 20],
  'some time after': [0, 120],
  'sometime after': [0, 120],
  after: [0, 240],
  since: [0, 240],
  before: [240, 0],
  by: [240, 0],
  until: [240, 0],
  till: [240, 0],
};

/**
 * The minutes a part of the day covers, from midnight of its day, generously (a night runs into
 * the next morning, past 24:00), each part ending a minute before the next begins: what a
 * reader may take each word to mean.
 */
export const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [300, 719],
  afternoon: [720, 1109],
  evening: [1020, 1379],
  night: [1200, 1799],
  early: [0, 659],
  late: [1020, 1799],
};

/** Minutes after midnight of the clock words that are not numbers. */
export const CLOCK_WORDS: Readonly<Record<string, number>> = { noon: 720, midday: 720, midnight: 0 };

/**
 * Verbs of telling, in their base form: a date they govern ("said on Friday", "announced
 * Friday") is the day of the statement, not of what it reports. Acts that are events in their
 * own right ("agreed", "denied", "charged") are not listed.
 */
export const REPORT_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'write', 'announce', 'confirm', 'explain', 'note', 'acknowledge',
  'report', 'reveal', 'tweet', 'comment', 'indicate', 'inform', 'reiterate', 'repeat', 'declare',
  'claim', 'insist', 'stress', 'emphasise', 'emphasize', 'allege', 'disclose', 'publish', 'quote',
]);

/**
 * Verbs whose subject is the event itself, which they say happened, began, spread or ended
 * ("the blaze broke out", "the shooting occurred", "the quake struck"): a subject that names an
 * event names the verb's event too.
 */
export const OCCURRENCE_VERBS = new Set([
  'happen', 'occur', 'take place', 'break out', 'erupt', 'begin', 'start', 'spread', 'strike', 'hit',
  'unfold',
]);

/**
 * Verbs that name no event of their own, in their base form: a date next to them belongs to
 * no act they could identify ("a line called Mantra", "made changes in January", "became
 * coach in May").
 */
export const EVENTLESS_VERBS = new Set([
  'call', 'name', 'dub', 'title', 'know', 'nickname', 'label', 'term', 'make', 'take', 'have', 'get',
  'give', 'do', 'become', 'seem', 'remain', 'appear', 'include', 'involve', 'mean', 'want', 'need',
]);
