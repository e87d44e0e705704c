/**
 * What the nouns that numbers count have in common: "eight experts" and "three observers" may
 * count one group, since an observer (one who comments) is a kind of expert in WordNet; so may
 * "protesters" and "demonstrators", which share a sense. The lexicon is derived from WordNet
 * 3.1 by `scripts/lexicon/unitLexicon.ts` into `data/unitLexicon.json` (nouns of people, groups,
 * animals and made things); it is decoded on first use and kept. Pure; never throws.
 */
import lexiconData from '../data/unitLexicon.json';
import { decodeTable, type Senses } from './events';
import { singular } from '../extract/quantities';

/** How two count nouns name one group: `synonym` (a sense in common), `kind` (one's sense is the other's direct hypernym). */
export type UnitRelation = 'synonym' | 'kind';

let table: Map<string, Senses> | null = null;

function lex(): Map<string, Senses> {
  if (table) return table;
  try {
    table = decodeTable((lexiconData as { units?: string }).units ?? '');
  } catch {
    table = new Map();
  }
  return table;
}

/** The head noun of a unit, singular and in lower case ("international observers" → "observer"). */
export function unitHead(unit: string): string {
  const words = unit.trim().toLowerCase().split(/\s+/);
  return singular(words[words.length - 1] ?? '');
}

/**
 * How the head nouns of two units are related in the lexicon, or null when they are not (or
 * are the same noun, which the comparison by unit already covers).
 */
export function relateUnits(a: string, b: string): UnitRelation | null {
  const ha = unitHead(a);
  const hb = unitHead(b);
  if (!ha || !hb || ha === hb) return null;
  const sa = lex().get(ha);
  const sb = lex().get(hb);
  if (!sa || !sb) return null;
  if (sa.own.some((x) => sb.own.includes(x))) return 'synonym';
  if (sa.own.some((x) => sb.parents.includes(x)) || sb.own.some((x) => sa.parents.includes(x))) return 'kind';
  return null;
}

/** Keys under which a unit is indexed: two units `relateUnits` relates always share one. */
export function unitSenseKeys(unit: string): number[] {
  const s = lex().get(unitHead(unit));
  return s ? [...new Set([...s.own, ...s.parents])] : [];
}
