/**
 * A word-level difference between two renderings of the same words, for hover cards and
 * finding messages ("connect" → "link"). Word sequences are short (a quotation), and the
 * table is capped so that a pathological input stays cheap.
 */

/** One step of a word difference: words both share, or words only one side has. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  /** The words of this part, as the side that has them writes them, joined by spaces. */
  text: string;
}

const MAX_WORDS = 400;

function tokens(text: string): string[] {
  return text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
}

function key(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The difference from `a` to `b`, word by word, ignoring case and punctuation at the edges of
 * words. Parts in `a` only are `removed`, parts in `b` only are `added`. Inputs longer than
 * 400 words are compared as one removed and one added part.
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length > MAX_WORDS || y.length > MAX_WORDS) {
    return [
      { op: 'removed', text: x.join(' ') },
      { op: 'added', text: y.join(' ') },
    ].filter((p) => p.text) as DiffPart[];
  }
  const xk = x.map(key);
  const yk = y.map(key);
  // Longest common subsequence table, filled from the end.
  const n = x.length;
  const m = y.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = xk[i] === yk[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (xk[i] === yk[j]) {
      push('same', y[j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) push('removed', x[i++]);
    else push('added', y[j++]);
  }
  while (i < n) push('removed', x[i++]);
  while (j < m) push('added', y[j++]);
  return parts;
}

/** The changed words only, as `"connect" → "link"` phrases, for a one-line message. */
export function describeDiff(input: DiffPart[], max = 3): string[] {
  const out: string[] = [];
  // Punctuation at the end of a changed run is not part of the change a reader cares about.
  const parts = input.map((p) => ({ ...p, text: p.op === 'same' ? p.text : p.text.replace(/[,.;:!?"\u201d\u2019]+$/u, '') }));
  for (let k = 0; k < parts.length && out.length < max; k++) {
    const p = parts[k];
    if (p.op === 'same') continue;
    const next = parts[k + 1];
    if (p.op === 'removed' && next && next.op === 'added') {
      out.push(`"${p.text}" → "${next.text}"`);
      k++;
    } else if (p.op === 'removed') out.push(`without "${p.text}"`);
    else out.push(`adds "${p.text}"`);
  }
  return out;
}
