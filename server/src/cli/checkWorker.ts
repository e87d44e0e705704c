/**
 * A worker thread of `triangulate check`. The main thread gives it one task at a time: analyse
 * some files of a story and send back their articles, or compare a story from the articles
 * that any of the threads analysed. The thread reads the decisions file itself, since the
 * filter it builds cannot be sent between threads.
 */
import { parentPort } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../analysis';
import { analyseFiles, compareStory } from './checkStory';
import { loadDecisions } from './decisions';
import type { CheckWorkerData, CheckWorkerReply, CheckWorkerTask } from './checkRun';

/** Whether the data a thread was started with marks it as a worker of the check. */
export function isCheckWorkerData(data: unknown): data is CheckWorkerData {
  return typeof data === 'object' && data !== null && (data as CheckWorkerData).triangulateCheckWorker === true;
}

/**
 * Articles as bytes that can be moved to another thread without a copy. The bytes are those
 * of the structured clone a message would make, so the articles read back are the same data.
 */
export function packArticles(articles: readonly Article[]): ArrayBuffer {
  const bytes = serialize(articles);
  // A buffer of the pool shares its memory with others: copy it so that only these bytes move.
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The articles packed by {@link packArticles}. */
export function unpackArticles(data: ArrayBuffer): Article[] {
  return deserialize(Buffer.from(data)) as Article[];
}

/** Serves tasks until the main thread ends this thread. */
export function runCheckWorker(data: CheckWorkerData): void {
  const port = parentPort;
  if (!port) return;
  const decisions = loadDecisions(data.cwd, data.decisions);
  const settings = { format: data.format, scope: data.scope };
  port.on('message', (task: CheckWorkerTask) => {
    try {
      if (task.type === 'analyse') {
        const packed = packArticles(analyseFiles(task.files));
        port.postMessage({ type: 'analysed', story: task.story, articles: packed } satisfies CheckWorkerReply, [packed]);
        return;
      }
      const articles: Article[] = [];
      for (const part of task.parts) unpackArticles(part.articles).forEach((a, i) => (articles[part.start + i] = a));
      let complete = articles.length === task.files.length;
      for (let i = 0; complete && i < articles.length; i++) if (!articles[i]) complete = false;
      // Comparing a story with articles left out would report wrong differences.
      if (!complete) throw new Error('articles of the story are missing');
      const output = compareStory(task.key, task.files, articles, settings, decisions.keepFinding);
      port.postMessage({ type: 'output', story: task.story, output } satisfies CheckWorkerReply);
    } catch (err) {
      port.postMessage({ type: 'error', story: task.story, error: err instanceof Error ? err.message : String(err) } satisfies CheckWorkerReply);
    }
  });
}
