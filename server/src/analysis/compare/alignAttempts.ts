/**
 * Who tried to do an act: outlets that report one attempt ("a bystander tried to stop the
 * driver", "her husband tried to stop him") may describe the person who made it differently.
 * Each article's attempts are read from its narration: a description of a person (an article
 * and a noun, "a bystander", "another inmate"; or a named person's relation, "Johnson's
 * husband"), optionally "who", a verb of attempt ("tried", "attempted") with "to" and the act,
 * and what the act was done to. Two articles' attempts are one when their acts are the same verb
 * (with its particle) done to the same thing, or to a person one of them names by a pronoun;
 * the people who made them are then compared by the head of their description. Words of the
 * most general sense ("man", "person", "someone") agree with every description. Read by the
 * `role-differs` rule, as information: a description is a reading of who someone was, and one
 * outlet may know more than another.
 */
import type { Article } from '../types';
import { clean, stem } from './claimsText';
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

/** Attempts at one act that outlets give to people they describe differently, as information. */
export function attemptFindings(ctx: RuleContext): FindingDraft[] {
  // Each article's one attempt at each act: an article that reports two is not read.
  const byAct = new Map<string, Array<{ article: Article; attempt: Attempt }>>();
  for (const article of ctx.articles) {
    const mine = new Map<string, Attempt[]>();
    for (const a of localClaimsOf(article).frames.attempts ?? []) mine.set(a.act, [...(mine.get(a.act) ?? []), a]);
    for (const [act, list] of mine) {
      if (list.length !== 1) continue;
      byAct.set(act, [...(byAct.get(act) ?? []), { article, attempt: list[0] }]);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [act, said] of byAct) {
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
    drafts.push({
      items,
      soft: true,
      message: `Sources describe who tried to ${act} ${what} differently: ${groupedVersus(items, (i) => `"${String(i.value)}"`)}.`,
      why: `Same attempt: each article reports one attempt to ${act}, done to the same ${objects.size ? [...objects][0] : 'person'}.`,
      data: { act, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    });
  }
  return drafts;
}
