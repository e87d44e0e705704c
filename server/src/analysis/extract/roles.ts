/**
 * The roles extractor: finds the roles and titles the text gives to named people.
 *
 * Two shapes cover most news writing. A role stands right before the name ("Kremlin foreign
 * policy adviser Yury Gromov", "Vladimir Putin's economic envoy Oleg Sokolov", "U.S.
 * President Donald Trump"), possibly with a comma ("Russian President Vladimir Putin's foreign
 * policy adviser, Yuri Gromov"). Or it follows the name as an apposition between commas
 * ("Gromov, the Kremlin's top aide, said"; "Jared Kushner, U.S. President Donald Trump's
 * son-in-law."). A role ends with a role word (adviser, envoy, President, son-in-law) and may
 * be preceded by modifiers, places and organisations, and a possessor with its own title; the
 * possessor keeps its own role ("Russian President" for Putin), while the whole phrase belongs
 * to the person it stands beside. Role spans hold the role words only, without the name or
 * an article.
 */
import type { Mention, Role } from '../types';
import type { ArticleContext } from './context';
import type { Token } from '../text/tokens';
import { compoundEnd } from './compounds';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../data/titles';
import { DEMONYMS } from '../data/names';

/** A token, or a hyphenated compound glued from touching tokens ("son-in-law"). */
interface Unit {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
  /** Index into the mentions of the name this unit belongs to, or -1. */
  mention: number;
}

/** Longest role, in units, that the extractor accepts. */
const MAX_ROLE_UNITS = 14;
/** Most lower-case modifiers a role may carry ("foreign policy", "top"). */
const MAX_LOWER_MODIFIERS = 4;

const ARTICLES = new Set(['the', 'a', 'an']);
/** Courtesy titles that say nothing about a person's role on their own. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.']);
/** Prepositions that attach an organisation or place to a role ("spokeswoman for the Ministry"). */
const ROLE_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'in']);
const POSSESSIVE = /^['\u2019]s$/i;

/** Finds the roles and titles given to named people, in text order. */
export function extractRoles(ctx: ArticleContext, mentions: Mention[]): Role[] {
  if (!mentions.length) return [];
  const units = toUnits(ctx.text, ctx.tokens, mentions);
  if (!units.length) return [];
  // Where each mention starts and ends among the units.
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  units.forEach((u, i) => {
    if (u.mention < 0) return;
    if (!first.has(u.mention)) first.set(u.mention, i);
    last.set(u.mention, i);
  });
  const roles: Role[] = [];
  const taken = new Set<string>();
  const push = (span: { start: number; end: number } | null, mention: number): void => {
    if (!span) return;
    if (HONORIFICS.has(ctx.text.slice(span.start, span.end).toLowerCase())) return;
    const id = `${span.start}:${span.end}:${mention}`;
    if (taken.has(id)) return;
    taken.add(id);
    roles.push({ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end), mention });
  };
  mentions.forEach((m, index) => {
    if (m.kind !== 'person') return;
    const f = first.get(index);
    const l = last.get(index);
    if (f === undefined || l === undefined) return;
    push(roleBefore(units, f, mentions), index);
    push(roleAfter(units, l, mentions), index);
  });
  return roles.sort((a, b) => a.start - b.start || a.mention - b.mention);
}

function isHead(u: Unit): boolean {
  return u.mention < 0 && (TITLE_HEADS.has(u.lower) || TITLE_HEADS.has(u.lower.replace(/\.$/, '')));
}

/** True when a unit may stand inside a role before its head word. */
function isModifier(u: Unit): 'lower' | 'title' | false {
  if (u.mention >= 0) return false;
  const bare = u.lower.replace(/\.$/, '');
  if (TITLE_HEADS.has(bare) || TITLE_MODIFIERS.has(bare) || DEMONYMS.has(bare)) return 'title';
  if (/^\p{Lu}/u.test(u.text)) return false;
  if ((u.pos === 'ADJ' || u.pos === 'NOUN') && /^\p{Ll}[\p{Ll}-]*$/u.test(u.text)) return 'lower';
  return false;
}

/** True for a lower-case common noun that may own a role ("city" in "the city's mayor"). */
function isCommonPossessor(u: Unit): boolean {
  return u.mention < 0 && u.pos === 'NOUN' && /^\p{Ll}+$/u.test(u.text);
}

/**
 * Walks back from a role head at `head` over modifiers, organisations, places and possessors.
 * Returns the index of the role's first unit.
 */
