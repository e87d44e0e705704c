/**
 * Reads a V8 `.cpuprofile` (as written by `node --cpu-prof`) and lists the functions where the
 * time went: self time (samples in the function itself) and total time (the function and what
 * it called, counted once per sample even under recursion).
 *
 * Run alone: `node out/scripts/bench/profile.js FILE.cpuprofile [N]` prints the top N entries.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One function's share of a profile. */
export interface ProfileEntry {
  /** Function name and where it is defined (file base name and 1-based line). */
  name: string;
  selfMs: number;
  totalMs: number;
  selfPercent: number;
  totalPercent: number;
}

/** The profile's duration and its functions, by self time and by total time. */
export interface ProfileSummary {
  totalMs: number;
  bySelf: ProfileEntry[];
  byTotal: ProfileEntry[];
}

function label(node: ProfileNode): string {
  const f = node.callFrame;
  const name = f.functionName || '(anonymous)';
  if (!f.url) return name;
  const file = f.url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
  return `${name} (${file}:${f.lineNumber + 1})`;
}

/** Summarises a `.cpuprofile` file; `top` entries in each list. */
export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // Time of each sample: V8 records the delta before each sample.
  const selfByNode = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    selfByNode.set(profile.samples[i], (selfByNode.get(profile.samples[i]) ?? 0) + dt);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of selfByNode) {
    const node = byId.get(id);
    if (!node) continue;
    const own = label(node);
    self.set(own, (self.get(own) ?? 0) + ms);
    // Walk up the stack, counting each function once per sample even when it recurses.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const entry = (name: string): ProfileEntry => ({
    name,
    selfMs: self.get(name) ?? 0,
    totalMs: total.get(name) ?? 0,
    selfPercent: (100 * (self.get(name) ?? 0)) / totalMs,
    totalPercent: (100 * (total.get(name) ?? 0)) / totalMs,
  });
  const skip = (n: string) => n.startsWith('(root)') || n.startsWith('(program)') || n.startsWith('(idle)');
  const bySelf = [...self.keys()].filter((n) => !n.startsWith('(root)')).map(entry).sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const byTotal = [...total.keys()].filter((n) => !skip(n)).map(entry).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  return { totalMs, bySelf, byTotal };
}

// Run as a script only when this file is the entry point, not when bundled into the benchmark.
if (/profile\.js$/.test(process.argv[1] ?? '')) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 25);
  const s = summariseProfile(file, top);
  const row = (e: ProfileEntry) => `${e.selfMs.toFixed(0).padStart(8)} ms ${e.selfPercent.toFixed(1).padStart(5)}%  ${e.totalMs.toFixed(0).padStart(8)} ms ${e.totalPercent.toFixed(1).padStart(5)}%  ${e.name}`;
  process.stdout.write(`profile: ${s.totalMs.toFixed(0)} ms\n\nby self time (self, total):\n${s.bySelf.map(row).join('\n')}\n\nby total time (self, total):\n${s.byTotal.map(row).join('\n')}\n`);
}
