/**
 * People a clause names by kin: "Jenkin had been living in South Wales with his mum … and they
 * had moved back to Millom" names Jenkin's mother as surely as her name would, when the article
 * says elsewhere who she is ("his mother Alice McMeekin"). A possessive kin phrase ("his mum",
 * "her husband") stands for the one person the article gives that relation by a role; words of
 * one relation ("mother", "mum", "mom") are one relation (`kinNouns` in `rulesWords.json`).
 * Pure, linear in the span's length and the article's roles.
 */
import wordData from '../data/rulesWords.json';

/** The relation each kin word names, as the first word of its group ("mum" → "mother"). */
const KIN: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of (wordData as { kinNouns?: string[][] }).kinNouns ?? []) for (const w of group) map.set(w, group[0]);
  return map;
})();

/** The relation a kin word names, or undefined ("Mum" → "mother"; "mothers" → "mother"). */
export function kinRelation(word: string): string | undefined {
  const w = word.toLowerCase();
  return KIN.get(w) ?? (w.endsWith('s') ? KIN.get(w.slice(0, -1)) : undefined);
}

/** A role the article gives a named person: its words, head noun and the person's mention. */
export interface KinRole {
  text: string;
  head: string;
  mention: number;
}

/** A possessive pronoun and the word after it ("his mum"). */
const POSSESSIVE_KIN = /\b(his|her|their)[ \t]+([A-Za-z\u00e9]+)\b/gi;
/** The possessive pronoun a role opens with ("his mother"), if any. */
const ROLE_OWNER = /^(his|her|their)\b/i;

/**
 * Mentions of the people `span` names by a possessive kin phrase: for each phrase, the one
 * person the article's roles give that relation, with the same possessive pronoun when the role
 * has one ("his mother", not "her mother"). A relation the article gives two people by name
 * ("his sister Anna", "his sister Kate") stays unresolved. `nameOf` tells two mentions of one
 * person apart from two people (it returns a mention's name, folded).
 */
export function kinReferents(text: string, span: { start: number; end: number }, roles: readonly KinRole[], nameOf: (mention: number) => string): number[] {
  if (!roles.length) return [];
  const out: number[] = [];
  const words = text.slice(span.start, span.end);
  POSSESSIVE_KIN.lastIndex = 0;
  for (let m = POSSESSIVE_KIN.exec(words); m; m = POSSESSIVE_KIN.exec(words)) {
    const relation = kinRelation(m[2]);
    if (!relation) continue;
    const owner = m[1].toLowerCase();
    const holders = roles.filter((r) => {
      if (kinRelation(r.head) !== relation) return false;
      const own = ROLE_OWNER.exec(r.text.trim());
      return !own || own[1].toLowerCase() === owner;
    });
    const names = new Set(holders.map((r) => nameOf(r.mention)));
    if (names.size !== 1) continue;
    const mention = holders[0].mention;
    if (!out.includes(mention)) out.push(mention);
  }
  return out;
}

/** The roles of an article as kin roles: the head is the role's last word ("his mother" → "mother"). */
export function kinRolesOf(roles: ReadonlyArray<{ text: string; mention: number }>): KinRole[] {
  const out: KinRole[] = [];
  for (const r of roles) {
    const words = r.text.trim().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    if (r.mention >= 0 && kinRelation(head)) out.push({ text: r.text, head, mention: r.mention });
  }
  return out;
}
