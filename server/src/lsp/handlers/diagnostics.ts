/**
 * Diagnostics: every finding of each story on every article it concerns, plus header problems.
 * Edits are debounced; one edit republishes every article of the edited story, and a result is
 * never published over one computed from a newer corpus.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { headerFindings, type Article, type CorpusSnapshot, type Finding, type Story } from '../../analysis';
import { lineIndexOf, toDiagnostic } from '../convert';
import type { Workspace } from '../workspace';

/** Milliseconds of quiet after an edit before the story is re-checked. */
export const DEBOUNCE_MS = 150;

/**
 * Longest delay between the first unpublished change and its publication. Changes that never
 * pause (a large folder being read) still get results this often, never only at the end.
 */
export const MAX_WAIT_MS = 1000;

/** The diagnostics of one article, computed from its story. */
export function articleDiagnostics(
  snapshot: CorpusSnapshot,
  story: Story | undefined,
  article: Article,
  uriOf: (key: string) => string,
  relatedSupport: boolean,
  keep: (finding: Finding) => boolean = () => true,
): Diagnostic[] {
  const index = lineIndexOf(article);
  const out: Diagnostic[] = [];
  const lookup = (path: string) => {
    const other = snapshot.article(path);
    return other ? { uri: uriOf(path), index: lineIndexOf(other) } : undefined;
  };
  // Header problems (an impossible date) are reported under the same rule id as in the CLI.
  for (const f of headerFindings(article)) out.push(toDiagnostic(index, f, lookup, relatedSupport));
  for (const f of story?.findings ?? []) {
    if (f.path === article.path && keep(f)) out.push(toDiagnostic(index, f, lookup, relatedSupport));
  }
  return out;
}

/** Publishes diagnostics for the stories touched by changes, after a short debounce. */
export class DiagnosticsPublisher {
  private dirty = new Set<string>();
  private all = false;
  private timer: NodeJS.Timeout | null = null;
  /** When the oldest unpublished change arrived (0 when there is none). */
  private firstDirtyAt = 0;
  /** Corpus version each URI's published diagnostics were computed from. */
  private publishedAt = new Map<string, number>();
  /** Which keys were last published under each story, to clear those that left it. */
  private storyMembers = new Map<string, Set<string>>();
  private relatedSupport = false;
  /** False for findings that must not be shown (reconciled by an editorial decision). */
  keep: (finding: Finding) => boolean = () => true;
  /** Called after each publication round, so views that summarise stories can refresh. */
  onDidPublish: () => void = () => {};

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  setRelatedSupport(value: boolean): void {
    this.relatedSupport = value;
  }

  /** Marks articles as changed and schedules a re-check. */
  schedule(keys: string[], immediate = false): void {
    for (const k of keys) this.dirty.add(k);
    this.arm(immediate ? 0 : DEBOUNCE_MS);
  }

  /** Marks every story as changed (after a settings change or a full rescan). */
  scheduleAll(immediate = false): void {
    this.all = true;
    this.arm(immediate ? 0 : DEBOUNCE_MS);
  }

  private arm(delay: number): void {
    const now = Date.now();
    if (!this.firstDirtyAt) this.firstDirtyAt = now;
    const wait = Math.max(0, Math.min(delay, this.firstDirtyAt + MAX_WAIT_MS - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.firstDirtyAt = 0;
      try {
        this.publishNow();
        this.onDidPublish();
      } catch (err) {
        this.connection.console.error(`Could not publish diagnostics: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
    }, wait);
  }

  /** Re-checks the changed stories now and publishes their diagnostics. Returns the finding count. */
  publishNow(): number {
    const snapshot = this.workspace.snapshot();
    const dirty = this.dirty;
    const all = this.all;
    this.dirty = new Set();
    this.all = false;

    const stories = new Map<string, Story>();
    if (all) {
      for (const s of snapshot.stories()) stories.set(s.id, s);
    }
    const removed: string[] = [];
    for (const key of dirty) {
      const story = snapshot.storyOf(key);
      if (story) stories.set(story.id, story);
      else removed.push(key);
    }
    // An article that left the corpus takes its problems with it, and its old story is re-checked.
    for (const key of removed) {
      for (const [id, members] of this.storyMembers) {
        if (!members.has(key)) continue;
        members.delete(key);
        const other = [...members][0];
        const story = other ? snapshot.storyOf(other) : undefined;
        if (story) stories.set(story.id, story);
        if (!members.size) this.storyMembers.delete(id);
      }
      this.send(key, [], snapshot.version);
    }
    let findings = 0;
    for (const story of stories.values()) {
      const members = new Set<string>();
      for (const article of story.articles) {
        members.add(article.path);
        this.send(article.path, articleDiagnostics(snapshot, story, article, (k) => this.workspace.uriOf(k), this.relatedSupport, this.keep), snapshot.version);
      }
      // Counted as the Problems pane lists them: hints are not shown there.
      findings += (story.findings ?? []).filter((f) => f.severity !== 'hint' && this.keep(f)).length;
      for (const old of this.storyMembers.get(story.id) ?? []) {
        if (!members.has(old) && !snapshot.article(old)) this.send(old, [], snapshot.version);
      }
      this.storyMembers.set(story.id, members);
    }
    return findings;
  }

  private send(key: string, diagnostics: Diagnostic[], version: number): void {
    // Never replace diagnostics computed from a newer corpus with older ones.
    if ((this.publishedAt.get(key) ?? -1) > version) return;
    this.publishedAt.set(key, version);
    const doc = this.workspace.documentOf(key);
    void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(key), version: doc?.version, diagnostics });
  }
}
