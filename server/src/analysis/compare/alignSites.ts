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
export function arrestSite(text: string, end: number, withCompany = false): { head: string; end: number; words: string; definite: boolean; elsewhere: boolean } | null {
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
  // Where a person was found barricaded, "with" tells who was there ("inside the apartment with a third person").
  const after = text.slice(phraseEnd, phraseEnd + 8);
  if (COMPLEX_PREPOSITION.test(after) && !(withCompany && /^[ \t]{1,2}with\b/.test(after))) return null;
  const head = last.toLowerCase().replace(/['\u2019]s?$/, '');
  if (GENERAL_SITES.has(head)) return null;
  const det = (m[2] ?? '').trim().toLowerCase();
  // "Another house", "a different address": a site other than one the story names.
  const elsewhere = det === 'another' || ((det === 'a' || det === 'an') && kept.length > 1 && OTHER_SITE.test(kept[0]));
  return { head, end: phraseEnd, words: text.slice(at, phraseEnd).trim(), definite: det === 'the', elsewhere };
}

/** A word that makes a site another than one named before: "a different house", "a separate address". */
const OTHER_SITE = /^(?:different|separate|second)$/i;
/** Found barricaded: the site follows ("he was barricaded inside the apartment"). */
const BARRICADED = /\bbarricaded(?:[ \t]{1,2}(?:himself|herself|themselves))?(?=[ \t]{1,2}(?:inside|in)[ \t])/g;
/** Where the dead were found or the act was done: "found the bodies … inside an Elm Street apartment". */
const SCENE_SENTENCE = /\b(?:bod(?:y|ies)|remains|corpses?)\b[^.!?]*\b(?:found|discovered)\b|\b(?:found|discovered)\b[^.!?]*\b(?:bod(?:y|ies)|remains|corpses?)\b/;
/** A site after a locative preposition, to its head noun: "inside an Elm Street apartment". Bounded. */
const SCENE_SITE = /\b(?:in|inside|at)[ \t]{1,2}(?:the|a|an|her|his|their)[ \t]{1,2}((?:[A-Za-z][\w'\u2019-]*[ \t]{1,2}){0,3}[a-z][\w-]*)/g;

/**
 * The nouns of the sites where the article says the dead were found, in its sentences before
 * `before`: a later "the apartment" is that apartment.
 */
function sceneHeads(text: string, sentences: readonly { start: number; end: number }[], before: number): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (s.start >= before) break;
    const words = text.slice(s.start, s.end);
    if (!SCENE_SENTENCE.test(words)) continue;
    SCENE_SITE.lastIndex = 0;
    for (const m of words.matchAll(SCENE_SITE)) {
      const parts = m[1].split(/[ \t]+/);
      const kept: string[] = [];
      for (const w of parts) {
        if (isStopword(w) || /\d/.test(w)) break;
        kept.push(w);
      }
      const head = kept.length ? kept[kept.length - 1].toLowerCase() : '';
      if (head && /^[a-z]/.test(kept[kept.length - 1]) && !GENERAL_SITES.has(head)) out.add(head);
    }
  }
  return out;
}

/**
 * Where an arrest was, as against where the dead were found: `scene` when the site is "the"
 * noun of that place ("found the bodies inside an Elm Street apartment … he was barricaded
 * inside the apartment" when police arrested him), `elsewhere` for "another house", "a
 * different address"; null when the words say neither. The site is the one after the arrest,
 * or where the person was found barricaded in the arrest's sentence.
 */
function sceneRelation(text: string, sentences: readonly { start: number; end: number }[], span: { start: number; end: number }): { relation: 'scene' | 'elsewhere'; start: number; end: number; words: string } | null {
  const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return null;
  let site = arrestSite(text, span.end);
  let start = span.start;
  if (!site) {
    BARRICADED.lastIndex = 0;
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(BARRICADED)) {
      site = arrestSite(text, sentence.start + (m.index ?? 0) + m[0].length, true);
      if (site) {
        start = sentence.start + (m.index ?? 0);
        break;
      }
    }
  }
  if (!site) return null;
  if (site.elsewhere) return { relation: 'elsewhere', start, end: site.end, words: text.slice(start, site.end) };
  if (site.definite && sceneHeads(text, sentences, sentence.start).has(site.head)) return { relation: 'scene', start, end: site.end, words: text.slice(start, site.end) };
  return null;
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
  drafts.push(...sceneDrafts(ctx, arrests, personOf));
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

/**
 * Arrests of one person that one article puts where the dead were found and another at
 * "another" site, as information: the words "the apartment" may stand for another apartment
 * the article does not name.
 */
function sceneDrafts(ctx: RuleContext, arrests: ReadonlyArray<{ s: { article: { path: string; outlet: string; text: string; sentences: readonly { start: number; end: number }[] } }; span: { start: number; end: number }; entity: string }>, personOf: (entity: string) => string): FindingDraft[] {
  const byPerson = new Map<string, Map<string, Stated & { relation: 'scene' | 'elsewhere' }>>();
  for (const { s, span, entity } of arrests) {
    const article = s.article;
    if (!Array.isArray(article.sentences)) continue;
    const found = sceneRelation(article.text, article.sentences, span);
    if (!found) continue;
    const person = personOf(entity);
    const paths = byPerson.get(person) ?? new Map<string, Stated & { relation: 'scene' | 'elsewhere' }>();
    const before = paths.get(article.path);
    // An article that says both says nothing certain.
    if (before && before.relation !== found.relation) paths.set(article.path, { ...before, head: '' });
    else if (!before) paths.set(article.path, { path: article.path, outlet: article.outlet, start: found.start, end: found.end, head: found.relation, words: found.words, relation: found.relation });
    byPerson.set(person, paths);
  }
  const drafts: FindingDraft[] = [];
  for (const [entity, paths] of byPerson) {
    const said = [...paths.values()].filter((x) => x.head);
    if (!said.some((x) => x.relation === 'scene') || !said.some((x) => x.relation === 'elsewhere')) continue;
    const name = ctx.nameOf(entity);
    const items: DraftItem[] = said.map((x) => ({ path: x.path, outlet: x.outlet, span: { start: x.start, end: x.end }, wording: clean(x.words, 80), value: x.relation === 'scene' ? 'where the dead were found' : 'elsewhere' }));
    drafts.push({
      items,
      soft: true,
      message: `Sources may put the arrest of ${name} in different places: ${groupedVersus(items)}; one puts it where the dead were found, another at another site.`,
      why: `Same person: each reports the arrest of ${name}.`,
      data: { entity, what: 'arrest', values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })), certain: false },
    });
  }
  return drafts;
}
