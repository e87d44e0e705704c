/**
 * Reading a role ("Russian President Vladimir Putin's foreign policy adviser") as a post: a
 * head noun, rank words, domain words, and the institutions or people it belongs to; and
 * deciding whether two sources' roles for one person name the same post.
 */
import type { Span } from '../types';
import roleData from '../data/rulesRoles.json';
import { fold, wordsOf } from './claimsText';

/** A state or its executive, as a role's words refer to it. */
export interface Institution {
  country: string;
  level: 'state' | 'executive';
  /** How a reader would name it ("the White House (the U.S. presidency)"). */
  name: string;
  /** The words of the role that refer to it. */
  words: string;
}

/** A role read as a post. */
export interface ParsedRole {
  /** The head noun's class (the first word of its synonym group), or the head word itself. */
  head: string;
  /** The head as written. */
  headText: string;
  ranks: string[];
  /** Modifiers that say what the post is about ("economic", "foreign policy"). */
  domain: string[];
  /** Institutions named by the role's own words or by its owner's words. */
  institutions: Institution[];
  /** Indices of the mentions inside the role that own it ("Putin's"), into the article's mentions. */
  owners: number[];
  /** The subset of `owners` that are people. */
  ownerPeople: number[];
  /** The owner's words (before the possessive), folded, or "". */
  ownerText: string;
}

const HEADS = new Map<string, string>();
for (const group of roleData.heads) for (const h of group) HEADS.set(h, group[0]);
const MAX_HEAD_WORDS = Math.max(...roleData.heads.flat().map((h) => h.split(' ').length));
const RANKS = new Set<string>(roleData.ranks);
const TEMPORAL = new Set<string>(roleData.temporalRanks);
const FIELDS = new Set<string>(roleData.fields);
const HONORIFICS = new Set<string>(roleData.honorifics);
const NEUTRAL = new Set<string>(roleData.neutral);
const INSTITUTIONS = new Map<string, Omit<Institution, 'words'>>();
for (const inst of roleData.institutions) {
  for (const w of inst.words) INSTITUTIONS.set(w, { country: inst.country, level: inst.level as Institution['level'], name: inst.name });
}
const MAX_INSTITUTION_WORDS = Math.max(...roleData.institutions.flatMap((i) => i.words).map((w) => w.split(' ').length));
const LEADER_HEADS = new Set<string>(roleData.leaderHeads);

interface RoleWord extends Span {
  w: string;
  /** The word as written, without a possessive ending. */
  o: string;
  /** True when the word ends with a possessive "'s". */
  possessive: boolean;
}

/**
 * Words of a role; a rank or a time word joined to the next word by a hyphen ("ex-deputy",
 * "then-president", "vice-chair") is read as two words, so it counts as the rank it is.
 */
function roleWords(text: string, span: Span): RoleWord[] {
  const words = wordsOf(text, span).flatMap((w) => {
    const m = /^([\p{L}]+)[-\u2010\u2011](\p{L}.*)$/u.exec(w.text);
    if (!m) return [w];
    const first = fold(m[1]);
    if (!RANKS.has(first) && !TEMPORAL.has(first)) return [w];
    const cut = w.start + m[1].length + 1;
    return [
      { start: w.start, end: w.start + m[1].length, text: m[1] },
      { start: cut, end: w.end, text: m[2] },
    ];
  });
  return words.map((w) => {
    let f = fold(w.text);
    const possessive = /'s$/.test(f) || (/s'$/.test(f) && f.length > 2);
    f = f.replace(/'s$/, '').replace(/'$/, '');
    const o = w.text.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');
    return { start: w.start, end: w.end, w: f, o, possessive };
  });
}

/** Finds institution phrases in a run of words, longest first; returns them and the indices they cover. */
function findInstitutions(words: RoleWord[]): { found: Institution[]; used: Set<number> } {
  const found: Institution[] = [];
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_INSTITUTION_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).map((x) => x.w).join(' ');
      const inst = INSTITUTIONS.get(phrase);
      if (inst) {
        found.push({ ...inst, words: words.slice(i, i + n).map((x) => x.o).join(' ') });
        for (let k = i; k < i + n; k++) used.add(k);
        i += n - 1;
        break;
      }
    }
  }
  return { found, used };
}

/**
 * Reads a role. `mentions` are the article's name spans, so that names inside the role
 * ("Vladimir Putin's") are read as its owner rather than as modifiers.
 */
