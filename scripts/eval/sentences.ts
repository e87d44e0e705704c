/**
 * Scores the sentence segmentation against GUM's gold sentences (the `# text =` lines of its
 * CoNLL-U files), news and the other genres apart. The article files were rebuilt from tokens, so
 * their spacing differs from the gold's: boundaries are compared as counts of the characters
 * that are not white space before them. Boundaries inside a paragraph are the segmentation's
 * own work; those between paragraphs come with the paragraphs and are scored in a second row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../server/src/analysis';
import type { GoldDoc } from './gold';
import { addCounts, prf, type Counts, type Prf } from './score';

/** Boundary scores of one group of documents. */
export interface SentenceGroupScores {
  docs: number;
  /** Sentence starts inside paragraphs. */
  inside: Prf;
  /** Every sentence start after the header. */
  all: Prf;
}

export interface SentenceScores {
  news: SentenceGroupScores;
  other: SentenceGroupScores;
  /** Documents whose text and gold sentences hold different characters, left out. */
  unaligned: string[];
}

/** For each offset of `text`, how many characters that are not white space stand before it. */
function solidBefore(text: string): Int32Array {
  const at = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = n;
    if (!/\s/.test(text[i])) n++;
  }
  at[text.length] = n;
  return at;
}

function count(gold: Set<number>, pred: Set<number>): Counts {
  let tp = 0;
  for (const p of pred) if (gold.has(p)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

/**
 * Scores the sentences of the analysed GUM articles. Returns null when the corpus has no GUM
 * CoNLL-U files (`gum/dep/`).
 */
export function scoreSentences(corpusDir: string, docs: GoldDoc[], articles: Map<string, Article>): SentenceScores | null {
  const depDir = join(corpusDir, 'gum', 'dep');
  if (!existsSync(depDir)) return null;
  const groups = { news: { docs: 0, inside: [] as Counts[], all: [] as Counts[] }, other: { docs: 0, inside: [] as Counts[], all: [] as Counts[] } };
  const unaligned: string[] = [];
  for (const d of docs) {
    const article = articles.get(d.file);
    const file = join(depDir, `${d.doc}.conllu`);
    if (d.dataset !== 'gum' || !article || !existsSync(file)) continue;
    const solid = (s: string) => s.replace(/\s+/g, '');
    const gold = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('# text = '))
      .map((l) => solid(l.slice('# text = '.length)));
    const text = article.text;
    const before = solidBefore(text);
    const bodyStart = before[article.header.bodyStart];
    if (gold.join('') !== solid(text.slice(article.header.bodyStart))) {
      unaligned.push(d.doc);
      continue;
    }
    const goldStarts = new Set<number>();
    let n = bodyStart;
    for (const s of gold) {
      if (n > bodyStart) goldStarts.add(n);
      n += s.length;
    }
    const predStarts = new Set<number>();
    const paragraphStarts = new Set<number>();
    article.sentences.forEach((s, i) => {
      const at = before[s.start];
      if (i === 0 || article.sentences[i - 1].paragraph !== s.paragraph) paragraphStarts.add(at);
      if (at > bodyStart) predStarts.add(at);
    });
    const inside = (set: Set<number>) => new Set([...set].filter((x) => !paragraphStarts.has(x)));
    const group = d.doc.startsWith('GUM_news_') ? groups.news : groups.other;
    group.docs++;
    group.inside.push(count(inside(goldStarts), inside(predStarts)));
    group.all.push(count(goldStarts, predStarts));
  }
  const done = (g: { docs: number; inside: Counts[]; all: Counts[] }): SentenceGroupScores => ({ docs: g.docs, inside: prf(addCounts(...g.inside)), all: prf(addCounts(...g.all)) });
  return { news: done(groups.news), other: done(groups.other), unaligned };
}
