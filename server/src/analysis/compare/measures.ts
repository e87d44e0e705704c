/**
 * What a percentage measures. A percentage alone ("93 percent") says nothing of what it is a
 * share of, so the unit alignment leaves percentages out; it compares one when its sentence
 * names the measure:
 * - the subject of a verb that states a level: "turnout reached 93.8 percent", "the jobless
 *   rate was 5%", "support for the plan stood at 40 per cent" (the head noun before the verb,
 *   or before the preposition that follows it, with the nouns that modify it);
 * - the group it is a share of, with what the group did: "40 percent of residents oppose the
 *   plan"; the share of the electorate that voted is the turnout ("90 percent of eligible voters
 *   had participated" measures what "turnout reached 93 percent" does).
 * A change ("rose by 5 percent", "fell 5 percent") is not a level and gets no measure. Reads
 * only the words of the sentence next to the number; pure, never throws.
 */
import type { Span } from '../types';
import { fold, stem, wordsOf, type Word } from './claimsText';
import { lemmaOf, relatePredicates } from './events';
import wordData from '../data/rulesWords.json';

/** What a percentage is a share of. */
export interface Measure {
  /** `level` for the subject of a level ("turnout was"), `share` for "N percent of <group> <verb>". */
  kind: 'level' | 'share';
  /** The head noun's stem ("turnout", "voter"). */
  head: string;
  /** Stems of the words that modify the head ("jobless" in "the jobless rate"). */
  modifiers: string[];
  /** Stems of the words of a phrase that narrows it ("in Egypt", "between the continents"), sorted. */
  scope: string[];
  /** For a share, the verb the group is the subject of, as written ("participated"). */
  predicate?: string;
}

const STOP = new Set<string>(wordData.stopwords);
/** Verbs (with the preposition they take) that state the level of their subject. */
const LEVEL_VERB = /(?:^|\s)(?:is|was|are|were|(?:has|have|had) been|stands? at|stood at|reached|reaches|hit|hits|(?:rose|risen|rises|climbed|climbs|fell|fallen|falls|dropped|drops|jumped|jumps|grew|grown|grows|increased|decreased) to|at)$/i;
/** Hedges that may stand between the verb and the number. */
const HEDGE = new Set(Object.keys(wordData.hedges).flatMap((h) => h.split(' ')).concat(['only', 'just', 'exactly', 'precisely', 'a', 'record', 'mere']));
/** Prepositions after a head noun that open what it is of ("support for the plan"). */
const PREPOSITIONS = new Set(['of', 'for', 'in', 'among', 'on', 'across', 'at']);
/** Auxiliaries between a group and what it did ("voters had participated"). */
const AUX = new Set(['had', 'have', 'has', 'were', 'are', 'was', 'is', 'would', 'will', 'did', 'do', 'does', 'could', 'may', 'might', 'also', 'still', 'not', 'never', 'already']);

/** The share of an electorate that voted, which is the turnout (see `turnout` in `rulesWords.json`). */
const TURNOUT = {
  groups: new Set<string>(wordData.turnout.groups),
  modifiers: new Set<string>(wordData.turnout.groupModifiers),
  acts: new Set<string>(wordData.turnout.acts),
  notAfter: wordData.turnout.notAfter.map((w) => w.split(' ')),
};

/** True when `w` is a voting act after an electorate noun ("voters cast"), which the tagger may not read as a verb. */
const votes = (group: readonly Word[], w: Word) => TURNOUT.groups.has(fold(group[group.length - 1].text)) && TURNOUT.acts.has(lemmaOf(w.text, 'verb'));

/**
 * True when the group of a share is the electorate ("eligible voters") and what it did is
 * voting ("participated", "took part", "turned out", "cast ballots"), not voting for one side
 * ("voted for the plan"): the share is then the turnout. `at` is the index of the verb in `after`.
 */