export function parseRole(text: string, span: Span, mentions: readonly (Span & { kind?: string })[]): ParsedRole {
  const words = roleWords(text, span);
  // A word belongs to a mention when it starts inside it ("Trump's" belongs to "Trump").
  const inAnyMention = (w: Span) => mentions.findIndex((m) => w.start >= m.start && w.start < m.end);
  // Only people own a post; organisations and places inside a role ("Kremlin adviser") are read
  // as institutions or modifiers, and those that are neither as owners of their own.
  const inMention = (w: Span) => {
    const i = inAnyMention(w);
    if (i < 0) return -1;
    const m = mentions[i];
    if (m.kind === 'person') return i;
    return INSTITUTIONS.has(fold(text.slice(m.start, m.end)).replace(/'s$/, '')) ? -1 : i;
  };
  // The owner is everything up to the last possessive word; the post is what follows it.
  let split = -1;
  for (let i = 0; i < words.length - 1; i++) if (words[i].possessive) split = i;
  const ownerWords = words.slice(0, split + 1);
  // Courtesy titles ("Dr.") are not a post.
  let own = words.slice(split + 1).filter((w) => !HONORIFICS.has(w.w) && !HONORIFICS.has(`${w.w}.`));
  // "head of the fund": the post is the words before "of"; what follows says what it is about.
  const ofAt = own.findIndex((w, i) => i > 0 && (w.w === 'of' || w.w === 'for' || w.w === 'to'));
  let tail: RoleWord[] = [];
  if (ofAt > 0) {
    tail = own.slice(ofAt + 1);
    own = own.slice(0, ofAt);
  }
  // The head: the longest known head phrase ending the post's words, else its last word.
  let head = '';
  let headText = '';
  let headLen = 1;
  for (let n = Math.min(MAX_HEAD_WORDS, own.length); n >= 1; n--) {
    const phrase = own.slice(own.length - n).map((x) => x.w).join(' ');
    if (HEADS.has(phrase)) {
      head = HEADS.get(phrase)!;
      headText = phrase;
      headLen = n;
      break;
    }
  }
  if (!head && own.length) {
    headText = own[own.length - 1].w;
    head = headText;
  }
  const modifiers = own.slice(0, Math.max(0, own.length - headLen));
  const owners = new Set<number>();
  for (const w of [...ownerWords, ...modifiers, ...tail]) {
    const m = inMention(w);
    if (m >= 0) owners.add(m);
  }
  const ownerPeople = [...owners].filter((i) => mentions[i].kind === 'person' || mentions[i].kind === undefined);
  const mods = [...modifiers, ...tail].filter((w) => inMention(w) < 0);
  const ownInst = findInstitutions(mods);
  const ownerInst = findInstitutions(ownerWords.filter((w) => inMention(w) < 0 || INSTITUTIONS.has(w.w)));
  const ranks: string[] = [];
  const domain: string[] = [];
  mods.forEach((w, i) => {
    if (ownInst.used.has(i)) return;
    if (RANKS.has(w.w)) ranks.push(w.w);
    else if (FIELDS.has(w.w)) domain.push(w.w);
    // Everything else (neutral words, temporal ranks, other modifiers) says nothing about which post it is.
    else if (NEUTRAL.has(w.w) || TEMPORAL.has(w.w) || /^\d/.test(w.w)) return;
  });
  return {
    head,
    headText,
    ranks: [...new Set(ranks)].sort(),
    domain: [...new Set(domain)],
    institutions: [...ownInst.found, ...ownerInst.found],
    owners: [...owners],
    ownerPeople,
    ownerText: ownerWords.map((w) => w.w).join(' '),
  };
}

/** True when a parsed role names a leader post (a president, a prime minister) of a country. */
export function leaderInstitution(role: ParsedRole): Institution | null {
  if (!LEADER_HEADS.has(role.headText) && !LEADER_HEADS.has(role.head)) return null;
  if (role.ranks.length) return null;
  const inst = role.institutions.find((i) => i.level === 'state' || i.level === 'executive');
  if (!inst) return null;
  return { country: inst.country, level: 'executive', name: `the ${inst.name.replace(/^the /, '')} leadership`, words: inst.words };
}

/** How two roles of one person relate, with the reasons in words. */
export interface RoleComparison {
  relation: 'same' | 'compatible' | 'differs' | 'unrelated';
  reasons: string[];
  /**
   * For `differs`: one role is the other without a qualifier of rank ("sergeant" and "deputy
   * sergeant"), which outlets often drop to shorten a title, so the two may name one post.
   */
  shortened?: boolean;
  /** For `differs`: the roles differ only in the people they name as the one the post serves. */
  owners?: boolean;
  /** For `differs`: the roles tie the post to different organisations ("Hawks coach", "Falcons coach"). */
  employers?: boolean;
}

/**
 * Compares two roles of the same person. `ownerInstitutions` gives, for an owner mention's
 * entity, the institution that person leads (from the story), so "Putin's envoy" and
 * "Russian envoy" can be compared; `ownerEntities` are the owners' entity ids per role.
 */
export function compareRoles(
  a: ParsedRole,
  b: ParsedRole,
  aOwnerInst: Institution[],
  bOwnerInst: Institution[],
  aOwners: string[],
  bOwners: string[],
): RoleComparison {
  if (!a.head || a.head !== b.head) return { relation: 'unrelated', reasons: [] };
  const reasons: string[] = [];
  const rankA = a.ranks.join(' ');
  const rankB = b.ranks.join(' ');
  if (rankA !== rankB) {
    const only = (x: string[], y: string[]) => x.filter((r) => !y.includes(r));
    const ra = only(a.ranks, b.ranks);
    const rb = only(b.ranks, a.ranks);
    const say = (list: string[]) => (list.length ? `"${list.join(' ')} ${a.headText}"` : `"${a.headText}"`);
    // A title and its shortened form: every rank word of one is in the other.
    if (!ra.length || !rb.length) {
      const [full, short] = ra.length ? [a, b] : [b, a];
      const fullText = `"${full.ranks.join(' ')} ${a.headText}"`;
      const shortText = short.ranks.length ? `"${short.ranks.join(' ')} ${a.headText}"` : `"${a.headText}"`;
      return { relation: 'differs', shortened: true, reasons: [`${shortText} may be ${fullText} with its qualifier left out`] };
    }
    return { relation: 'differs', reasons: [`${say(ra)} is a different post from ${say(rb)}`] };
  }
  const instA = [...a.institutions, ...aOwnerInst];
  const instB = [...b.institutions, ...bOwnerInst];
  const countriesA = new Set(instA.map((i) => i.country));
  const countriesB = new Set(instB.map((i) => i.country));
  if (countriesA.size && countriesB.size && ![...countriesA].some((c) => countriesB.has(c))) {
    return { relation: 'differs', reasons: [`${instA[0].name} is not ${instB[0].name}`] };
  }
  if (a.ownerPeople.length && b.ownerPeople.length && aOwners.length && bOwners.length && !aOwners.some((o) => bOwners.includes(o))) {
    // Both roles belong to named people, and not to the same one.
    if (!(countriesA.size && countriesB.size)) return { relation: 'differs', owners: true, reasons: ['the roles name different people as the one the post serves'] };
  }
  if (a.domain.length && b.domain.length && !a.domain.some((d) => b.domain.includes(d))) {
    return { relation: 'differs', reasons: [`"${a.domain.join(' ')}" and "${b.domain.join(' ')}" describe different posts`] };
  }
  const same =
    a.domain.join(' ') === b.domain.join(' ') &&
    instA.map((i) => fold(i.words)).sort().join('|') === instB.map((i) => fold(i.words)).sort().join('|') &&
    a.ownerText === b.ownerText;
  if (same) return { relation: 'same', reasons: [] };
  // A role that only says less than the other ("President" and "U.S. President") needs no explanation.
  const bag = (r: ParsedRole, inst: Institution[]) => new Set([...r.domain, ...inst.map((i) => fold(i.words)), ...(r.ownerText ? [r.ownerText] : [])]);
  const bagA = bag(a, instA);
  const bagB = bag(b, instB);
  if ([...bagA].every((x) => bagB.has(x)) || [...bagB].every((x) => bagA.has(x))) return { relation: 'same', reasons: [] };
  // Say why differently worded roles agree.
  const wordsA = instA.map((i) => fold(i.words));
  const wordsB = instB.map((i) => fold(i.words));
  if (aOwners.length && bOwners.length && aOwners.some((o) => bOwners.includes(o))) {
    reasons.push('both tie the post to the same person');
  } else if (instA.length && instB.length && wordsA.join() !== wordsB.join()) {
    const ia = instA[0];
    const ib = instB.find((i) => i.country === ia.country) ?? instB[0];
    if (ia.level === ib.level) reasons.push(`"${ia.words}" and "${ib.words}" both refer to ${ia.name}`);
    else {
      const exec = ia.level === 'executive' ? ia : ib;
      const state = ia.level === 'executive' ? ib : ia;
      reasons.push(`"${exec.words}" stands for ${exec.name}, part of the government of ${state.name.replace(/^the government of /, '')} ("${state.words}")`);
    }
  }
  if (a.domain.join(' ') !== b.domain.join(' ')) {
    const more = a.domain.length > b.domain.length ? a : b;
    const less = more === a ? b : a;
    if (!less.domain.length) reasons.push(`"${more.domain.join(' ')} ${more.headText}" only says more than "${less.headText}"`);
    else reasons.push(`"${a.domain.join(' ')}" and "${b.domain.join(' ')}" overlap`);
  }
  if (!reasons.length) reasons.push('the wordings name the same post');
  return { relation: 'compatible', reasons };
}
