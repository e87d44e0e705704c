/**
 * Inline multi-source fixtures for the feature tests, in the style of rust-analyzer's: each
 * article starts with a `//- path` line, and `$0` marks the cursor (at most once).
 *
 *     //- summit/north.txt
 *     Yury Ush$0akov said talks were not planned.
 *     //- summit/south.txt
 *     Yuri Ushakov said no talks were planned.
 */
import assert from 'node:assert/strict';
import { Corpus, type CorpusSnapshot, type CorpusOptions } from '../../../server/src/analysis';

export const CURSOR = '$0';

/** A parsed fixture: the corpus snapshot of its articles, and where the cursor is. */
export interface Fixture {
  snapshot: CorpusSnapshot;
  /** The article holding the cursor (the first article when there is none). */
  path: string;
  /** The cursor's offset in that article (0 when there is none). */
  offset: number;
  /** Each article's text, without the cursor mark. */
  texts: Map<string, string>;
}

/** Parses a fixture and analyses its articles as one corpus. */
export function fixture(input: string, options?: CorpusOptions): Fixture {
  const texts = new Map<string, string>();
  let current: string | null = null;
  let lines: string[] = [];
  let cursor: { path: string; offset: number } | null = null;
  const flush = () => {
    if (current === null) return;
    let text = lines.join('\n');
    const at = text.indexOf(CURSOR);
    if (at >= 0) {
      assert.equal(cursor, null, 'a fixture has one cursor');
      cursor = { path: current, offset: at };
      text = text.slice(0, at) + text.slice(at + CURSOR.length);
    }
    texts.set(current, text);
  };
  for (const line of input.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n')) {
    const header = /^\/\/- (\S+)\s*$/.exec(line);
    if (header) {
      flush();
      current = header[1];
      lines = [];
    } else {
      assert.notEqual(current, null, 'a fixture starts with a //- path line');
      lines.push(line);
    }
  }
  flush();
  const corpus = new Corpus(options);
  for (const [path, text] of texts) corpus.setArticle(path, text);
  const at = cursor as { path: string; offset: number } | null;
  return { snapshot: corpus.snapshot(), path: at?.path ?? [...texts.keys()][0], offset: at?.offset ?? 0, texts };
}

/** The words of a span of a fixture's article, for readable expectations. */
export function wordsAt(f: Fixture, path: string, span: { start: number; end: number }): string {
  return (f.texts.get(path) ?? '').slice(span.start, span.end);
}