function votedShare(group: readonly Word[], after: readonly Word[], at: number): boolean {
  const head = group[group.length - 1];
  if (!TURNOUT.groups.has(fold(head.text)) || group.slice(0, -1).some((w) => !TURNOUT.modifiers.has(fold(w.text)))) return false;
  const verb = after[at];
  if (!verb) return false;
  const base = lemmaOf(verb.text, 'verb');
  const particle = after[at + 1] ? fold(after[at + 1].text) : '';
  const phrase = TURNOUT.acts.has(`${base} ${particle}`);
  if (!phrase && !TURNOUT.acts.has(base)) return false;
  // "for" or "against" a little further on ("cast their ballots for the mayor") makes it a vote share too.
  const next = after.slice(at + (phrase ? 2 : 1), at + (phrase ? 6 : 5)).map((w) => fold(w.text));
  return !TURNOUT.notAfter.some((words) => next.some((_, j) => j < 3 && words.every((w, k) => next[j + k] === w)));
}

/** Prepositions whose phrase narrows a measure ("turnout in the capital", "traffic with India"). */
const SCOPE_PREPOSITIONS = new Set(['in', 'with', 'to', 'from', 'between', 'across', 'among', 'at', 'within', 'outside', 'for']);

/** The content stems of the phrase that `words[at]`, a preposition, opens, up to the next word that is not part of it. */
function scopeFrom(words: readonly Word[], at: number, text: string, isVerb: (w: Word) => boolean): string[] {
  const out: string[] = [];
  for (let i = at + 1; i < words.length && i <= at + 4; i++) {
    const w = words[i];
    if (!isWord(w) || /[,;:()]/.test(text.slice(words[i - 1].end, w.start)) || isVerb(w) || AUX.has(fold(w.text))) break;
    if (content(w)) out.push(stem(w.text));
    else if (out.length) break;
  }
  return [...new Set(out)].sort();
}

