/**
 * A thread that analyses articles for the server (`analysisPool.ts` starts and stops it). The
 * server's bundle runs as this thread too, told apart by the data it is started with, as the
 * command line's check workers are. Each task is one article's text; the answer is the analysed
 * article and its own claims (the part of the comparison that needs nothing else), copied back
 * together by the structured clone of one message.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, prepareClaims, type Article, type PreparedClaims } from '../analysis';

/** The data an analysis thread is started with. */
export interface AnalysisWorkerData {
  triangulateAnalysisWorker: true;
}

/** One article to analyse. */
export interface AnalysisTask {
  id: number;
  path: string;
  text: string;
  maxLength?: number;
}

/** The analysed article, or why it could not be analysed; `ready` once the thread can take tasks. */
export type AnalysisReply = { id: number; article: Article; claims: PreparedClaims } | { id: number; error: string } | { ready: true };

/**
 * A short article analysed once when the thread starts: the first analysis in a thread loads
 * lexicons and compiles code, which would otherwise count against the first article's time.
 */
const WARM_UP = 'date 2025-03-14\n\nMaria Lindqvist, the harbour master, said on Friday that 40 people were evacuated. "We acted fast," she said.\n';

/** Whether the data a thread was started with marks it as an analysis thread of the server. */
export function isAnalysisWorkerData(data: unknown): data is AnalysisWorkerData {
  return typeof data === 'object' && data !== null && (data as AnalysisWorkerData).triangulateAnalysisWorker === true;
}

/** Serves tasks until the server ends this thread. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: AnalysisTask) => {
    let reply: AnalysisReply;
    try {
      const article = analyzeArticle(task.text, { path: task.path, maxLength: task.maxLength });
      reply = { id: task.id, article, claims: prepareClaims(article) };
    } catch (err) {
      // The analysis never throws by design; a failure is still answered, never left hanging.
      reply = { id: task.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
  try {
    prepareClaims(analyzeArticle(WARM_UP, { path: 'warm-up.txt' }));
  } catch {
    // Warming up only saves time; the tasks report their own failures.
  }
  port.postMessage({ ready: true } satisfies AnalysisReply);
}
