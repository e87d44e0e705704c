/**
 * The articles the server knows: documents open in the editor, and every `*.article` or `*.txt`
 * file in the workspace folders, read from disk. It pushes their text into the analysis corpus
 * and hands out snapshots for queries. Open documents win over the copy on disk.
 */
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { adoptClaims, Corpus, stripBom, type Article, type CorpusOptions, type CorpusSnapshot, type PreparedClaims } from '../analysis';
import { DEFAULT_MAX_FILE_SIZE, filePathOf as fsPathOf, isArticleName, isInside, listArticleFiles, readArticleFile } from '../host';
import { AnalysisPool, DEFAULT_ANALYSIS_TIME_LIMIT_MS } from './analysisPool';
import { ArticleJobs } from './articleJobs';

/** Most files read from one workspace folder, so a huge tree cannot stall the server. */
const MAX_FILES_PER_FOLDER = 20_000;

/** Most files read from disk and waiting for their analysis: reading stays just ahead of it. */
const READ_AHEAD = 8;

/** Why an article is not in the corpus although it was read: its analysis was stopped. */
export interface Notice {
  reason: string;
  /** The text whose analysis was stopped, so the same text is not tried again. */
  text: string;
  /** Where the article's first line ends, for a diagnostic on it. */
  firstLineEnd: number;
}

/** Where log messages go (the connection's console, or a test's collector). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * The key an article has in the corpus: a normalised `file:` URI for files (so a URI sent by
 * the editor and one built from a disk path agree), the URI itself for anything else.
 */
export function keyOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/**
 * Holds the corpus and keeps it in step with the editor and the disk. Articles are analysed in
 * worker threads (`analysisPool.ts`); the corpus takes each article when its analysis ends, and
 * `onDidChange` reports it then.
 */
export class Workspace {
  readonly corpus = new Corpus();
  /** The analyses asked for and not yet ended. */
  readonly jobs: ArticleJobs;
  /** The URI to publish with, per corpus key (the editor's own spelling for open documents). */
  private readonly uris = new Map<string, string>();
  /** The document version of each open article's text in the corpus. */
  private readonly versions = new Map<string, number | undefined>();
  /** Articles whose analysis was stopped, with the reason. */
  private readonly notices = new Map<string, Notice>();
  /**
   * The text of each open document last handed to the corpus, so a change is analysed whenever
   * the text changed, whatever version number the editor gave it.
   */
  private readonly handed = new Map<string, string>();
  /** Open documents by key. */
  private readonly open = new Map<string, TextDocument>();
  /** Keys of articles that came from disk. */
  private readonly fromDisk = new Set<string>();
  /** Files left out, with the reason, so each is logged once. */
  readonly skipped = new Map<string, string>();
  private folders: string[] = [];
  private cached: CorpusSnapshot | null = null;
  private maxFileSize = DEFAULT_MAX_FILE_SIZE;

  /** Called with the keys whose articles changed (added, edited or removed). */
  onDidChange: (keys: string[]) => void = () => {};

  /** Called while the folders are read: files done, files in all, and at the end (done === total). */
  onProgress: (done: number, total: number) => void = () => {};

  constructor(
    private readonly log: Logger,
    pool: AnalysisPool = new AnalysisPool({ script: null, timeLimitMs: DEFAULT_ANALYSIS_TIME_LIMIT_MS, log: (line) => log.warn(line) }),
  ) {
    this.jobs = new ArticleJobs(pool);
    this.jobs.onAnalysed = (key, article, claims, version) => this.analysed(key, article, claims, version);
    this.jobs.onStopped = (key, reason, text, version) => this.stopped(key, reason, text, version);
  }

  /** The URI to use for an article key in messages to the client. */
  uriOf(key: string): string {
    return this.uris.get(key) ?? key;
  }

  /** The open document for a key, if any. */
  documentOf(key: string): TextDocument | undefined {
    return this.open.get(key);
  }

  /**
   * Applies the settings. A longer time limit tries again the articles whose analysis was
   * stopped for taking too long.
   */
  configure(options: CorpusOptions, maxFileSize: number, analysisTimeLimitMs: number = DEFAULT_ANALYSIS_TIME_LIMIT_MS): void {
    this.corpus.configure(options);
    this.jobs.maxLength = options.maxLength;
    this.maxFileSize = maxFileSize;
    this.cached = null;
    const longer = analysisTimeLimitMs > this.jobs.pool.timeLimitMs;
    this.jobs.pool.timeLimitMs = analysisTimeLimitMs;
    if (longer) {
      // Each stays listed as left out until its analysis ends.
      for (const [key, notice] of this.notices) this.jobs.submit(key, notice.text, this.open.get(key)?.version, this.open.has(key));
    }
  }

