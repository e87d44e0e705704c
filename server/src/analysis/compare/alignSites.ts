/**
 * Where a person was arrested: the site the words right after the arrest name ("was arrested
 * near the terraced house", "who was arrested at Millom Pier", "was detained at his home on
 * Friday"). A site is told by the noun that heads it, a common noun ("the terraced house") or
 * the last word of a name that ends in one ("Millom Pier"). Two articles that put one person's
 * arrest at sites whose nouns the lexicon of sites (`siteSenses.ts`, from WordNet) knows and
 * does not relate (a house and a pier; not a house and a home) may differ: shown under
 * `place-differs`, as information, since "near" a place and a site described loosely ("the
 * building", "the flat") can both be true. Names of towns are compared by `placeDiffers` itself.
 */
import { clean, isStopword } from './claimsText';
import { storyFrames } from './framesAlign';
import { relateSites } from './siteSenses';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

/** The site after an arrest: a locative preposition, a determiner, up to four words. Bounded. */
const SITE = /^[ \t]{1,2}(at|near|inside|outside|in)[ \t]{1,2}((?:the|a|an|another|his|her|their)[ \t]{1,2})?((?:[A-Za-z][\w'\u2019-]*[ \t]{1,2}){0,3}[A-Za-z][\w'\u2019-]*)/;
/**
 * Nouns that name where something happened without saying what kind of site it was ("at the
 * scene", "at a property", "in the area"), or a part of any site ("at the back"): they agree
 * with every site.
 */
const GENERAL_SITES = new Set(['scene', 'place', 'area', 'location', 'spot', 'site', 'premises', 'property', 'vicinity', 'neighborhood', 'neighbourhood', 'building', 'home', 'residence', 'dwelling', 'address', 'compound', 'grounds', 'facility', 'complex', 'block', 'street', 'road', 'side', 'end', 'back', 'front', 'rear', 'top', 'bottom', 'middle', 'edge', 'corner', 'part', 'centre', 'center', 'outskirts']);
/** Words after a site's noun that make it part of a longer preposition ("in connection with", "in front of", "at the end of"). */
const COMPLEX_PREPOSITION = /^[ \t]{1,2}(?:of|with|to)\b/;
/** A day, a part of the day or a time between the arrest and its site ("arrested Saturday at the house"). */
const TIME_FIRST = /^[ \t]{1,2}(?:(?:on|early|late|last|this)[ \t]{1,2})?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)(?:[ \t]{1,2}(?:morning|afternoon|evening|night))?(?=[ \t])/;

