/**
 * Street addresses: a house number on a street ("77 Bayview Terrace") or a block of it ("the
 * 1400 block of Maple Court"). Two articles' addresses on one street differ when their numbers
 * do: two house numbers, two blocks, or a house number outside the block the other gives ("2200
 * Lakeshore Drive" lies in "the 2200 block of Lakeshore Drive"; "2350" does not lie in "the 2200
 * block"). An article that gives one street two places that do not fit together (two houses on
 * it) gives none, and a sentence about an earlier incident ("in June", "last year", "a similar
 * attack") is left out. Each article is read once, by its text: linear.
 */
import type { Article, Span } from '../types';
import type { FindingDraft, RuleContext } from './rules/rule';
import { groupedVersus, MAX_LISTED, rarestFirst } from './rules/rule';
import { EARLIER } from './oneEach';
import { sentenceAt } from '../text/segment';

export interface Address {
  /** The street, folded, its kind written out ("maple court", "pine street"). */
  street: string;
  number: number;
  /** True for "the 1400 block of …": the number is a hundred, the houses from it to the next. */
  block: boolean;
  span: Span;
  text: string;
}

const SUFFIXES: Record<string, string> = {
  street: 'street', st: 'street', avenue: 'avenue', ave: 'avenue', road: 'road', rd: 'road', drive: 'drive', dr: 'drive', lane: 'lane', ln: 'lane',
  boulevard: 'boulevard', blvd: 'boulevard', court: 'court', ct: 'court', place: 'place', pl: 'place', terrace: 'terrace', way: 'way', circle: 'circle',
  parkway: 'parkway', pkwy: 'parkway', highway: 'highway', hwy: 'highway', crescent: 'crescent', close: 'close', square: 'square', trail: 'trail', pike: 'pike',
};
/** The kinds of street as written, capitalised ("Court", "Ave"). */
const SUFFIX = Object.keys(SUFFIXES).map((k) => k[0].toUpperCase() + k.slice(1)).join('|');
/** "77 Bayview Terrace", "the 1400 block of Maple Court", "412 N. Delmar Ave.". */
const ADDRESS = new RegExp(
  `(?<![\\d$\\u20ac\\u00a3.,:/-])(\\d{1,5})(?:[ \\t]{1,2}(block)[ \\t]{1,2}of)?[ \\t]{1,2}((?:(?:[NSEW]\\.?|North|South|East|West)[ \\t]{1,2})?(?:(?:\\p{Lu}[\\p{Ll}'\\u2019-]+|\\d{1,3}(?:st|nd|rd|th))[ \\t]{1,2}){1,3})(${SUFFIX})\\b\\.?`,
  'gu',
);

const memo = new WeakMap<Article, Address[]>();

/** The addresses an article gives outside sentences about an earlier incident. Never throws; linear in the text. */
export function extractAddresses(article: Article): Address[] {
  const done = memo.get(article);
  if (done) return done;
  const out: Address[] = [];
  const text = article.text;
  // One pass of the address pattern over the body; only a sentence with a match is read further.
  ADDRESS.lastIndex = article.header.bodyStart;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    const number = Number(m[1]);
    const block = !!m[2];
    // A block is a round hundred; a year before a street name ("in 2019 Pine Street …") is no house.
    if (block && number % 100 !== 0) continue;
    if (!block && /^(?:1[89]|20)\d\d$/.test(m[1])) continue;
    const sentence = sentenceAt(article.sentences, m.index);
    if (!sentence || EARLIER.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000)))) continue;
    const street = `${m[3].trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase()} ${SUFFIXES[m[4].toLowerCase()]}`;
    out.push({ street, number, block, span: { start: m.index, end: m.index + m[0].length }, text: m[0] });
  }
  memo.set(article, out);
  return out;
}

/** True when two places on one street can be the same: one house, one block, or a house in the block. */
function fits(a: Address, b: Address): boolean {
  if (a.block === b.block) return a.number === b.number;
  const [house, block] = a.block ? [b, a] : [a, b];
  return house.number >= block.number && house.number < block.number + 100;
}

interface Placed extends Address {
  article: Article;
}

/** The drafts of `place-differs` for one street given different numbers: information. */
export function addressFindings(ctx: RuleContext): FindingDraft[] {
  const byStreet = new Map<string, Placed[]>();
  for (const article of ctx.articles) {
    const own = new Map<string, Address[]>();
    for (const a of extractAddresses(article)) {
      const list = own.get(a.street) ?? [];
      list.push(a);
      own.set(a.street, list);
    }
    for (const [street, list] of own) {
      // Two places on one street that cannot be one: two houses, not one address.
      if (list.some((a) => list.some((b) => !fits(a, b)))) continue;
      // The most precise: a house number rather than its block.
      const best = list.find((a) => !a.block) ?? list[0];
      const all = byStreet.get(street) ?? [];
      all.push({ ...best, article });
      byStreet.set(street, all);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [street, refs] of byStreet) {
    if (refs.length < 2 || refs.every((a) => refs.every((b) => fits(a, b)))) continue;
    const key = (a: Address) => `${a.block ? 'block ' : ''}${a.number}`;
    const ordered = rarestFirst([...refs], key);
    const items = ordered.map((r) => ({ path: r.article.path, outlet: r.article.outlet, span: r.span, wording: r.text, value: key(r) }));
    drafts.push({
      items,
      soft: true,
      message: `The address on ${titleCase(street)} differs: ${groupedVersus(items)}.`,
      why: `Same place: each article gives one address on ${titleCase(street)} for the story's own events, and none of them recalls an earlier incident there.`,
      data: { frame: 'address', street, values: items.slice(0, MAX_LISTED).map((i) => ({ outlet: i.outlet, path: i.path, value: i.value })) },
    });
  }
  return drafts;
}

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
