import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, parseHeader, type DateRef } from '../../server/src/analysis';
import { ArticleContext } from '../../server/src/analysis/extract/context';
import { extractDates } from '../../server/src/analysis/extract/dates';
import { findParagraphs, findSentences } from '../../server/src/analysis/text/segment';
import { SEED, storyText } from '../support/fixtures';
import { boundMs } from '../support/timing';

/** Analyses `body` under an optional header date and returns its dates. */
function datesOf(body: string, date: string | null = '2025-12-21'): DateRef[] {
  const text = date ? ` date ${date} ${body}` : body;
  return analyzeArticle(text, { path: 'wire.txt' }).dates;
}

/**
 * Checks that each expected expression is found with exactly that text and value. `expected`
 * maps the expression's text to its value; the first occurrence of the text is checked.
 */
function check(body: string, expected: Record<string, string | null>, date: string | null = '2025-12-21'): void {
  const found = datesOf(body, date);
  for (const [text, value] of Object.entries(expected)) {
    const hit = found.find((d) => d.text === text);
    assert.ok(hit, `expected a date "${text}" in ${JSON.stringify(found.map((d) => d.text))}`);
    assert.equal(hit.value, value, `value of "${text}"`);
  }
}

/** Checks that none of `texts` is reported as a date, alone or inside a larger span. */
function checkNone(body: string, texts: string[], date: string | null = '2025-12-21'): void {
  const found = datesOf(body, date);
  for (const t of texts) {
    assert.ok(!found.some((d) => d.text.includes(t)), `"${t}" should not be a date: ${JSON.stringify(found.map((d) => d.text))}`);
  }
}

test('seed 003: weekdays, "a day earlier", "in July" and "since Friday" resolve against 2025-12-21', () => {
  const text = storyText(SEED.story, SEED.a);
  const dates = analyzeArticle(text, { path: '003.txt' }).dates;
  const first = (t: string): DateRef | undefined => dates.find((d) => d.text === t);
  assert.equal(first('Sunday')?.value, '2025-12-21');
  assert.equal(first('Saturday')?.value, '2025-12-20');
  assert.equal(first('A day earlier')?.value, '2025-12-20');
  assert.equal(first('July')?.value, '2025-07');
  assert.equal(first('Friday')?.value, '2025-12-19');
  // The span is the expression without its preposition.
  const sunday = first('Sunday')!;
  assert.equal(text.slice(sunday.start, sunday.end), 'Sunday');
  assert.equal(text.slice(sunday.start - 3, sunday.start), 'on ');
  // "six months" is a duration and "over the past week" a period: neither is a date.
  assert.ok(!dates.some((d) => /months|past week/.test(d.text)));
});

test('seed 000 (no date header): "February 2022" is absolute', () => {
  const text = storyText(SEED.story, SEED.b);
  const d = analyzeArticle(text, { path: '000.txt' }).dates.find((x) => x.text === 'February 2022');
  assert.equal(d?.value, '2022-02');
  assert.equal(d?.relative, false);
});

test('absolute dates in the usual news spellings', () => {
  check('It began on 2024-03-05 and ended Dec. 21, 2025, after the 21 December 2025 vote.', {
    '2024-03-05': '2024-03-05',
    'Dec. 21, 2025': '2025-12-21',
    '21 December 2025': '2025-12-21',
  });
  check('Posted Friday, July 21, 2017. The war began in February 2022 and peaked in 2019.', {
    'Friday, July 21, 2017': '2017-07-21',
    'February 2022': '2022-02',
    '2019': '2019',
  });
  check('Filed 4/9/2007 and stamped 08.07.2012; the May 3rd, 2013 hearing.', {
    '4/9/2007': '2007-04-09',
    '08.07.2012': '2012-07-08',
    'May 3rd, 2013': '2013-05-03',
  });
});

test('a clock time right after a day is part of its span, not of its value', () => {
  check('Updated Jul 7, 2012 8:44 PM ET with news from April 30, 2008 at 4:31 AM.', {
    'Jul 7, 2012 8:44 PM ET': '2012-07-07',
    'April 30, 2008 at 4:31 AM': '2008-04-30',
  });
});

