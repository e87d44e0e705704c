/**
 * The editor's export: the story the server holds (analysed with the user's settings) written
 * by the host layer's export writer, the one the command line uses. Only that story's articles
 * are exported, never the other stories in sub-folders of its folder.
 */
import { sourcesOfStory, type CorpusSnapshot } from '../analysis';
import { exportAnnotations, filePathOf, type ExportArticle } from '../host';
import type { ExportAnnotationsResult } from './protocol';
import { notificationText } from './shownText';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Exports the story of the article `key` as brat standoff or Web Annotation files beside its articles. */
export async function exportStory(snapshot: CorpusSnapshot, key: string, format: unknown, maxFileSize: number): Promise<ExportAnnotationsResult> {
  if (format !== 'brat' && format !== 'webannotation') return { ok: false, message: `Unknown export format "${String(format)}".` };
  if (!filePathOf(key)) return { ok: false, message: 'Only articles saved in a folder can be exported.' };
  const story = snapshot.storyOf(key);
  if (!story) return { ok: false, message: 'The article has not been read yet; try again in a moment.' };
  const articles: ExportArticle[] = [];
  let unsaved = 0;
  for (const source of sourcesOfStory(story)) {
    const file = filePathOf(source.article.path);
    if (file) articles.push({ source, file });
    else unsaved++;
  }
  const result = await exportAnnotations(articles, { format, maxFileSize });
  if (result.refused.length || result.failed.length) {
    const lines = [...result.refused, ...result.failed];
    // The lines name files, which the editor shows in a notification.
    return { ok: false, message: notificationText(`Nothing was exported. ${lines.join('; ')}`) };
  }
  const what = format === 'brat' ? `${plural(result.articles, 'brat annotation file')} in ${plural(result.folders.length, 'folder')}` : plural(result.articles, 'Web Annotation file');
  const left = unsaved ? ` (${plural(unsaved, 'article')} not saved to a file left out)` : '';
  return { ok: true, message: `Wrote ${what}${left}.` };
}
