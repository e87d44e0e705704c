/**
 * Editorial decisions in the editor: reads `.triangulate/decisions.json` at the root of each
 * workspace folder, hides the findings it reconciles, and records a new decision when a person
 * marks a finding reconciled. The file's format and the matching of findings live in the core;
 * this module only finds, reads and writes the file.
 */
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { decisionFilter, parseDecisions, tryAddDecision, type Decision, type Finding } from '../analysis';
import type { Logger } from './workspace';

/** Where decisions live, relative to a workspace folder. */
export const DECISIONS_PATH = ['.triangulate', 'decisions.json'];

function fsPath(key: string): string | null {
  if (!key.startsWith('file:')) return null;
  try {
    return fileURLToPath(key);
  } catch {
    return null;
  }
}

/** True when a URI names a decisions file. */
export function isDecisionsFile(uri: string): boolean {
  return /(^|[\\/])\.triangulate[\\/]decisions\.json$/.test(fsPath(uri) ?? uri);
}

/** Today's date as `YYYY-MM-DD`, in UTC. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The decisions of every workspace folder, and the filters they imply. */
export class DecisionStore {
  private folders: string[] = [];
  private byFolder = new Map<string, Decision[]>();
  private filters = new Map<string, (f: Finding) => boolean>();

  constructor(private readonly log: Logger) {}

  /** The workspace folder (a file-system path) an article key lies in, if any. */
  folderOf(key: string): string | null {
    const p = fsPath(key);
    if (!p) return null;
    let best: string | null = null;
    for (const f of this.folders) {
      if (p.startsWith(f.endsWith(nodePath.sep) ? f : f + nodePath.sep) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /** A path relative to the folder, with forward slashes, as the decisions file stores it. */
  private relativeTo(folder: string): (path: string) => string {
    return (path: string) => {
      const p = fsPath(path) ?? path;
      return nodePath.relative(folder, p).split(nodePath.sep).join('/');
    };
  }

  /** Reads the decisions files of the given folders (file-system paths). */
  async load(folders: string[]): Promise<void> {
    this.folders = [...folders];
    this.byFolder.clear();
    this.filters.clear();
    for (const folder of folders) {
      const file = nodePath.join(folder, ...DECISIONS_PATH);
      let text: string;
      try {
        text = await fsp.readFile(file, 'utf8');
      } catch {
        continue;
      }
      const set = parseDecisions(text);
      for (const p of set.problems) this.log.warn(`${file}: ${p}`);
      this.byFolder.set(folder, set.decisions);
      this.filters.set(folder, decisionFilter(set.decisions, { relativePath: this.relativeTo(folder) }));
    }
  }

  /** False for a finding a recorded decision reconciles. */
  keep(finding: Finding): boolean {
    const folder = this.folderOf(finding.path);
    const filter = folder ? this.filters.get(folder) : undefined;
    return filter ? filter(finding) : true;
  }

  /** How many decisions are recorded. */
  get size(): number {
    let n = 0;
    for (const d of this.byFolder.values()) n += d.length;
    return n;
  }

  /**
   * Records that a finding is reconciled, in the decisions file of its workspace folder, and
   * reloads. Returns the file written, or the problems that stopped it (the file is then left
   * untouched for a person to fix).
   */
  async reconcile(finding: Finding, note: string): Promise<{ file: string | null; problems: string[] }> {
    const folder = this.folderOf(finding.path);
    if (!folder) return { file: null, problems: ['The article is not inside a workspace folder, so there is no decisions file for it.'] };
    const file = nodePath.join(folder, ...DECISIONS_PATH);
    let text = '';
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch {
      // No file yet: the decision starts one.
    }
    const next = tryAddDecision(text, finding, note, today(), { relativePath: this.relativeTo(folder) });
    if (next.text === null) return { file: null, problems: next.problems };
    await fsp.mkdir(nodePath.dirname(file), { recursive: true });
    await fsp.writeFile(file, next.text, 'utf8');
    await this.load(this.folders);
    return { file, problems: next.problems };
  }
}
