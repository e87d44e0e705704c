/**
 * Diagnostics: every finding of each story on every article it concerns, plus header problems.
 * Edits are debounced briefly; the re-check of the edited story runs in slices that give way to
 * newer edits and requests, publishes the edited article first and then only the articles whose
 * diagnostics changed, and never publishes a result over one computed from a newer corpus.
 */
import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { changedRegion, headerFindings, releaseClaims, type Article, type ChangedRegion, type CorpusSnapshot, type Finding, type Story } from '../../analysis';
import { lineIndexOf, sameDiagnostic, toDiagnostic } from '../convert';
import type { Notice, Workspace } from '../workspace';

/** The code of the diagnostic on an article whose analysis was stopped. */
export const NOT_ANALYSED = 'not-analysed';

/** The warning on an article left out because its analysis was stopped (too slow, out of memory). */
export function noticeDiagnostic(notice: Notice): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: notice.firstLineEnd } },
    severity: DiagnosticSeverity.Warning,
    source: 'Triangulate',
    code: NOT_ANALYSED,
    message: `Triangulate did not analyse this article: ${notice.reason}. It is left out of its story until it is edited or the limit is raised.`,
  };
}

/** The code of the diagnostic on an article that was analysed only in part. */
export const PARTLY_ANALYSED = 'partly-analysed';

/**
 * The warning on an article part of whose analysis failed or was skipped (an internal error in
 * one extractor, text over the length limit): findings about it may be missing, and silence
 * must not read as agreement.
 */
export function noteDiagnostic(article: Article, note: string): Diagnostic {
  const lineEnd = /\r\n|\r|\n/.exec(article.text);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: lineEnd ? lineEnd.index : article.text.length } },
    severity: DiagnosticSeverity.Warning,
    source: 'Triangulate',
    code: PARTLY_ANALYSED,
    message: `Triangulate analysed this article only in part: ${note} Findings about the rest may be missing.`,
  };
}

/**
 * Milliseconds of quiet after an edit before the story is re-checked, while a newer text of the
 * edited document is being analysed. Short, because the re-check costs little when the edit only
 * moved things (see `corpus/shift.ts`), and otherwise runs in slices that the next keystroke
 * abandons. When no newer text is on its way the re-check starts at once: the analysis that just
 * ended was the wait, and nothing would come of a longer one.
 */
export const DEBOUNCE_MS = 10;

/**
 * The debounce while the workspace folders are being read: changes then arrive in batches, and
 * re-checking a growing story after every batch would be wasted work.
 */
export const READING_DEBOUNCE_MS = 150;

/**
 * Longest delay between the first unpublished change and its publication. Changes that never
 * pause (a large folder being read, fast typing) still get results this often: a re-check that
 * has waited this long is no longer abandoned for newer changes.
 */
export const MAX_WAIT_MS = 1000;

/**
 * Longest delay of a story's re-check while an article new to it is being analysed, while the
 * workspace folders are read: its articles then arrive one after another, and comparing the story
 * as each arrives would redo the work (and log its problems) once per article.
 */
export const READING_MAX_WAIT_MS = 5000;

/** Longest stretch of comparison work before other messages (keystrokes, hovers) get a turn. */
export const SLICE_MS = 8;

/** Resolves on the next turn of the event loop, after pending I/O. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A fingerprint of a string (SHA-1, computed natively), so the publisher can tell whether a
 * file's diagnostics changed without keeping every published list in memory.
 */
function fingerprint(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** The fingerprint recorded for diagnostics sent without computing theirs: no fingerprint is empty. */
const UNKNOWN_PRINT = '';

/** A story's findings grouped by the article they are on, computed once per list of findings. */
const findingsByPath = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

/** The findings of a story that are on one article, in the story's order. */
function findingsOn(story: Story | undefined, path: string): readonly Finding[] {
  const all = story?.findings;
  if (!all) return [];
  let byPath = findingsByPath.get(all);
  if (!byPath) {
    byPath = new Map();
    for (const f of all) {
      const list = byPath.get(f.path);
      if (list) list.push(f);
      else byPath.set(f.path, [f]);
    }
    findingsByPath.set(all, byPath);
  }
  return byPath.get(path) ?? [];
}

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
  for (const note of article.notes) out.push(noteDiagnostic(article, note));
  for (const f of findingsOn(story, article.path)) {
    if (keep(f)) out.push(toDiagnostic(index, f, lookup, relatedSupport));
  }
  return out;
}

/**
 * Publishes diagnostics for the stories touched by changes, after a short debounce.
 *
 * A re-check runs in slices of at most `SLICE_MS`, yielding to the event loop between them, so
 * requests and keystrokes are answered while it runs; a change that arrives meanwhile abandons
 * it (unless it has waited `MAX_WAIT_MS` already) and a new one starts after the debounce. The
 * edited articles are published first, then the rest of their stories, and a file is sent only
 * when its diagnostics (or its document version) changed. A result is never published over one
 * computed from a newer corpus.
 */
