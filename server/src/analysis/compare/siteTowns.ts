/**
 * A site named after a place, written as that place: one outlet says a prisoner was moved "to
 * the Stiles Unit in Beaumont, Texas", another "to Stiles, Texas". The site's name is a place's
 * name and a word for a facility ("Unit", "Prison", "Hospital"…); an article states the town it
 * is in (`placeFacts.ts`, kind `site`); another article, which never names the site, names a
 * place with the site's first words after the same preposition ("to", "from") as the site. The
 * place then stands where the site does but names another town: shown under `place-differs`,
 * as information (the town named after the site may be near it). A site named after the town
 * or the region it is in, or a town near it, is where that place says; airports and stations,
 * often called by their place's name alone, are not read.
 */
import type { Article } from '../types';
import { localClaimsOf } from './claims';
import { clean } from './claimsText';
import { placeKey, relatePlaces } from './placeRelation';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

/** A name of a site: a place's name, then a word for a facility. */
const SITE_NAME = /^(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,2}?)(?:Unit|Prison|Penitentiary|Jail|Gaol|Hospital|Infirmary|Clinic|Barracks)$/u;
/** The preposition right before a name (and a "the"): the slot it stands in. */
const SLOT = /\b(to|from)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;

interface Site {
  article: Article;
  /** The place's name the site is named after, as a key. */
  named: string;
  town: string;
  slot: string;
  span: { start: number; end: number };
  text: string;
}

/** Places written where another outlet writes a site named after them, as information. */
export function siteTownFindings(ctx: RuleContext): FindingDraft[] {
  const sites: Site[] = [];
  for (const article of ctx.articles) {
    const m = article.mentions;
    for (const f of localClaimsOf(article).places.facts) {
      if (f.kind !== 'site' || !m[f.holder] || !m[f.place]) continue;
      const name = SITE_NAME.exec(m[f.holder].text.trim());
      const slot = SLOT.exec(article.text.slice(Math.max(0, m[f.holder].start - 10), m[f.holder].start));
      if (!name || !slot) continue;
      const named = placeKey(name[1].trim());
      const town = m[f.place].text;
      // A site named after the town or the region it is in ("the Duluth Clinic in Duluth",
      // "the Cook County Jail in Chicago") is where that place says.
      const relation = relatePlaces({ name: name[1].trim() }, { name: town });
      if (!named || relation === 'same' || relation === 'contains' || relation === 'within' || relation === 'near') continue;
      sites.push({ article, named, town, slot: slot[1].toLowerCase(), span: f.span, text: f.text });
    }
  }
  if (!sites.length) return [];
  const drafts: FindingDraft[] = [];
  const done = new Set<string>();
  for (const site of sites) {
    const key = `${site.named}|${site.slot}`;
    if (done.has(key)) continue;
    // The towns the articles put the site in must agree for the site to tell where it is.
    const same = sites.filter((s) => s.named === site.named && s.slot === site.slot);
    if (same.some((s) => placeKey(s.town) !== placeKey(site.town))) continue;
    done.add(key);
    const items: DraftItem[] = [];
    for (const article of ctx.articles) {
      if (same.some((s) => s.article === article)) continue;
      // An article that names the site itself is not writing the place for it.
      if (article.mentions.some((x) => x.kind !== 'place' && placeKey(x.text).startsWith(`${site.named} `))) continue;
      const place = article.mentions.find((x) => x.kind === 'place' && placeKey(x.text) === site.named && SLOT.exec(article.text.slice(Math.max(0, x.start - 10), x.start))?.[1].toLowerCase() === site.slot);
      if (place) items.push({ path: article.path, outlet: article.outlet, span: { start: place.start, end: place.end }, wording: clean(place.text, 80), value: place.text });
    }
    if (!items.length) continue;
    for (const s of same) items.push({ path: s.article.path, outlet: s.article.outlet, span: s.span, wording: clean(s.text, 80), value: s.text });
    drafts.push({
      items,
      soft: true,
      message: `Sources may name a place for a site named after it: ${groupedVersus(items)}; the site is in ${site.town}.`,
      why: `Same place in the story: each is where it went ${site.slot === 'to' ? 'to' : 'from'}, and the site's name begins with the place's.`,
      data: { what: 'site', values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })), certain: false },
    });
  }
  return drafts;
}
