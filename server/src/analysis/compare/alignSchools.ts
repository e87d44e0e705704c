/**
 * Compares the schools outlets say one person studies or studied at (`framesSchools.ts` reads
 * them): "Ann Lee got into Lakeside University" and "Ms Lee was a student at the University of
 * Westmoor". Two schools are one when linking made them one entity or the distinctive words of
 * one name are among the other's ("Lakeside University", "the University of Lakeside"; "Lakeside
 * Law School", "Lakeside University" may be a school of the university); what is said of now and
 * of the past are compared apart. A surname alone stands for the one person of the story with
 * that surname (and the gender its title gives, "Miss Lee"); otherwise it is left alone. Read by
 * the `role-differs` rule, as information: an outlet may name the school a person first went to,
 * or one in the same town.
 */
import type { Article } from '../types';
import { firstNameGender } from '../data/genders';
import { localClaimsOf } from './claims';
import { clean } from './claimsText';
import type { SchoolFact } from './framesSchools';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

/** Words of a school's name that tell nothing of which school it is. */
const GENERIC_WORDS = new Set(['the', 'of', 'at', 'in', 'and', 'for', '&', 'university', 'college', 'polytechnic', 'academy', 'institute', 'school', 'conservatoire', 'conservatory']);

/** The distinctive words of a school's name, lower case. */
function schoolWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w && !GENERIC_WORDS.has(w));
}

/** True when two schools can be one: one's distinctive words are all among the other's. */
function schoolsAgree(a: Said, b: Said): boolean {
  if (a.schoolEntity && a.schoolEntity === b.schoolEntity) return true;
  const [x, y] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  return x.every((w) => y.includes(w));
}

interface Said {
  article: Article;
  fact: SchoolFact;
  school: string;
  schoolEntity: string | null;
  words: string[];
}

/**
 * The person a holder's mention stands for: its entity when the story names it in full, or the
 * one person named in full whose surname it is (of the gender its title gives); else null.
 */
function holderOf(ctx: RuleContext, path: string, fact: SchoolFact): string | null {
  const entity = ctx.entityOf(path, fact.holder);
  if (!entity) return null;
  const words = ctx.nameOf(entity).trim().split(/\s+/);
  if (words.length >= 2) return entity;
  const surname = words[0].toLowerCase();
  const fits: string[] = [];
  for (const e of ctx.entities.values()) {
    if (e.kind !== 'person') continue;
    const full = e.name.trim().split(/\s+/);
    if (full.length < 2 || full[full.length - 1].toLowerCase() !== surname) continue;
    // The gender any of its names' first words tells ("John Jenkin" among its variants).
    const genders = new Set([e.name, ...(Array.isArray(e.variants) ? e.variants : [])].map((v) => firstNameGender(v.trim().split(/\s+/)[0] ?? '')).filter(Boolean));
    if (fact.titled && genders.size && !genders.has(fact.titled)) continue;
    fits.push(e.id);
  }
  return fits.length === 1 ? fits[0] : null;
}

/** Schools of one person that outlets name differently, as information. */
export function schoolFindings(ctx: RuleContext): FindingDraft[] {
  // person|when → the schools each article names.
  const byPerson = new Map<string, Said[]>();
  for (const article of ctx.articles) {
    const facts = localClaimsOf(article).frames.schools ?? [];
    for (const fact of facts) {
      const person = holderOf(ctx, article.path, fact);
      const mention = article.mentions[fact.school];
      if (!person || !mention) continue;
      const key = `${person}|${fact.when}`;
      const list = byPerson.get(key) ?? [];
      list.push({ article, fact, school: clean(mention.text, 80), schoolEntity: ctx.entityOf(article.path, fact.school), words: schoolWords(mention.text) });
      byPerson.set(key, list);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [key, said] of byPerson) {
    // An article that names two schools that are not one tells of both, not of one.
    const mixed = new Set(said.filter((x) => said.some((y) => y.article === x.article && !schoolsAgree(x, y))).map((x) => x.article.path));
    const kept = said.filter((x, k) => !mixed.has(x.article.path) && said.findIndex((y) => y.article === x.article) === k);
    const involved = kept.filter((x) => kept.some((y) => y.article !== x.article && !schoolsAgree(x, y)));
    if (!involved.length) continue;
    const [person] = key.split('|');
    const name = ctx.nameOf(person);
    const items: DraftItem[] = involved.map((s) => ({ path: s.article.path, outlet: s.article.outlet, span: s.fact.span, wording: clean(s.fact.text, 80), value: s.school }));
    drafts.push({
      items,
      soft: true,
      message: `Sources name different schools for ${name}: ${groupedVersus(items, (i) => `"${String(i.value)}"`)}.`,
      why: `Same person: each names the school ${name} ${key.endsWith('|past') ? 'went to' : 'studies at'}.`,
      data: { entity: person, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    });
  }
  return drafts;
}