test('weekdays are the most recent such day unless the words point ahead', () => {
  // 2025-12-21 is a Sunday.
  check('The mayor resigned on Wednesday.', { Wednesday: '2025-12-17' });
  check('The mayor resigned on Sunday.', { Sunday: '2025-12-21' });
  check('The council will meet on Tuesday.', { Tuesday: '2025-12-23' });
  check('The trial is scheduled to resume Monday.', { Monday: '2025-12-22' });
  check('They plan to talk next Tuesday.', { 'next Tuesday': '2025-12-23' });
  check('The shop closed last Friday.', { 'last Friday': '2025-12-19' });
  check('Delegations have been gathering since Friday.', { Friday: '2025-12-19' });
  check('The fire broke out early Thursday morning.', { 'early Thursday morning': '2025-12-18' });
});

test('a future cue in another clause does not move a past weekday', () => {
  check('The boy was killed by police on Saturday, and a vigil will be held.', { Saturday: '2025-12-20' });
});

test('relative words against the article date', () => {
  check('It rained yesterday, it is dry today and snow is due tomorrow.', {
    yesterday: '2025-12-20',
    today: '2025-12-21',
    tomorrow: '2025-12-22',
  });
  check('Two days ago the bridge shut. Seventeen years ago it opened. A month ago it was painted.', {
    'Two days ago': '2025-12-19',
    'Seventeen years ago': '2008',
    'A month ago': '2025-11',
  });
  check('Prices rose last year and will fall next month. This year is calm. Sales fell last month.', {
    'last year': '2024',
    'next month': '2026-01',
    'This year': '2025',
    'last month': '2025-11',
  });
  check('Fighting was heavy last night.', { 'last night': '2025-12-20' });
});

test('"a day earlier" leans on the event just mentioned, not on the article date', () => {
  check('The minister resigned on Thursday. A day earlier, his deputy had quit.', {
    Thursday: '2025-12-18',
    'A day earlier': '2025-12-17',
  });
  check('The deal was signed on March 3, 2024. Two days later it collapsed.', { 'Two days later': '2024-03-05' });
});

test('months without a year take the article year, or last year when they lie ahead in past text', () => {
  check('Talks took place in July in Istanbul.', { July: '2025-07' }, '2025-12-21');
  check('The plant closed in November after a strike.', { November: '2024-11' }, '2025-03-10');
  check('The hearing was set for October 28.', { 'October 28': '2025-10-28' }, '2025-06-12');
  check('The talks began on June 8.', { 'June 8': '2025-06-08' }, '2025-06-20');
});

test('the tense of a date is that of the verb nearest before it, not of any verb in the clause', () => {
  // A participle after a present "be" or "have" is not the past tense.
  check('He faces life in prison when he is sentenced May 7.', { 'May 7': '2025-05-07' }, '2025-04-24');
  check("He faces life in prison when he's sentenced May 7.", { 'May 7': '2025-05-07' }, '2025-04-24');
  // A present-tense verb after the last past-tense one puts the date in the present.
  check('She needed more time and the judge has given her a May 10 deadline.', { 'May 10': '2025-05-10' }, '2025-05-02');
  // Scheduling verbs look ahead even in a past-tense clause.
  check('A two-day hearing was pencilled in for October.', { October: '2025-10' }, '2025-06-12');
  check('The vote was slated for August 14.', { 'August 14': '2025-08-14' }, '2025-06-12');
  // The past tense still takes last year's day when it lies ahead of the article.
  check('The plant was closed on May 20 after a strike.', { 'May 20': '2024-05-20' }, '2025-05-02');
  check('The plant had been closed on May 20 after a strike.', { 'May 20': '2024-05-20' }, '2025-05-02');
});

test('a month and day take the year the article states for them, even later in the text', () => {
  check('He was questioned about a June 20 shooting. He was later charged over the June 20, 2023 attack.', { 'June 20': '2023-06-20' }, '2025-03-20');
  // Without a stated year the article's own is used.
  check('He was questioned about a June 2 shooting.', { 'June 2': '2024-06-02' }, '2025-03-20');
});

test('weeks have no single calendar value: reported with a null value', () => {
  check('The shelling intensified last week.', { 'last week': null });
});

test('durations and periods are not dates', () => {
  checkNone('The first talks in six months lasted for two weeks; six months of fighting followed.', ['six months', 'two weeks']);
  checkNone('Russia launched 1,300 drones over the past week.', ['past week', '1,300']);
});

test('counts, clock times and model numbers that look like years are not dates', () => {
  checkNone('About 2000 people marched. The police counted 1500 protesters.', ['2000', '1500']);
  // "1052 GMT" is a time of day, never the year 1052.
  const times = datesOf('Posted 1052 GMT (1852 HKT) by the desk.');
  // The same time in another zone, in brackets, is part of it.
  assert.deepEqual(times.map((d) => [d.text, d.value, d.time?.minutes, d.time?.zone]), [['1052 GMT (1852 HKT)', null, 652, 'GMT']]);
  check('Protests erupted before the 2014 elections.', { '2014': '2014' });
});

