/**
 * Editorial decisions a team records in `.triangulate/decisions.json` (for example, that a
 * difference between sources has been checked and reconciled). The editor writes that file;
 * the CLI hides the same findings the editor hides.
 *
 * This is the single place where the CLI finds and reads that file: the format and the
 * matching of findings live in the core (`analysis/decisions`), and the predicate returned
 * here is passed to the report builder as `keepFinding`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decisionFilter, parseDecisions, type Finding } from '../analysis';

/** Where decisions live, relative to the workspace root. */
export const DECISIONS_FILE = path.join('.triangulate', 'decisions.json');

/** The decisions that apply to a run, as a filter on findings. */
export interface Decisions {
  /** The file read, or null when there is none. */
  file: string | null;
  /** Problems reading the file, each naming it, to print as warnings. */
  problems: string[];
  /** False for a finding that a recorded decision hides. */
  keepFinding(finding: Finding): boolean;
}

/** Where to look for decisions. */
export interface DecisionLookup {
  /** The files and folders given on the command line, relative to `cwd`. */
  inputs?: string[];
  /** A decisions file named explicitly (`--decisions`); it must exist. */
  file?: string;
}

/** The deepest folder that contains every one of the given absolute paths (`cwd` when there are none). */
export function commonFolder(cwd: string, absolutes: string[]): string {
  if (!absolutes.length) return path.resolve(cwd);
  let common = path.dirname(path.resolve(absolutes[0]));
  for (const p of absolutes.slice(1)) {
    const dir = path.dirname(path.resolve(p));
    while (common !== path.dirname(common) && dir !== common && !dir.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
      common = path.dirname(common);
    }
  }
  return common;
}

/** The nearest decisions file at or above `start`, or null. */
function findUp(start: string): string | null {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, DECISIONS_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Finds the decisions that apply: the file named with `--decisions`, else the nearest
 * `.triangulate/decisions.json` at or above the folder holding the inputs (or `cwd`). Its
 * folder's parent is the workspace root, against which decisions store their paths; finding
 * paths are relative to `cwd`.
 */
export function loadDecisions(cwd: string, lookup: DecisionLookup = {}): Decisions {
  const keepAll: Decisions = { file: null, problems: [], keepFinding: () => true };
  let file: string | null;
  if (lookup.file) {
    file = path.resolve(cwd, lookup.file);
    if (!fs.existsSync(file)) return { ...keepAll, problems: [`${lookup.file}: no such decisions file; every finding is shown`] };
  } else {
    const inputs = (lookup.inputs ?? []).map((p) => path.resolve(cwd, p));
    const folders = inputs.map((p) => {
      try {
        return fs.statSync(p).isDirectory() ? path.join(p, 'x') : p;
      } catch {
        return p;
      }
    });
    file = findUp(commonFolder(cwd, folders)) ?? findUp(path.resolve(cwd));
  }
  if (!file) return keepAll;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { file, problems: [`${file}: could not be read (${err instanceof Error ? err.message : String(err)}); every finding is shown`], keepFinding: () => true };
  }
  const root = path.basename(path.dirname(file)) === '.triangulate' ? path.dirname(path.dirname(file)) : path.dirname(file);
  const set = parseDecisions(text);
  const relativePath = (p: string) => path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/');
  return { file, problems: set.problems.map((p) => `${file}: ${p}`), keepFinding: decisionFilter(set.decisions, { relativePath }) };
}
