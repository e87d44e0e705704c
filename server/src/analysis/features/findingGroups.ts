/**
 * A difference between sources is placed on every article it involves, so that each article's
 * Problems list shows it: a figure three outlets disagree on is three findings, each with the
 * other two as related places. A reader of the whole story wants it once. This module puts the
 * copies of one difference back together.
 */
import { linkedGroups } from '../compare/rules/rule';
import type { Severity, Span } from '../types';

/** What grouping reads of a finding: the core's findings and the report's both have it. */
export interface FindingLike extends Span {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  related: readonly (Span & { path: string })[];
}

/** A place in an article: the path and the words' offsets. */
export interface FindingPlace extends Span {
  path: string;
}

/** One difference, told once, with every copy of it and every place it names. */
export interface FindingGroup<F extends FindingLike = FindingLike> {
  rule: string;
  severity: Severity;
  message: string;
  /** The copies of the difference, one per article it was placed on, in the order given. */
  findings: F[];
  /** Every place the copies name (their own and their related ones), once each, by path and offset. */
  places: FindingPlace[];
}

/** Severities from the most to the least pressing: groups are listed in this order. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The rank of a severity, 0 for an error; an unknown value ranks last. */
export function severityRank(s: Severity): number {
  const i = SEVERITY_ORDER.indexOf(s);
  return i < 0 ? SEVERITY_ORDER.length : i;
}

/** True when `s` is at least as pressing as `min`. */
export function atLeast(s: Severity, min: Severity): boolean {
  return severityRank(s) <= severityRank(min);
}

function placeKey(path: string, span: Span): string {
  return `${path}\u0000${span.start}\u0000${span.end}`;
}

function comparePlaces(a: FindingPlace, b: FindingPlace): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end;
}

/**
 * The findings grouped into differences: copies of one difference share their rule, severity
 * and message, and name each other's places. Two differences with the same message on places
 * that never meet stay apart. Groups come most pressing first (errors, then warnings,
 * information and hints), then by their first place. Linear in the findings and their related
 * places, apart from the sort.
 */
export function groupFindings<F extends FindingLike>(findings: readonly F[]): FindingGroup<F>[] {
  const byText = new Map<string, F[]>();
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}\u0000${f.message}`;
    const list = byText.get(key);
    if (list) list.push(f);
    else byText.set(key, [f]);
  }
  const groups: FindingGroup<F>[] = [];
  for (const list of byText.values()) {
    for (const linked of linkedGroups(list, (f) => [placeKey(f.path, f), ...f.related.map((r) => placeKey(r.path, r))])) {
      const places = new Map<string, FindingPlace>();
      for (const f of linked.links) {
        for (const p of [f, ...f.related]) {
          const key = placeKey(p.path, p);
          if (!places.has(key)) places.set(key, { path: p.path, start: p.start, end: p.end });
        }
      }
      const first = linked.links[0];
      groups.push({ rule: first.rule, severity: first.severity, message: first.message, findings: linked.links, places: [...places.values()].sort(comparePlaces) });
    }
  }
  return groups.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      comparePlaces(a.places[0], b.places[0]) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
