/**
 * Rebuilds articles and gold from the raw tokenised datasets, for corpus copies that come
 * without `materialised/`: ECB+ and ESC (CAT XML) and GUM (CoNLL-U for text, entities and
 * syntactic heads, the inline XML for dates and quotes). The result has the shape of the
 * materialised gold and reproduces it: sentence 0 of an `ecbplus` file is the source URL and is
 * left out; ECB+ is scored on the sentences of `ECBplus_coreference_sentences.csv` and ESC on
 * the sentences it annotated; a name is read around the head of its mention, without titles;
 * mentions that are not names become `ignore` regions. The rules are listed in
 * `docs/quality.md` (*Raw rebuild*); `npm run eval -- --raw-check` measures the agreement.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldCoref, GoldDate, GoldDoc, GoldMention, GoldQuote } from './gold';
import { annotatesNestedNames } from './gold';
import type { Span } from './score';
import { alignTokens, joinTokens } from './detok';

/** Reads whichever raw datasets exist under `corpusDir`. */
export function loadRaw(corpusDir: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const ecb = join(corpusDir, 'ecbplus');
  if (existsSync(ecb)) docs.push(...loadCat(ecb, 'ecbplus', readSentenceList(join(ecb, 'ECBplus_coreference_sentences.csv'))));
  const esc = join(corpusDir, 'esc');
  if (existsSync(esc)) docs.push(...loadCat(esc, 'esc', null));
  const gum = join(corpusDir, 'gum');
  if (existsSync(join(gum, 'dep'))) docs.push(...loadGum(gum));
  return docs;
}

const ENTITY_KINDS: Record<string, GoldMention['kind']> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organization',
  HUMAN_PART_GPE: 'place',
  LOC_GEO: 'place',
  LOC_FAC: 'place',
};

// Words that introduce a person's name without being part of it. Used only to build gold from
// raw data, mirroring the annotation principle that titles are not part of a person's span.
const TITLES = new Set(
  'mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary senator sen rep representative gov governor mayor judge justice chief police inspector detective officer sergeant sgt lieutenant lt captain capt col colonel general gen major admiral commander coach manager director chairman chairwoman ceo king queen prince princess pope cardinal bishop father rev reverend rabbi imam sheikh ambassador envoy professor spokesman spokeswoman actor actress singer star mp mep chancellor premier deputy assistant agent attorney commissioner superintendent constable councillor councilman councilwoman speaker leader founder head'.split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PRONOUNS = new Set('i me my we us our you your he him his she her it its they them their who whom whose which that this these those one someone anyone everyone himself herself itself themselves ourselves myself yourself'.split(' '));

/** Topic, file and sentence numbers of the fully annotated ECB+ sentences. */
function readSentenceList(path: string): Set<string> | null {
  if (!existsSync(path)) return null;
  const set = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',').map((s) => s.trim());
    if (topic && file && sentence) set.add(`${topic}_${file}#${sentence}`);
  }
  return set;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : null;
}

interface CatToken {
  id: string;
  sentence: number;
  text: string;
}

interface Markable {
  type: string;
  id: string;
  tokens: string[];
  value: string | null;
  dct: boolean;
}

/** Reads every CAT XML file below `root` (one folder per topic). */
function loadCat(root: string, dataset: 'ecbplus' | 'esc', scoredList: Set<string> | null): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const topics = readdirSync(root).filter((t) => /^\d+$/.test(t)).sort((a, b) => +a - +b);
  for (const topic of topics) {
    for (const name of readdirSync(join(root, topic)).sort()) {
      if (!name.endsWith('.xml')) continue;
      const doc = parseCat(readFileSync(join(root, topic, name), 'utf8'), name.replace(/(\.xml)+$/, ''), topic, dataset, scoredList);
      if (doc) docs.push(doc);
    }
  }
  return docs;
}

