/**
 * Compares a small story of invented articles (path → text) as the engine does and returns its
 * findings, those of one rule and with a message that matches, when asked.
 */
import { analyzeArticle, compareStory, linkEntities, type Finding } from '../../server/src/analysis';

export interface StoryFilter {
  rule?: string;
  message?: RegExp;
  /** A date line put before each text (`date 2026-05-06`), for articles that need one. */
  date?: string;
}

export function storyFindings(files: Record<string, string>, filter: StoryFilter = {}): Finding[] {
  const articles = Object.entries(files).map(([path, text]) => analyzeArticle(filter.date ? `date ${filter.date}\n${text}` : text, { path }));
  return compareStory(articles, linkEntities(articles)).findings.filter((f) => (!filter.rule || f.rule === filter.rule) && (!filter.message || filter.message.test(f.message)));
}
