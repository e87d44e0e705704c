/**
 * Aligns quotations across sources: the same speaker's words in two outlets (identical,
 * rendered differently, or paraphrased), and the same words given to different speakers.
 * Candidates come from indexes (speaker → quotes; word triple → quotes), never from every
 * pair of quotes in the story.
 */
import type { ClaimIndex, QuoteClaim } from './claims';
import { sharedCount } from './claimsText';
import { diffWords } from './diff';

/** How two sources' quotations relate. */
export type QuoteRelation = 'same' | 'fragment' | 'differs' | 'paraphrase';

export interface QuotePair {
  /** A representative quotation of each rendering. */
  a: QuoteClaim;
  b: QuoteClaim;
  relation: QuoteRelation;
  /** Every quotation with the first rendering, and with the second (at least one each). */
  aAll: QuoteClaim[];
  bAll: QuoteClaim[];
}

const memo = new WeakMap<ClaimIndex, { bySpeaker: QuotePair[]; byWords: QuotePair[] }>();
/** The longest run of words, on either side, still read as a rewording rather than another sentence. */
const MAX_REPLACED = 4;

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
  return words
    // Dashes join words differently in each house style ("say--the", "say – the").
    .flatMap((w) => w.replace(/[\u2018\u2019]/g, "'").split(/[-\u2013\u2014]+/))
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
    .filter(Boolean);
}

/** True when `small` occurs as a contiguous run of words in `big`. */
function contains(big: readonly string[], small: readonly string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  const s = small.join(' ');
  return ` ${big.join(' ')} `.includes(` ${s} `);
}

