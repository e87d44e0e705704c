import type { Mention } from '../types';
import type { ArticleContext } from './context';

/** Finds the names of people, organisations and places. (Placeholder until the extractor lands.) */
export function extractMentions(_ctx: ArticleContext): Mention[] {
  return [];
}
