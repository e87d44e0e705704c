import winkNLP from 'wink-nlp';
import type { Span } from '../types';
import { sentenceIndexAt } from './segment';
import { keepsStop } from './words';

/** A word or punctuation token with its part of speech and exact offsets in the article. */
export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, NUM, PUNCT, …). */
  pos: string;
  /** Wink's token type (word, number, punctuation, …). */
  type: string;
  /**
   * Index of the token's sentence in the segmentation given to {@link tokenize} (the article's
   * sentences, `text/segment.ts`); 0 when none was given.
   */
  sentence: number;
}

/**
 * Letters and marks outside Latin-1 ("ł", "ř", Cyrillic, Greek, combining accents, letters
 * beyond the Basic Multilingual Plane). wink's tokenizer knows only Latin-1 letters and splits a
 * word at any other one ("Łódź" into "Ł", "ód", "ź"), so such letters are shown to it as plain
 * Latin letters of the same length (see {@link latinStandIn}); tokens keep the article's words.
 * The modifier apostrophe (U+02BC) is left as it is: writers use it as an apostrophe ("Kyivʼs").
 */
const NON_LATIN1_LETTER = /[^\u0000-\u00ff\u02bc](?<=[\p{L}\p{M}])/gu;

/**
 * A plain Latin stand-in for a letter or mark, of the same length in UTF-16 code units so that
 * every offset holds: the letter's base when it decomposes to one ("ř" to "r", "Ő" to "O"), else
 * "X" for a capital and "x" for any other letter or mark, padded for a letter of two code units.
 */
function latinStandIn(ch: string): string {
  const base = ch.normalize('NFKD')[0];
  let out: string;
  if (base && base !== ch && /^[A-Za-z]$/.test(base)) out = base;
  else out = /^[\p{Lu}\p{Lt}]$/u.test(ch) ? 'X' : 'x';
  return out.padEnd(ch.length, 'x');
}

/** A run of more than 256 non-space code units; the lookbehind starts a match only at a run's start. */
const LONG_RUN = /(?<!\S)\S{257,}/g;

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The part of wink's model that grows as it reads: every word it has met, with its index. */
interface Lexemes {
  list: string[];
  hash: Record<string, number>;
}
/** The lexemes of the engine in use, captured when wink builds its model. */
let lexemes: Lexemes | null = null;
/** How many lexemes the engine held before it read anything. */
let baseSize = 0;
/**
 * Words forgotten (see {@link forgetNewWords}) stay in wink's lists; once this many have piled
 * up, a fresh engine is made (about 65 ms) so that a long session does not grow without bound.
 */
const MAX_FORGOTTEN = 300_000;

/**
 * Only the annotation the analysis reads: parts of speech. wink's default pipe also finds its
 * own sentences, entities, negation and sentiment; the analysis has one segmentation of its own
 * (`text/segment.ts`), and the tags do not depend on any of these (wink tags the token stream as
 * a whole), which cost more than half of the tagging.
 */
const PIPE = ['pos'];

function engine(): Nlp {
  if (nlp && lexemes && lexemes.list.length - baseSize > MAX_FORGOTTEN) nlp = null;
  if (!nlp) {
    // wink builds its model by calling `core()`; the wrapper keeps a handle on the lexemes.
    // The model is an ordinary npm package of JSON: nothing is downloaded at run time. It is
    // loaded here, when text is first tagged, not with the module: the language server's main
    // thread compares articles that its analysis threads tagged, and never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source = require('wink-eng-lite-web-model') as { core(): { features: { lexeme: Lexemes } } };
    const wrapped = {
      ...source,
      core() {
        const core = source.core();
        lexemes = core.features.lexeme;
        return core;
      },
    };
    nlp = winkNLP(wrapped as never, PIPE);
    baseSize = lexemes ? (lexemes as Lexemes).list.length : 0;
  }
  return nlp;
}

/**
 * Makes wink forget the words it met since the lexicon held `size` entries. wink adds every
 * new word to its lexicon, and a word it knows is split differently from one it does not
 * ("L.A." after an article that wrote it), so without this an article's tokens would depend
 * on which articles were read before it, and in what order: the editor, the command line and
 * its worker threads would disagree. Forgotten words keep their slot in wink's lists, so the
 * indexes of the words it still knows stay valid.
 */
function forgetNewWords(size: number): void {
  if (!lexemes) return;
  const { list, hash } = lexemes;
  for (let i = size; i < list.length; i++) {
    // A word may have been forgotten and added again: only its latest slot is in the hash.
    if (hash[list[i]] === i) delete hash[list[i]];
  }
}

/**
 * Tokenises and tags `text[span]` with wink-nlp, returning tokens whose offsets point into
 * `text`. Offsets are found by searching for each token's text from the previous token's end,
 * so they are exact whatever wink does with white space; a token that cannot be found (wink
 * normalises a few characters) is skipped rather than given a wrong range. A full stop that the
 * word scanner reads as part of an abbreviation (`text/words.ts`) is part of its token too,
 * whatever wink's own list of abbreviations says ("Adm.", "Msgr."); at a sentence's end wink
 * may keep an abbreviation's stop with it ("Calif."), the stop then closing both. Each token
 * carries the index of the sentence of `sentences` (the article's segmentation) it starts in.
 */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }, sentences: readonly Span[] = []): Token[] {
  // wink's tokenizer tries an e-mail pattern at every character of a run without spaces, which
  // takes time quadratic in the run's length (a 20,000-character run of "!" takes seconds). No
  // word is that long, so such runs are blanked out; the text keeps its length, so offsets hold.
  const part = text
    .slice(span.start, span.end)
    .replace(LONG_RUN, (run) => ' '.repeat(run.length))
    .replace(NON_LATIN1_LETTER, latinStandIn);
  if (!part.trim()) return [];
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const size = lexemes?.list.length ?? 0;
  try {
    return tagged(nlpEngine, its, text, part, span, sentences);
  } finally {
    forgetNewWords(size);
  }
}

/** Tags one part of the text and returns its tokens at offsets into the whole text. */
function tagged(nlpEngine: Nlp, its: Nlp['its'], text: string, part: string, span: Span, sentences: readonly Span[]): Token[] {
  const doc = nlpEngine.readDoc(part);
  // One call per attribute for the whole document: asking token by token costs several times
  // more than the tagging itself.
  const all = doc.tokens();
  const values = all.out() as string[];
  const types = all.out(its.type) as string[];
  const tags = all.out(its.pos) as string[];
  const tokens: Token[] = [];
  // The sentence of each token, walked along with the tokens from the span's first sentence.
  let sentence = Math.max(0, sentenceIndexAt(sentences, span.start));
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const type = types[i];
    if (type === 'tabCRLF' || !value.trim()) continue;
    const at = part.indexOf(value, cursor);
    if (at < 0 || at - cursor > 64) continue;
    cursor = at + value.length;
    const start = span.start + at;
    while (sentence + 1 < sentences.length && start >= sentences[sentence].end) sentence++;
    // The article's own characters, not the stand-ins wink was shown.
    const token: Token = { start, end: start + value.length, text: text.slice(start, start + value.length), pos: tags[i], type, sentence };
    const last = tokens[tokens.length - 1];
    if (value === '.' && last && last.end === start && /[\p{L}\p{N}]$/u.test(last.text) && keepsStop(text, last.start, start)) {
      // "Adm" and "." are one word, "Adm.", as the word scanner reads it.
      last.end = token.end;
      last.text += '.';
    } else tokens.push(token);
  }
  return tokens;
}
