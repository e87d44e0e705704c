/**
 * Facts of a case that each article states once: the bail set (`alignBail.ts`), the degree of a
 * charge (`alignCharges.ts`). An article that gives two different values for one key (two
 * defendants, a bail reduced, a charge upgraded) gives none for it; two articles whose sentences
 * name people with their values, none in common, may speak of different defendants and are not
 * compared. What is left is shown as information when the values differ. The reader of such
 * values (`caseReader`) also reads the tallies of a vote (`alignVotes.ts`).
 */
import type { Article, Span } from '../types';
import type { FindingDraft, RuleContext } from './rules/rule';
import { groupedVersus, MAX_LISTED, rarestFirst } from './rules/rule';
import { sentenceAt } from '../text/segment';
import { firstFrom } from './framesCommon';

/** Words that place what a sentence tells before the story's own events (a vote, an address). */
export const EARLIER = /\bin[ \t]+(?:1[89]\d\d|20\d\d)\b|\blast[ \t]+(?:year|month|week|session|term|time|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:ago|earlier|previous|previously|similar)\b/i;

/** One value an article gives for a key ("murder" → "first-degree"). */
export interface CaseValue {
  /** What the value is of: a currency, a crime. */
  key: string;
  value: string;
  span: Span;
  text: string;
  /** Indexes of the person mentions of its sentence. */
  people: number[];
  /** The hedge before an amount ("about"), for readers whose values are amounts. */
  hedge?: string | null;
}

/** How the findings of one kind of fact are worded. */
export interface CaseWording {
  thing: (key: string) => string;
  message: (key: string, versus: string) => string;
  why: string;
  /** True when two values can both be right (amounts within their hedges); by default, equal values. */
  agree?: (a: CaseValue, b: CaseValue) => boolean;
}

/**
 * The values an article gives, read once per article: each match of a global pattern in the
 * body whose sentence (its first 2,000 characters) `about` accepts and places in the story's own
 * time (not "last year", "in 2019"), turned into a value by `value`. Linear in the text.
 */
export function caseReader<T = CaseValue>(re: RegExp, about: RegExp, value: (m: RegExpExecArray, article: Article, sentence: Span) => T | null): (article: Article) => T[] {
  const memo = new WeakMap<Article, T[]>();
  return (article) => {
    const done = memo.get(article);
    if (done) return done;
    const out: T[] = [];
    const text = article.text;
    re.lastIndex = article.header.bodyStart;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const sentence = sentenceAt(article.sentences, m.index);
      if (!sentence) continue;
      const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
      if (!about.test(part) || EARLIER.test(part)) continue;
      const v = value(m, article, sentence);
      if (v) out.push(v);
    }
    memo.set(article, out);
    return out;
  };
}

/** The person mentions inside a sentence, and the organisations too when `organisations` is set; found by bisection in the sorted mentions. */
export function peopleInSentence(article: Article, sentence: Span, organisations = false): number[] {
  const out: number[] = [];
  const mentions = article.mentions;
  for (let i = firstFrom(mentions, sentence.start); i < mentions.length && mentions[i].start < sentence.end; i++) {
    const p = mentions[i];
    if ((p.kind === 'person' || (organisations && p.kind === 'organization')) && p.end <= sentence.end) out.push(i);
  }
  return out;
}

interface Placed extends CaseValue {
  article: Article;
  /** Entity ids of the people its sentences name. */
  ids: Set<string>;
}

/** The drafts for facts each article states once, read by `read`, whose values differ: information. */
export function oneEachFindings(ctx: RuleContext, read: (article: Article) => readonly CaseValue[], wording: CaseWording): FindingDraft[] {
  const byKey = new Map<string, Placed[]>();
  for (const article of ctx.articles) {
    const mine = new Map<string, CaseValue[]>();
    for (const v of read(article)) {
      const list = mine.get(v.key);
      if (list) list.push(v);
      else mine.set(v.key, [v]);
    }
    for (const [key, values] of mine) {
      if (new Set(values.map((v) => v.value)).size !== 1) continue;
      const ids = new Set<string>();
      for (const v of values) for (const i of v.people) {
        const id = ctx.entityOf(article.path, i);
        if (id) ids.add(id);
      }
      const list = byKey.get(key) ?? [];
      list.push({ ...values[0], article, ids });
      byKey.set(key, list);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [key, own] of byKey) {
    if (own.length < 2 || own.every((v) => v.value === own[0].value)) continue;
    const agree = wording.agree;
    if (agree && own.every((v, i) => own.slice(i + 1).every((w) => agree(v, w)))) continue;
    // The facts of different people: two articles whose sentences name people, none in common.
    const named = own.filter((v) => v.ids.size);
    let apart = false;
    for (let i = 0; i < named.length && !apart; i++) for (let j = i + 1; j < named.length && !apart; j++) apart = ![...named[i].ids].some((id) => named[j].ids.has(id));
    if (apart) continue;
    rarestFirst(own, (v) => v.value);
    const items = own.map((v) => ({ path: v.article.path, outlet: v.article.outlet, span: v.span, wording: v.text, value: v.value }));
    drafts.push({
      items,
      soft: true,
      message: wording.message(key, groupedVersus(items)),
      why: wording.why,
      data: { thing: wording.thing(key), values: items.slice(0, MAX_LISTED).map((i) => ({ outlet: i.outlet, path: i.path, value: i.value })) },
    });
  }
  return drafts;
}