/** The site an arrest's words give after it, with the noun that heads it, or null. */
export function arrestSite(text: string, end: number): { head: string; end: number; words: string } | null {
  let at = end;
  const time = TIME_FIRST.exec(text.slice(at, at + 40));
  if (time) at += time[0].length;
  const m = SITE.exec(text.slice(at, at + 90));
  // "In" opens a site only with its determiner ("in a car", not "in custody", "in Millom").
  if (!m || (m[1] === 'in' && !m[2])) return null;
  // The phrase ends before a function word or a number ("house where…", "Pier at around 9.35am").
  const words = m[3].split(/[ \t]+/);
  const kept: string[] = [];
  for (const w of words) {
    // A name ends at its first word in lower case ("Millom Pier around 9.35am").
    if (isStopword(w) || /\d/.test(w) || PHRASE_STOPS.has(w.toLowerCase()) || (kept.length && /^[A-Z]/.test(kept[0]) && /^[a-z]/.test(w))) break;
    kept.push(w);
  }
  if (!kept.length) return null;
  const last = kept[kept.length - 1];
  // A name heads its site only by a common noun at its end ("Millom Pier"); "in Millom" is a town.
  if (/^[A-Z]/.test(last) && kept.every((w) => /^[A-Z]/.test(w)) && kept.length < 2) return null;
  let within = 0;
  for (const w of kept) within = m[3].indexOf(w, within) + w.length;
  const phraseEnd = at + m[0].length - m[3].length + within;
  if (COMPLEX_PREPOSITION.test(text.slice(phraseEnd, phraseEnd + 8))) return null;
  const head = last.toLowerCase().replace(/['\u2019]s?$/, '');
  if (GENERAL_SITES.has(head)) return null;
  return { head, end: phraseEnd, words: text.slice(at, phraseEnd).trim() };
}

interface Stated {
  path: string;
  outlet: string;
  start: number;
  end: number;
  head: string;
  words: string;
}

/** Words that end a site's phrase: a time or a manner after it ("at Millom Pier around 9.35am"). */
const PHRASE_STOPS = new Set(['around', 'about', 'shortly', 'after', 'before', 'during', 'following', 'early', 'late', 'yesterday', 'today', 'tonight', 'moments', 'minutes', 'hours']);

/** Arrests of one person put at sites of different kinds, as information. */
export function siteFindings(ctx: RuleContext): FindingDraft[] {
  const frames = storyFrames(ctx);
  const arrests: Array<{ s: (typeof frames)[number]; span: { start: number; end: number }; entity: string }> = [];
  for (const s of frames) for (const { status, entity } of s.statuses) if (status.status === 'arrested' && !status.negated) arrests.push({ s, span: status.span, entity });
  // A surname alone that fits several people of the story ("Jenkin": John and Katie Jenkin)
  // stands for the one of them whom the story reports arrested by full name.
  const fullNames = new Map<string, Set<string>>();
  for (const { entity } of arrests) {
    const words = ctx.nameOf(entity).trim().split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1].toLowerCase();
    fullNames.set(last, (fullNames.get(last) ?? new Set()).add(entity));
  }
  const personOf = (entity: string): string => {
    const words = ctx.nameOf(entity).trim().split(/\s+/);
    const set = words.length === 1 ? fullNames.get(words[0].toLowerCase()) : undefined;
    return set?.size === 1 ? [...set][0] : entity;
  };
  // Each person's arrest sites, per article.
  const byPerson = new Map<string, Map<string, Stated[]>>();
  for (const { s, span, entity: named } of arrests) {
    const site = arrestSite(s.article.text, span.end);
    if (!site) continue;
    const entity = personOf(named);
    let paths = byPerson.get(entity);
    if (!paths) byPerson.set(entity, (paths = new Map()));
    const list = paths.get(s.article.path) ?? [];
    list.push({ path: s.article.path, outlet: s.article.outlet, start: span.start, end: site.end, head: site.head, words: site.words });
    paths.set(s.article.path, list);
  }
  const drafts: FindingDraft[] = [];
  for (const [entity, paths] of byPerson) {
    if (paths.size < 2) continue;
    // The sites of each article, all of one kind; an article that gives two kinds is left out.
    const agreeing = [...paths.values()].filter((list) => list.every((x) => relateSites(x.head, list[0].head) === 'same'));
    let pair: [Stated, Stated] | null = null;
    const involved = new Set<Stated[]>();
    for (let i = 0; i < agreeing.length; i++) {
      for (let j = i + 1; j < agreeing.length; j++) {
        if (relateSites(agreeing[i][0].head, agreeing[j][0].head) !== 'other') continue;
        pair ??= [agreeing[i][0], agreeing[j][0]];
        involved.add(agreeing[i]);
        involved.add(agreeing[j]);
      }
    }
    if (!pair) continue;
    const name = ctx.nameOf(entity);
    const items: DraftItem[] = [...involved].flat().map((s) => ({ path: s.path, outlet: s.outlet, span: { start: s.start, end: s.end }, wording: clean(s.words, 80), value: s.head }));
    // Each article's wording once in the message, though all its passages are marked.
    const shown = items.filter((x, k) => items.findIndex((y) => y.path === x.path && y.wording === x.wording) === k);
    drafts.push({
      items,
      soft: true,
      message: `Sources may put the arrest of ${name} in different places: ${groupedVersus(shown)}; a ${pair[0].head} and a ${pair[1].head} are different kinds of site.`,
      why: `Same person: each reports the arrest of ${name}.`,
      data: { entity, what: 'arrest', values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })), certain: false },
    });
  }
  return drafts;
}
