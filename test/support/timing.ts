/**
 * Time bounds of tests that guard against super-linear work. A bound is stated for a machine
 * with a core free per runnable task; on a machine busy with other work every measurement slows
 * alike, so the bound is scaled by the run queue per core (the one-minute load average over the
 * cores), never below the stated bound. A super-linear blow-up (tens or hundreds of times the
 * bound) still fails on any machine.
 */
import { availableParallelism, loadavg } from 'node:os';

/** How many times busier than one runnable task per core the machine is now (at least 1). */
export function loadFactor(): number {
  const perCore = loadavg()[0] / Math.max(1, availableParallelism());
  return Number.isFinite(perCore) ? Math.max(1, perCore) : 1;
}

/** `ms`, the bound on an unloaded machine, scaled to the machine's current load. */
export function boundMs(ms: number): number {
  return Math.round(ms * loadFactor());
}