const isWord = (w: Word | undefined): w is Word => !!w && /^[\p{L}][\p{L}'’-]*$/u.test(w.text);
const content = (w: Word) => !STOP.has(fold(w.text)) && !/^\d/.test(w.text);

/**
 * The measure of a percentage whose number spans `number` and whose words (number, sign or word
 * "percent") end at `end`, read inside `sentence`; `isVerb` tells the tagger's verbs. Null when
 * the sentence does not name one.
 */
export function percentMeasure(text: string, sentence: Span, number: Span, end: number, isVerb: (w: Word) => boolean): Measure | null {
  const before = wordsOf(text, { start: Math.max(sentence.start, number.start - 120), end: number.start });
  // Hedges right before the number ("almost 90%").
  let k = before.length;
  // "at" is a hedge only in "at least" and "at most"; before the number alone it belongs to the
  // verb ("stood at 62 percent", "put turnout at 62 percent").
  const hedgeAt = (i: number) => {
    const w = fold(before[i].text);
    return HEDGE.has(w) && (w !== 'at' || /^(?:least|most)$/i.test(before[i + 1]?.text ?? ''));
  };
  while (k > 0 && hedgeAt(k - 1)) k--;
  const lead = k > 0 ? text.slice(Math.max(sentence.start, before[Math.max(0, k - 3)].start), before[k - 1].end) : '';
  const verb = LEVEL_VERB.exec(lead);
  if (verb) {
    // The words before the verb, back to a clause boundary or punctuation.
    const verbStart = before[k - 1].end - (verb[0].length - (verb[0].startsWith(' ') ? 1 : 0));
    const np: Word[] = [];
    for (let i = k - 1; i >= 0 && np.length < 6; i--) {
      const w = before[i];
      if (w.end > verbStart) continue;
      const gap = text.slice(w.end, np.length ? np[0].start : verbStart);
      if (/[,;:()"“”]/.test(gap) || !isWord(w)) break;
      const f = fold(w.text);
      if (wordData.clauseBoundaries.includes(f)) break;
      // The verb of the clause ends the phrase ("the commission put turnout at 62 percent").
      if (np.length && isVerb(w)) break;
      np.unshift(w);
    }
    // The head: the last word before the first preposition, else the last word.
    let headAt = np.length - 1;
    const prep = np.findIndex((w) => PREPOSITIONS.has(fold(w.text)));
    if (prep > 0) headAt = prep - 1;
    const head = np[headAt];
    if (!head || !content(head) || (/^\p{Lu}/u.test(head.text) && head.start !== sentence.start)) return null;
    const modifiers = np.slice(0, headAt).filter(content).map((w) => stem(w.text));
    const scope = prep > 0 ? scopeFrom(np, prep, text, isVerb) : [];
    return { kind: 'level', head: stem(head.text), modifiers, scope };
  }
  // "N percent of [the] [eligible] voters [had] participated".
  const after = wordsOf(text, { start: end, end: Math.min(sentence.end, end + 120) });
  if (!after.length || fold(after[0].text) !== 'of' || /[,;:]/.test(text.slice(end, after[0].start))) return null;
  let i = 1;
  const group: Word[] = [];
  let last = 0;
  for (; i < after.length && group.length < 5; i++) {
    const w = after[i];
    if (!isWord(w) || /[,;:()]/.test(text.slice(after[i - 1].end, w.start))) break;
    const f = fold(w.text);
    if (AUX.has(f) || (group.length && (isVerb(w) || votes(group, w)))) break;
    if (STOP.has(f) || /['’]s$/.test(w.text)) {
      if (group.length) break;
      continue;
    }
    group.push(w);
    last = i;
  }
  if (!group.length) return null;
  // What the group did: the verb after it, past any auxiliaries ("had participated").
  for (; i < after.length && AUX.has(fold(after[i].text)); i++);
  const predicate = i < after.length && (isVerb(after[i]) || (group.length && votes(group, after[i]))) ? after[i].text : undefined;
  const head = group[group.length - 1];
  // A phrase that narrows the group, before what it did: "of web services in Egypt".
  let scope: string[] = [];
  for (let j = last + 1; j < after.length && j <= last + 6; j++) {
    const w = after[j];
    const f = fold(w.text);
    if (/[,;:()]/.test(text.slice(after[j - 1].end, w.start)) || AUX.has(f) || isVerb(w) || votes(group, w)) break;
    if (SCOPE_PREPOSITIONS.has(f)) {
      scope = scopeFrom(after, j, text, isVerb);
      break;
    }
  }
  // The share of the electorate that voted is the turnout, whichever way it is worded.
  if (predicate && votedShare(group, after, i)) return { kind: 'level', head: stem('turnout'), modifiers: [], scope };
  return { kind: 'share', head: stem(head.text), modifiers: [], scope, ...(predicate ? { predicate } : {}) };
}

/** The key a measured percentage is indexed under: two measures `sameMeasure` accepts share it. */
export function measureKey(m: Measure): string {
  return `percent ${m.kind === 'share' ? 'of ' : ''}${m.head}`;
}

/**
 * True when two measures name one thing: the same head, no modifiers that tell them apart
 * ("jobless rate", "inflation rate"), the same narrowing phrase or none ("in Egypt"; "traffic
 * with India" is not "traffic between the continents"), and for shares of a group, what the group did is one act
 * ("participated", "took part"), or neither says.
 */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.kind !== b.kind || a.head !== b.head) return false;
  if (a.modifiers.length && b.modifiers.length && !a.modifiers.some((m) => b.modifiers.includes(m))) return false;
  if (a.scope.length !== b.scope.length || a.scope.some((x, i) => x !== b.scope[i])) return false;
  if (!a.predicate !== !b.predicate) return false;
  if (a.predicate && b.predicate && !relatePredicates({ word: a.predicate, pos: 'verb' }, { word: b.predicate, pos: 'verb' })) return false;
  return true;
}
