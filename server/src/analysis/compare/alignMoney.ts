/**
 * Amounts of money that an article ties to one thing by its grammar rather than by the words of
 * its clause, so that outlets who tell the rest in other words can still be compared:
 * - the amount that modifies a noun compound ("a $900 million property tax relief plan", "a 3.2
 *   billion euro programme"): the amount is the size of the thing the compound names. Two
 *   compounds name one thing when they have the same head noun or share two modifier words in a
 *   row ("tax relief plan" / "tax relief package");
 * - the amount taken in a robbery or theft ("they left with about $38,000", "$83,000 was
 *   stolen"): the verbs of taking are `takingVerbs` in `data/rulesWords.json`.
 * Each article's one value per key is compared through `oneEach.ts` (an article with two gives
 * none; sentences that name different people or organisations, none in common, are not
 * compared; a sentence about an earlier event is not read), as information, and hedged amounts
 * compare by the range their hedge allows. Each article is read once, by its text: linear.
 */
import type { Article } from '../types';
import type { DraftItem, FindingDraft, RuleContext } from './rules/rule';
import { caseReader, oneEachFindings, peopleInSentence, type CaseValue } from './oneEach';
import { lemmaOf } from './events';
import { firstFrom } from './framesCommon';
import { rangeOf } from './alignQuantities';
import wordData from '../data/rulesWords.json';

const SP = '[ \\t]{1,2}';
/** An amount with a currency sign, or a number with a currency word after its scale ("3.2 billion euro"). */
export const MONEY = `(?:([$\\u00a3\\u20ac])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:${SP}?(million|billion|thousand|bn|m|k)\\b)?|\\b(\\d+(?:\\.\\d+)?)${SP}(million|billion)${SP}(euros?|dollars?|pounds?)\\b)`;
const SCALE: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, k: 1e3 };
const SIGN_OF: Record<string, string> = { euro: '\u20ac', dollar: '$', pound: '\u00a3' };

/** The currency sign and value of a match of `MONEY` whose groups start at `at`, or null. */
export function moneyOf(m: RegExpExecArray, at: number): { sign: string; value: number } | null {
  const signed = m[at] !== undefined;
  const sign = signed ? m[at] : SIGN_OF[m[at + 5].toLowerCase().replace(/s$/, '')];
  const digits = signed ? m[at + 1] : m[at + 3];
  const scale = signed ? m[at + 2] : m[at + 4];
  const value = Number(digits.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] : 1);
  return sign && Number.isFinite(value) && value > 0 ? { sign, value } : null;
}

/** Words that end a noun compound after an amount: function words, and words no compound holds. */
const NOT_IN_COMPOUND = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'each', 'every', 'per', 'last', 'next',
  'in', 'on', 'at', 'for', 'to', 'of', 'from', 'with', 'by', 'into', 'over', 'under', 'about', 'than', 'as', 'after', 'before', 'since', 'until',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does',
  'more', 'less', 'worth', 'apiece', 'each', 'total', 'in', 'cash', 'bail', 'bond', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'annually', 'ago',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'not', 'also', 'only', 'just', 'now', 'then', 'there', 'here',
  'million', 'billion', 'trillion', 'thousand', 'bn', 'm', 'k', 'euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds',
]);

/** True when a word of the text is one the tagger took for a verb. */
function verbAt(article: Article, start: number): boolean {
  const verbs = article.verbs;
  if (!verbs) return false;
  const at = firstFrom(verbs, start);
  return at < verbs.length && verbs[at].start === start;
}

const COMPOUND = new RegExp(`${MONEY}((?:(?:${SP}|-)[a-z]+){1,4})`, 'gi');

/** A compound's keys: its head noun, and each two modifier words in a row. */
interface CompoundValue extends CaseValue {
  keys: string[];
}

/** The amounts of an article's sentences that modify a noun compound, with the compound's keys. */
const readCompounds = caseReader<CompoundValue>(COMPOUND, /\S/, (m, article, sentence) => {
  const money = moneyOf(m, 1);
  if (!money) return null;
  const tail = m[7];
  const tailStart = m.index + m[0].length - tail.length;
  const words: string[] = [];
  for (const w of tail.matchAll(/[a-z]+/gi)) {
    const word = w[0];
    // A capital starts a name, not a compound's noun; a verb or an adverb ends the compound.
    if (word !== word.toLowerCase() || NOT_IN_COMPOUND.has(word) || /ly$/.test(word) || verbAt(article, tailStart + w.index!)) break;
    words.push(word);
  }
  if (!words.length) return null;
  const lemmas = words.map((w) => lemmaOf(w, 'noun'));
  const head = lemmas[lemmas.length - 1];
  const keys = [`${money.sign} ${head}`];
  for (let i = 0; i + 2 < lemmas.length; i++) keys.push(`${money.sign} ${lemmas[i]} ${lemmas[i + 1]}`);
  const end = tailStart + tail.indexOf(words[words.length - 1]) + words[words.length - 1].length;
  return { key: keys[0], keys, value: String(money.value), span: { start: m.index, end }, text: article.text.slice(m.index, end), people: peopleInSentence(article, sentence, true) };
});

