/**
 * Custom messages between the Triangulate client and server. This module holds only names and
 * shapes, no imports, so the client can share it without bundling the server.
 */

/** Request: re-read every article in the workspace and republish all diagnostics. */
export const CHECK_WORKSPACE = 'triangulate/checkWorkspace';

/** The answer to {@link CHECK_WORKSPACE}. */
export interface CheckWorkspaceResult {
  articles: number;
  stories: number;
  findings: number;
  /** Files left out, with the reason (too large, not text). */
  skipped: number;
}

/** Notification from the server: a summary for the status bar, sent after each re-check. */
export const STATUS = 'triangulate/status';

/** The parameters of {@link STATUS}. */
export interface StatusParams {
  articles: number;
  stories: number;
  /** Findings across every story, hints excluded. */
  findings: number;
  /** Files left out, with the reason (at most 20 listed). */
  skipped: { uri: string; reason: string }[];
  /** True while the workspace folders are still being read. */
  reading: boolean;
  /**
   * Parts of the comparison that failed (a rule, the claims of an article), in words: their
   * findings are missing. At most 20 are listed; `problemCount` counts them all.
   */
  problems: string[];
  problemCount: number;
}

/** Command run by the server: record a finding as reconciled. Arguments: uri, rule, start, end. */
export const RECONCILE_COMMAND = 'triangulate.reconcile';

/** Command run by the client: add a group of names to `triangulate.aliases`. Argument: the names. */
export const ADD_ALIAS_COMMAND = 'triangulate.addAlias';

/** Command run by the client: open a document at a range. Arguments: uri, range. */
export const OPEN_LOCATION_COMMAND = 'triangulate.openLocation';

/** Request: write the annotations of an article's story to files beside its articles. */
export const EXPORT_ANNOTATIONS = 'triangulate/exportAnnotations';

/** The parameters of {@link EXPORT_ANNOTATIONS}. */
export interface ExportAnnotationsParams {
  /** An article of the story to export (a `file:` URI). */
  uri: string;
  format: 'brat' | 'webannotation';
}

/** The answer to {@link EXPORT_ANNOTATIONS}. */
export interface ExportAnnotationsResult {
  ok: boolean;
  /** What was written, or why nothing was. */
  message: string;
}

/** Request: the sources of an article's story, for a picker. */
export const STORY_SOURCES = 'triangulate/storySources';

/** One source of a story. */
export interface StorySource {
  uri: string;
  outlet: string;
  title: string;
  date: string | null;
  /** Findings shown on this source. */
  findings: number;
}

/** Request: the claim ledger of an article's story. */
export const CLAIMS = 'triangulate/claims';

/** A zero-based line/character range, as the protocol writes it. */
export interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One outlet's statement of a claim. */
export interface LedgerEntry {
  outlet: string;
  uri: string;
  range: PlainRange;
  text: string;
  /** True when a finding says this statement differs from another outlet's. */
  differs: boolean;
}

/** One claim of the story: who states it, how, and who is silent on it. */
export interface LedgerClaim {
  /** "Role of Oleg Sokolov", "Quotes of Yuri Gromov", "Number of drones". */
  label: string;
  kind: string;
  entries: LedgerEntry[];
  /** Outlets of the story that do not state it. */
  silent: string[];
  /** How many entries differ. */
  differing: number;
}

/** Request: the story board of an article's story (one row per difference or claim, one column per outlet). */
export const STORY_BOARD = 'triangulate/storyBoard';

/** A piece of a passage's text, marked when it is what differs. */
export interface BoardPartData {
  text: string;
  mark?: boolean;
}

/** One outlet's words in a cell of the board, with the range a click opens. */
export interface BoardPassageData {
  uri: string;
  range: PlainRange;
  parts: BoardPartData[];
}

/** A row of the board: a difference (with its rule, severity and message) or a claim no source differs on. */
export interface BoardRowData {
  kind: 'finding' | 'claim';
  label: string;
  rule?: string;
  severity?: 'error' | 'warning' | 'information' | 'hint';
  message?: string;
  /** One cell per outlet, in the order of the board's outlets; a silent outlet's has no passage. */
  cells: { passages: BoardPassageData[] }[];
}

/** The answer to {@link STORY_BOARD}. */
export interface StoryBoardData {
  outlets: { outlet: string; uri: string; title: string; date: string | null }[];
  rows: BoardRowData[];
  /** Rows left out past the board's limit. */
  more: number;
  /** Parts of the comparison that failed: their differences are missing. */
  problems: string[];
}
