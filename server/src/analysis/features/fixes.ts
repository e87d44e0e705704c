/**
 * What a reader can do about a finding: mark it reconciled (recorded in the decisions file),
 * add the differing spellings of a name as an alias, or open another source at its words.
 */
import type { CorpusSnapshot } from '../corpus/corpus';
import type { Finding, Span } from '../types';
import { shorten } from './words';

/** Most "open the other source" fixes offered for one finding. */
export const MAX_OPEN_FIXES = 3;

/** A fix for a finding, with the words that offer it. */
export type QuickFix =
  | { kind: 'reconcile'; title: string }
  | { kind: 'alias'; title: string; names: string[] }
  | { kind: 'open'; title: string; path: string; span: Span };

/** What identifies a finding shown to the reader: its rule and words, and its message when known. */
export interface FindingRef extends Span {
  rule: string;
  message?: string;
}

/**
 * The finding of an article's story with this rule and span: the one with the same message when
 * `message` is given and one matches, otherwise the first on that span.
 */
export function findingMatching(snapshot: CorpusSnapshot, path: string, ref: FindingRef): Finding | undefined {
  const candidates = (snapshot.storyOf(path)?.findings ?? []).filter((f) => f.path === path && f.rule === ref.rule && f.start === ref.start && f.end === ref.end);
  return (ref.message !== undefined ? candidates.find((f) => f.message === ref.message) : undefined) ?? candidates[0];
}

/** The distinct spellings a name-variant finding reports, when its data lists them. */
export function aliasNames(finding: Finding): string[] {
  const list = finding.data?.spellings;
  if (!Array.isArray(list)) return [];
  const names = list.map((s) => (s && typeof s === 'object' ? (s as Record<string, unknown>).spelling : undefined)).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return [...new Set(names)];
}

/**
 * The fixes for a finding, in the order they are offered: reconcile it; for a name variant with
 * two spellings or more, make them aliases; open each of the first other sources it points at.
 */
export function quickFixes(snapshot: CorpusSnapshot, finding: Finding): QuickFix[] {
  const fixes: QuickFix[] = [{ kind: 'reconcile', title: `Mark as reconciled (${finding.rule})` }];
  if (finding.rule === 'name-variant') {
    const names = aliasNames(finding);
    if (names.length >= 2) fixes.push({ kind: 'alias', title: `Add alias: ${names.map((n) => `"${n}"`).join(' = ')}`, names });
  }
  for (const related of (finding.related ?? []).slice(0, MAX_OPEN_FIXES)) {
    const other = snapshot.article(related.path);
    if (!other) continue;
    fixes.push({
      kind: 'open',
      title: `Open ${other.outlet} at "${shorten(other.text.slice(related.start, related.end), 40)}"`,
      path: related.path,
      span: { start: related.start, end: related.end },
    });
  }
  return fixes;
}
