/**
 * A worker thread of `triangulate check`. The main thread gives it one task at a time: analyse
 * some files of a story, keeping the articles when the story is this thread's to compare or
 * sending them back when it is another's; take articles another thread analysed for a story of
 * its own; compare a story whose articles are all here. The main thread reads the decisions
 * file once and sends what it read; each thread builds the filter from it, since a function
 * cannot be sent between threads.
 */
import { parentPort } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../analysis';
import { analyseFiles, compareStory } from './checkStory';
import * as path from 'node:path';
import { keepFindingFor } from '../host';
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
  const keepFinding = keepFindingFor(data.decisions, (p) => path.resolve(data.cwd, p));
  const settings = { format: data.format, scope: data.scope, ruleLevels: data.ruleLevels, minSeverity: data.minSeverity };
  // The articles of the stories this thread compares, by story and by the file's place in it.
  const kept = new Map<number, Article[]>();
  // Stories whose articles could not all be kept: comparing them would leave articles out.
  const broken = new Set<number>();
  const keep = (story: number, start: number, articles: Article[]): void => {
    let list = kept.get(story);
    if (!list) kept.set(story, (list = []));
    articles.forEach((a, i) => (list[start + i] = a));
  };
  port.on('message', (task: CheckWorkerTask) => {
    try {
      if (task.type === 'analyse') {
        const articles = analyseFiles(task.files);
        if (task.keep) {
          keep(task.story, task.start, articles);
          port.postMessage({ type: 'analysed', story: task.story, start: task.start } satisfies CheckWorkerReply);
        } else {
          const packed = packArticles(articles);
          port.postMessage({ type: 'analysed', story: task.story, start: task.start, articles: packed } satisfies CheckWorkerReply, [packed]);
        }
      } else if (task.type === 'articles') {
        keep(task.story, task.start, unpackArticles(task.articles));
      } else if (task.type === 'compare') {
        const list = kept.get(task.story) ?? [];
        kept.delete(task.story);
        let complete = !broken.has(task.story) && list.length === task.files.length;
        for (let i = 0; complete && i < list.length; i++) if (!list[i]) complete = false;
        if (!complete) throw new Error('articles of the story are missing');
        const output = compareStory(task.key, task.files, list, settings, keepFinding);
        port.postMessage({ type: 'output', story: task.story, output } satisfies CheckWorkerReply);
      } else {
        kept.delete(task.story);
        broken.delete(task.story);
      }
    } catch (err) {
      if (task.type === 'articles') {
        // No reply is awaited for articles; the story's comparison reports the loss.
        broken.add(task.story);
        return;
      }
      kept.delete(task.story);
      port.postMessage({ type: 'error', story: task.story, error: err instanceof Error ? err.message : String(err) } satisfies CheckWorkerReply);
    }
  });
}
