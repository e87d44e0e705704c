import type { Article, Entity, Finding } from '../types';
import { analyzeArticle } from '../analyze';

/**
 * Articles grouped into stories. The server and the CLI push text in; queries read an
 * immutable snapshot. (First version: stories by folder, no linking, no findings; the
 * cross-source engine replaces the internals, not this interface.)
 */

/** How articles form stories: by folder, or the whole workspace as one story. */
export type StoryScope = 'folder' | 'workspace';

export interface CorpusOptions {
  storyScope?: StoryScope;
  /** Extra name variants: each list names one entity ("Yury Ushakov", "Yuri Ushakov"). */
  aliases?: string[][];
  /** Per rule id: 'off' or a severity. */
  rules?: Record<string, 'off' | 'error' | 'warning' | 'information' | 'hint'>;
}

/** The linked, compared view of one story. */
export interface Story {
  /** The folder (or workspace) the story covers. */
  id: string;
  /** Its articles, in path order. */
  articles: Article[];
  /** One entity per real person, organisation or place in the story. */
  entities: Entity[];
  /** The entity id of a mention, by article path and index into `article.mentions`. */
  entityOf(path: string, mentionIndex: number): string | null;
  /** Every finding in the story, on any of its articles. */
  findings: Finding[];
}

/** A read-only view of the corpus at one moment. */
export interface CorpusSnapshot {
  readonly version: number;
  article(path: string): Article | undefined;
  paths(): string[];
  /** The story an article belongs to (computed on first use, then cached in the snapshot). */
  storyOf(path: string): Story | undefined;
  stories(): Story[];
}

/** Folder part of a path or URI. */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

export class Corpus {
  private articles = new Map<string, Article>();
  private version = 0;
  private options: CorpusOptions;

  constructor(options: CorpusOptions = {}) {
    this.options = { ...options };
  }

  configure(options: CorpusOptions): void {
    this.options = { ...options };
    this.version++;
  }

  /** Adds or replaces an article; only this article is re-analysed. */
  setArticle(path: string, text: string): Article {
    const article = analyzeArticle(text, { path });
    this.articles.set(path, article);
    this.version++;
    return article;
  }

  removeArticle(path: string): boolean {
    const had = this.articles.delete(path);
    if (had) this.version++;
    return had;
  }

  snapshot(): CorpusSnapshot {
    const articles = new Map(this.articles);
    const options = this.options;
    const version = this.version;
    const storyKey = (path: string) => (options.storyScope === 'workspace' ? '' : folderOf(path));
    const cache = new Map<string, Story>();
    const build = (key: string): Story => {
      const members = [...articles.values()].filter((a) => storyKey(a.path) === key).sort((a, b) => (a.path < b.path ? -1 : 1));
      return { id: key, articles: members, entities: [], entityOf: () => null, findings: [] };
    };
    return {
      version,
      article: (path) => articles.get(path),
      paths: () => [...articles.keys()],
      storyOf(path) {
        if (!articles.has(path)) return undefined;
        const key = storyKey(path);
        let story = cache.get(key);
        if (!story) cache.set(key, (story = build(key)));
        return story;
      },
      stories() {
        const keys = new Set([...articles.keys()].map(storyKey));
        return [...keys].sort().map((k) => this.storyOf([...articles.keys()].find((p) => storyKey(p) === k)!)!);
      },
    };
  }
}