function extendBack(units: Unit[], head: number, mentions: Mention[]): number {
  let start = head;
  let lowers = 0;
  let j = head - 1;
  while (j >= 0 && head - j < MAX_ROLE_UNITS) {
    const u = units[j];
    if (u.sentence !== units[head].sentence) break;
    if (POSSESSIVE.test(u.text) && j > 0 && units[j - 1].mention >= 0) {
      // A possessor: "Vladimir Putin's", "the Kremlin's".
      const owner = units[j - 1].mention;
      let k = j - 1;
      while (k > 0 && units[k - 1].mention === owner) k--;
      start = k;
      j = k - 1;
      continue;
    }
    if (POSSESSIVE.test(u.text) && j > 0 && isCommonPossessor(units[j - 1])) {
      // A common noun as possessor: "the city's deputy mayor", "the company's founder".
      start = j - 1;
      j -= 2;
      continue;
    }
    if (u.mention >= 0) {
      const kind = mentions[u.mention].kind;
      if (kind === 'person') break;
      let k = j;
      while (k > 0 && units[k - 1].mention === u.mention) k--;
      start = k;
      j = k - 1;
      continue;
    }
    const mod = isModifier(u);
    if (!mod) break;
    if (mod === 'lower' && ++lowers > MAX_LOWER_MODIFIERS) break;
    start = j;
    j--;
  }
  return start;
}

/** A role right before the name at unit `f`, if there is one. */
function roleBefore(units: Unit[], f: number, mentions: Mention[]): { start: number; end: number } | null {
  let head = f - 1;
  if (head >= 0 && units[head].text === ',') head--;
  if (head < 0 || units[head].sentence !== units[f].sentence || !isHead(units[head])) return null;
  const start = extendBack(units, head, mentions);
  return { start: units[start].start, end: units[head].end };
}

/** An apposition after the name at unit `l`: ", [the] ROLE," or ", [the] ROLE." */
function roleAfter(units: Unit[], l: number, mentions: Mention[]): { start: number; end: number } | null {
  if (units[l + 1]?.text !== ',') return null;
  const sentence = units[l].sentence;
  let k = l + 2;
  if (units[k] && ARTICLES.has(units[k].lower)) k++;
  const begin = k;
  // Find the end of the apposition: the next comma or sentence end, within a short reach.
  let end = k;
  while (end < units.length && end - begin < MAX_ROLE_UNITS && units[end].sentence === sentence && !/^[,;:.!?()\u2014"\u201c\u201d]$/.test(units[end].text)) end++;
  const closed = end >= units.length || units[end].sentence !== sentence || /^[,;.!?\u2014)]$/.test(units[end].text);
  if (!closed || end === begin) return null;
  // The head ends the apposition, or is followed by a preposition and an organisation or
  // place ("a spokeswoman for the Ministry of Defence").
  const head = end - 1;
  let k2 = head;
  while (k2 > begin && units[k2].mention >= 0 && mentions[units[k2].mention].kind !== 'person') k2--;
  if (k2 < head && k2 > begin) {
    if (ARTICLES.has(units[k2].lower)) k2--;
    if (ROLE_PREPOSITIONS.has(units[k2].lower) && isHead(units[k2 - 1])) {
      const start = extendBack(units, k2 - 1, mentions);
      if (start !== begin) return null;
      return { start: units[start].start, end: units[head].end };
    }
  }
  if (!isHead(units[head])) return null;
  const start = extendBack(units, head, mentions);
  if (start !== begin) return null;
  return { start: units[start].start, end: units[head].end };
}

/** Units from tokens: hyphenated compounds are glued, and each unit knows its mention. */
function toUnits(text: string, tokens: Token[], mentions: Mention[]): Unit[] {
  const units: Unit[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let j = compoundEnd(tokens, i);
    let end = tokens[j].end;
    while (m < mentions.length && mentions[m].end <= t.start) m++;
    const inside = m < mentions.length && mentions[m].start <= t.start && t.end <= mentions[m].end ? m : -1;
    const value = j === i ? t.text : text.slice(t.start, end);
    // A glued compound that runs past a mention's end ("U.S.-led") keeps only the mention's part.
    if (inside >= 0 && end > mentions[inside].end) {
      j = i;
      end = t.end;
    }
    units.push({
      start: t.start,
      end,
      text: j === i ? t.text : value,
      lower: (j === i ? t.text : value).replace(/[\u2018\u2019]/g, "'").toLowerCase(),
      pos: t.pos,
      sentence: t.sentence,
      mention: inside,
    });
    i = j;
  }
  return units;
}
