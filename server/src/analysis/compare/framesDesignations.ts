/**
 * What a named thing is said to be, where news states it in set phrases, read per article:
 * - the kind of a ship named with its navy's or registry's prefix: "the frigate INS Arvan",
 *   "patrol vessel USS Keel", "HMS Tamar, a destroyer," (`data/designations.json`);
 * - the titles a person holds, as a list of the bodies that award them: "Ann Lee retained her
 *   WBA, IBF and WBO titles", held by the first person its sentence names before the list.
 * The lexicons are `data/designations.json`. Each pattern is a bounded regular expression
 * matched once over the text, and each title list looks back over its own sentence only:
 * linear in the text. `alignDesignations.ts` compares what outlets say.
 */
import type { Mention, Sentence, Span } from '../types';
import data from '../data/designations.json';

/** One article's statement of what kind of ship a named ship is. */
export interface LocalShipClass {
  /** The ship's prefix and name, lower case ("ins arvan"). */
  ship: string;
  /** The ship's name as written ("INS Arvan"). */
  name: string;
  /** The kind of ship, lower case ("frigate"), or a generic word ("warship"). */
  kind: string;
  span: Span;
  text: string;
}

/** One article's list of the titles a named person holds. */
export interface LocalTitleList {
  /** Index of the holder's mention. */
  holder: number;
  /** The bodies that award the titles, in capitals, in the order written ("WBA", "IBF"). */
  bodies: string[];
  /** The weight class or division the list names ("heavyweight"), or null. */
  division: string | null;
  span: Span;
  text: string;
}

const byLength = (a: string, b: string) => b.length - a.length;
/** A word or phrase in either case of its first letter ("[Ff]rigate"), its spaces and hyphens as written or either. */
const anyCase = (w: string) =>
  w
    .split(/([ -])/)
    .map((part) => (part === ' ' || part === '-' ? '[ \\t-]{1,2}' : part ? `[${part[0].toUpperCase()}${part[0].toLowerCase()}]${part.slice(1)}` : ''))
    .join('');
const PREFIXES = data.shipPrefixes.join('|');
const KINDS = [...data.shipClasses, ...data.genericShips].sort(byLength);
const KIND_ALT = KINDS.map(anyCase).join('|');
/** A ship's name after its prefix: one to three capitalised words. */
const SHIP_NAME = `(?:${PREFIXES})[ \\t]{1,2}\\p{Lu}[\\p{L}'\\u2019-]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'\\u2019-]*){0,2}`;
/** What both patterns below hold: a prefix and the capital that opens the ship's name. */
const PREFIXED_NAME = new RegExp(`(?:${PREFIXES})[ \\t]{1,2}\\p{Lu}`, 'u');
/** "frigate INS Arvan", "the patrol vessel INS Arvan". */
const KIND_BEFORE = new RegExp(`(?<![\\p{L}-])(${KIND_ALT})[ \\t]{1,2}(${SHIP_NAME})`, 'gu');
/** "INS Arvan, a frigate of the Eastern Fleet,", "INS Arvan, the navy's patrol vessel,". */
const KIND_AFTER = new RegExp(`(?<![\\p{L}])(${SHIP_NAME}),[ \\t]{1,2}(?:a|an|the)[ \\t]{1,2}(?:[\\p{L}'\\u2019.-]+[ \\t]{1,2}){0,3}?(${KIND_ALT})(?![\\p{L}-])`, 'gu');

const TITLE_HEADS = [...data.titleHeads].sort(byLength).join('|');
const TITLE_MODIFIERS = [...data.titleModifiers].sort(byLength).map((m) => m.replace(/[ -]/g, '[ \\t-]')).join('|');
const BODY = '\\p{Lu}{2,6}';
/** "his WBA, IBF and WBO heavyweight titles", "the IBF, WBO, WBA & IBO world titles". */
const TITLE_LIST = new RegExp(
  `\\b(?:his|her|their|the)[ \\t]{1,2}(${BODY}(?:,[ \\t]{1,2}${BODY})*,?[ \\t]{1,2}(?:and|&)[ \\t]{1,2}${BODY})((?:[ \\t]{1,2}(?:${TITLE_MODIFIERS}))*)[ \\t]{1,2}(?:${TITLE_HEADS})\\b`,
  'gu',
);
/** The weight class or division among the words before the head ("heavyweight"). */
const DIVISION = /\b((?:super|light|junior|cruiser|welter|middle|bantam|feather|fly|straw|minimum|heavy)[\p{L} -]*weight)\b/iu;

/** The kinds of ship the article gives named ships. */
export function extractShipClasses(text: string): LocalShipClass[] {
  const out: LocalShipClass[] = [];
  const push = (kind: string, name: string, start: number, end: number) => {
    const clean = name.replace(/[ \t]+/g, ' ').replace(/['\u2019]s$/, '');
    out.push({ ship: clean.toLowerCase(), name: clean, kind: kind.toLowerCase().replace(/[ \t-]+/g, (x) => (x.includes('-') ? '-' : ' ')), span: { start, end }, text: text.slice(start, end) });
  };
  // Most articles name no ship by its prefix: the two long patterns are not tried on them.
  if (!PREFIXED_NAME.test(text)) return out;
  for (const m of text.matchAll(KIND_BEFORE)) push(m[1], m[2], m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(KIND_AFTER)) push(m[2], m[1], m.index!, m.index! + m[0].length);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The lists of titles the article says named people hold. */
export function extractTitleLists(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): LocalTitleList[] {
  const out: LocalTitleList[] = [];
  let si = 0;
  let mi = 0;
  for (const m of text.matchAll(TITLE_LIST)) {
    const at = m.index!;
    while (si < sentences.length && sentences[si].end <= at) si++;
    const sentenceStart = si < sentences.length ? sentences[si].start : 0;
    // The holder: the first person named in the list's sentence before it, its subject ("Ann
    // Lee stopped Eva Ross to keep her titles").
    while (mi < mentions.length && mentions[mi].end <= at) mi++;
    let holder = -1;
    for (let k = mi - 1; k >= 0 && mentions[k].start >= sentenceStart; k--) if (mentions[k].kind === 'person') holder = k;
    if (holder < 0) continue;
    const bodies = m[1].split(/,?[ \t]{1,2}(?:and|&)[ \t]{1,2}|,[ \t]{1,2}/).filter(Boolean);
    if (new Set(bodies).size !== bodies.length) continue;
    const division = DIVISION.exec(m[2] ?? '');
    const start = at + m[0].indexOf(m[1]);
    const end = at + m[0].length;
    out.push({ holder, bodies, division: division ? division[1].toLowerCase().replace(/[ \t-]+/g, '') : null, span: { start, end }, text: text.slice(start, end) });
  }
  return out;
}
