/**
 * Descriptions of people: "the gunman", "the port's spokeswoman", "the former mayor". News
 * names a person once and then goes on with a description, and an outlet that never names the
 * person may use only the description. A description is tied to a name where the text says so:
 * it is the role of an apposition or a title ("Ann Lee, the port's spokeswoman,"; "the
 * spokeswoman, Ann Lee,"; "the gunman, identified as John Doe", see `roles.ts`), or it repeats
 * the head noun of such a role, when the article ties that noun to one person only ("the
 * spokeswoman said" after "Ann Lee, the port's spokeswoman,"). Other descriptions stay untied:
 * the story may tie them across articles (`compare/linkDescriptions.ts`).
 */
import type { Description, Mention, Role } from '../types';
import type { ArticleContext } from './context';
import type { Token } from '../text/tokens';
import { TITLE_HEADS } from '../data/titles';

/**
 * The word that opens a definite description. A demonstrative ("that deputy") points back at the
 * description before it rather than at a name, so it opens none.
 */
const DETERMINERS = new Set(['the']);
/**
 * Modifiers that pick one of several people described alike ("the second deputy", "the new
 * coach", "another officer"): such a description may be someone else than the named one.
 */
const SELECTORS = new Set('first|second|third|fourth|fifth|sixth|other|another|fellow|next|previous|new|last|latest|later|earlier|same|only|interim|acting'.split('|'));
/** Most words between the determiner and the head ("the slain sheriff's deputy"). */
const MAX_MODIFIERS = 4;
/** Nouns for people in the news that are not titles ("the shooter", "the driver"). */
const EVENT_HEADS = new Set(
  'shooter|attacker|assailant|killer|driver|robber|gunwoman|hostage|survivor|passenger|motorist|pedestrian|bystander|intruder|burglar|arsonist|bomber|hijacker|kidnapper|fugitive|escapee|prisoner|detainee|accused|deceased'.split('|'),
);
/**
 * Title heads that are not descriptions of one person on their own: courtesy and family words,
 * which describe a person only through another ("the mother", "the wife"); words that are
 * mostly something else in lower case ("the count", "the general", "the head", "the guard",
 * "the speaker"); and groups ("the member", "the resident", "the student").
 */
const NOT_DESCRIPTIONS = new Set(
  ('mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|hon|honourable|honorable|father|brother|sister|uncle|aunt|mother|grandmother|grandfather|' +
    'son|daughter|wife|husband|widow|nephew|niece|cousin|grandson|granddaughter|partner|girlfriend|boyfriend|fiancé|fiancee|fiance|' +
    'son-in-law|daughter-in-law|father-in-law|mother-in-law|brother-in-law|sister-in-law|stepson|stepdaughter|ally|' +
    'count|general|major|private|head|guard|tackle|receiver|star|speaker|chair|member|resident|student|official|principal|' +
    'representative|delegate|executive|leader|candidate|champion|player|writer|author|artist|owner|investor|witness|agent')
    .split('|'),
);
/** Words after a head that narrow the description down: a complement or a restrictive clause. */
const QUALIFIERS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'who', 'whom', 'whose', 'that', 'which']);
/** Words that say a person is not named ("declined to be named", "on condition of anonymity"). */
const ANONYMITY = /^(?:anonymity|unnamed|unidentified|anonymous|named|identified|identify|name)$/;
/** How far after a description an anonymity cue may stand, in tokens. */
const ANONYMITY_REACH = 12;

/**
 * True when the words after the head at `h`, within its sentence, say the person is not named:
 * "the spokesman, who declined to be named", "who spoke on condition of anonymity", "who asked
 * not to be identified".
 */
function anonymous(tokens: readonly Token[], h: number): boolean {
  let negation = false;
  for (let k = h + 1; k < tokens.length && k - h <= ANONYMITY_REACH && tokens[k].sentence === tokens[h].sentence; k++) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'declined' || w === 'not' || w === 'refused' || w === "n't") negation = true;
    if (!ANONYMITY.test(w)) continue;
    if (w === 'anonymity' || w === 'unnamed' || w === 'unidentified' || w === 'anonymous' || negation) return true;
  }
  return false;
}

