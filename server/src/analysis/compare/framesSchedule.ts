/**
 * What happened to a scheduled event, as an article reports it: called off ("the show was
 * canceled", "the match has been called off") or moved to a later time ("the ceremony, which was
 * twice delayed", "the vote was postponed"). The event is a noun of a scheduled event ("show",
 * "match", "election", "flight") before the verb in its clause, or a relative "which"/"that"
 * after one. A negation ("was not canceled") or a plan or a guess ("could be postponed") is not
 * read. Each sentence is read once within a bounded window: linear in the text.
 * `alignSchedule.ts` compares what outlets say.
 */
import type { Mention, Span } from '../types';
import { firstFrom } from './framesCommon';
import { stem } from './claimsText';

/** One article's report that a scheduled event was called off or put off. */
export interface LocalScheduleChange {
  /** Called off, or moved to a later time. */
  change: 'cancelled' | 'postponed';
  /** The event's noun ("show", "match"). */
  event: string;
  /** From the event's noun to the end of the verb. */
  span: Span;
  text: string;
  /** Indexes of the article's mentions inside the sentence. */
  mentions: number[];
  /** Years written in the sentence ("in 2001"). */
  years: string[];
  /** The capitalised words of the sentence after its first word, by stem ("emmi" → "Emmys"). */
  names: Record<string, string>;
}

/** Nouns of events held at a set time. */
const EVENTS = 'show|shows|ceremony|ceremonies|awards|gala|telecast|broadcast|concert|concerts|festival|game|games|match|matches|fixture|race|tournament|election|elections|vote|referendum|poll|meeting|summit|conference|hearing|trial|sentencing|launch|flight|flights|parade|march|rally|event|events|tour|premiere|performance|wedding|funeral|visit|talks|debate|season|opening';
const CHANGE_OF: Record<string, LocalScheduleChange['change']> = {
  canceled: 'cancelled', cancelled: 'cancelled', 'called off': 'cancelled', scrapped: 'cancelled', axed: 'cancelled', scrubbed: 'cancelled', abandoned: 'cancelled',
  postponed: 'postponed', delayed: 'postponed', 'put off': 'postponed', 'pushed back': 'postponed', rescheduled: 'postponed', 'moved back': 'postponed',
};
const ADVERBS = '(?:[ \\t]{1,2}(?:twice|again|later|then|eventually|also|initially|first|repeatedly|subsequently|officially|ultimately|indefinitely|already|since|now))*';
/** A passive of calling off or putting off: "was canceled", "has been twice delayed". */
const CHANGED = new RegExp(
  `\\b(?:was|were|is|are|has[ \\t]{1,2}been|have[ \\t]{1,2}been|had[ \\t]{1,2}been|got|is[ \\t]{1,2}being|was[ \\t]{1,2}being)${ADVERBS}[ \\t]{1,2}(canceled|cancelled|called[ \\t]{1,2}off|scrapped|axed|scrubbed|abandoned|postponed|delayed|put[ \\t]{1,2}off|pushed[ \\t]{1,2}back|rescheduled|moved[ \\t]{1,2}back)\\b`,
  'gi',
);
/** The last event before the verb: its noun, then at most a few words (a relative "which"). */
const EVENT_BEFORE = new RegExp(`^[^]*\\b(${EVENTS})\\b([^.;:!?]{0,60})$`, 'i');
const NEGATED = /\b(?:not|never|n['\u2019]t|no)\b/i;
/** A guess, a plan or a condition before the verb: no report that it happened. */
const UNSURE = /\b(?:could|might|may|would|should|will|if|unless|whether|threat(?:en(?:ed|s)?)?|risk|fears?)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
const CAPITALISED = /(?<=[ \t(\u201c"'])\p{Lu}[\p{L}'\u2019-]+/gu;

/** The capitalised words of a sentence after its first word, by stem. */
function namesOf(part: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of part.match(CAPITALISED) ?? []) {
    const bare = w.replace(/['\u2019]s?$/, '');
    out[stem(bare.toLowerCase())] ??= bare;
  }
  return out;
}

/** The scheduled events an article reports called off or put off. Never throws; linear in the text. */
export function extractScheduleChanges(text: string, sentences: readonly Span[], mentions: readonly Mention[], bodyStart = 0): LocalScheduleChange[] {
  const out: LocalScheduleChange[] = [];
  for (const sentence of sentences) {
    if (sentence.end <= bodyStart) continue;
    const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
    if (!/(?:cancel|called off|scrapped|axed|scrubbed|abandoned|postpon|delayed|put off|pushed back|reschedul|moved back)/i.test(part)) continue;
    CHANGED.lastIndex = 0;
    for (let m = CHANGED.exec(part); m; m = CHANGED.exec(part)) {
      const before = part.slice(Math.max(0, m.index - 80), m.index);
      const ev = EVENT_BEFORE.exec(before);
      if (!ev) continue;
      // The words between the event and the verb: nothing that makes the verb another's
      // ("the show's host was delayed"), no negation, no guess.
      const gap = ev[2];
      if (/['\u2019]s\b/.test(gap.slice(0, 3)) || NEGATED.test(gap + m[0]) || UNSURE.test(gap)) continue;
      // A long gap must be a relative clause on the event ("the awards in 2001, which was").
      if (gap.trim().split(/\s+/).filter(Boolean).length > 3 && !/,[ \t]{1,2}(?:which|that)[ \t]{1,2}$/i.test(gap)) continue;
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const change = CHANGE_OF[word];
      if (!change) continue;
      const start = sentence.start + m.index - ev[1].length - ev[2].length;
      const end = sentence.start + m.index + m[0].length;
      const inSentence: number[] = [];
      for (let i = firstFrom(mentions, sentence.start); i < mentions.length && mentions[i].start < sentence.end; i++) inSentence.push(i);
      out.push({ change, event: ev[1].toLowerCase(), span: { start, end }, text: text.slice(start, end), mentions: inSentence, years: [...new Set(part.match(YEAR) ?? [])], names: namesOf(part) });
    }
  }
  return out;
}
