/**
 * Line numbers of offsets, for the words of a feature's answer ("line 12"). Each article's line
 * index is built once and cached by the article object (an article is immutable once analysed),
 * so repeated requests on one snapshot do not rescan its text.
 */
import { LineIndex } from '../text/lineIndex';

const indexes = new WeakMap<object, LineIndex>();

/** The line index of a text owner (an article), built on first use and kept while it lives. */
export function lineIndexOf(owner: { text: string }): LineIndex {
  let index = indexes.get(owner);
  if (!index || index.text !== owner.text) {
    index = new LineIndex(owner.text);
    indexes.set(owner, index);
  }
  return index;
}

/** The zero-based line of an offset in a text owner. */
export function lineOf(owner: { text: string }, offset: number): number {
  return lineIndexOf(owner).positionAt(offset).line;
}
