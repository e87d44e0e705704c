/**
 * How the server's heap grows. V8 sizes its heap for throughput: after each full collection it
 * lets the heap grow to a multiple of what is live before collecting again, so a server that
 * holds 100 MB of analysed articles can reach several times that while it compares a large
 * workspace, and keeps the memory afterwards. A language server lives for hours next to an
 * editor, so it trades a little collection time for a footprint that follows what it holds.
 *
 * Measured on a workspace of 1,000 generated articles read and compared in one process: peak
 * resident memory 516 MB with V8's default growth, 310 MB with 40 % (4 % more CPU time), 278 MB
 * with 20 % (10 % more). The server on the same workspace peaked at 480 MB before this setting
 * and at 350 MB with it. Later, with more comparisons, 30 % → 15 %: peak after the bench's edits
 * 449 → 417 MiB (3 runs each in turns); the main thread spends a few percent more on
 * collections, and a claim edit meets a full collection a little more often (docs/performance.md,
 * 2026-12-05).
 */
import { setFlagsFromString } from 'node:v8';

/** How much the heap may grow past what is live after a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 15;

/** Applies the heap settings; the flags take effect at the next collection. Never throws. */
export function tuneHeap(): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
    // An engine without the flag keeps its defaults.
  }
}
