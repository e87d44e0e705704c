/**
 * What the nouns of sites have in common: a house is a building, a car a vehicle, a flat an
 * apartment (one sense), while a house and a pier, or an airport and a house, are different
 * kinds of site. The lexicon is derived from WordNet 3.1 by `scripts/lexicon/siteLexicon.ts`
 * into `data/siteLexicon.json` (nouns of made things and places, each with every sense above
 * it); it is decoded on first use and kept. Pure; never throws.
 */
import lexiconData from '../data/siteLexicon.json';
import { decodeTable, type Senses } from './events';
import { singular } from '../extract/quantities';

let table: Map<string, Senses> | null = null;

function lex(): Map<string, Senses> {
  if (table) return table;
  try {
    table = decodeTable((lexiconData as { sites?: string }).sites ?? '');
  } catch {
    table = new Map();
  }
  return table;
}

/**
 * How two nouns of sites relate: `same` (one noun, a sense in common, or one a kind of the other
 * at any depth: "house" and "building"), `other` (both known, neither a kind of the other:
 * "house" and "pier"), or `unknown` when either is not in the lexicon.
 */
export function relateSites(a: string, b: string): 'same' | 'other' | 'unknown' {
  const ha = singular(a.trim().toLowerCase());
  const hb = singular(b.trim().toLowerCase());
  if (!ha || !hb) return 'unknown';
  if (ha === hb) return 'same';
  const sa = lex().get(ha);
  const sb = lex().get(hb);
  if (!sa || !sb) return 'unknown';
  const meets = sa.own.some((x) => sb.own.includes(x) || sb.parents.includes(x)) || sb.own.some((x) => sa.parents.includes(x));
  return meets ? 'same' : 'other';
}
