/**
 * How the authorities class an incident, as an article reports it: "the fire is being treated as
 * suspicious", "police are treating the blaze as “potentially suspicious”", "the death was ruled
 * a suicide", "is not being treated as suspicious". The incident is the noun of its kind the
 * classing verb acts on (its object, or the nearest noun of an incident before it in the
 * sentence: "the fire, which is being treated as …"); a pronoun ("It is being treated as …")
 * names none and is left alone. Plans and speculation ("could be ruled a homicide") are not a
 * class. The lexicon is `data/incidentLabels.json`. Each sentence is read once within bounded
 * windows: linear in the text. `alignIncidentLabels.ts` compares what outlets say.
 */
import type { Sentence, Span } from '../types';
import data from '../data/incidentLabels.json';

/** One article's statement of how an incident is classed. */
export interface LocalIncidentLabel {
  /** The kind of incident the classed noun names ("fire", "death"). */
  incident: string;
  /** The class ("suspicious", "murder", "not-suspicious"). */
  label: string;
  /** The word that softens it ("potentially"), or null. */
  hedge: string | null;
  /** True when the article says it is not so classed ("is not being treated as a hate crime"). */
  negated: boolean;
  /** From the classing verb to the end of the label. */
  span: Span;
  text: string;
  /** Indexes of the article's mentions inside the sentence. */
  mentions: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ \\t-]{1,2}');
const byLength = (a: string, b: string) => b.length - a.length;
const LABEL_OF = new Map<string, string>();
for (const [label, words] of Object.entries(data.labels)) for (const w of words) LABEL_OF.set(w.toLowerCase(), label);
const INCIDENT_OF = new Map<string, string>();
for (const [incident, words] of Object.entries(data.incidents)) for (const w of words) INCIDENT_OF.set(w, incident);
const WITH_AS = new Set(data.verbsWithAs);
const VERB = new RegExp(`\\b(${[...data.verbsWithAs, ...data.verbsDirect].sort(byLength).join('|')})\\b`, 'gi');
const QUOTE = `["\\u201c\\u2018']?`;
/** After the verb (and "as"): an article, a quotation mark, a hedge, the label and its closing mark. */
const LABEL = new RegExp(
  `^(?:(?:a|an)[ \\t]{1,2})?${QUOTE}(?:(${data.hedges.join('|')})[ \\t]{1,2})?${QUOTE}(${[...LABEL_OF.keys()].sort(byLength).map(escape).join('|')})(?![\\w-])["\\u201d\\u2019']?`,
  'i',
);
/** The word after a label, which may make it part of a noun phrase of another thing ("a murder suspect"). */
const NEXT_WORD = /^[ \t]{1,2}([a-z]+)/i;
const NOT_AFTER = new Set(data.notAfter);
/** What stands between a verb that takes "as" and the "as": its object or its agent, within the clause. */
const UNTIL_AS = /^([^.;:!?]{0,120}?)\bas[ \t]{1,2}/i;
/** What stands between a verb that takes its label directly and the label: "ruled [the death] a suicide". */
const UNTIL_DIRECT = /^((?:[ \t]{1,2}(?:it|this|that|the[ \t]{1,2}[a-z]+|her[ \t]{1,2}[a-z]+|his[ \t]{1,2}[a-z]+))?)[ \t]{1,2}/i;
const NEGATION = /\b(?:not|never|no[ \t]{1,2}longer|n['\u2019]t)\b/i;
const SPECULATION = /\b(?:will|would|could|can|may|might|should|must|expected[ \t]{1,2}to|likely[ \t]{1,2}to|whether|if)\b/i;
const WORD = /[a-z]+/gi;

/** The kind of incident the last noun of one in `s` names, or null. */
function lastIncident(s: string): string | null {
  let found: string | null = null;
  for (const m of s.matchAll(WORD)) found = INCIDENT_OF.get(m[0].toLowerCase()) ?? found;
  return found;
}

/** The kind of incident the first noun of one in `s` names, or null. */
function firstIncident(s: string): string | null {
  for (const m of s.matchAll(WORD)) {
    const incident = INCIDENT_OF.get(m[0].toLowerCase());
    if (incident) return incident;
  }
  return null;
}

/** The classes the article gives incidents, in text order. */
export function extractIncidentLabels(text: string, sentences: readonly Sentence[], bodyStart: number, mentions: readonly Span[]): LocalIncidentLabel[] {
  const out: LocalIncidentLabel[] = [];
  let mi = 0;
  for (const sentence of sentences) {
    if (sentence.end <= bodyStart || sentence.end - sentence.start > 2000) continue;
    const s = text.slice(sentence.start, sentence.end);
    const inside: number[] = [];
    while (mi < mentions.length && mentions[mi].start < sentence.start) mi++;
    for (let k = mi; k < mentions.length && mentions[k].start < sentence.end; k++) inside.push(k);
    for (const v of s.matchAll(VERB)) {
      const verb = v[1].toLowerCase();
      const at = v.index! + v[0].length;
      const after = s.slice(at, at + 200);
      const link = (WITH_AS.has(verb) ? UNTIL_AS : UNTIL_DIRECT).exec(after);
      if (!link) continue;
      const rest = after.slice(link[0].length);
      const l = LABEL.exec(rest);
      if (!l) continue;
      const next = NEXT_WORD.exec(rest.slice(l[0].length));
      if (next && NOT_AFTER.has(next[1].toLowerCase())) continue;
      const before = s.slice(Math.max(0, v.index! - 40), v.index!);
      const clauseBefore = before.slice(before.search(/[^,;\u2014\u2013]*$/));
      if (SPECULATION.test(clauseBefore)) continue;
      // The incident: the verb's object ("treating the fire as"), else the nearest one before it.
      const incident = firstIncident(link[1]) ?? lastIncident(s.slice(Math.max(0, v.index! - 160), v.index!));
      if (!incident) continue;
      const words = l[2].toLowerCase().replace(/[ \t]+/g, ' ');
      let label = LABEL_OF.get(words) ?? LABEL_OF.get(words.replace(/ /g, '-')) ?? LABEL_OF.get(words.replace(/-/g, ' '));
      if (!label) continue;
      let negated = NEGATION.test(clauseBefore.slice(-30));
      if (negated && label === 'suspicious') [label, negated] = ['not-suspicious', false];
      else if (negated && label === 'not-suspicious') continue;
      // "being treated as" reads from "being"; an auxiliary before the verb is left out.
      const lead = /\bbeing[ \t]{1,2}$/i.exec(s.slice(Math.max(0, v.index! - 8), v.index!));
      const start = sentence.start + (lead ? Math.max(0, v.index! - 8) + lead.index : v.index!);
      const end = sentence.start + at + link[0].length + l[0].length;
      const span = { start, end: trimEnd(text, start, end) };
      out.push({ incident, label, hedge: l[1] ? l[1].toLowerCase() : null, negated, span, text: text.slice(span.start, span.end), mentions: inside });
    }
  }
  return out;
}

/** The end of a span without the blanks before it. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
