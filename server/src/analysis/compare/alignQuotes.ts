/**
 * Aligns quotations across sources: one remark in two outlets (rendered differently, or
 * paraphrased; decided in `utterances.ts`), and the same words given to different speakers.
 * Candidates come from indexes (content words and word triples → quotes), never from every
 * pair of quotes in the story.
 */
import type { ClaimIndex, QuoteClaim } from './claims';
import { alignUtterances } from './utterances';

/** How two sources' quotations relate. */
export type QuoteRelation = 'same' | 'fragment' | 'differs' | 'paraphrase' | 'retold';

export interface QuotePair {
  /** A representative quotation of each rendering. */
  a: QuoteClaim;
  b: QuoteClaim;
  relation: QuoteRelation;
  /** Every quotation with the first rendering, and with the second (at least one each). */
  aAll: QuoteClaim[];
  bAll: QuoteClaim[];
}

const memo = new WeakMap<ClaimIndex, { bySpeaker: QuotePair[]; byWords: QuotePair[]; byReportedWords: QuotePair[] }>();

/**
 * Words compared without punctuation and with British and American spellings made one
 * ("realised"/"realized", "neighbourhood"/"neighborhood", "theatre"/"theater"): outlets
 * convert spelling to their house style, which is not a different rendering of the words.
 */
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/^(\p{L}+)n't$/u, '$1 not'],
  [/^(\p{L}+)'m$/u, '$1 am'],
  [/^(\p{L}+)'re$/u, '$1 are'],
  [/^(\p{L}+)'ve$/u, '$1 have'],
  [/^(\p{L}+)'ll$/u, '$1 will'],
  [/^(\p{L}+)'d$/u, '$1 would'],
];

const plainCache = new WeakMap<readonly string[], string[]>();

function plain(words: readonly string[]): string[] {
  // The word lists belong to each article's cached claims, so this is computed once per quotation.
  let done = plainCache.get(words);
  if (!done) plainCache.set(words, (done = plainUncached(words)));
  return done;
}

function plainUncached(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    let parts = PLAIN_WORDS.get(w);
    if (!parts) {
      if (PLAIN_WORDS.size >= PLAIN_WORDS_KEPT) PLAIN_WORDS.clear();
      PLAIN_WORDS.set(w, (parts = plainWord(w)));
    }
    for (const p of parts) out.push(p);
  }
  return out;
}

/**
 * The plain words of each word seen, so a word that recurs is not read again by the patterns
 * below; forgotten when this many are kept (a news vocabulary fits many times over).
 */
const PLAIN_WORDS = new Map<string, readonly string[]>();
const PLAIN_WORDS_KEPT = 50_000;

/** One word's plain words: each word is read on its own, so a quotation's are theirs in order. */
function plainWord(word: string): string[] {
  return (
    word
      // Dashes join words differently in each house style ("say--the", "say – the").
      .replace(/[\u2018\u2019]/g, "'")
      .split(/[-\u2013\u2014]+/)
      .flatMap((w) => {
        for (const [re, out] of CONTRACTIONS) if (re.test(w)) return w.replace(re, out).replace(/^can not$/, 'cannot').replace(/^wo not$/, 'will not').split(' ');
        return [w];
      })
      .map((w) =>
        w
          .replace(/[^\p{L}\p{N}]/gu, '')
          .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
          .replace(/our(s|hood|ed|ing)?$/, 'or$1')
          .replace(/tre$/, 'ter')
          .replace(/ll(ed|ing)$/, 'l$1'),
      )
      .filter(Boolean)
  );
}

function triples(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/**
 * How much of two quotations their shared word triples make up: of the shorter one, and of the
 * longer one. A short quotation wholly inside a long one shares all of itself but little of the
 * other, which is a phrase two remarks have in common rather than one remark.
 */
export function tripleShares(a: QuoteClaim, b: QuoteClaim): { ofShorter: number; ofLonger: number } {
  return sharesOf(tripleSet(a), tripleSet(b));
}

/** The distinct word triples of a quotation's plain words. */
function tripleSet(c: QuoteClaim): Set<string> {
  return new Set(triples(plain(c.words)));
}

/** `tripleShares` of two quotations' sets of word triples. */
function sharesOf(ta: ReadonlySet<string>, tb: ReadonlySet<string>): { ofShorter: number; ofLonger: number } {
  let n = 0;
  for (const x of tb) if (ta.has(x)) n++;
  const lo = Math.min(ta.size, tb.size);
  const hi = Math.max(ta.size, tb.size);
  return { ofShorter: lo ? n / lo : 0, ofLonger: hi ? n / hi : 0 };
}

/**
 * Pairs of quotations of different sources that share most of their word triples, found through
 * an index of word triples: direct quotations, or reported statements ("Lee was on probation,
 * an officer said"), each compared only with its own kind. Each quotation's triples are read
 * once, not once per pair it is tested in.
 */
function sameWords(index: ClaimIndex, direct: boolean): QuotePair[] {
  const byTriple = new Map<string, QuoteClaim[]>();
  // Each quotation's triples and its number, for the pairs' keys.
  const sets = new Map<QuoteClaim, { id: number; triples: Set<string> }>();
  for (const c of index.all) {
    if (c.kind !== 'quote' || c.direct !== direct) continue;
    let own = sets.get(c);
    if (!own) sets.set(c, (own = { id: sets.size, triples: tripleSet(c) }));
    for (const t of own.triples) {
      const list = byTriple.get(t);
      if (list) list.push(c);
      else byTriple.set(t, [c]);
    }
  }
  const seen = new Set<number>();
  const out: QuotePair[] = [];
  for (const list of byTriple.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.path === b.path) continue;
        const sa = sets.get(a)!;
        const sb = sets.get(b)!;
        const k = Math.min(sa.id, sb.id) * sets.size + Math.max(sa.id, sb.id);
        if (seen.has(k)) continue;
        seen.add(k);
        const share = sharesOf(sa.triples, sb.triples).ofShorter;
        if (share >= 0.6) out.push({ a, b, relation: share === 1 ? 'same' : 'differs', aAll: [a], bAll: [b] });
      }
    }
  }
  return out;
}

/**
 * Quotation pairs across sources: the renderings of one remark (`bySpeaker`: one remark with
 * different words, or a reported statement and the quotation it reports; see `utterances.ts`),
 * the same words whoever the speaker (`byWords`: direct quotations sharing most of their word
 * triples), and reported statements in the same words whoever reports them (`byReportedWords`).
 */
export function alignQuotes(index: ClaimIndex): { bySpeaker: QuotePair[]; byWords: QuotePair[]; byReportedWords: QuotePair[] } {
  const done = memo.get(index);
  if (done) return done;
  const bySpeaker: QuotePair[] = alignUtterances(index).map((u) => ({ a: u.a, b: u.b, relation: u.relation, aAll: u.aAll, bAll: u.bAll }));
  const result = { bySpeaker, byWords: sameWords(index, true), byReportedWords: sameWords(index, false) };
  memo.set(index, result);
  return result;
}
