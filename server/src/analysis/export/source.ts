/**
 * What the exporters read: an analysed article, and the story-wide entity id of each of its
 * mentions when the article belongs to a story.
 */
import type { Article } from '../types';
import type { Story } from '../corpus/corpus';

/** One article to export. */
export interface ExportSource {
  article: Article;
  /** The story-wide entity id of the mention at this index of `article.mentions`, if linked. */
  entityOf?: (mentionIndex: number) => string | null;
}

/** The export sources of a story's articles, with the story's entity ids. */
export function sourcesOfStory(story: Story): ExportSource[] {
  return story.articles.map((article) => ({ article, entityOf: (i: number) => safeEntity(() => story.entityOf(article.path, i)) }));
}

/** The entity id of a mention, or null when there is none or the lookup fails. */
export function entityIdOf(source: ExportSource, index: number | null | undefined): string | null {
  if (index == null || index < 0 || index >= source.article.mentions.length || !source.entityOf) return null;
  const lookup = source.entityOf;
  return safeEntity(() => lookup(index));
}

function safeEntity(lookup: () => string | null | undefined): string | null {
  try {
    const id = lookup();
    return typeof id === 'string' && id ? id : null;
  } catch {
    // An export should still be written when a story cannot answer for one mention.
    return null;
  }
}