/** The compounds an article gives, one value per key (a compound with several keys is listed under each). */
function compoundValues(article: Article): CaseValue[] {
  return readCompounds(article).flatMap((v) => v.keys.map((key) => ({ ...v, key })));
}

const TAKING = (wordData as { takingVerbs?: string[] }).takingVerbs ?? [];
const HEDGE = `(?:(?:about|around|roughly|some|approximately|nearly|almost|an${SP}estimated|more${SP}than|less${SP}than|at${SP}least|over|under|up${SP}to)${SP})?`;
/** "got away with about $38,000", "stole $5,000"; "$83,000 was taken", "$2 million in cash was stolen". */
const TAKEN = new RegExp(
  [
    `\\b(?:${TAKING.map((t) => t.replace(/ /g, SP)).join('|')})${SP}(${HEDGE})${MONEY}`,
    `(${HEDGE})${MONEY}(?:${SP}in${SP}(?:cash|jewelry|jewellery|goods))?${SP}(?:was|were|had${SP}been|has${SP}been)${SP}(?:stolen|taken|snatched|grabbed)\\b`,
  ].join('|'),
  'gi',
);
/** Words that make an article about a robbery or theft, whose verbs of taking ("left with") then take money. */
const THEFT = /\b(?:rob|robs|robbed|robbery|robberies|robbers?|robbing|stole|stolen|steal|steals|stealing|theft|thefts|thieves|thief|heist|burglary|burglaries|burglars?|burgled|burglarized|mugged|mugging|looted|looting|embezzled|embezzlement)\b/i;
/** A sentence placed in a month of its own ("in February") or about another theft tells of an earlier one. */
const RECALLED = /\b[Ii]n[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\banother\b/;
const theftStory = new WeakMap<Article, boolean>();

/** True when the article's body tells of a robbery or theft. */
function aboutTheft(article: Article): boolean {
  let known = theftStory.get(article);
  if (known === undefined) theftStory.set(article, (known = THEFT.test(article.text.slice(article.header.bodyStart))));
  return known;
}

/** The amounts an article says were taken in its robbery or theft, keyed by currency sign. */
export const extractTakenMoney = caseReader(TAKEN, /\S/, (m, article, sentence) => {
  if (!aboutTheft(article) || RECALLED.test(article.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000)))) return null;
  const first = m[1] !== undefined;
  const hedge = (first ? m[1] : m[8]) ?? '';
  const money = moneyOf(m, first ? 2 : 9);
  if (!money) return null;
  return {
    key: money.sign,
    value: String(money.value),
    hedge: hedge.trim().toLowerCase() || null,
    span: { start: m.index, end: m.index + m[0].length },
    text: m[0].trim(),
    people: peopleInSentence(article, sentence, true),
  };
});

/** Every amount of money the module reads of an article, for the re-check after an edit (`corpus/shift.ts`). */
export function extractMoneyAmounts(article: Article): CaseValue[] {
  return [...readCompounds(article), ...extractTakenMoney(article)];
}

/** True when two amounts can both be right, by the range each one's hedge allows. */
export function amountsAgree(a: CaseValue, b: CaseValue): boolean {
  const [alo, ahi] = rangeOf(Number(a.value), a.hedge ?? null);
  const [blo, bhi] = rangeOf(Number(b.value), b.hedge ?? null);
  return alo <= bhi && blo <= ahi;
}

/** True when a draft of `earlier` already holds two of the draft's passages: the amounts are compared there. */
function comparedBefore(d: FindingDraft, earlier: readonly FindingDraft[]): boolean {
  const at = (i: DraftItem) => (e: DraftItem) => e.path === i.path && e.span.start < i.span.end && i.span.start < e.span.end;
  return earlier.some((e) => d.items.filter((i) => e.items.some(at(i))).length >= 2);
}

/**
 * The drafts of `quantity-differs` for one thing's amount of money told differently:
 * information, unless a draft of `earlier` (the quantities aligned by their clauses' words)
 * compares the same passages already.
 */
export function moneyFindings(ctx: RuleContext, earlier: readonly FindingDraft[] = []): FindingDraft[] {
  const drafts = oneEachFindings(ctx, compoundValues, {
    thing: (key) => key.slice(2),
    message: (key, versus) => `The amount of the ${key.slice(2)} differs: ${versus}.`,
    why: 'Same thing: each article gives one amount for a thing its words name alike (the same head noun, or the same two words before it), and no two name different people or organisations with it.',
  });
  // A compound with several keys in common with another gives one finding, not one per key.
  const seen = new Set<string>();
  const out = drafts.filter((d) => {
    const sig = d.items.map((i) => `${i.path}:${i.span.start}`).sort().join('|');
    return !seen.has(sig) && !!seen.add(sig);
  });
  for (const d of oneEachFindings(ctx, extractTakenMoney, {
    thing: () => 'money taken',
    message: (_key, versus) => `The amount taken is given differently: ${versus}.`,
    why: 'Same theft: each article gives one amount taken in the robbery or theft it reports, and no two name different people or organisations with it.',
    agree: amountsAgree,
  })) out.push(d);
  return out.filter((d) => !comparedBefore(d, earlier));
}
