import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import type { Span } from '../../server/src/analysis/types';
import { quotePieces } from '../../scripts/eval/gold';
import { FIXTURES } from '../support/fixtures';

const DIR = join(FIXTURES, 'quote-spans');

/** An article's text without its `[[ ]]` marks, and the gold quote spans they marked. */
function readMarked(raw: string): { text: string; gold: Span[] } {
  let text = '';
  const gold: Span[] = [];
  let open = -1;
  for (let i = 0; i < raw.length; ) {
    if (raw.startsWith('[[', i)) {
      open = text.length;
      i += 2;
    } else if (raw.startsWith(']]', i)) {
      gold.push({ start: open, end: text.length });
      i += 2;
    } else text += raw[i++];
  }
  return { text, gold };
}

test('direct-quote spans on invented political news: scare quotes, slogans and titles are not quotes, attributed fragments are', () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const { text, gold } = readMarked(readFileSync(join(DIR, file), 'utf8'));
    const key = (s: Span) => `${s.start}:${s.end}`;
    const want = gold.flatMap((g) => quotePieces(text, g));
    const got = analyzeArticle(text, { path: file }).quotes.filter((q) => q.direct).flatMap((q) => quotePieces(text, q.content));
    const wanted = new Set(want.map(key));
    const found = new Set(got.map(key));
    for (const s of got) {
      if (wanted.has(key(s))) tp++;
      else {
        fp++;
        wrong.push(`${file}: not a quote: ${text.slice(s.start, s.end)}`);
      }
    }
    for (const s of want) {
      if (!found.has(key(s))) {
        fn++;
        wrong.push(`${file}: missed: ${text.slice(s.start, s.end)}`);
      }
    }
  }
  // 93 gold pieces in 8 articles. Left: four terms or document words ("what it called “category
  // one” hazards"), and the two quotes that lost their closing mark.
  assert.equal(tp + fn, 93);
  assert.ok(tp >= 91 && fp <= 7, `tp ${tp}, fp ${fp}, fn ${fn}:\n${wrong.join('\n')}`);
});
