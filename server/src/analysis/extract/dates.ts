import type { DateRef } from '../types';
import type { ArticleContext } from './context';

/** Finds date expressions and resolves them. (Placeholder until the extractor lands.) */
export function extractDates(_ctx: ArticleContext): DateRef[] {
  return [];
}
