/**
 * Descriptions across a story's articles: "the gunman" in one outlet is the person another
 * outlet names, when the story says who the gunman is. A description the article itself ties to
 * a name (`extract/descriptions.ts`) takes that name's entity. An untied one takes the entity the
 * story's tied descriptions and roles with the same head noun give, when they all give the same one: two
 * different people described alike ("the victim" of two victims) leave it untied, since the text
 * does not say which one is meant. Work is one pass over the descriptions.
 */
import type { Article } from '../types';
import { roleHead } from '../extract/descriptions';

/** One description of an entity, as hovers and references show it. */
export interface DescriptionRef {
  path: string;
  /** Index into that article's `descriptions`. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** True when the article ties it to a name itself; false when only the story does. */
  tied: boolean;
}

/** The entities of a story's descriptions. */
export interface DescriptionLinking {
  /** The entity id of a description, by article path and index into `article.descriptions`. */
  entityOf(path: string, index: number): string | null;
  /** Every description of an entity, in path order then text order. */
  descriptionsOf(id: string): DescriptionRef[];
}

/** Links the descriptions of a story's articles to the entities of their names. Never throws. */
export function linkDescriptions(articles: readonly Article[], entityOfMention: (path: string, mentionIndex: number) => string | null): DescriptionLinking {
  const ids = new Map<string, Array<string | null>>();
  const byEntity = new Map<string, DescriptionRef[]>();
  // The entities that tied descriptions with each head name, story-wide.
  const entitiesByHead = new Map<string, Set<string>>();
  const safeEntity = (path: string, index: number): string | null => {
    try {
      return entityOfMention(path, index);
    } catch {
      return null;
    }
  };
  for (const article of articles) {
    const list = Array.isArray(article.descriptions) ? article.descriptions : [];
    ids.set(article.path, list.map((d) => (d && typeof d.mention === 'number' ? safeEntity(article.path, d.mention) : null)));
    const give = (head: string | null, id: string | null) => {
      if (!id || typeof head !== 'string') return;
      let set = entitiesByHead.get(head);
      if (!set) entitiesByHead.set(head, (set = new Set()));
      set.add(id);
    };
    list.forEach((d, i) => give(d?.head, ids.get(article.path)![i]));
    // A role given to a name ("gunman Tom Vell") describes the person as its head does.
    for (const role of Array.isArray(article.roles) ? article.roles : []) {
      if (role && typeof role.text === 'string' && typeof role.mention === 'number') give(roleHead(role.text), safeEntity(article.path, role.mention));
    }
  }
  for (const article of articles) {
    const list = Array.isArray(article.descriptions) ? article.descriptions : [];
    const own = ids.get(article.path)!;
    list.forEach((d, i) => {
      if (!d || typeof d.start !== 'number') return;
      let id = own[i];
      const tied = id !== null;
      if (!id) {
        const set = entitiesByHead.get(d.head);
        if (set && set.size === 1) id = own[i] = [...set][0];
      }
      if (!id) return;
      let refs = byEntity.get(id);
      if (!refs) byEntity.set(id, (refs = []));
      refs.push({ path: article.path, index: i, start: d.start, end: d.end, text: d.text, tied });
    });
  }
  for (const refs of byEntity.values()) refs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  return {
    entityOf: (path, index) => ids.get(path)?.[index] ?? null,
    descriptionsOf: (id) => byEntity.get(id) ?? [],
  };
}