export class DiagnosticsPublisher {
  private dirty = new Set<string>();
  private all = false;
  private timer: NodeJS.Timeout | null = null;
  /** When the oldest unpublished change arrived (0 when there is none). */
  private firstDirtyAt = 0;
  /** Counts changes, so a running re-check can tell that its result is already out of date. */
  private generation = 0;
  /** True while a re-check is running; a second one waits for it to end. */
  private running = false;
  /** True when a re-check was due while another was running. */
  private rerun = false;
  /** Corpus version each URI's published diagnostics were computed from. */
  private publishedAt = new Map<string, number>();
  /** Fingerprint of each URI's last published diagnostics and document version. */
  private publishedPrint = new Map<string, string>();
  /**
   * What each URI's last published diagnostics were computed from: its article, the findings
   * on it and its document version. When all three are the same objects, the diagnostics are
   * too, and are neither computed nor sent again.
   */
  private publishedFrom = new Map<string, { article: Article; findings: readonly Finding[]; version: number | undefined; others: Map<string, Article | undefined> | null }>();
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
    // Diagnostics are shaped by this: the next round must send them all again.
    this.publishedPrint.clear();
  }

  /** Marks articles as changed and schedules a re-check. */
  schedule(keys: string[], immediate = false): void {
    for (const k of keys) this.dirty.add(k);
    this.generation++;
    // An open document's change is what a person waits for: it is not held back by the longer
    // debounce that batches the files read from disk.
    const open = keys.some((k) => this.workspace.documentOf(k));
    const typing = open && keys.some((k) => this.workspace.newerTextPending(k));
    this.arm(immediate ? 0 : open ? (typing ? DEBOUNCE_MS : 0) : this.debounce());
  }

  /**
   * Marks every story as changed (after a settings change or a full rescan). Settings and
   * decisions change diagnostics without changing articles, so every file is computed and sent
   * again unless `resend` is false: then an article whose article, findings and document version
   * are those last published is left as it is.
   */
  scheduleAll(immediate = false, resend = true): void {
    this.all = true;
    if (resend) this.publishedPrint.clear();
    this.generation++;
    this.arm(immediate ? 0 : this.debounce());
  }

  private debounce(): number {
    return this.workspace.reading ? READING_DEBOUNCE_MS : DEBOUNCE_MS;
  }

  private arm(delay: number): void {
    const now = Date.now();
    if (!this.firstDirtyAt) this.firstDirtyAt = now;
    const wait = Math.max(0, Math.min(delay, this.firstDirtyAt + MAX_WAIT_MS - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) this.rerun = true;
      else void this.run();
    }, wait);
  }

  /** One re-check of the changed stories, in slices, abandoned when a newer change arrives. */
  private async run(): Promise<void> {
    this.running = true;
    const startedAt = this.firstDirtyAt || Date.now();
    this.firstDirtyAt = 0;
    const generation = this.generation;
    const dirty = this.dirty;
    const all = this.all;
    this.dirty = new Set();
    this.all = false;
    let abandoned = false;
    try {
      const snapshot = this.workspace.snapshot();
      const planned = this.plan(snapshot, dirty, all);
      // A story with an article on its way waits for it, for a while (`MAX_WAIT_MS`, or
      // `READING_MAX_WAIT_MS` while the folders are read); its changes stay due.
      const analysing = this.workspace.storiesAwaitingArticles();
      const deadline = startedAt + (this.workspace.reading ? READING_MAX_WAIT_MS : MAX_WAIT_MS);
      const waiting = new Set(Date.now() < deadline ? planned.filter((s) => analysing.has(s.id)).map((s) => s.id) : []);
      // An open document changed in a story still waiting for articles (the article opened
      // first, while the folders are read) is published at once from the articles there so far,
      // and again when its story is whole: the person reading it does not wait for the story.
      const early = new Map<string, string[]>();
      for (const story of planned) {
        if (!waiting.has(story.id)) continue;
        const open = story.articles.filter((a) => dirty.has(a.path) && this.workspace.documentOf(a.path)).map((a) => a.path);
        if (open.length) early.set(story.id, open);
      }
      const stories = planned.filter((s) => !waiting.has(s.id) || early.has(s.id));
      if (waiting.size) {
        const sent = new Set([...early.values()].flat());
        for (const k of dirty) if (!sent.has(k) && waiting.has(snapshot.storyOf(k)?.id ?? '\0')) this.dirty.add(k);
        this.all ||= all;
        this.firstDirtyAt = this.firstDirtyAt ? Math.min(this.firstDirtyAt, startedAt) : startedAt;
        // Checked again when the analysis ends (it reports a change) or at the deadline.
        this.deferUntil(deadline);
      }
      for (const story of stories) {
        const steps = story.checkSteps?.();
        if (steps) {
          let sliceStart = Date.now();
          while (!steps.next().done) {
            if (Date.now() - sliceStart < SLICE_MS) continue;
            await nextTurn();
            sliceStart = Date.now();
            // Articles arriving from disk do not abandon an early publication: it is of the story
            // as it is, and the story is published again when whole.
            if (this.generation !== generation && sliceStart < startedAt + MAX_WAIT_MS && !early.has(story.id)) {
              abandoned = true;
              break;
            }
          }
          if (abandoned) break;
        }
        const only = early.get(story.id);
        if (only) this.publishArticles(snapshot, story, only);
        else this.publishStory(snapshot, story, dirty);
      }
      if (abandoned) {
        // The newer change re-checks these too; the oldest change keeps its deadline.
        for (const k of dirty) this.dirty.add(k);
        this.all ||= all;
        this.firstDirtyAt = this.firstDirtyAt ? Math.min(this.firstDirtyAt, startedAt) : startedAt;
      } else if (!waiting.size) {
        // Views that summarise every story (the status) would compare the waiting ones now.
        this.onDidPublish();
      }
    } catch (err) {
      this.connection.console.error(`Could not publish diagnostics: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    } finally {
      this.running = false;
      if (this.rerun) {
        this.rerun = false;
        this.arm(0);
      }
    }
  }

  /** Arms a re-check at `deadline` unless one is due sooner. */
  private deferUntil(deadline: number): void {
    const wait = Math.max(0, deadline - Date.now());
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) this.rerun = true;
      else void this.run();
    }, wait);
  }

  /** Re-checks the changed stories now and publishes their diagnostics. Returns the finding count. */
  publishNow(): number {
    const snapshot = this.workspace.snapshot();
    const dirty = this.dirty;
    const all = this.all;
    this.dirty = new Set();
    this.all = false;
    let findings = 0;
    for (const story of this.plan(snapshot, dirty, all)) findings += this.publishStory(snapshot, story, dirty);
    return findings;
  }

  /**
   * The stories to re-check for a set of changed keys, those with changes first; clears the
   * diagnostics of articles that left the corpus.
   */
  private plan(snapshot: CorpusSnapshot, dirty: Set<string>, all: boolean): Story[] {
    const stories = new Map<string, Story>();
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
      // An article left out because its analysis was stopped says so.
      const notice = this.workspace.noticeOf(key);
      this.send(key, notice ? [noticeDiagnostic(notice)] : [], snapshot.version);
    }
    if (all) {
      for (const s of snapshot.stories()) if (!stories.has(s.id)) stories.set(s.id, s);
    }
    return [...stories.values()];
  }

  /** Publishes one story's diagnostics, changed articles first. Returns its finding count. */
  private publishStory(snapshot: CorpusSnapshot, story: Story, dirty: Set<string>): number {
    const members = new Set<string>();
    // Open documents are what a person is reading: theirs go out first, then the other changed
    // articles, then the rest of the story (a folder read while an article was opened changes
    // every article of its story at once).
    const rank = (a: Article): number => (dirty.has(a.path) ? (this.workspace.documentOf(a.path) ? 0 : 1) : this.workspace.documentOf(a.path) ? 2 : 3);
    const ordered = story.articles.map((a, i) => ({ a, i, r: rank(a) })).sort((x, y) => x.r - y.r || x.i - y.i);
    for (const { a: article } of ordered) {
      members.add(article.path);
      this.publishArticle(snapshot, story, article);
    }
    for (const old of this.storyMembers.get(story.id) ?? []) {
      if (!members.has(old) && !snapshot.article(old)) this.send(old, [], snapshot.version);
    }
    this.storyMembers.set(story.id, members);
    // A story with no article open is not being edited: its claims are not kept for the next
    // comparison, which would need them only after an edit.
    if (!story.articles.some((a) => this.workspace.documentOf(a.path))) releaseClaims(story.articles);
    // Counted as the Problems pane lists them: hints are not shown there.
    let findings = 0;
    for (const f of story.findings ?? []) if (f.severity !== 'hint' && this.keep(f)) findings++;
    return findings;
  }

  /** Publishes some articles of a story that is not whole yet; the story is published in full later. */
  private publishArticles(snapshot: CorpusSnapshot, story: Story, keys: readonly string[]): void {
    for (const article of story.articles) if (keys.includes(article.path)) this.publishArticle(snapshot, story, article);
  }

  /** Publishes one article's diagnostics, unless they are those last sent. */
  private publishArticle(snapshot: CorpusSnapshot, story: Story, article: Article): void {
    const findings = findingsOn(story, article.path);
    const version = this.workspace.versionOf(article.path);
    const from = this.publishedFrom.get(article.path);
    if (
      from &&
      from.article === article &&
      from.version === version &&
      this.publishedPrint.has(article.path) &&
      (this.publishedAt.get(article.path) ?? -1) <= snapshot.version &&
      (sameList(from.findings, findings) || sameDiagnostics(from.findings, findings, this.keep)) &&
      (!from.others || sameRelatedPlaces(findings, from.others, snapshot))
    ) {
      this.publishedAt.set(article.path, snapshot.version);
      // Findings found again with nothing shown changed: they stand for what was sent, and
      // their related places are still read from the articles the diagnostics were made from.
      if (from.findings !== findings) this.publishedFrom.set(article.path, { ...from, findings });
      return;
    }
    // The same article and version with findings that say something else (another count, other
    // words): the diagnostics changed, and their fingerprint would tell nothing. Findings only
    // moved by an edit of another article keep their messages, and may keep their lines too.
    const changed = !!from && from.article === article && from.version === version && this.publishedPrint.has(article.path) && otherMessages(from.findings, findings);
    this.send(article.path, articleDiagnostics(snapshot, story, article, (k) => this.workspace.uriOf(k), this.relatedSupport, this.keep), snapshot.version, changed);
    this.publishedFrom.set(article.path, { article, findings, version, others: relatedArticles(findings, snapshot) });
  }

  /** Sends a file's diagnostics, unless they are those last sent; `changed` when they are known to differ. */
  private send(key: string, diagnostics: Diagnostic[], version: number, changed = false): void {
    // Never replace diagnostics computed from a newer corpus with older ones.
    if ((this.publishedAt.get(key) ?? -1) > version) return;
    this.publishedAt.set(key, version);
    this.publishedFrom.delete(key);
    // The version is that of the text the diagnostics were computed from, which may be a
    // keystroke behind the document while a newer text is analysed.
    const documentVersion = this.workspace.versionOf(key);
    const uri = this.workspace.uriOf(key);
    // A file whose diagnostics and document version are what was last sent is not sent again.
    // Diagnostics known to have changed are sent without their fingerprint, recorded as one
    // that matches none.
    const print = changed ? UNKNOWN_PRINT : fingerprint(JSON.stringify([uri, documentVersion ?? null, diagnostics]));
    if (!changed && this.publishedPrint.get(key) === print) return;
    this.publishedPrint.set(key, print);
    void this.connection.sendDiagnostics({ uri, version: documentVersion, diagnostics });
  }
}

/**
 * The other articles the findings' related places are in, as the snapshot holds them: their
 * line and character positions are read from those articles. Null when there are none.
 */
function relatedArticles(findings: readonly Finding[], snapshot: CorpusSnapshot): Map<string, Article | undefined> | null {
  let out: Map<string, Article | undefined> | null = null;
  for (const f of findings) for (const r of f.related) if (!out?.has(r.path)) (out ??= new Map()).set(r.path, snapshot.article(r.path));
  return out;
}

/** The region an edit changed between two texts of an article, for the last pair asked about. */
let lastRegion: { before: Article; after: Article; region: ChangedRegion; lines: boolean } | null = null;

/**
 * Whether every related place of the findings lies where it did (the same line and character)
 * in the articles as they are now as in those the diagnostics were computed from: the article is
 * the same, or the place ends before an edit of it, or the edit kept the length and changed no
 * line break (a digit typed over).
 */
function sameRelatedPlaces(findings: readonly Finding[], others: Map<string, Article | undefined>, snapshot: CorpusSnapshot): boolean {
  for (const f of findings) {
    for (const r of f.related) {
      if (!others.has(r.path)) return false;
      const before = others.get(r.path);
      const after = snapshot.article(r.path);
      if (before === after) continue;
      if (!before || !after) return false;
      if (lastRegion?.before !== before || lastRegion.after !== after) {
        const region = changedRegion(before.text, after.text);
        const breaks = /[\r\n]/;
        const lines = region.newEnd === region.oldEnd && !breaks.test(before.text.slice(region.start, region.oldEnd)) && !breaks.test(after.text.slice(region.start, region.newEnd));
        lastRegion = { before, after, region, lines };
      }
      if (!lastRegion.lines && r.end > lastRegion.region.start) return false;
    }
  }
  return true;
}

/** Whether two lists of findings differ in length or in the message of one of them. */
function otherMessages(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return false;
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (a[i].message !== b[i].message) return true;
  return false;
}

/**
 * Whether two lists of findings on one article make the same diagnostics (`sameDiagnostic`),
 * each shown or hidden alike by the editorial decisions.
 */
function sameDiagnostics(a: readonly Finding[], b: readonly Finding[], keep: (finding: Finding) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (!sameDiagnostic(a[i], b[i]) || keep(a[i]) !== keep(b[i]))) return false;
  return true;
}

/** Whether two lists hold the same objects in the same order. */
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
