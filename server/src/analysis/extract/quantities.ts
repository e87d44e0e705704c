import type { Quantity } from '../types';
import type { ArticleContext } from './context';

/** Finds numbers with what they count. (Placeholder until the extractor lands.) */
export function extractQuantities(_ctx: ArticleContext): Quantity[] {
  return [];
}
