/**
 * Edits that only move things. Most keystrokes in an article change none of what the story's
 * comparison reads: the same names, quotes, dates, numbers and claims come out of the new text,
 * only further along (or earlier) after the point of the edit. For such an edit the story's
 * linking and findings are the old ones with the edited article's offsets moved, and the whole
 * cross-source comparison need not run again.
 *
 * {@link shiftAfterEdit} decides whether an edit is of that kind by comparing the two analyses
 * field by field, every offset of the old one mapped through the edit, and returns the mapping
 * when they agree. Anything it cannot prove unchanged (a span cut by the edit, a claim whose
 * clause contains the edit, a different count of anything) makes it answer null, and the story
 * is compared again from scratch.
 */
import type { Article, Finding, RelatedSpan } from '../types';
import { localClaimsOf } from '../compare/claims';
import { ATTRIBUTION_NEAR } from '../compare/rules/attributionDiffers';
import { articleWords } from '../compare/nameStrays';
import { extractTallies } from '../compare/alignVotes';
import { extractAddresses } from '../compare/alignAddresses';
import { extractBail } from '../compare/alignBail';
import { extractMoneyAmounts } from '../compare/alignMoney';
import { extractActLengths } from '../compare/alignActDurations';
import { extractChargeDegrees } from '../compare/alignCharges';
import type { RuleInput } from '../compare/rules/rule';

