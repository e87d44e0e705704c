/**
 * How soon V8's optimising compiler takes up the command line tool's functions.
 *
 * A check is a batch of seconds to minutes, run in fresh threads, and V8 counts how much of a
 * function's bytecode has run before it compiles the function with TurboFan. At the default
 * budget it compiled the large extractors and comparisons (the claims of an article, event
 * grouping, quantity alignment) early, on the type feedback of the first few articles, then
 * threw the code away as later articles showed objects of other shapes, and compiled them
 * again: eight times for the claims of an article on the generated 1,000. Each thread does this
 * on its own, and the compiler's threads took about a third of the check's CPU. With a budget
 * sixteen times the default a function is compiled once it has run for a while, with feedback
 * from more articles: fewer functions are compiled, and each fewer times.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/** Sixteen times V8's default interrupt budget (66 KB of bytecode in Node 20). */
const INTERRUPT_BUDGET = 16 * 67_584;

/**
 * Sets the budget for this process (every worker thread started after it included), unless
 * the user chose one (`node --interrupt-budget=… triangulate`, or in `NODE_OPTIONS`). Call in
 * the main thread, before any worker thread starts: V8's flags are shared by the whole process.
 */
export function tuneCompiler(): void {
  if (!isMainThread) return;
  const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--interrupt[-_]budget\b/.test(a));
  if (!chosen) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
