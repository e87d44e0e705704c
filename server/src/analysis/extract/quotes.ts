import type { Mention, Quote } from '../types';
import type { ArticleContext } from './context';

/** Finds direct quotes and reported speech with their speakers. (Placeholder until the extractor lands.) */
export function extractQuotes(_ctx: ArticleContext, _mentions: Mention[]): Quote[] {
  return [];
}