function triples(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** How the same speaker's two quotations relate, or null when they are different statements. */
export function relateQuotes(a: QuoteClaim, b: QuoteClaim): QuoteRelation | null {
  const wa = plain(a.words);
  const wb = plain(b.words);
  if (a.direct && b.direct) {
    if (wa.join(' ') === wb.join(' ')) return 'same';
    if (contains(wa, wb) || contains(wb, wa)) return 'fragment';
  }
  const s = sharedCount(a.stems, b.stems);
  const smaller = Math.min(new Set(a.stems).size, new Set(b.stems).size);
  if (smaller === 0) return null;
  const overlap = s / smaller;
  if (a.direct && b.direct) {
    if (s < 3 || overlap < 0.5) return null;
    // Two renderings of one statement share most of their words in order; then they differ
    // only if some words are replaced. Words only added or left out are a longer or shorter
    // excerpt of the same words.
    const parts = diffWords(wa.join(' '), wb.join(' '));
    const common = parts.filter((p) => p.op === 'same').reduce((n, p) => n + p.text.split(' ').length, 0);
    if (common < 0.5 * Math.min(wa.length, wb.length)) return null;
    if (common < 0.6 * Math.min(wa.length, wb.length)) return null;
    // A few words replaced by a few others is a different rendering; a whole sentence
    // replaced by another is a different selection from a longer statement.
    const size = (t: string) => t.split(' ').length;
    const substituted = parts.some(
      (p, i) => p.op !== 'same' && parts[i + 1] && parts[i + 1].op !== 'same' && parts[i + 1].op !== p.op && size(p.text) <= MAX_REPLACED && size(parts[i + 1].text) <= MAX_REPLACED,
    );
    return substituted ? 'differs' : 'fragment';
  }
  if (a.direct !== b.direct) return s >= 3 && overlap >= 0.3 ? 'paraphrase' : null;
  return null;
}

/** Postings longer than this are skipped when finding candidates: such words say little. */
const MAX_POSTING = 400;

/**
 * Quotation pairs across sources, by speaker and by shared words. Work is on distinct
 * renderings (the same words in ten outlets are one rendering), and candidate renderings of
 * a speaker are found through an index of their content words, so a speaker quoted in every
 * article of a large story does not make every pair of articles compared.
 */
export function alignQuotes(index: ClaimIndex): { bySpeaker: QuotePair[]; byWords: QuotePair[] } {
  const done = memo.get(index);
  if (done) return done;
  const bySpeaker: QuotePair[] = [];
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('quote:')) continue;
    const quotes = claims as QuoteClaim[];
    if (new Set(quotes.map((q) => q.path)).size < 2) continue;
    const groups = new Map<string, QuoteClaim[]>();
    for (const q of quotes) {
      const k = `${q.direct ? 'd' : 'i'}:${plain(q.words).join(' ')}`;
      const list = groups.get(k);
      if (list) list.push(q);
      else groups.set(k, [q]);
    }
    const renderings = [...groups.values()];
    const postings = new Map<string, number[]>();
    renderings.forEach((r, i) => {
      for (const st of new Set(r[0].stems)) {
        const list = postings.get(st);
        if (list) list.push(i);
        else postings.set(st, [i]);
      }
    });
    // For a reported rendering, only its best direct counterpart is kept.
    const bestParaphrase = new Map<number, { j: number; score: number }>();
    for (let i = 0; i < renderings.length; i++) {
      const counts = new Map<number, number>();
      for (const st of new Set(renderings[i][0].stems)) {
        const list = postings.get(st)!;
        if (list.length > MAX_POSTING) continue;
        for (const j of list) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
      for (const [j, n] of counts) {
        if (n < 3) continue;
        const ra = renderings[i];
        const rb = renderings[j];
        const pathsA = new Set(ra.map((q) => q.path));
        const aAll = ra.filter((q) => !rb.some((o) => o.path === q.path));
        const bAll = rb.filter((q) => !pathsA.has(q.path));
        if (!aAll.length || !bAll.length) continue;
        const relation = relateQuotes(ra[0], rb[0]);
        if (!relation || relation === 'same' || relation === 'fragment') continue;
        if (relation === 'paraphrase') {
          const reported = ra[0].direct ? j : i;
          const direct = ra[0].direct ? i : j;
          const prev = bestParaphrase.get(reported);
          if (!prev || n > prev.score) bestParaphrase.set(reported, { j: direct, score: n });
          continue;
        }
        bySpeaker.push({ a: aAll[0], b: bAll[0], relation, aAll, bAll });
      }
    }
    for (const [reported, { j: direct }] of bestParaphrase) {
      const ra = renderings[reported];
      const rd = renderings[direct];
      const aAll = ra.filter((q) => !rd.some((o) => o.path === q.path));
      const bAll = rd.filter((q) => !ra.some((o) => o.path === q.path));
      if (aAll.length && bAll.length) bySpeaker.push({ a: aAll[0], b: bAll[0], relation: 'paraphrase', aAll, bAll });
    }
  }
  // The same words in two sources, whoever the speaker: direct quotations sharing word triples.
  const byTriple = new Map<string, QuoteClaim[]>();
  for (const c of index.all) {
    if (c.kind !== 'quote' || !c.direct) continue;
    for (const t of new Set(triples(plain(c.words)))) {
      const list = byTriple.get(t);
      if (list) list.push(c);
      else byTriple.set(t, [c]);
    }
  }
  const seen = new Set<string>();
  const byWords: QuotePair[] = [];
  const ids = new Map<QuoteClaim, number>();
  const idOf = (q: QuoteClaim) => {
    let id = ids.get(q);
    if (id === undefined) ids.set(q, (id = ids.size));
    return id;
  };
  for (const list of byTriple.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.path === b.path) continue;
        const k = `${Math.min(idOf(a), idOf(b))}:${Math.max(idOf(a), idOf(b))}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const ta = triples(plain(a.words));
        const tb = triples(plain(b.words));
        const share = sharedCount(ta, tb) / Math.min(new Set(ta).size, new Set(tb).size);
        if (share >= 0.6) byWords.push({ a, b, relation: share === 1 ? 'same' : 'differs', aAll: [a], bAll: [b] });
      }
    }
  }
  const result = { bySpeaker, byWords };
  memo.set(index, result);
  return result;
}