/** Prepositions that end a role's head ("director of the Bureau"). */
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'in', 'to', 'from']);
const POSSESSIVE = /^['\u2019]s?$/;

/** True for a word that can head a description of a person. */
export function isDescriptionHead(lower: string): boolean {
  return (TITLE_HEADS.has(lower) || EVENT_HEADS.has(lower)) && !NOT_DESCRIPTIONS.has(lower) && /^\p{Ll}[\p{Ll}-]+$/u.test(lower);
}

/**
 * The head noun of a role, lower case: the last head word before a preposition ("director" in
 * "acting director of the Bureau", "mayor" in "ex-mayor", "spokeswoman" in "the port's
 * spokeswoman"), or null when the role has none that can describe a person.
 */
export function roleHead(role: string): string | null {
  let head: string | null = null;
  for (const raw of role.toLowerCase().replace(/\u2019/g, "'").split(/\s+/)) {
    const word = raw.replace(/'s?$/, '');
    if (ROLE_PREPOSITIONS.has(word) && head) break;
    const last = word.slice(word.lastIndexOf('-') + 1);
    if (isDescriptionHead(word)) head = word;
    else if (isDescriptionHead(last)) head = last;
  }
  return head;
}

/** Finds the descriptions of people in an article and ties each to a name where the text does. */
export function extractDescriptions(ctx: ArticleContext, mentions: Mention[], roles: Role[]): Description[] {
  const tokens = ctx.tokens;
  if (!tokens.length) return [];
  const text = ctx.text;
  // The head noun of each role, and the people each head is given to (by their names' keys).
  const roleHeads = roles.map((r) => roleHead(r.text));
  const peopleByHead = new Map<string, Map<string, number>>();
  roles.forEach((r, i) => {
    const head = roleHeads[i];
    const m = mentions[r.mention];
    if (!head || !m) return;
    let people = peopleByHead.get(head);
    if (!people) peopleByHead.set(head, (people = new Map()));
    const key = m.key || m.text.toLowerCase();
    if (!people.has(key)) people.set(key, r.mention);
  });
  const out: Description[] = [];
  let m = 0;
  let r = 0;
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    let lower = head.text.toLowerCase();
    const prev = tokens[h - 1];
    // A title of two words ends the description ("the attorney general", "the surgeon general").
    const compound = /^\p{Ll}/u.test(head.text) && TITLE_HEADS.has(lower) && prev.sentence === head.sentence && isDescriptionHead(prev.text.toLowerCase());
    if (compound) lower = `${prev.text.toLowerCase()} ${lower}`;
    else if (!isDescriptionHead(lower) || head.pos === 'VERB' || head.pos === 'ADJ') continue;
    // Not part of a name, not the first part of a compound ("the suspect vehicle"), not an owner
    // ("the gunman's car"), not a title before a name ("the spokeswoman Ann Lee" is a role).
    while (m < mentions.length && mentions[m].end <= head.start) m++;
    if (m < mentions.length && mentions[m].start < head.end) continue;
    const next = tokens[h + 1];
    let qualified = false;
    if (next && next.sentence === head.sentence) {
      if (POSSESSIVE.test(next.text) && next.start === head.end) continue;
      if (/^[-\u2010\u2011]$/.test(next.text) && next.start === head.end) continue;
      if (/^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'PROPN' || TITLE_HEADS.has(next.text.toLowerCase()))) continue;
      if (next.start - head.end <= 1 && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN') continue;
      // Words that narrow the description down ("the governor of California", "the officer who
      // fired") may name someone else than the person the same head describes elsewhere.
      qualified = QUALIFIERS.has(next.text.toLowerCase());
    }
    // A person the text says it does not name ("the spokesman, who declined to be named").
    if (anonymous(tokens, h)) continue;
    // Back to the determiner over lower-case modifiers and a possessive common noun.
    let d = (compound ? h - 1 : h) - 1;
    let steps = 0;
    while (d >= 0 && steps < MAX_MODIFIERS && tokens[d].sentence === head.sentence && !DETERMINERS.has(tokens[d].text.toLowerCase())) {
      const t = tokens[d];
      if (!(/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || POSSESSIVE.test(t.text) || t.text === '-')) break;
      if (ROLE_PREPOSITIONS.has(t.text) || (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.text)) || t.pos === 'AUX' || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'CCONJ' || t.pos === 'ADP') break;
      d--;
      steps++;
    }
    if (d < 0 || tokens[d].sentence !== head.sentence || !DETERMINERS.has(tokens[d].text.toLowerCase())) continue;
    const start = tokens[d].start;
    // An owner ("the company's president") or a selector ("the second deputy") narrows it down too.
    for (let k = d + 1; k < h && !qualified; k++) qualified = POSSESSIVE.test(tokens[k].text) || SELECTORS.has(tokens[k].text.toLowerCase());
    // Tied by the text: a role of a name covers the head.
    while (r < roles.length && roles[r].end <= head.start) r++;
    let mention: number | null = null;
    for (let k = r; k < roles.length && roles[k].start <= head.start; k++) {
      if (roles[k].end >= head.end && roleHeads[k] === lower) mention = roles[k].mention;
    }
    // Tied by the article: the head of roles the article gives to one person only.
    if (mention === null && !qualified) {
      const people = peopleByHead.get(lower);
      if (people && people.size === 1) mention = [...people.values()][0];
    }
    // A qualified description the text does not tie stays out: nothing else may tie it.
    if (mention === null && qualified) continue;
    out.push({ start, end: head.end, text: text.slice(start, head.end), head: lower, mention });
  }
  return out;
}
