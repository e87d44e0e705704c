/**
 * Who tried to do an act: outlets that report one attempt ("a bystander tried to stop the
 * driver", "her husband tried to stop him") may describe the person who made it differently.
 * Each article's attempts are read from its narration: a description of a person (an article
 * and a noun, "a bystander", "another inmate"; or a named person's relation, "Johnson's
 * husband"), optionally "who", a verb of attempt ("tried", "attempted") with "to" and the act,
 * and what the act was done to. Two articles' attempts are one when their acts are the same verb
 * (with its particle) done to the same thing, or to a person one of them names by a pronoun, or
 * when each article tells of one attempt on the thing both name, whatever the verb ("stop the
 * attack", "break up the attack"); the people who made them are then compared by the head of
 * their description, a person described only by what they were doing by the noun of its doer
 * ("a man who was visiting …" is a visitor). Words of the
 * most general sense ("man", "person", "someone") agree with every description. Read by the
 * `role-differs` rule, as information: a description is a reading of who someone was, and one
 * outlet may know more than another.
 */
import type { Article } from '../types';
import { clean, stem } from './claimsText';
import { lemmaOf } from './events';
import { localClaimsOf } from './claims';
import { GENERAL, type Attempt } from './framesAttempts';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

/** True when two descriptions of the one who made an attempt can be one: the same head, or a word of the most general sense. */
function doersAgree(a: string, b: string): boolean {
  return a === b || stem(a) === stem(b) || GENERAL.has(a) || GENERAL.has(b);
}

/** True when two attempts' objects can be one thing: the same noun, or a person one names by a pronoun. */
function objectsAgree(a: string, b: string): boolean {
  return a === b || a === 'person' || b === 'person';
}

/**
 * One attempt told by several articles: attempts at the same act (its lemma: "tried to stop",
 * "attempted to stop"), or, when an article tells of one attempt on a thing it names, attempts
 * on that one thing by other acts ("tried to stop the attack", "tried to break up the
 * attack"). Each article's attempts joined this way are its one attempt; an article that
 * tells of two is not read. Linear: attempts are joined through their keys, never pairwise.
 */
function oneAttempts(ctx: RuleContext): Array<Array<{ article: Article; attempt: Attempt }>> {
  const all: Array<{ article: Article; attempt: Attempt }> = [];
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const firstWith = new Map<string, number>();
  for (const article of ctx.articles) {
    const mine = localClaimsOf(article).frames.attempts ?? [];
    const onThing = new Map<string, number>();
    for (const a of mine) if (a.object !== 'person') onThing.set(a.object, (onThing.get(a.object) ?? 0) + 1);
    for (const attempt of mine) {
      const i = all.length;
      all.push({ article, attempt });
      parent.push(i);
      const keys = [`act:${lemmaOf(attempt.act, 'verb')}`];
      if (onThing.get(attempt.object) === 1) keys.push(`thing:${attempt.object}`);
      for (const key of keys) {
        const j = firstWith.get(key);
        if (j === undefined) firstWith.set(key, i);
        else parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Array<{ article: Article; attempt: Attempt }>>();
  all.forEach((x, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), x]));
  const out: Array<Array<{ article: Article; attempt: Attempt }>> = [];
  for (const group of groups.values()) {
    const count = new Map<string, number>();
    for (const { article } of group) count.set(article.path, (count.get(article.path) ?? 0) + 1);
    out.push(group.filter(({ article }) => count.get(article.path) === 1));
  }
  return out;
}

/** Attempts at one act that outlets give to people they describe differently, as information. */
export function attemptFindings(ctx: RuleContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const said of oneAttempts(ctx)) {
    if (new Set(said.map((s) => s.article.path)).size < 2) continue;
    // The one thing the act was done to: every named object agrees.
    const objects = new Set(said.map((s) => s.attempt.object).filter((o) => o !== 'person'));
    if (objects.size > 1) continue;
    const specific = said.filter((s) => !GENERAL.has(s.attempt.head));
    const heads = [...new Set(specific.map((s) => s.attempt.head))];
    if (heads.length < 2 || heads.every((a) => heads.every((b) => doersAgree(a, b)))) continue;
    if (!said.every((x) => said.every((y) => objectsAgree(x.attempt.object, y.attempt.object)))) continue;
    const items: DraftItem[] = specific.map(({ article, attempt }) => ({ path: article.path, outlet: article.outlet, span: attempt.span, wording: clean(attempt.text, 80), value: attempt.doer }));
    const what = (said.find((s) => s.attempt.object !== 'person') ?? said[0]).attempt.objectText;
    const acts = [...new Set(said.map((s) => s.attempt.act))];
    const act = acts.join(' or ');
    drafts.push({
      items,
      soft: true,
      message: `Sources describe who tried to ${act} ${what} differently: ${groupedVersus(items, (i) => `"${String(i.value)}"`)}.`,
      why:
        acts.length === 1
          ? `Same attempt: each article reports one attempt to ${act}, done to the same ${objects.size ? [...objects][0] : 'person'}.`
          : `Same attempt: each article reports one attempt on ${what} (to ${act}).`,
      data: { act: acts[0], values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    });
  }
  return drafts;
}