test('a bare month needs a time cue: "May" the verb is not a date', () => {
  checkNone('Officials said it May rain. March on, they cried.', ['May', 'March']);
  check('The law passed in May.', { May: '2025-05' });
});

test('without an article date, relative dates have no value but absolute ones do', () => {
  check('They met on Sunday, in July, and again on 5 March 2024.', { Sunday: null, July: null, '5 March 2024': '2024-03-05' }, null);
  const sunday = datesOf('They met on Sunday.', null)[0];
  assert.equal(sunday.relative, true);
});

test('a dateline on an early line stands in for a missing header date', () => {
  const text = 'Warehouse burns\nPosted: Aug 7, 2012 at 9:56 AM\nThe fire broke out on Tuesday.';
  const tuesday = analyzeArticle(text).dates.find((d) => d.text === 'Tuesday');
  assert.equal(tuesday?.value, '2012-08-07');
});

test('a news dateline ("PLACE, date —") dates the article; a date inside a sentence does not', () => {
  const dated = (text: string) => analyzeArticle(text).dates.find((d) => d.text.endsWith('Tuesday'))?.value ?? null;
  assert.equal(dated('Senate passes budget\n\nWASHINGTON, March 4, 2025 — The Senate passed the bill early Tuesday after a long session.'), '2025-03-04');
  assert.equal(dated('Veto\n\nST. PAUL, Minn., June 3, 2025 (AP) - The governor vetoed the bill on Tuesday, aides said.'), '2025-06-03');
  assert.equal(dated('Talks\n\nLONDON, 4 March 2025 (Reuters) - Ministers met on Tuesday to discuss the budget.'), '2025-03-04');
  // A sentence that mentions a date is no dateline.
  assert.equal(dated('Budget\n\nThe Senate, on March 4, 2025 — a Tuesday — passed the bill, and the House voted on Tuesday.'), null);
  assert.equal(dated('Budget\n\nLawmakers said March 4, 2025 - a date they chose - would be the deadline, and met on Tuesday.'), null);
});

test('impossible dates are not given a value and never throw', () => {
  check('Filed on February 30, 2024.', { 'February 30, 2024': null });
  assert.doesNotThrow(() => datesOf('on 31/31/2020 and 99.99.9999'));
  assert.doesNotThrow(() => analyzeArticle(' date 2025-02-30 It happened on Monday.'));
});

test('spans are exact UTF-16 offsets, also after emoji and CRLF', () => {
  const text = ' date 2025-12-21 🎉🎉 Crowds gathered\r\non Sunday in 😀 Kyiv. 2024-01-02.';
  const dates = analyzeArticle(text).dates;
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
  assert.deepEqual(dates.map((d) => d.value), ['2025-12-21', '2024-01-02']);
});

test('a 1.6 MB paragraph with many dates is read in linear time', () => {
  // The extractor is called directly so that the timing is its own, not the other extractors'.
  const text = ' date 2025-12-21 ' + 'On Monday, 12 March 2024, the talks in July failed, then yesterday three days ago '.repeat(20_000);
  const header = parseHeader(text);
  const paragraphs = findParagraphs(text, header.bodyStart);
  const ctx = new ArticleContext(text, header, [], paragraphs, findSentences(text, paragraphs, []));
  const t0 = Date.now();
  const dates = extractDates(ctx);
  // Four per repeat: "Monday, 12 March 2024", "July", "yesterday", "three days ago".
  assert.equal(dates.length, 80_000);
  assert.equal(dates[2].value, '2025-12-20');
  assert.equal(dates[3].value, '2025-12-18');
  assert.ok(Date.now() - t0 < boundMs(5_000), `took ${Date.now() - t0} ms`);
});

test('a clock time next to a day is that day\'s time, with the range its hedge allows', () => {
  const dates = datesOf('The warehouse fire started at about 9.15pm on Tuesday, and crews left Wednesday at 6:05am.', '2019-10-10');
  const tuesday = dates.find((d) => d.text === 'Tuesday');
  assert.equal(tuesday?.value, '2019-10-08');
  assert.deepEqual(tuesday?.stated, { weekday: 2 });
  assert.deepEqual([tuesday?.time?.text, tuesday?.time?.minutes, tuesday?.time?.from, tuesday?.time?.to, tuesday?.time?.hedge], ['about 9.15pm', 1275, 1260, 1290, 'about']);
  // A resolved day takes a clock time right after it into its span, as before.
  const wednesday = dates.find((d) => d.text === 'Wednesday at 6:05am');
  assert.deepEqual([wednesday?.time?.minutes, wednesday?.time?.from, wednesday?.time?.to], [365, 363, 367]);
});

