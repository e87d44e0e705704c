/**
 * The cross-source comparison engine: extracts the claims of a story's articles, indexes them
 * by key, and runs every comparison rule over the index. Each rule's drafts become one finding
 * per source involved, carrying the other sources' words as related locations, so every
 * article's Problems list shows the difference.
 */
import type { Article, Entity, Finding, RelatedSpan, Severity, StoryProblem } from '../types';
import { buildClaimIndex, type ClaimIndex } from './claims';
import { RULES, type FindingDraft, type Rule, type RuleContext } from './rules';
import { MAX_LISTED } from './rules/rule';

export { RULES } from './rules';
export type { Rule, RuleContext, FindingDraft, DraftItem, RuleInput } from './rules';
export { adoptClaims, buildClaimIndex, extractClaims, prepareClaims, releaseClaims } from './claims';
export type { Claim, ClaimIndex, PreparedClaims, RoleClaim, QuoteClaim, QuantityClaim, DateClaim, ActClaim } from './claims';
export { diffWords, describeDiff } from './diff';
export { alignClaims, counterparts } from './align';
export type { ClaimGroup } from './align';
export type { DiffPart } from './diff';

/** What comparison needs from entity linking. */
export interface StoryLinking {
  entityOf(path: string, mentionIndex: number): string | null;
  entities: Entity[];
  /** An earlier linking whose answers this one gives for every mention (see `Linking.sameIdsAs`). */
  sameIdsAs?: object;
}

/** Comparison options: per rule id, 'off' or the severity to report it at. */
export interface CompareOptions {
  rules?: Record<string, 'off' | Severity>;
  /** When given, only the rules with these ids run (the others' findings are known already). */
  only?: ReadonlySet<string>;
  /** The rules to run, in order; `RULES` unless a host substitutes its own (see `failingRules`). */
  ruleSet?: readonly Rule[];
  /** The story's id, as problems name it (its folder, or '' for the workspace). */
  story?: string;
}

/** What comparing a story gives: its findings, and what failed on the way (whose findings are missing). */
export interface Comparison {
  findings: Finding[];
  problems: StoryProblem[];
}

/** The words of an error, whatever was thrown. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** Orders findings as every output lists them: by path, start, end, then rule id. Stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(findingOrder);
}

/** The order of {@link sortFindings}: path, start, end, then rule id. */
export function findingOrder(a: Finding, b: Finding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
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
 * A source's related place and expected value are one object each, listed by every finding that
 * names it (findings are never changed in place): a draft of 200 sources made 8,000 of them each
 * time it was compared, and the server keeps every story's findings.
 */
export function place(rule: Rule, severity: Severity, draft: FindingDraft): Finding[] {
  const cap: Severity = draft.minor ? 'hint' : draft.soft ? 'information' : 'error';
  const level = ORDER.indexOf(severity) > ORDER.indexOf(cap) ? cap : severity;
  const items = draft.items;
  const message = draft.why ? `${draft.message} ${draft.why}` : draft.message;
  // Each source's entries, made when a finding first names it (only the first few ever are).
  const related: RelatedSpan[] = [];
  const expected: { outlet: string; path: string; value: unknown }[] = [];
  return items.map((item) => {
    const listedRelated: RelatedSpan[] = [];
    const listedExpected: typeof expected = [];
    for (let k = 0; k < items.length && listedRelated.length < MAX_LISTED; k++) {
      const o = items[k];
      if (o === item) continue;
      if (related[k] === undefined) {
        related[k] = { path: o.path, start: o.span.start, end: o.span.end, message: `${o.outlet}: "${o.wording}"` };
        expected[k] = { outlet: o.outlet, path: o.path, value: o.value ?? o.wording };
      }
      listedRelated.push(related[k]);
      listedExpected.push(expected[k]);
    }
    const more = items.length - 1 - listedRelated.length;
    return {
      rule: rule.id,
      severity: level,
      message,
      path: item.path,
      start: item.span.start,
      end: item.span.end,
      related: listedRelated,
      data: {
        ...draft.data,
        ...(draft.why ? { why: draft.why } : {}),
        outlet: item.outlet,
        actual: item.value ?? item.wording,
        expected: listedExpected,
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
    ids: link.sameIdsAs ?? link,
  };
}

/**
 * Compares the articles of one story and returns every finding, sorted by path and offset,
 * with the problems met on the way. Never throws: a rule that fails adds a problem naming it,
 * and the other rules' findings are kept.
 */
export function compareStory(articles: Article[], link: StoryLinking, options: CompareOptions = {}): Comparison {
  const steps = compareStorySteps(articles, link, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same comparison as `compareStory`, one step at a time: building the claim index is one
 * step and each rule another, and the comparison is the generator's return value. A caller
 * that must stay responsive (the language server) runs a step, lets other work through, and
 * stops early when the result is no longer wanted.
 */
export function* compareStorySteps(articles: Article[], link: StoryLinking, options: CompareOptions = {}): Generator<void, Comparison, void> {
  const story = options.story ?? '';
  const problems: StoryProblem[] = [];
  let ctx: RuleContext;
  try {
    const claims = buildClaimIndex(articles, link);
    for (const p of claims.problems) problems.push({ story, stage: 'claims', path: p.path, message: p.message });
    ctx = ruleContext(articles, link, claims);
  } catch (err) {
    problems.push({ story, stage: 'claims', message: errorText(err) });
    return { findings: [], problems };
  }
  const findings: Finding[] = [];
  for (const rule of options.ruleSet ?? RULES) {
    const severity = ruleSeverity(rule, options);
    if (!severity || (options.only && !options.only.has(rule.id))) continue;
    yield;
    // A rule's findings are kept only when it ran to its end: half a rule's findings would
    // look like the whole of them.
    const own: Finding[] = [];
    try {
      // Pushed one by one: spreading thousands of findings into push() can overflow the stack.
      for (const draft of rule.check(ctx)) for (const f of place(rule, severity, draft)) own.push(f);
    } catch (err) {
      problems.push({ story, stage: rule.id, message: errorText(err) });
      continue;
    }
    for (const f of own) findings.push(f);
  }
  return { findings: sortFindings(findings), problems };
}

/**
 * The rules with those whose ids are named replaced by rules that throw when they run (the
 * rules themselves when none is named). Hosts use it, when their environment asks for it, to
 * show that a failing rule is reported rather than read as "no differences"; nothing else does.
 */
export function failingRules(ids: Iterable<string>, rules: readonly Rule[] = RULES): readonly Rule[] {
  const failing = new Set([...ids].map((id) => id.trim()));
  if (!rules.some((r) => failing.has(r.id))) return rules;
  return rules.map((r) =>
    failing.has(r.id)
      ? {
          ...r,
          check(): FindingDraft[] {
            throw new Error(`fault injected into rule ${r.id}`);
          },
        }
      : r,
  );
}
