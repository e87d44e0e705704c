/**
 * Times the slow-input shapes against ordinary news of the same size. Each measurement runs in
 * a child process of its own, so its peak memory is its own and a shape that hangs is stopped
 * at the time limit and reported as such.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, compareStory, linkEntities } from '../../server/src/analysis';
import { SLOW_SHAPES, ordinaryNews } from './shapes';

/** One measurement: a shape (or ordinary news) at one size. */
export interface ShapeTiming {
  shape: string;
  size: number;
  /** Milliseconds for analysis, linking and comparison; null when it did not finish in time. */
  ms: number | null;
  /** Peak resident memory of the process, in MB. */
  peakMb: number | null;
  /** Names found, as a check that the work was done and not dropped. */
  mentions: number | null;
  /** Notes of internal errors the analysis reported. */
  errors: string[];
}

/** Builds the text of a shape (or `ordinary`) at a size. */
export function shapeText(root: string, shape: string, size: number): string {
  if (shape === 'ordinary') return ordinaryNews(root, size);
  const s = SLOW_SHAPES.find((x) => x.name === shape);
  if (!s) throw new Error(`no shape named ${shape}`);
  return s.build(size);
}

/** Analyses, links and compares one article in this process; what the child prints. */
export function measureHere(root: string, shape: string, size: number): ShapeTiming {
  const text = shapeText(root, shape, size);
  const t0 = performance.now();
  const article = analyzeArticle(text, { path: `story/${shape}.txt` });
  const linking = linkEntities([article]);
  compareStory([article], linking);
  const ms = performance.now() - t0;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { shape, size, ms, peakMb, mentions: article.mentions.length, errors: article.notes.filter((n) => /Internal error/.test(n)) };
}

/** Runs one measurement in a child process of `script`, stopped after `limitMs`. */
export function measureInChild(script: string, root: string, shape: string, size: number, limitMs: number): ShapeTiming {
  const r = spawnSync(process.execPath, [script, '--measure', shape, String(size), root], { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 20 });
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as ShapeTiming;
  } catch {
    const why = r.error ? String(r.error.message) : (r.stderr ?? '').trim().split('\n').slice(-1)[0] ?? '';
    return { shape, size, ms: null, peakMb: null, mentions: null, errors: [why || `exited with ${r.status}`] };
  }
}

/** A row of the report: a shape's cost per KB and its ratio to ordinary news of its size. */
export interface ShapeRow extends ShapeTiming {
  msPerKb: number | null;
  ratio: number | null;
}

/** Measures ordinary news and every shape at each size; `only` limits the shapes. */
export function measureShapes(script: string, root: string, sizes: number[], limitMs: number, only?: string[], log?: (row: ShapeRow) => void): ShapeRow[] {
  const rows: ShapeRow[] = [];
  for (const size of sizes) {
    const base = measureInChild(script, root, 'ordinary', size, limitMs);
    const baseRow: ShapeRow = { ...base, msPerKb: base.ms === null ? null : base.ms / (size / 1024), ratio: 1 };
    rows.push(baseRow);
    log?.(baseRow);
    for (const shape of SLOW_SHAPES) {
      if (only && !only.includes(shape.name)) continue;
      const t = measureInChild(script, root, shape.name, size, limitMs);
      const row: ShapeRow = { ...t, msPerKb: t.ms === null ? null : t.ms / (size / 1024), ratio: t.ms === null || !base.ms ? null : t.ms / base.ms };
      rows.push(row);
      log?.(row);
    }
  }
  return rows;
}

/** One line of text for a row. */
export function formatRow(r: ShapeRow): string {
  const kb = `${Math.round(r.size / 1024)} KB`;
  if (r.ms === null) return `${r.shape.padEnd(14)} ${kb.padStart(8)}  did not finish (${r.errors.join('; ')})`;
  const ratio = r.ratio === null ? '' : `×${r.ratio.toFixed(1)}`;
  const errors = r.errors.length ? `  ERRORS: ${r.errors.join('; ')}` : '';
  return `${r.shape.padEnd(14)} ${kb.padStart(8)}  ${Math.round(r.ms).toString().padStart(7)} ms  ${r.msPerKb!.toFixed(1).padStart(7)} ms/KB  ${ratio.padStart(7)}  ${String(r.peakMb).padStart(5)} MB  ${r.mentions} names${errors}`;
}
