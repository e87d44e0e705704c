/**
 * A worker thread of `triangulate check`: it receives one story at a time from the main
 * thread, checks it and sends back its part of the output. The thread reads the decisions
 * file itself, since the filter it builds cannot be sent between threads.
 */
import { parentPort } from 'node:worker_threads';
import { checkStory, type StoryInput } from './checkStory';
import { loadDecisions } from './decisions';
import type { CheckWorkerData, CheckWorkerReply } from './checkRun';

/** Whether the data a thread was started with marks it as a worker of the check. */
export function isCheckWorkerData(data: unknown): data is CheckWorkerData {
  return typeof data === 'object' && data !== null && (data as CheckWorkerData).triangulateCheckWorker === true;
}

/** Serves stories until the main thread ends this thread. */
export function runCheckWorker(data: CheckWorkerData): void {
  const port = parentPort;
  if (!port) return;
  const decisions = loadDecisions(data.cwd, data.decisions);
  const settings = { format: data.format, scope: data.scope };
  port.on('message', (message: { id: number; story: StoryInput }) => {
    let reply: CheckWorkerReply;
    try {
      reply = { id: message.id, output: checkStory(message.story, settings, decisions.keepFinding) };
    } catch (err) {
      reply = { id: message.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