  /**
   * A snapshot of the corpus, cached until the corpus next changes, so requests between edits
   * share it. Articles whose analysis has not ended are there as they were before it.
   */
  snapshot(): CorpusSnapshot {
    if (!this.cached) this.cached = this.corpus.snapshot();
    return this.cached;
  }

  /** The document version of an open article's text in the corpus (undefined for files read from disk). */
  versionOf(key: string): number | undefined {
    return this.open.has(key) ? this.versions.get(key) : undefined;
  }

  /** Why an article was read but left out of the corpus by its analysis, if it was. */
  noticeOf(key: string): Notice | undefined {
    return this.notices.get(key);
  }

  /**
   * Resolves once the article's text as it is now has been analysed; null when nothing about
   * it is pending, so a request about it can be answered at once.
   */
  whenAnalysed(key: string): Promise<void> | null {
    return this.jobs.whenAnalysed(key);
  }

  /**
   * The keys of the stories (see `Corpus.storyKeyOf`) with an article on its way: being analysed
   * and not yet in the corpus. An article edited while in the corpus does not count: its story
   * can be compared with the text analysed before.
   */
  storiesAwaitingArticles(): Set<string> {
    const out = new Set<string>();
    for (const key of this.jobs.keys()) if (!this.corpus.article(key)) out.add(this.corpus.storyKeyOf(key));
    return out;
  }

  /**
   * True when a newer text of the article than the one in the corpus is on its way (typed while
   * the last one was analysed): its analysis will report another change soon.
   */
  newerTextPending(key: string): boolean {
    const latest = this.jobs.latest(key);
    return latest !== undefined && stripBom(latest) !== this.corpus.article(key)?.text;
  }

  /** Resolves once no analysis runs or waits; null when none does. */
  settled(): Promise<void> | null {
    return this.jobs.settled();
  }

  /** An analysis ended: the article joins the corpus. */
  private analysed(key: string, article: Article, claims: PreparedClaims | null, version: number | undefined): void {
    if (claims) adoptClaims(article, claims);
    this.corpus.putArticle(article);
    this.cached = null;
    this.versions.set(key, version);
    if (this.notices.delete(key)) this.skipped.delete(key);
    this.onDidChange([key]);
  }

  /** An analysis was stopped: the article is left out, and says why. */
  private stopped(key: string, reason: string, text: string, version: number | undefined): void {
    if (this.corpus.removeArticle(key)) this.cached = null;
    this.versions.set(key, version);
    const firstLine = text.search(/[\r\n]/);
    this.notices.set(key, { reason, text, firstLineEnd: firstLine < 0 ? text.length : firstLine });
    this.log.warn(`Left out ${fsPathOf(key) ?? this.uriOf(key)}: ${reason}.`);
    this.skipped.set(key, reason);
    this.onDidChange([key]);
  }

  /**
   * Analyses an open document's text, unless it is over the size limit: then the article is
   * left out (with one message) so a huge paste cannot freeze the server. Returns whether
   * anything changed now (see `set`).
   */
  private setOpen(key: string, text: string): boolean {
    // UTF-8 takes at least one byte per UTF-16 unit, so only long texts need counting.
    const bytes = text.length > this.maxFileSize / 3 ? Buffer.byteLength(text, 'utf8') : text.length;
    if (bytes > this.maxFileSize) {
      return this.skip(key, this.uriOf(key), `it is ${bytes.toLocaleString('en')} bytes, over triangulate.maxFileSize (${this.maxFileSize.toLocaleString('en')})`) || this.open.has(key);
    }
    this.skipped.delete(key);
    return this.set(key, text);
  }

  /**
   * Asks for the analysis of an article's text, unless that text is in the corpus already or its
   * analysis was stopped before. The corpus changes when the analysis ends, and `onDidChange`
   * says so then; this returns true only when something changed now: the text was there
   * already, and only the document version it stands for moved.
   */
  private set(key: string, text: string): boolean {
    const doc = this.open.get(key);
    const notice = this.notices.get(key);
    // The article stays listed as left out until a new text of it is analysed.
    if (notice) this.skipped.set(key, notice.reason);
    if (!this.jobs.busy(key)) {
      // Text already in the corpus needs no analysis: only its document version moves.
      if (!notice && this.corpus.article(key)?.text === stripBom(text)) {
        this.versions.set(key, doc?.version);
        return true;
      }
      // Text whose analysis was stopped is not tried again until the settings change.
      if (notice?.text === text) return false;
    }
    this.jobs.submit(key, text, doc?.version, !!doc);
    return false;
  }

