/**
 * Editorial decisions a team records in `.triangulate/decisions.json` (for example, that a
 * difference between sources has been checked and reconciled). The editor writes that file;
 * the CLI hides the same findings the editor hides.
 *
 * This is the single place where the CLI applies decisions: `loadDecisions` finds and reads
 * the file (the format and the matching of findings live in the core, `analysis/decisions`),
 * and the predicate it returns is passed to the report builder as `keepFinding`.
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
  /** Problems reading the file, to print as warnings. */
  problems: string[];
  /** False for a finding that a recorded decision hides. */
  keepFinding(finding: Finding): boolean;
}

/**
 * Looks for the decisions file in `cwd` and its ancestors (the nearest one is the workspace
 * root) and returns the filter it defines. Finding paths are relative to `cwd`; decisions
 * store paths relative to the root.
 */
export function loadDecisions(cwd: string): Decisions {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, DECISIONS_FILE);
    if (fs.existsSync(candidate)) {
      let text: string;
      try {
        text = fs.readFileSync(candidate, 'utf8');
      } catch (err) {
        return { file: candidate, problems: [`could not read it (${err instanceof Error ? err.message : String(err)})`], keepFinding: () => true };
      }
      const root = dir;
      const set = parseDecisions(text);
      const relativePath = (p: string) => path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/');
      return { file: candidate, problems: set.problems, keepFinding: decisionFilter(set.decisions, { relativePath }) };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { file: null, problems: [], keepFinding: () => true };
    dir = parent;
  }
}
