/**
 * Articles whose analysis could cost far more than their size: each shape is a single article of
 * a requested size, built from one repeated pattern that once made an extractor or the linker
 * super-linear. `ordinaryNews` gives the yardstick: real news of the same size.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../bench/generate';

/** A named shape: builds an article of about `size` UTF-16 code units. */
export interface SlowShape {
  name: string;
  /** What the shape is, in a few words, for reports. */
  what: string;
  build(size: number): string;
}

/** Repeats `piece(i)` until the text reaches `size`, after an ordinary opening paragraph. */
function fill(size: number, piece: (i: number) => string, opening = 'Officials in Velmora said on Monday that talks would resume.\n\n'): string {
  const parts = [opening];
  let length = opening.length;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, size);
}

const FIRST = ['Aaron', 'Abel', 'Ada', 'Adam', 'Adrian', 'Agnes', 'Alan', 'Albert', 'Alice', 'Amos', 'Anita', 'Arthur'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'te', 'vo', 'sel', 'dor', 'bi', 'nu', 'gar', 'pe', 'tis', 'wen', 'hal', 'zo'];

/** A distinct surname starting with "B" for every `i`, built from syllables. */
function surname(i: number): string {
  let s = 'B';
  let n = i;
  do {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return s + 'ek';
}

export const SLOW_SHAPES: SlowShape[] = [
  {
    name: 'quote-spaces',
    what: 'a quotation holding long runs of spaces and tabs',
    build: (size) => {
      const quote = `"We will ${' \t'.repeat(Math.floor(size / 4))}see," she said.\n\n`;
      return quote + fill(size - quote.length, () => 'Officials said the talks would resume on Monday in Velmora.\n');
    },
  },
  {
    name: 'header-spaces',
    what: 'a front-matter line padded with a long run of spaces',
    build: (size) => {
      const head = `---\ntitle: Talks resume${' '.repeat(Math.floor(size / 2))}x\noutlet: The Herald\n---\n`;
      return head + fill(size - head.length, () => 'Officials said the talks would resume on Monday in Velmora.\n');
    },
  },
  {
    name: 'titles',
    what: 'a long run of titles and names ("Mr. Smith Mr. Jones …")',
    build: (size) => fill(size, (i) => `${['Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Sen.'][i % 5]} ${surname(i)} `),
  },
  {
    name: 'abbreviations',
    what: 'a long run of abbreviations ("U.S. U.K. e.g. …")',
    build: (size) => fill(size, (i) => `${['U.S.', 'U.K.', 'e.g.', 'i.e.', 'No.', 'St.'][i % 6]} `),
  },
  {
    name: 'pull-quote',
    what: 'one signed pull quote repeated paragraph after paragraph',
    build: (size) => fill(size, () => 'We never saw it coming, and we lost everything we had built over the years. Maria Lopez\n\n'),
  },
  {
    name: 'same-initials',
    what: 'thousands of distinct names sharing their initials',
    build: (size) => fill(size, (i) => `${FIRST[i % FIRST.length]} ${surname(i)} met ${FIRST[(i + 5) % FIRST.length]} ${surname(i + 7919)} on Monday. `),
  },
];

/** The texts of the ECB+ articles in the shared corpus, when it is there. */
function corpusArticles(root: string): string[] {
  const dir = join(root, '..', 'shared', 'corpus', 'materialised', 'ecbplus');
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (n.endsWith('.txt')) out.push(readFileSync(f, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const FALLBACK = [
  'Officials have spent weeks trying to narrow the differences between the two sides.',
  'Anna Adler, the foreign minister, said on Monday that "the talks will go on" in Velmora.',
  'The negotiations have been followed closely by neighbouring governments and by investors.',
  'Police said 12 people were hurt and three were arrested after the march on Tuesday.',
];

/**
 * Ordinary news of about `size` code units: real articles concatenated as paragraphs, or, when
 * the corpus is not there, varied generated sentences.
 */
export function ordinaryNews(root: string, size: number): string {
  const articles = corpusArticles(root);
  const parts: string[] = [];
  let length = 0;
  if (articles.length) {
    for (let i = 0; length < size; i++) {
      const a = articles[i % articles.length].trim() + '\n\n';
      parts.push(a);
      length += a.length;
    }
  } else {
    const r = rng(3);
    while (length < size) {
      const s = FALLBACK[Math.floor(r() * FALLBACK.length)] + (r() < 0.2 ? '\n\n' : ' ');
      parts.push(s);
      length += s.length;
    }
  }
  return parts.join('').slice(0, size);
}
