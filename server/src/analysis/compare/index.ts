/**
 * The cross-source comparison engine: extracts the claims of a story's articles, indexes them
 * by key, and runs every comparison rule over the index. Each rule's drafts become one finding
 * per source involved, carrying the other sources' words as related locations, so every
 * article's Problems list shows the difference.
 */
import type { Article, Entity, Finding, Severity } from '../types';
import { buildClaimIndex, type ClaimIndex } from './claims';
import { RULES, type FindingDraft, type Rule, type RuleContext } from './rules';
import { MAX_LISTED } from './rules/rule';

export { RULES } from './rules';
export type { Rule, RuleContext, FindingDraft, DraftItem, RuleInput } from './rules';
export { buildClaimIndex, extractClaims, releaseClaims } from './claims';
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
  /** When given, only the rules with these ids run (the others' findings are known already). */
  only?: ReadonlySet<string>;
}

/** Orders findings as every output lists them: by path, start, end, then rule id. Stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}

const ORDER: Severity[] = ['hint', 'information', 'warning', 'error'];

/** The severity a rule reports at under the options, or null when it is off. */
export function ruleSeverity(rule: Rule, options: CompareOptions): Severity | null {
  const set = options.rules?.[rule.id];
  if (set === 'off') return null;
  if (set && ORDER.includes(set)) return set;
  return rule.enabledByDefault ? rule.defaultSeverity : null;
}

/**
 * Turns a draft into one finding per source involved. Each finding's related places and
 * `expected` values name at most `MAX_LISTED` other sources (the first ones of the draft), and
 * `data.more` counts the rest, so a draft of n sources gives findings of size O(1), not O(n).
 */
export function place(rule: Rule, severity: Severity, draft: FindingDraft): Finding[] {
  const level = draft.soft && ORDER.indexOf(severity) > ORDER.indexOf('information') ? 'information' : severity;
  const items = draft.items;
  return items.map((item) => {
    const others: typeof items = [];
    for (let k = 0; k < items.length && others.length < MAX_LISTED; k++) if (items[k] !== item) others.push(items[k]);
    const more = items.length - 1 - others.length;
    return {
      rule: rule.id,
      severity: level,
      message: draft.why ? `${draft.message} ${draft.why}` : draft.message,
      path: item.path,
      start: item.span.start,
      end: item.span.end,
      related: others.map((o) => ({ path: o.path, start: o.span.start, end: o.span.end, message: `${o.outlet}: "${o.wording}"` })),
      data: {
        ...draft.data,
        ...(draft.why ? { why: draft.why } : {}),
        outlet: item.outlet,
        actual: item.value ?? item.wording,
        expected: others.map((o) => ({ outlet: o.outlet, path: o.path, value: o.value ?? o.wording })),
        ...(more > 0 ? { more } : {}),
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
  const steps = compareStorySteps(articles, link, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same comparison as `compareStory`, one step at a time: building the claim index is one
 * step and each rule another, and the findings are the generator's return value. A caller that
 * must stay responsive (the language server) runs a step, lets other work through, and stops
 * early when the result is no longer wanted.
 */
export function* compareStorySteps(articles: Article[], link: StoryLinking, options: CompareOptions = {}): Generator<void, Finding[], void> {
  let ctx: RuleContext;
  try {
    ctx = ruleContext(articles, link);
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = ruleSeverity(rule, options);
    if (!severity || (options.only && !options.only.has(rule.id))) continue;
    yield;
    try {
      // Pushed one by one: spreading thousands of findings into push() can overflow the stack.
      for (const draft of rule.check(ctx)) for (const f of place(rule, severity, draft)) findings.push(f);
    } catch {
      // One rule's failure must not hide the others' findings.
    }
  }
  return sortFindings(findings);
}