test('a clock time alone is a time with no day; a fight\'s clock or a verse is none', () => {
  const alone = datesOf('The driver was stopped shortly after 3 a.m. near the bridge.', '2019-10-10');
  assert.deepEqual(alone.map((d) => [d.text, d.value, d.time?.from, d.time?.to]), [['shortly after 3 a.m.', null, 180, 200]]);
  checkNone('The referee stopped the bout at 2:56 of the fourth round, citing Luke 4:12.', ['2:56', '4:12']);
  const zoned = datesOf('Filed 16:40 GMT, 3 May 2019 by the desk.', null);
  assert.deepEqual(zoned.map((d) => [d.text, d.value, d.time?.zone]), [['16:40 GMT, 3 May 2019', '2019-05-03', 'GMT']]);
});

test('what the words state is kept when no article date resolves them', () => {
  const dates = datesOf('The mill closed on Friday and reopened in October.', null);
  assert.deepEqual(dates.map((d) => [d.text, d.value, d.stated]), [['Friday', null, { weekday: 5 }], ['October', null, { month: 10 }]]);
});

test('a month and day before a plural event noun name the event: no value of the article\'s year', () => {
  const dates = datesOf('Survivors of the May 14 floods met the mayor. The March 3 vote is close.', '2019-12-01');
  const floods = dates.find((d) => d.text === 'May 14');
  assert.equal(floods?.value, null);
  assert.equal(floods?.named, true);
  assert.equal(floods?.head?.text, 'floods');
  const vote = dates.find((d) => d.text === 'March 3');
  assert.equal(vote?.value, '2019-03-03');
  assert.equal(vote?.head?.text, 'vote');
  // A year the text gave the same day earlier still holds.
  check('Floods hit the valley on May 14, 2017. Survivors of the May 14 floods met the mayor.', { 'May 14': '2017-05-14' }, '2019-12-01');
});

test('named days are computed from their feast, never read as the last such weekday', () => {
  check('Shops opened early for Black Friday sales.', { 'Black Friday': '2019-11-29' }, '2019-12-02');
  check('The agreement signed on Good Friday still holds.', { 'Good Friday': '2019-04-19' }, '2019-06-10');
  check('Written on Ash Wednesday 2005 in a hurry.', { 'Ash Wednesday 2005': '2005-02-09' }, '2019-06-10');
  const super_ = datesOf('Turnout was high on Super Tuesday.', '2019-06-10').find((d) => d.text === 'Super Tuesday');
  assert.equal(super_?.value, null);
  assert.equal(super_?.named, true);
});

test('a weekday before a noun belongs to that noun ("Tuesday\'s verdict", "the Friday meeting")', () => {
  const dates = datesOf('The family rejected Tuesday\'s jury verdict. The Friday meeting was cancelled. The mayor left on Friday.', '2019-10-10');
  assert.deepEqual(dates.map((d) => [d.text, d.head?.text ?? null]), [["Tuesday's", 'verdict'], ['Friday', 'meeting'], ['Friday', null]]);
});

test('an offset from an event counts from the day the article gives that event, else stays unresolved', () => {
  check('The landslide hit the village on March 2, 2021. Four days after the landslide, the road reopened.', { 'Four days after': '2021-03-06' }, '2021-03-20');
  check('The quake struck on Monday. Three days after the earthquake, a girl was found alive.', { 'Three days after': '2021-03-18' }, '2021-03-20');
  const storm = datesOf('The ferry sank on Monday. Two weeks after the storm, the harbour reopened.', '2021-03-20').find((d) => d.text === 'Two weeks after');
  assert.equal(storm?.value ?? null, null);
  const flood = datesOf('The ferry sank on Monday. Two days after the flood, the harbour reopened.', '2021-03-20').find((d) => d.text === 'Two days after');
  assert.equal(flood?.value, null);
  assert.equal(flood?.named, true);
});

test('a future cue followed by a verb in the past does not make a weekday future; a participle after "be" keeps it future', () => {
  // 2025-12-21 is a Sunday.
  check('The senators had threatened to abstain until the government agreed on Monday to add funds.', { Monday: '2025-12-15' });
  check('The senators will abstain until the government agrees on Monday.', { Monday: '2025-12-22' });
  check('The suspect is expected to be charged on Tuesday.', { Tuesday: '2025-12-23' });
});
