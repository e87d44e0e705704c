/**
 * The cross-source comparison engine: extracts the claims of a story's articles, indexes them
 * by key, and runs every comparison rule over the index. Each rule's drafts become one finding
 * per source involved, carrying the other sources' words as related locations, so every
 * article's Problems list shows the difference.
 */
import type { Article, Entity, Finding, Severity } from '../types';
import { buildClaimIndex, type ClaimIndex } from './claims';
import { RULES, type FindingDraft, type Rule, type RuleContext } from './rules';

export { RULES } from './rules';
export type { Rule, RuleContext, FindingDraft, DraftItem } from './rules';
export { buildClaimIndex, extractClaims } from './claims';
export type { Claim, ClaimIndex, RoleClaim, QuoteClaim, QuantityClaim, DateClaim, ActClaim } from './claims';
export { diffWords, describeDiff } from './diff';
export { alignClaims, counterparts } from './align';
export type { ClaimGroup } from './align';
export type { DiffPart } from './diff';

/** What comparison needs from entity linking. */
export interface StoryLinking {
  entityOf(path: string, mentionIndex: number): string | null;
  entities: Entity[];
}

/** Comparison options: per rule id, 'off' or the severity to report it at. */
export interface CompareOptions {
  rules?: Record<string, 'off' | Severity>;
}

const ORDER: Severity[] = ['hint', 'information', 'warning', 'error'];

/** The severity a rule reports at under the options, or null when it is off. */
export function ruleSeverity(rule: Rule, options: CompareOptions): Severity | null {
  const set = options.rules?.[rule.id];
  if (set === 'off') return null;
  if (set && ORDER.includes(set)) return set;
  return rule.enabledByDefault ? rule.defaultSeverity : null;
}

/** Turns a draft into one finding per source involved. */
function place(rule: Rule, severity: Severity, draft: FindingDraft): Finding[] {
  const level = draft.soft && ORDER.indexOf(severity) > ORDER.indexOf('information') ? 'information' : severity;
  return draft.items.map((item) => {
    const others = draft.items.filter((o) => o !== item);
    return {
      rule: rule.id,
      severity: level,
      message: draft.message,
      path: item.path,
      start: item.span.start,
      end: item.span.end,
      related: others.map((o) => ({ path: o.path, start: o.span.start, end: o.span.end, message: `${o.outlet}: "${o.wording}"` })),
      data: {
        ...draft.data,
        outlet: item.outlet,
        actual: item.value ?? item.wording,
        expected: others.map((o) => ({ outlet: o.outlet, path: o.path, value: o.value ?? o.wording })),
      },
    };
  });
}

/** Builds the context the rules read: entity names, articles by path, the claim index. */
export function ruleContext(articles: readonly Article[], link: StoryLinking, claims?: ClaimIndex): RuleContext {
  const entities = new Map(link.entities.map((e) => [e.id, e]));
  const byPath = new Map(articles.map((a) => [a.path, a]));
  return {
    articles,
    article: (path) => byPath.get(path),
    entities,
    entityOf: (path, i) => link.entityOf(path, i),
    nameOf: (id) => entities.get(id)?.name ?? id,
    claims: claims ?? buildClaimIndex(articles, link),
  };
}

/**
 * Compares the articles of one story and returns every finding, sorted by path and offset.
 * Never throws: a rule that fails on some input contributes nothing.
 */
export function compareStory(articles: Article[], link: StoryLinking, options: CompareOptions = {}): Finding[] {
  let ctx: RuleContext;
  try {
    ctx = ruleContext(articles, link);
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = ruleSeverity(rule, options);
    if (!severity) continue;
    try {
      for (const draft of rule.check(ctx)) findings.push(...place(rule, severity, draft));
    } catch {
      // One rule's failure must not hide the others' findings.
    }
  }
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
  return findings;
}
