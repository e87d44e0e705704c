/**
 * Who found the dead: outlets may name different finders ("the landlord's son found the
 * bodies", "the bodies were found by police and firefighters"). Each article's finders are read
 * from its narration (`framesFinders.ts`); an article that names finders of different kinds
 * (the son found them, then the police) is left out, as is a description of the most general
 * sense ("a man", "someone"), which agrees with every other. Two articles whose finders share no
 * head noun are shown under `role-differs`, as information: one outlet may tell who found the
 * dead first, another who came after.
 */
import type { Article } from '../types';
import { clean } from './claimsText';
import { localClaimsOf } from './claims';
import { GENERAL } from './framesAttempts';
import type { Finder } from './framesFinders';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

const shareHead = (a: Finder, b: Finder) => a.heads.some((h) => b.heads.includes(h));
const general = (f: Finder) => f.heads.some((h) => GENERAL.has(h));

/** Finders of the dead that outlets describe differently, as information. */
export function finderFindings(ctx: RuleContext): FindingDraft[] {
  const said: Array<{ article: Article; finder: Finder }> = [];
  for (const article of ctx.articles) {
    const list = (localClaimsOf(article).frames.finders ?? []).filter((f) => !general(f));
    if (!list.length || !list.every((f) => shareHead(f, list[0]))) continue;
    said.push({ article, finder: list[0] });
  }
  if (new Set(said.map((s) => s.article.path)).size < 2) return [];
  const involved = said.filter((x) => said.some((y) => y.article.path !== x.article.path && !shareHead(x.finder, y.finder)));
  if (!involved.length) return [];
  const items: DraftItem[] = involved.map(({ article, finder }) => ({ path: article.path, outlet: article.outlet, span: finder.span, wording: clean(finder.text, 80), value: finder.doer }));
  return [
    {
      items,
      soft: true,
      message: `Sources describe who found the dead differently: ${groupedVersus(items, (i) => `"${String(i.value)}"`)}.`,
      why: 'Same discovery: each article tells who found the bodies of the story’s dead.',
      data: { act: 'found', values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    },
  ];
}