function parseCat(xml: string, base: string, topic: string, dataset: 'ecbplus' | 'esc', scoredList: Set<string> | null): GoldDoc | null {
  const tokens: CatToken[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    tokens.push({ id: attr(m[1], 't_id') ?? '', sentence: Number(attr(m[1], 'sentence') ?? 0), text: decodeXml(m[2]) });
  }
  if (!tokens.length) return null;
  const markables: Markable[] = [];
  const section = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  for (const m of section.matchAll(/<([A-Z_]+)\b([^>]*?)(\/?)>([\s\S]*?(?=<\/\1>|$))?/g)) {
    if (m[3] === '/') continue;
    const body = m[4] ?? '';
    const anchors = [...body.matchAll(/<token_anchor\s+t_id="([^"]+)"/g)].map((a) => a[1]);
    if (!anchors.length) continue;
    markables.push({ type: m[1], id: attr(m[2], 'm_id') ?? '', tokens: anchors, value: attr(m[2], 'value'), dct: attr(m[2], 'DCT') === 'TRUE' });
  }
  const instanceOf = new Map<string, string>();
  for (const r of xml.matchAll(/<CROSS_DOC_COREF\b([^>]*)>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    const instance = attr(r[1], 'note');
    if (!instance) continue;
    for (const s of r[2].matchAll(/<source\s+m_id="([^"]+)"/g)) instanceOf.set(s[1], instance);
  }
  // Mentions linked only within the document form an instance of their own, named after the
  // relation; a mention linked to nothing is an instance of one, named after the mention.
  for (const r of xml.matchAll(/<INTRA_DOC_COREF\b([^>]*)>([\s\S]*?)<\/INTRA_DOC_COREF>/g)) {
    const relation = attr(r[1], 'r_id');
    if (!relation) continue;
    for (const s of r[2].matchAll(/<source\s+m_id="([^"]+)"/g)) if (!instanceOf.has(s[1])) instanceOf.set(s[1], `${base}/intra/${relation}`);
  }

  const isPlus = base.endsWith('ecbplus');
  const sentences = [...new Set(tokens.map((t) => t.sentence))].sort((a, b) => a - b).filter((s) => !(isPlus && s === 0));
  // The creation date may be a markable without tokens, so it is read from any time tag marked DCT.
  const dctTag = [...section.matchAll(/<TIME_[A-Z_]+\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'DCT') === 'TRUE');
  const dct = dctTag ? calendarValue(attr(dctTag, 'value')) : null;
  const date = dct && /^\d{4}-\d{2}-\d{2}$/.test(dct) ? dct : null;
  const header = dataset === 'esc' && date ? `date ${date} ` : '';
  // Token id → character span; sentence number → character span.
  const tokenSpan = new Map<string, Span>();
  const tokenSentence = new Map<string, number>();
  const sentenceSpan = new Map<number, Span>();
  let text = header;
  const quoteState = { singleOpen: false };
  for (const s of sentences) {
    const own = tokens.filter((t) => t.sentence === s);
    const joined = joinTokens(own.map((t) => t.text), quoteState);
    if (text.length > header.length) text += '\n';
    const at = text.length;
    own.forEach((t, i) => {
      tokenSpan.set(t.id, { start: at + joined.offsets[i].start, end: at + joined.offsets[i].end });
      tokenSentence.set(t.id, s);
    });
    sentenceSpan.set(s, { start: at, end: at + joined.text.length });
    text += joined.text;
  }
  // Article files end with a line break, as an editor saves them.
  text += '\n';
  const doc = dataset === 'esc' ? `esc_${base}` : base;
  const folder = `${dataset}/${topic}${isPlus ? 'ecbplus' : 'ecb'}`;
  // ECB+ is complete in the sentences of its list; ESC in the sentences it annotated at all.
  const annotatedSentences = new Set(markables.flatMap((m) => m.tokens.map((id) => tokenSentence.get(id) ?? -1)));
  const scoredSentences =
    dataset === 'ecbplus' && scoredList ? sentences.filter((s) => scoredList.has(`${base}#${s}`)) : dataset === 'esc' ? sentences.filter((s) => annotatedSentences.has(s)) : sentences;
  const scoredRanges = scoredSentences.map((s) => sentenceSpan.get(s)!).filter(Boolean);
  const scoredSet = new Set(scoredSentences);

  const spanOf = (m: Markable): Span | null => {
    const spans = m.tokens.map((id) => tokenSpan.get(id)).filter((x): x is Span => !!x);
    if (!spans.length) return null;
    return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  };
  const wordsOf = (m: Markable) =>
    m.tokens
      .map((id) => ({ id, span: tokenSpan.get(id) }))
      .filter((x): x is { id: string; span: Span } => !!x.span)
      .sort((a, b) => a.span.start - b.span.start)
      .map((x) => ({ span: x.span, text: text.slice(x.span.start, x.span.end) }));

  const nameContext = capitalisationContext(text, [...sentenceSpan.values()]);
  const mentions: GoldMention[] = [];
  const corefs: GoldCoref[] = [];
  const dates: GoldDate[] = [];
  const ignoreNames: Span[] = [];
  const ignoreDates: Span[] = [];
  for (const m of markables) {
    const span = spanOf(m);
    if (!span) continue;
    const inScoredSentence = m.tokens.some((id) => scoredSet.has(tokenSentence.get(id) ?? -1));
    const kind = ENTITY_KINDS[m.type];
    if (dataset === 'ecbplus' && /^(?:HUMAN_PART|NON_HUMAN_PART|LOC_)/.test(m.type)) {
      if (!inScoredSentence) continue;
      // Participants of the other types (generic people, vehicles, objects) and the people,
      // organisations and places that are not names are regions where a name is not wrong.
      const name = kind ? nameSpan(wordsOf(m), kind, nameContext) : null;
      if (kind && name) mentions.push({ ...name, text: text.slice(name.start, name.end), kind });
      else ignoreNames.push(span);
      if (kind) corefs.push({ ...span, text: text.slice(span.start, span.end), instance: instanceOf.get(m.id) ?? `${base}/m${m.id}` });
    } else if (m.type.startsWith('TIME_') && dataset === 'esc') {
      const value = calendarValue(m.value);
      const words = text.slice(span.start, span.end);
      if (value && (m.type === 'TIME_DATE' || m.type === 'TIME_OF_THE_DAY') && namesTheDay(words, m.type, m.dct) && agreesWithText(words, value)) {
        dates.push({ ...span, text: words, value });
      } else ignoreDates.push(span);
    }
  }
  return {
    dataset,
    doc,
    folder,
    file: `${folder}/${doc}.txt`,
    text,
    date,
    tasks: { names: dataset === 'ecbplus', dates: dataset === 'esc', quotes: false, coref: dataset === 'ecbplus' },
    nestedNames: annotatesNestedNames(dataset),
    mentions: sortSpans(mentions),
    dates: sortSpans(dates),
    quotes: [],
    corefs: sortSpans(corefs),
    scoredRanges,
    ignore: { names: ignoreNames, dates: ignoreDates, quotes: [] },
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const DAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|yesterday|tomorrow)\b/i;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;

/**
 * Whether an annotated time names a day rather than only an hour: a time of day ("6:40 a.m.",
 * "this morning") counts as a date only when its words name the day, month or year, and a
 * creation date must be written as a date ("Friday" alone in running text is not a dateline).
 */
function namesTheDay(words: string, type: string, dct: boolean): boolean {
  const explicit = MONTH_WORD.test(words) || NUMERIC_DATE.test(words);
  if (dct) return explicit;
  if (type === 'TIME_DATE') return true;
  return explicit || DAY_WORD.test(words) || /\b(?:1[89]|20)\d\d\b/.test(words);
}

/**
 * False when the words write a different day of the month than the value: values converted to
 * universal time can fall on the next or previous day ("August 8, 2012-4:43 pm" stored as
 * 2012-08-09), and the article shows the local day.
 */
function agreesWithText(words: string, value: string): boolean {
  const day = Number(value.slice(8, 10));
  const month = Number(value.slice(5, 7));
  if (!day) return true;
  const named = new RegExp(`${MONTH_WORD.source}\\s+(\\d{1,2})(?!\\d)|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD.source}`, 'i').exec(words);
  if (named) {
    const m = MONTHS.indexOf((named[1] ?? named[4]).slice(0, 3).toLowerCase()) + 1;
    const d = Number(named[2] ?? named[3]);
    return m === month && d === day;
  }
  const numeric = NUMERIC_DATE.exec(words)?.[0].split(/[/.-]/).map(Number);
  if (numeric) return numeric.includes(day) && numeric.includes(month);
  return true;
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value, dropping a time of day; null for anything else. */
function calendarValue(value: string | null): string | null {
  const m = value ? /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(value) : null;
  return m ? m[1] : null;
}

function sortSpans<T extends Span>(list: T[]): T[] {
  return list.sort((a, b) => a.start - b.start || a.end - b.end);
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

// Words that end the noun phrase a mention starts with: the name is looked for in that phrase
// ("the Gulf of Aden between Somalia and Yemen" → "Gulf of Aden"; "Central Commission for
// Elections" → "Central Commission").
const PHRASE_END = new Set('in at on off between across to from near outside inside into for by with within around throughout after before during under over against about as who which that where when while , ; : ( ) [ ] -- – —'.split(' '));
// Words that may join the capitalised words of one name ("Gulf of Aden", "Fish and Wildlife").
const NAME_JOINERS = new Set(['of', 'and', '&', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', 'al', 'bin', 'el']);
const POSSESSIVE = /(?:['’]s?|['’]S)$/;

// Nouns for people and groups that open sentences and headlines capitalised ("Witnesses say
// …", "Man charged …"); a single one of them there is a common noun, not a name.
const COMMON_NOUNS = new Set(
  'man men woman women boy girl son daughter mother father child children teen teens teenager teenagers people person family families voters residents employees workers witnesses authorities officials police cops officers investigators prosecutors detectives lawyer lawyers attorney jury judge suspect suspects gunman gunmen victim victims fans dozens hundreds thousands students parents neighbours neighbors sources experts doctors survivors protesters rioters'.split(' '),
);

/** Optional facts about the text around a mention that help tell a name from a common noun. */
export interface NameContext {
  /** True when the word at this offset would be capitalised whatever it is: it starts a sentence or lies in a headline. */
  capitalisedAnyway?: (offset: number) => boolean;
  /** True when the word is written in lower case somewhere in the same article. */
  seenLowerCase?: (word: string) => boolean;
}

/**
 * Where capitals say nothing about names in an article: at the start of each sentence, and
 * throughout a sentence written in title case (most of its words capitalised, as headlines are).
 */
export function capitalisationContext(text: string, sentences: Span[]): NameContext {
  const starts = new Set<number>();
  const headlines: Span[] = [];
  for (const sp of sentences) {
    const body = text.slice(sp.start, sp.end);
    const lead = /^\P{L}*/u.exec(body)?.[0].length ?? 0;
    starts.add(sp.start + lead);
    const words = body.match(/\p{L}+/gu) ?? [];
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 3 && capitals / words.length >= 0.6) headlines.push(sp);
  }
  const lower = new Set(text.match(/(?<![\p{L}'’])\p{Ll}+(?![\p{L}])/gu) ?? []);
  return {
    // After a colon a headline starts again ("Millom double murder: Man charged").
    capitalisedAnyway: (at) => starts.has(at) || text.slice(Math.max(0, at - 2), at) === ': ' || headlines.some((h) => h.start <= at && at < h.end),
    seenLowerCase: (w) => lower.has(w.toLowerCase()),
  };
}

/**
 * The proper-name part of an annotated mention, or null when it is not a name. The mention's
 * first noun phrase is taken (leading prepositions dropped; it ends at a comma, bracket,
 * preposition or relative word), and its last word, the head, must be capitalised: "a
 * Vancouver office" is not a name, "the Waitrose Store in High Street" is "Waitrose Store".
 * The name is the run of capitalised words (joined by "of", "and", …) that ends at the head,
 * without determiners, lower-case modifiers, a possessive ending or (for people) titles. A
 * single capitalised word that starts a sentence is taken for a common noun when the article
 * also writes it in lower case ("Police said …").
 */
export function nameSpan(words: Array<{ span: Span; text: string }>, kind: GoldMention['kind'], context: NameContext = {}): Span | null {
  // A possessive written inside the token ("Turkmenistan's") is not part of the name.
  // So is a quotation mark glued to the first word of a nickname ("'Deep Throat").
  const list = words.map((w) => {
    const cut = w.text.length > 2 ? (POSSESSIVE.exec(w.text)?.[0].length ?? 0) : 0;
    const lead = w.text.length > 1 && /^\p{Lu}/u.test(w.text.slice(1)) ? (/^['"‘“]/.exec(w.text)?.[0].length ?? 0) : 0;
    return { span: { start: w.span.start + lead, end: w.span.end - cut }, text: w.text.slice(lead, w.text.length - cut) };
  });
  let i = 0;
  while (i < list.length && (PHRASE_END.has(list[i].text.toLowerCase()) || /^\W+$/.test(list[i].text))) i++;
  if (i >= list.length) return null;
  let j = i;
  // "of" after a common noun ends the phrase too ("her hometown of Wasilla", "the city of …"),
  // as do "of" and "and" before a lower-case word ("Player of the Year", "Europe and the
  // Middle East", "Alexandria and some other governorates": the first conjunct is the head).
  const ends = (k: number) =>
    PHRASE_END.has(list[k].text.toLowerCase()) ||
    /^[,;:()[\]]$/.test(list[k].text) ||
    (list[k].text === 'of' && !isCapitalised(list[k - 1].text)) ||
    ((list[k].text === 'of' || list[k].text === 'and') && k + 1 < list.length && !isCapitalised(list[k + 1].text));
  while (j + 1 < list.length && !ends(j + 1)) j++;
  // A number after a name ("Route 94", "Channel 4") is not its head.
  while (j > i && /^\d+$/.test(list[j].text) && isCapitalised(list[j - 1].text)) j--;
  // A possessive ending or closing punctuation after the head is not the head.
  while (j >= i && (/^['’]s?$/i.test(list[j].text) || /^\W+$/.test(list[j].text))) j--;
  if (j < i || !isCapitalised(list[j].text)) return null;
  let first = j;
  while (first > i) {
    const w = list[first - 1].text;
    const before = first - 2 >= i ? list[first - 2].text : '';
    if (isCapitalised(w) && !DETERMINERS.has(w.toLowerCase())) first--;
    // An initial's full stop ("James R. Dabney"), a hyphen or slash ("ITAR-TASS", "New
    // Delhi/Mumbai") and the quotation marks of a nickname ("Vincent 'The Chin' Gigante").
    else if ((w === '.' && /^\p{Lu}[\p{L}.]{0,3}$/u.test(before)) || ((w === '-' || w === '/') && isCapitalised(before))) first -= 2;
    else if (/^['"‘’“”]$/.test(w) && first - 1 > i) first--;
    else if (NAME_JOINERS.has(w.toLowerCase()) && first - 2 >= i && isCapitalised(list[first - 2].text) && !DETERMINERS.has(list[first - 2].text.toLowerCase())) first -= 2;
    else break;
  }
  while (first < j && (DETERMINERS.has(list[first].text.toLowerCase()) || (kind === 'person' && TITLES.has(list[first].text.toLowerCase().replace(/\.$/, ''))))) first++;
  if (first === j) {
    const w = list[j].text;
    // "US" in capitals is a country, not the pronoun.
    if ((PRONOUNS.has(w.toLowerCase()) && (w.length === 1 || w !== w.toUpperCase())) || DETERMINERS.has(w.toLowerCase())) return null;
    if (context.capitalisedAnyway?.(list[j].span.start) && COMMON_NOUNS.has(w.toLowerCase())) return null;
    if (kind === 'person' && TITLES.has(w.toLowerCase().replace(/\.$/, ''))) return null;
  }
  // A capitalised head where every word is capitalised anyway (a sentence's first word, a
  // headline in title case) is a common noun when the article also writes it in lower case:
  // "Police said …", "Teen Shot 11 Times"; "Brooklyn Neighborhood".
  if (context.capitalisedAnyway?.(list[j].span.start) && context.seenLowerCase?.(list[j].text)) return null;
  while (first < j && /^['"‘’“”]$/.test(list[first].text)) first++;
  return { start: list[first].span.start, end: list[j].span.end };
}

const CAPITALISED_WORD = /^['"“‘(]?\p{Lu}/u;
const ENDS_NAME = /['’]s?$|,$/;

/**
 * The name around a mention's syntactic head, read on the words of the text (so "Chung-tai"
 * is one word): the run of capitalised words, joined by "of", "and" or "&", that holds the
 * head, without determiners or (for people) titles on the left, and cut after a possessive or
 * a comma ("Korea's Kim Shin-Wook" → "Kim Shin-Wook"; "Mecca, Saudi Arabia" → "Mecca"); its
 * possessive ending and closing punctuation are left out. Null when the head word is not
 * capitalised or the name is a title or a pronoun.
 */
export function headedName(text: string, mention: Span, headAt: number, kind: GoldMention['kind']): Span | null {
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/g)].map((m) => ({
    start: mention.start + (m.index ?? 0),
    end: mention.start + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  const k = words.findIndex((w) => w.start <= headAt && headAt < w.end);
  if (k < 0 || !CAPITALISED_WORD.test(words[k].text)) return null;
  const usable = (w: string) => CAPITALISED_WORD.test(w) && !DETERMINERS.has(w.toLowerCase());
  let a = k;
  while (a > 0) {
    const w = words[a - 1].text;
    if (ENDS_NAME.test(w)) break;
    if (usable(w) && !(kind === 'person' && TITLES.has(w.toLowerCase().replace(/\.$/, '')))) a--;
    else if (NAME_JOINERS.has(w.toLowerCase()) && a - 2 >= 0 && usable(words[a - 2].text) && !ENDS_NAME.test(words[a - 2].text)) a -= 2;
    else break;
  }
  let b = k;
  while (b + 1 < words.length && !ENDS_NAME.test(words[b].text)) {
    const w = words[b + 1].text;
    if (CAPITALISED_WORD.test(w)) b++;
    else if (NAME_JOINERS.has(w.toLowerCase()) && b + 2 < words.length && CAPITALISED_WORD.test(words[b + 2].text)) b += 2;
    else break;
  }
  let start = words[a].start;
  let end = words[b].end;
  const body = text.slice(start, end);
  // A possessive or closing punctuation ends the name, but the full stop of an initial stays.
  const tail = /(?:['’]s?|[,.;:!?)"”’']+)$/.exec(body);
  if (tail && !/\b\p{Lu}\.$/u.test(body)) end -= tail[0].length;
  while (start < end && /['"“‘(]/.test(text[start])) start++;
  if (start >= end) return null;
  const name = text.slice(start, end);
  if (kind === 'person' && TITLES.has(name.toLowerCase().replace(/\.$/, ''))) return null;
  if (PRONOUNS.has(name.toLowerCase()) && name !== name.toUpperCase()) return null;
  return { start, end };
}

/**
 * Joins quotes annotated sentence by sentence into the one quotation they are in print: a quote
 * that does not end with a closing mark continues into the next one when only spaces (no
 * paragraph break) lie between them.
 */
function mergeQuotes(text: string, quotes: GoldQuote[]): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && /^ *$/.test(text.slice(prev.end, q.start)) && !/["”’']$/.test(prev.text)) {
      prev.end = q.end;
      prev.text = text.slice(prev.start, prev.end);
    } else out.push({ ...q });
  }
  return out;
}

/** Reads GUM: CoNLL-U for text and entities, and the inline XML (when present) for dates and quotes. */
function loadGum(root: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const depDir = join(root, 'dep');
  for (const name of readdirSync(depDir).sort()) {
    if (!name.endsWith('.conllu')) continue;
    const id = name.replace(/\.conllu$/, '');
    const xmlPath = join(root, 'xml', `${id}.xml`);
    docs.push(parseGum(id, readFileSync(join(depDir, name), 'utf8'), existsSync(xmlPath) ? readFileSync(xmlPath, 'utf8') : null));
  }
  return docs;
}

interface GumToken {
  form: string;
  upos: string;
  /** Index (in the article) of the token this one depends on, or -1 for a sentence's root. */
  head: number;
  span: Span;
  entity: string;
}

function parseGum(id: string, conllu: string, xml: string | null): GoldDoc {
  const meta = (key: string) => new RegExp(`^# meta::${key} = (.*)$`, 'm').exec(conllu)?.[1]?.trim() ?? null;
  const dateCreated = meta('dateCreated');
  const date = dateCreated && /^\d{4}-\d{2}-\d{2}$/.test(dateCreated) ? dateCreated : null;
  let text = date ? `date ${date} ` : '';
  const bodyStart = text.length;
  const tokens: GumToken[] = [];
  let paragraphOpen = false;
  let sentence = '';
  let sentenceTokens: Array<{ form: string; upos: string; head: number; entity: string }> = [];
  const flush = () => {
    if (!sentenceTokens.length) return;
    if (text.length > bodyStart) text += paragraphOpen ? ' ' : '\n';
    paragraphOpen = true;
    const at = text.length;
    const spans = alignTokens(sentence, sentenceTokens.map((t) => t.form));
    const base = tokens.length;
    sentenceTokens.forEach((t, i) => tokens.push({ ...t, head: t.head > 0 ? base + t.head - 1 : -1, span: { start: at + spans[i].start, end: at + spans[i].end } }));
    text += sentence;
    sentenceTokens = [];
    sentence = '';
  };
  for (const line of conllu.split(/\r?\n/)) {
    if (line.startsWith('# newpar')) {
      if (line.startsWith('# newpar_block')) continue;
      flush();
      paragraphOpen = false;
    } else if (line.startsWith('# text = ')) {
      flush();
      sentence = line.slice('# text = '.length);
    } else if (/^\d+\t/.test(line)) {
      const cols = line.split('\t');
      const misc = cols[9] ?? '';
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1] ?? '';
      sentenceTokens.push({ form: cols[1], upos: cols[3], head: Number(cols[6]) || 0, entity });
    }
  }
  flush();
  text += '\n';

  const mentions: GoldMention[] = [];
  const ignoreNames: Span[] = [];
  const timeSpans: Span[] = [];
  const open: Array<{ id: string; type: string; identity: string; first: number }> = [];
  tokens.forEach((t, i) => {
    for (const m of t.entity.matchAll(/\(([^()]+)(\)?)|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const fields = m[1].split('-');
        const entry = { id: fields[0], type: fields[1] ?? '', identity: fields.slice(7).join('-'), first: i };
        if (m[2]) close(entry, i);
        else open.push(entry);
      } else {
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k].id === m[3]) {
            close(open[k], i);
            open.splice(k, 1);
            break;
          }
        }
      }
    }
  });
  function close(e: { type: string; identity: string; first: number }, last: number): void {
    const span = { start: tokens[e.first].span.start, end: tokens[last].span.end };
    const kind = e.type === 'person' ? 'person' : e.type === 'organization' ? 'organization' : e.type === 'place' ? 'place' : null;
    // The mention's syntactic head is the token whose own head lies outside the mention.
    let head = last;
    for (let k = e.first; k <= last; k++) {
      if (tokens[k].head < e.first || tokens[k].head > last) {
        head = k;
        break;
      }
    }
    const named = kind && (e.identity || tokens[head].upos === 'PROPN');
    const name = named ? headedName(text, span, tokens[head].span.start, kind) : null;
    // People, organisations and places that are not names, and other entities headed by a
    // proper noun ("the Constitution", an event's title), are regions where a name is not
    // wrong; times are regions for the dates; common objects and abstractions are neither.
    if (kind && name) mentions.push({ ...name, text: text.slice(name.start, name.end), kind });
    else if (e.type === 'time') timeSpans.push(span);
    else if (kind || tokens[head].upos === 'PROPN') ignoreNames.push(span);
  }

  const dates: GoldDate[] = [];
  const quotes: GoldQuote[] = [];
  const ignoreDates: Span[] = [];
  const ignoreQuotes: Span[] = [];
  if (xml) {
    // The XML has one token per line, in the same order as the CoNLL-U tokens.
    const stack: Array<{ tag: string; attrs: string; first: number }> = [];
    let index = 0;
    for (const line of xml.split(/\r?\n/)) {
      const tagOpen = /^<([a-z]+)\b([^>]*?)(\/?)>$/.exec(line);
      const tagClose = /^<\/([a-z]+)>$/.exec(line);
      if (tagOpen) {
        if (!tagOpen[3]) stack.push({ tag: tagOpen[1], attrs: tagOpen[2], first: index });
      } else if (tagClose) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].tag !== tagClose[1]) continue;
          const e = stack.splice(k, 1)[0];
          if (e.first < index && index <= tokens.length) {
            const span = { start: tokens[e.first].span.start, end: tokens[index - 1].span.end };
            const covered = text.slice(span.start, span.end);
            if (e.tag === 'date') {
              const when = attr(e.attrs, 'when');
              if (when && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(when)) dates.push({ ...span, text: covered, value: when });
              else ignoreDates.push(span);
            } else if (e.tag === 'quote') quotes.push({ ...span, text: covered, speaker: null });
            else if (e.tag === 'q') ignoreQuotes.push(span);
          }
          break;
        }
      } else if (line.includes('\t')) index++;
    }
  }
  return {
    dataset: 'gum',
    doc: id,
    folder: `gum/${id}`,
    file: `gum/${id}/${id}.txt`,
    text,
    date,
    tasks: { names: true, dates: !!xml, quotes: !!xml, coref: false },
    nestedNames: annotatesNestedNames('gum'),
    mentions: sortSpans(mentions),
    dates: sortSpans(dates),
    quotes: mergeQuotes(text, sortSpans(quotes)),
    corefs: [],
    scoredRanges: [{ start: bodyStart, end: text.length }],
    // Every annotated time (durations, "that night", parts of a longer date) may be found without being wrong.
    ignore: { names: ignoreNames, dates: [...ignoreDates, ...timeSpans], quotes: ignoreQuotes },
  };
}
