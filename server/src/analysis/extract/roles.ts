import type { Mention, Role } from '../types';
import type { ArticleContext } from './context';

/** Finds the roles and titles given to named people. (Placeholder until the extractor lands.) */
export function extractRoles(_ctx: ArticleContext, _mentions: Mention[]): Role[] {
  return [];
}
