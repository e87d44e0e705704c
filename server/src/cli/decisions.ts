/**
 * Editorial decisions a team records in `.triangulate/decisions.json` (for example, that a
 * difference between sources has been checked and reconciled). The editor writes that file;
 * the CLI must hide the same findings the editor hides.
 *
 * This is the single place where the CLI applies decisions: `loadDecisions` finds and reads
 * the file, and the predicate it returns is passed to the report builder as `keepFinding`.
 * Until the file's format is settled it keeps every finding; the format, once defined, is
 * read here and nowhere else.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../analysis';

/** Where decisions live, relative to the folder being checked. */
export const DECISIONS_FILE = path.join('.triangulate', 'decisions.json');

/** The decisions that apply to a run, as a filter on findings. */
export interface Decisions {
  /** The file read, or null when there is none. */
  file: string | null;
  /** False for a finding that a recorded decision hides. */
  keepFinding(finding: Finding): boolean;
}

/** Looks for the decisions file in `root` and its ancestors, and returns the filter it defines. */
export function loadDecisions(root: string): Decisions {
  let dir = path.resolve(root);
  for (;;) {
    const candidate = path.join(dir, DECISIONS_FILE);
    if (fs.existsSync(candidate)) return { file: candidate, keepFinding: () => true };
    const parent = path.dirname(dir);
    if (parent === dir) return { file: null, keepFinding: () => true };
    dir = parent;
  }
}