  private remove(key: string): void {
    this.jobs.forget(key);
    if (this.corpus.removeArticle(key)) this.cached = null;
    this.fromDisk.delete(key);
    this.notices.delete(key);
    this.versions.delete(key);
  }

  /** An editor opened a document. */
  didOpen(doc: TextDocument): void {
    const key = keyOf(doc.uri);
    this.uris.set(key, doc.uri);
    this.open.set(key, doc);
    this.handed.set(key, doc.getText());
    if (this.setOpen(key, doc.getText())) this.onDidChange([key]);
    // An article opened from outside the workspace folders is still compared with the
    // articles beside it: read that one folder (not its subfolders) once.
    const path = fsPathOf(key);
    if (path && !this.inFolders(path)) {
      const dir = nodePath.dirname(path);
      if (!this.extraDirs.has(dir)) {
        this.extraDirs.add(dir);
        void this.readSiblings(dir).catch((err) => this.log.warn(`Could not read the articles beside ${path}: ${err instanceof Error ? err.message : String(err)}`));
      }
    }
  }

  /** Folders outside the workspace whose articles were read because one of them was opened. */
  private readonly extraDirs = new Set<string>();

  private async readSiblings(dir: string): Promise<void> {
    const { files } = await listArticleFiles(dir, { recursive: false, maxFiles: MAX_FILES_PER_FOLDER });
    const changed: string[] = [];
    for (const full of files) {
      // The document that asked for the folder may close while it is read.
      if (!this.extraDirs.has(dir)) break;
      const key = pathToFileURL(full).href;
      if (this.open.has(key)) continue;
      if (await this.readFile(key, full)) changed.push(key);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!this.extraDirs.has(dir)) changed.push(...this.release(dir));
    if (changed.length) this.onDidChange(changed);
  }

  /**
   * Forgets the articles read from a folder outside the workspace, unless a document of it is
   * open. Returns the keys that left the corpus.
   */
  private release(dir: string): string[] {
    const inDir = (key: string) => {
      const p = fsPathOf(key);
      return !!p && nodePath.dirname(p) === dir;
    };
    if ([...this.open.keys()].some(inDir)) return [];
    this.extraDirs.delete(dir);
    const released: string[] = [];
    for (const key of [...this.fromDisk]) {
      if (!inDir(key)) continue;
      this.remove(key);
      this.uris.delete(key);
      released.push(key);
    }
    for (const key of [...this.skipped.keys()]) if (inDir(key)) this.skipped.delete(key);
    return released;
  }

  /** An editor changed a document: its text is analysed, and reported when the analysis ends. */
  didChange(doc: TextDocument): void {
    const key = keyOf(doc.uri);
    // The protocol library reports an opened document as changed too; it is analysed already.
    // A change is recognised by its text, not its version: an editor may repeat a version.
    const text = doc.getText();
    if (this.open.get(key) === doc && this.handed.get(key) === text) return;
    this.handed.set(key, text);
    this.open.set(key, doc);
    if (this.setOpen(key, text)) this.onDidChange([key]);
  }

  /**
   * An editor closed a document: fall back to the file on disk, or forget it. The last document
   * of a folder outside the workspace takes the articles read beside it along.
   */
  async didClose(doc: TextDocument): Promise<void> {
    const key = keyOf(doc.uri);
    this.open.delete(key);
    this.handed.delete(key);
    const path = fsPathOf(key);
    const dir = path ? nodePath.dirname(path) : null;
    const changed = [key];
    if (path && dir && isArticleName(path) && !this.inFolders(path) && this.extraDirs.has(dir)) {
      this.remove(key);
      this.uris.delete(key);
      const released = this.release(dir);
      // Another document of the folder is still open: the closed one is read from disk again.
      if (this.extraDirs.has(dir)) await this.readFile(key, path);
      changed.push(...released.filter((k) => k !== key));
    } else if (path && isArticleName(path) && this.inFolders(path)) {
      this.uris.delete(key);
      await this.readFile(key, path);
    } else {
      this.remove(key);
      this.uris.delete(key);
      this.skipped.delete(key);
    }
    this.onDidChange(changed);
  }

  private inFolders(path: string): boolean {
    return this.folders.some((f) => isInside(f, path));
  }

  /** The workspace folders as file-system paths. */
  get folderPaths(): string[] {
    return [...this.folders];
  }