/** Where two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The changed region between two texts: the part left after their common prefix and suffix. */
export function changedRegion(a: string, b: string): ChangedRegion {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

/** Maps the offsets of an article before an edit to those after it. */
export interface OffsetShift {
  region: ChangedRegion;
  /** The new span of an old span, or null when the edit cut into it. */
  span(start: number, end: number): { start: number; end: number } | null;
}

/** Fields of an article that the comparison does not read, or reads only through its claims. */
const SKIPPED_ARTICLE_FIELDS = new Set(['text', 'verbs', 'path']);

function makeShift(region: ChangedRegion): OffsetShift {
  const delta = region.newEnd - region.oldEnd;
  const startOf = (s: number): number | null => (s < region.start || (s === region.start && region.start < region.oldEnd) ? s : s >= region.oldEnd ? s + delta : null);
  const endOf = (e: number): number | null => (e <= region.start ? e : e >= region.oldEnd ? e + delta : null);
  return {
    region,
    span(start, end) {
      if (end <= region.start) return { start, end };
      if (start >= region.oldEnd) return { start: start + delta, end: end + delta };
      const s = startOf(start);
      const e = endOf(end);
      return s === null || e === null ? null : { start: s, end: e };
    },
  };
}

type Value = unknown;

function isSpanLike(v: object): v is { start: number; end: number } {
  const o = v as { start?: unknown; end?: unknown };
  return typeof o.start === 'number' && typeof o.end === 'number';
}

/**
 * Compares an old and a new value, the old one's offsets moved by the edit. `contain` allows
 * spans that contain the whole edit (sentences, sections): their end moves, their start stays.
 */
function sameAfterShift(a: Value, b: Value, shift: OffsetShift, contain: boolean, budget = { n: 0 }): boolean {
  if (++budget.n > 2_000_000) return false;
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Only plain data is compared: anything else (a Map, a Set) would look empty to the walk.
  const plain = (v: object) => Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null;
  if (!plain(a) || !plain(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameAfterShift(a[i], b[i], shift, contain, budget)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, Value>;
  const rb = b as Record<string, Value>;
  if (isSpanLike(a)) {
    if (!isSpanLike(b)) return false;
    const { region } = shift;
    const touched = a.end > region.start && a.start < region.oldEnd;
    // A span the edit falls in keeps its start and moves its end; only containers may be so.
    if (touched && !(contain && a.start <= region.start && a.end >= region.oldEnd)) return false;
    const moved = shift.span(a.start, a.end);
    if (!moved || moved.start !== b.start || moved.end !== b.end) return false;
  }
  for (const k of ka) {
    if (!(k in rb)) return false;
    if (k === 'start' || k === 'end') {
      if (isSpanLike(a)) continue;
    }
    if (k === 'bodyStart' && typeof ra[k] === 'number') {
      const moved = shift.span(ra[k] as number, ra[k] as number);
      if (!moved || moved.start !== rb[k]) return false;
      continue;
    }
    if (!sameAfterShift(ra[k], rb[k], shift, contain, budget)) return false;
  }
  return true;
}

/**
 * The offset mapping from `before` to `after` when the edit between them changes nothing the
 * story's linking and comparison read, and null otherwise. Never throws.
 */
export function shiftAfterEdit(before: Article, after: Article): OffsetShift | null {
  try {
    if (before.path !== after.path || before.text === after.text) return null;
    const shift = makeShift(changedRegion(before.text, after.text));
    // Everything the article holds, except its text and what is read only through claims.
    // Sentences and sections may contain the edit; names, quotes, dates and numbers may not.
    if (!sameAfterShift(before.sections, after.sections, shift, true)) return null;
    if (!sameAfterShift(before.sentences, after.sentences, shift, true)) return null;
    // The header is compared by its values (title, outlet, date); its span may contain the edit.
    if (!sameAfterShift(before.header, after.header, shift, true)) return null;
    const rest = ['mentions', 'quotes', 'dates', 'quantities', 'roles', 'descriptions', 'title', 'outlet', 'notes'] as const;
    for (const k of rest) if (!sameAfterShift(before[k], after[k], shift, false)) return null;
    const known = new Set<string>([...rest, 'sections', 'sentences', 'header', ...SKIPPED_ARTICLE_FIELDS]);
    // A field this module does not know of could carry anything: play safe.
    for (const k of Object.keys(after)) if (!known.has(k)) return null;
    // The claims: rules slice the text of their spans and clauses, so none may contain the edit.
    if (!sameAfterShift(localClaimsOf(before), localClaimsOf(after), shift, false)) return null;
    // Vote tallies are read from the sentences' text, not from the claims.
    if (!sameAfterShift(extractTallies(before), extractTallies(after), shift, false)) return null;
    // So are street addresses (place-differs runs again on any other edit).
    if (!sameAfterShift(extractAddresses(before), extractAddresses(after), shift, false)) return null;
    // And bail amounts and the degrees of charges.
    if (!sameAfterShift(extractBail(before), extractBail(after), shift, false)) return null;
    if (!sameAfterShift(extractMoneyAmounts(before), extractMoneyAmounts(after), shift, false)) return null;
    if (!sameAfterShift(extractActLengths(before), extractActLengths(after), shift, false)) return null;
    if (!sameAfterShift(extractChargeDegrees(before), extractChargeDegrees(after), shift, false)) return null;
    if (!sameNearness(before, after, shift)) return null;
    return shift;
  } catch {
    return null;
  }
}

/**
 * True when the edit left the article's names as they were, only moved: the story's linking
 * (which reads nothing else of an article) then still holds, though its claims may not.
 */
export function sameNamesAfterEdit(before: Article, after: Article): boolean {
  try {
    if (before.path !== after.path || before.text === after.text) return false;
    const shift = makeShift(changedRegion(before.text, after.text));
    return sameAfterShift(before.mentions, after.mentions, shift, false);
  } catch {
    return false;
  }
}

/** Which part of an article's claims feeds which rule input. */
const CLAIM_INPUTS: ReadonlyArray<[keyof ReturnType<typeof localClaimsOf>, RuleInput]> = [
  ['roles', 'role'],
  ['quotes', 'quote'],
  ['quantities', 'quantity'],
  ['quantityParticipants', 'quantity'],
  ['phones', 'quantity'],
  ['dates', 'date'],
  ['acts', 'act'],
  ['frames', 'frame'],
];

/**
 * What an edit changed of the inputs the rules declare, when it left the names, the header and
 * the outlet as they were: the offset mapping and the changed inputs. A rule that reads none of
 * them keeps its findings, moved. Null when the names, the header or the outlet changed, or when
 * an unchanged claim cannot be moved. Never throws.
 */
export function changedInputs(before: Article, after: Article): { shift: OffsetShift; changed: Set<RuleInput> } | null {
  try {
    if (before.path !== after.path || before.text === after.text) return null;
    const shift = makeShift(changedRegion(before.text, after.text));
    if (!sameAfterShift(before.mentions, after.mentions, shift, false)) return null;
    if (!sameAfterShift(before.header, after.header, shift, true)) return null;
    if (before.title !== after.title || before.outlet !== after.outlet) return null;
    const a = localClaimsOf(before);
    const b = localClaimsOf(after);
    const changed = new Set<RuleInput>();
    for (const [part, input] of CLAIM_INPUTS) if (!changed.has(input) && !sameAfterShift(a[part], b[part], shift, false)) changed.add(input);
    // Vote tallies are read from the sentences' text by quantity-differs, not from the claims.
    if (!changed.has('quantity') && !sameAfterShift(extractTallies(before), extractTallies(after), shift, false)) changed.add('quantity');
    // So are bail amounts (quantity-differs) and the degrees of charges (status-differs, which reads frames).
    if (!changed.has('quantity') && !sameAfterShift(extractBail(before), extractBail(after), shift, false)) changed.add('quantity');
    // And amounts of money under a noun or taken in a theft (quantity-differs).
    if (!changed.has('quantity') && !sameAfterShift(extractMoneyAmounts(before), extractMoneyAmounts(after), shift, false)) changed.add('quantity');
    if (!changed.has('quantity') && !sameAfterShift(extractActLengths(before), extractActLengths(after), shift, false)) changed.add('quantity');
    if (!changed.has('frame') && !sameAfterShift(extractChargeDegrees(before), extractChargeDegrees(after), shift, false)) changed.add('frame');
    // Capitalised words with their neighbours: a stray spelling of a name may be no mention.
    if (!sameAfterShift(articleWords(before).capitals, articleWords(after).capitals, shift, false)) changed.add('capitals');
    // Nearness compares quotes one by one: only when their number is the same.
    if (a.quotes.length !== b.quotes.length || !sameNearness(before, after, shift)) changed.add('nearness');
    return { shift, changed };
  } catch {
    return null;
  }
}

/**
 * Whether every name is as near to (or as far from) each quote as before. A quote is not
 * credited to a rival speaker named near it, so a distance that crosses that bound changes a
 * finding even though nothing else moved.
 */
function sameNearness(before: Article, after: Article, shift: OffsetShift): boolean {
  const { region } = shift;
  const quotesBefore = localClaimsOf(before).quotes;
  const quotesAfter = localClaimsOf(after).quotes;
  if (region.newEnd === region.oldEnd) return true;
  for (let q = 0; q < quotesBefore.length; q++) {
    const qa = quotesBefore[q].span.start;
    const qb = quotesAfter[q].span.start;
    for (let m = 0; m < before.mentions.length; m++) {
      const near = Math.abs(before.mentions[m].start - qa) < ATTRIBUTION_NEAR;
      if (near !== Math.abs(after.mentions[m].start - qb) < ATTRIBUTION_NEAR) return false;
    }
  }
  return true;
}

/** A finding of the old article, its offsets moved by the edit; null when one cannot be moved. */
function moveFinding(f: Finding, path: string, shift: OffsetShift): Finding | null {
  let span = { start: f.start, end: f.end };
  if (f.path === path) {
    const moved = shift.span(f.start, f.end);
    if (!moved) return null;
    span = moved;
  }
  let related: RelatedSpan[] = f.related;
  if (f.related.some((r) => r.path === path)) {
    related = [];
    for (const r of f.related) {
      if (r.path !== path) {
        related.push(r);
        continue;
      }
      const moved = shift.span(r.start, r.end);
      if (!moved) return null;
      related.push({ ...r, start: moved.start, end: moved.end });
    }
  }
  if (span.start === f.start && span.end === f.end && related === f.related) return f;
  return { ...f, start: span.start, end: span.end, related };
}

/** A story's findings after an edit of one of its articles; null when one of them cannot be moved. */
export function moveFindings(findings: readonly Finding[], path: string, shift: OffsetShift): Finding[] | null {
  const out: Finding[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const moved = moveFinding(findings[i], path, shift);
    if (!moved) return null;
    out[i] = moved;
  }
  return out;
}
