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
/**
 * Prefixes that a hyphen joins to a title without changing its head ("ex-mayor", "then-President",
 * "co-founder", "vice-chair"): the compound is read as its last part with a modifier before it.
 */
const TITLE_PREFIXES = new Set(['ex', 'then', 'co', 'vice', 'former', 'acting', 'deputy', 'assistant', 'interim', 'sub', 'under', 'joint']);
/** Words right before a role that deny it ("not a firefighter", "never a member", "no longer mayor"). */
const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'neither', 'no', 'longer', 'hardly', 'nobody']);
/** Words that may stand between a negation and the role it denies ("not even a", "not the"). */
const NEGATION_FILLERS = new Set(['a', 'an', 'the', 'even', 'yet', 'really', 'actually', 'officially', 'only', 'just']);
/** Punctuation that closes an apposition after a name ("the spokeswoman, Ann Lee, said"). */
const APPOSITION_CLOSE = /^[,;:.!?)\]\u2014\u2013"\u201d]$/;
/** Verbs that tie a description to the name that follows "as" ("the gunman, identified as John Doe"). */
const IDENTIFY_VERBS = new Set(['identified', 'named', 'described', 'listed', 'confirmed']);
/** Words that may stand between a description and "identified as" ("who was later identified by police as"). */
const IDENTIFY_FILLERS = new Set([',', 'who', 'whom', 'that', 'was', 'were', 'is', 'has', 'have', 'had', 'been', 'being', 'later', 'since', 'now', 'officially', 'publicly', 'police', 'authorities', 'officials', 'investigators', 'have', 'by']);

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
    push(roleBefore(units, f, l, mentions), index);
    push(roleAfter(units, l, mentions), index);
    push(roleIdentified(units, f, mentions), index);
  });
  return roles.sort((a, b) => a.start - b.start || a.mention - b.mention);
}

/**
 * The last part of a hyphenated unit whose other parts are title prefixes or title modifiers
 * ("ex-deputy" gives "deputy", "then-president" gives "president"), or null for any other unit.
 */
function prefixedPart(u: Unit): string | null {
  if (!u.lower.includes('-')) return null;
  const parts = u.lower.replace(/\.$/, '').split('-');
  const last = parts.pop()!;
  if (!last || !parts.every((p) => TITLE_PREFIXES.has(p) || TITLE_MODIFIERS.has(p))) return null;
  return last;
}

function isHead(u: Unit): boolean {
  if (u.mention >= 0) return false;
  if (TITLE_HEADS.has(u.lower) || TITLE_HEADS.has(u.lower.replace(/\.$/, ''))) return true;
  const part = prefixedPart(u);
  return part !== null && TITLE_HEADS.has(part);
}