  /** Sets the workspace folders (as URIs) and reads the articles in them. */
  async setFolders(folderUris: string[]): Promise<void> {
    const paths = folderUris.map((u) => fsPathOf(keyOf(u))).filter((p): p is string => !!p);
    const removed = this.folders.filter((f) => !paths.includes(f));
    this.folders = paths;
    const changed: string[] = [];
    for (const key of [...this.fromDisk]) {
      const p = fsPathOf(key);
      if (p && removed.some((f) => p.startsWith(f + nodePath.sep)) && !this.open.has(key)) {
        this.remove(key);
        changed.push(key);
      }
    }
    if (changed.length) this.onDidChange(changed);
    await this.rescan();
  }

  /** True while the workspace folders are being read. */
  reading = false;

  /** Reads every article in the workspace folders again, and waits for their analysis. Returns how many were read. */
  async rescan(): Promise<number> {
    this.reading = true;
    try {
      const count = await this.readFolders();
      await this.settled();
      return count;
    } finally {
      this.reading = false;
    }
  }

  private async readFolders(): Promise<number> {
    const seen = new Set<string>();
    const lists: string[][] = [];
    for (const folder of this.folders) {
      const listed = await listArticleFiles(folder, { maxFiles: MAX_FILES_PER_FOLDER });
      if (listed.truncated) this.log.warn(`Stopped reading ${folder} after ${MAX_FILES_PER_FOLDER.toLocaleString('en')} articles.`);
      lists.push(listed.files);
    }
    // Articles beside the open documents come first, so their stories are complete soonest.
    const openDirs = new Set([...this.open.keys()].map((k) => fsPathOf(k)).filter((p): p is string => !!p).map((p) => nodePath.dirname(p)));
    const all = lists.flat();
    const files = [...all.filter((f) => openDirs.has(nodePath.dirname(f))), ...all.filter((f) => !openDirs.has(nodePath.dirname(f)))];
    let changed: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const key = pathToFileURL(files[i]).href;
      seen.add(key);
      if (this.open.has(key)) continue;
      if (await this.readFile(key, files[i])) changed.push(key);
      // Let requests and edits through after every file, so none waits for more than one
      // article's analysis; report progress in batches.
      await new Promise((resolve) => setImmediate(resolve));
      if (i % 32 === 31) this.onProgress(i + 1, files.length);
      if (changed.length >= 32) {
        this.onDidChange(changed);
        changed = [];
      }
    }
    this.onProgress(files.length, files.length);
    for (const key of [...this.fromDisk]) {
      const p = fsPathOf(key);
      if (p && this.extraDirs.has(nodePath.dirname(p))) continue;
      if (!seen.has(key) && !this.open.has(key)) {
        this.remove(key);
        changed.push(key);
      }
    }
    if (changed.length) this.onDidChange(changed);
    return seen.size;
  }

  /**
   * Reads one article from disk into the corpus. Files over the size limit, binary files and
   * invalid UTF-8 are left out with one message each. Returns whether anything changed now;
   * a text to analyse is reported when its analysis ends.
   */
  private async readFile(key: string, path: string): Promise<boolean> {
    // Files are read just ahead of their analysis, so the texts waiting for it stay few.
    await this.jobs.pool.whenRoom(READ_AHEAD);
    const read = await readArticleFile(path, this.maxFileSize, 'triangulate.maxFileSize');
    if ('reason' in read && read.missing) {
      // Deleted between listing and reading: forget it.
      const had = this.fromDisk.has(key);
      this.remove(key);
      return had;
    }
    if (this.open.has(key)) return false;
    if ('reason' in read) return this.skip(key, path, read.reason);
    this.skipped.delete(key);
    this.fromDisk.add(key);
    return this.set(key, read.text);
  }

  private skip(key: string, path: string, reason: string): boolean {
    // One message per file while it stays skipped, however often it is edited or re-read.
    if (!this.skipped.has(key)) this.log.warn(`Skipped ${path}: ${reason}.`);
    this.skipped.set(key, reason);
    const had = this.fromDisk.has(key);
    this.remove(key);
    return had;
  }

  /** Files changed on disk (from the client's file watcher). */
  async didChangeFiles(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    const changed: string[] = [];
    for (const change of changes) {
      const key = keyOf(change.uri);
      const path = fsPathOf(key);
      if (!path || this.open.has(key)) continue;
      if (change.type === 3) {
        // A deleted folder arrives as one event for the folder itself.
        for (const k of [...this.fromDisk]) {
          if (k === key || k.startsWith(key.endsWith('/') ? key : key + '/')) {
            this.remove(k);
            changed.push(k);
          }
        }
        this.skipped.delete(key);
      } else if (isArticleName(path) && this.inFolders(path)) {
        if (await this.readFile(key, path)) changed.push(key);
      }
    }
    if (changed.length) this.onDidChange(changed);
  }
}