/** True when a unit may stand inside a role before its head word. */
function isModifier(u: Unit): 'lower' | 'title' | false {
  if (u.mention >= 0) return false;
  const bare = u.lower.replace(/\.$/, '');
  if (TITLE_HEADS.has(bare) || TITLE_MODIFIERS.has(bare) || DEMONYMS.has(bare)) return 'title';
  const part = prefixedPart(u);
  if (part !== null && (TITLE_HEADS.has(part) || TITLE_MODIFIERS.has(part))) return 'title';
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

/**
 * The first unit of a role whose last unit is `end`: a role head with the words before it, or
 * a head followed by a preposition and an organisation or place ("acting director of the
 * Bureau of Land Records", "a spokeswoman for the Ministry of Defence"). -1 when no role ends
 * there. The role never reaches back to `floor` or before it.
 */
function roleEndingAt(units: Unit[], end: number, mentions: Mention[], floor: number): number {
  if (end <= floor) return -1;
  const sentence = units[end].sentence;
  let k = end;
  while (k > floor && units[k].mention >= 0 && mentions[units[k].mention].kind !== 'person') k--;
  if (k < end && k > floor) {
    if (ARTICLES.has(units[k].lower)) k--;
    if (k - 1 > floor && ROLE_PREPOSITIONS.has(units[k].lower) && units[k - 1].sentence === sentence && isHead(units[k - 1])) {
      return extendBack(units, k - 1, mentions);
    }
  }
  if (!isHead(units[end])) return -1;
  return extendBack(units, end, mentions);
}

/**
 * True when the role starting at unit `start` is denied by the words before it ("not a
 * firefighter", "never a member", "no longer mayor"): a denied role is not the person's.
 */
function negated(units: Unit[], start: number): boolean {
  let j = start - 1;
  for (let skipped = 0; j >= 0 && skipped < 3 && NEGATION_FILLERS.has(units[j].lower); skipped++) j--;
  return j >= 0 && units[j].sentence === units[start].sentence && NEGATIONS.has(units[j].lower);
}

/**
 * True when the name ending at unit `l` closes an apposition: punctuation, the sentence's end,
 * or "of" or "from" and a place or a capitalised word follow it ("the victim, Ann Lee of
 * Springfield,"). A name
 * followed by a verb is the subject of its own clause ("police killed the suspect, Lee said"),
 * so a role before the comma is not its role.
 */
function closesApposition(units: Unit[], l: number, mentions: Mention[]): boolean {
  const next = units[l + 1];
  if (!next || next.sentence !== units[l].sentence || APPOSITION_CLOSE.test(next.text)) return true;
  if (next.lower !== 'of' && next.lower !== 'from') return false;
  const after = units[l + 2];
  if (!after || after.sentence !== next.sentence) return false;
  return after.mention >= 0 ? mentions[after.mention].kind !== 'person' : /^\p{Lu}/u.test(after.text);
}

/** A role right before the name spanning units `f` to `l`, if there is one. */
function roleBefore(units: Unit[], f: number, l: number, mentions: Mention[]): { start: number; end: number } | null {
  let end = f - 1;
  if (end >= 0 && units[end].text === ',') {
    end--;
    if (!closesApposition(units, l, mentions)) return null;
  }
  if (end < 0 || units[end].sentence !== units[f].sentence) return null;
  const start = roleEndingAt(units, end, mentions, -1);
  if (start < 0 || negated(units, start)) return null;
  return { start: units[start].start, end: units[end].end };
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
  const start = roleEndingAt(units, end - 1, mentions, begin - 1);
  if (start !== begin) return null;
  return { start: units[start].start, end: units[end - 1].end };
}

/**
 * A description that the text identifies as the name at unit `f`: "the gunman, identified as
 * John Doe", "the victim, who police later identified as Ann Lee", "police named the suspect as
 * John Doe". The description is the person's role.
 */
function roleIdentified(units: Unit[], f: number, mentions: Mention[]): { start: number; end: number } | null {
  const sentence = units[f].sentence;
  if (f < 3 || units[f - 1].lower !== 'as' || units[f - 2].sentence !== sentence) return null;
  // The agent between the verb and "as" ("identified by police as", "by the county coroner as").
  let verb = f - 2;
  for (let skipped = 0; verb > 0 && skipped < 5 && !IDENTIFY_VERBS.has(units[verb].lower) && units[verb].sentence === sentence; skipped++, verb--) {
    const u = units[verb];
    if (!IDENTIFY_FILLERS.has(u.lower) && !ARTICLES.has(u.lower) && !(u.mention >= 0 && mentions[u.mention].kind !== 'person')) break;
  }
  if (verb < f - 2 && (!IDENTIFY_VERBS.has(units[verb].lower) || units[verb + 1].lower !== 'by')) verb = f - 2;
  let end = -1;
  if (IDENTIFY_VERBS.has(units[verb].lower)) {
    // "the gunman, who was later identified by police as": the description stands before the verb.
    let j = verb - 1;
    for (let skipped = 0; j >= 0 && skipped < 8 && units[j].sentence === sentence; skipped++, j--) {
      const u = units[j];
      if (!IDENTIFY_FILLERS.has(u.lower) && !(u.mention >= 0 && mentions[u.mention].kind !== 'person')) break;
    }
    if (j < 0 || units[j].sentence !== sentence) return null;
    end = j;
  } else {
    // "named the suspect as": the description is the verb's object.
    const start = roleEndingAt(units, f - 2, mentions, -1);
    if (start < 0) return null;
    let v = start - 1;
    if (v >= 0 && ARTICLES.has(units[v].lower)) v--;
    if (v < 0 || units[v].sentence !== sentence || !IDENTIFY_VERBS.has(units[v].lower)) return null;
    end = f - 2;
  }
  const start = roleEndingAt(units, end, mentions, -1);
  if (start < 0 || negated(units, start)) return null;
  return { start: units[start].start, end: units[end].end };
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
