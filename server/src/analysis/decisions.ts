/**
 * Editorial decisions: findings a team has checked and marked reconciled, kept in
 * `.triangulate/decisions.json` at the workspace root so the team can commit and review them.
 *
 * The file is meant to be read in a diff:
 *
 * ```json
 * {
 *   "reconciled": [
 *     {
 *       "date": "2025-12-22",
 *       "key": "5d0c3f1e9a2b7c44",
 *       "note": "Both spellings are in use; not an error.",
 *       "paths": ["summit/a.txt", "summit/b.txt"],
 *       "rule": "name-variant"
 *     }
 *   ],
 *   "version": 1
 * }
 * ```
 *
 * Keys are sorted at every level, entries are sorted by rule and key, and the indent is two
 * spaces, so adding a decision changes only the lines of that decision.
 *
 * A decision names its finding by a fingerprint (`key`) rather than by position: the rule, the
 * entity ids and claim keys, and the normalised wordings and values in the finding's `data`.
 * Offsets, line numbers, file paths, outlets and generated prose (messages, reasons) are left
 * out, so the key survives edits elsewhere in the articles and is the same whether the editor
 * (which knows files by URI) or the CLI (which knows them by relative path) computes it. The
 * paths of the sources involved are kept beside the key, so a decision about one story does
 * not hide the same words in another.
 *
 * Everything here is pure: text in, text or data out, and nothing throws.
 */
import type { Finding } from './types';

/** The version of the decisions file this module reads and writes. */
export const DECISIONS_VERSION = 1;

/** One reconciled finding. */
export interface Decision {
  /** The rule id of the finding. */
  rule: string;
  /** The finding's fingerprint, from {@link fingerprint}. */
  key: string;
  /** The articles involved, relative to the workspace root; empty means anywhere. */
  paths: string[];
  /** Why the team considers the finding settled. */
  note: string;
  /** When the decision was taken, `YYYY-MM-DD`. */
  date: string;
}

/** What {@link parseDecisions} read, and what it could not read. */
export interface DecisionSet {
  decisions: Decision[];
  /** Readable messages about the file (bad JSON, an entry without a key); empty when all is well. */
  problems: string[];
}

/** How paths in findings relate to the paths stored in decisions. */
export interface DecisionPathOptions {
  /**
   * Maps a finding's path (a URI, or a path relative to the working folder) to the path stored
   * in the file, relative to the workspace root. Without it, paths are matched on their
   * trailing components (`summit/a.txt` matches `file:///work/summit/a.txt`).
   */
  relativePath?: (path: string) => string;
}

/** The part of a finding a fingerprint reads. */
export type FingerprintInput = Pick<Finding, 'rule' | 'message'> & { data?: Record<string, unknown> };

/** Keys in a finding's `data` that describe where or how, not what: left out of fingerprints. */
const IGNORED_KEYS = new Set([
  'path', 'paths', 'uri', 'uris', 'file', 'files', 'source', 'sources', 'outlet', 'outlets',
  'start', 'end', 'span', 'spans', 'range', 'ranges', 'offset', 'offsets', 'line', 'lines', 'column', 'character',
  'location', 'locations', 'related', 'message', 'messages', 'reason', 'reasons', 'explanation', 'description',
  'note', 'notes', 'severity', 'index',
]);

/** Limits that keep fingerprinting cheap whatever a finding's data holds. */
const MAX_DEPTH = 6;
const MAX_VALUES = 200;

/** A wording as compared in fingerprints: case, accents, typographic quotes, dashes and spacing folded. */
export function normaliseWording(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, '');
}

function collect(value: unknown, depth: number, out: Set<string>): void {
  if (out.size >= MAX_VALUES || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const w = normaliseWording(value);
    if (w) out.add(w);
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) out.add(String(value));
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, depth + 1, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!IGNORED_KEYS.has(k.toLowerCase())) collect(v, depth + 1, out);
  }
}

/** The quoted words of a message ("…", “…”), used when a finding carries no data. */
function quotedWords(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/"([^"\n]{1,400})"|\u201c([^\u201d\n]{1,400})\u201d/g)) {
    const w = normaliseWording(m[1] ?? m[2] ?? '');
    if (w) out.push(w);
  }
  return out;
}

/** 64-bit FNV-1a over the UTF-16 code units of a string, as 16 hex digits. */
function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * The stable fingerprint of a finding: a hash of its rule and the set of normalised values in
 * its `data` (entity ids, claim keys, each source's wording and value) and of the words its
 * message quotes, in no particular order, so the finding shown on each source of one
 * difference has the same key. A finding with neither is fingerprinted by its whole message.
 */
export function fingerprint(finding: FingerprintInput): string {
  const values = new Set<string>();
  const rule = typeof finding?.rule === 'string' ? finding.rule : '';
  if (finding?.data && typeof finding.data === 'object') collect(finding.data, 0, values);
  // The quoted words of the message are the sources' wordings; they tell apart two findings
  // whose data names only the entity (two different role differences of one person).
  const message = typeof finding?.message === 'string' ? finding.message : '';
  for (const q of quotedWords(message)) if (values.size < MAX_VALUES) values.add(q);
  if (!values.size) values.add(normaliseWording(message));
  return hash64(`${rule}\n${[...values].sort().join('\n')}`);
}

/** A path reduced to forward-slash components, with a `file:` URI turned into its path. */
function pathParts(p: string): string[] {
  let s = p;
  if (/^file:/i.test(s)) {
    s = s.replace(/^file:\/\/[^/]*/i, '');
    try {
      s = decodeURIComponent(s);
    } catch {
      // Keep a malformed URI as written.
    }
  }
  return s.split(/[\\/]+/).filter((x) => x && x !== '.');
}

/** True when two paths name the same file: equal, or one is a trailing part of the other. */
function samePath(a: string, b: string): boolean {
  const x = pathParts(a);
  const y = pathParts(b);
  if (!x.length || !y.length) return false;
  const n = Math.min(x.length, y.length);
  for (let i = 1; i <= n; i++) if (x[x.length - i] !== y[y.length - i]) return false;
  return true;
}

/**
 * A predicate that is false for a finding some decision reconciles: same rule, same
 * fingerprint, and (when the decision lists paths) the finding on one of those paths.
 */
export function decisionFilter(decisions: readonly Decision[], options: DecisionPathOptions = {}): (finding: Finding) => boolean {
  const byKey = new Map<string, Decision[]>();
  for (const d of decisions ?? []) {
    const list = byKey.get(d.key);
    if (list) list.push(d);
    else byKey.set(d.key, [d]);
  }
  if (!byKey.size) return () => true;
  return (finding: Finding): boolean => {
    try {
      const list = byKey.get(fingerprint(finding));
      if (!list) return true;
      const where = options.relativePath ? safeMap(options.relativePath, finding.path) : finding.path;
      return !list.some((d) => d.rule === finding.rule && (!d.paths.length || d.paths.some((p) => samePath(p, where))));
    } catch {
      // A finding that cannot be fingerprinted is shown rather than hidden.
      return true;
    }
  };
}

function safeMap(map: (p: string) => string, p: string): string {
  try {
    const out = map(p);
    return typeof out === 'string' ? out : p;
  } catch {
    return p;
  }
}

/** The findings that no decision reconciles, in their original order. */
export function applyDecisions<F extends Finding>(findings: readonly F[], decisions: readonly Decision[], options: DecisionPathOptions = {}): F[] {
  const keep = decisionFilter(decisions, options);
  return (findings ?? []).filter((f) => keep(f));
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

interface RawFile {
  root: Record<string, unknown>;
  entries: unknown[];
  problems: string[];
  /** False when the text cannot be read as a decisions file at all. */
  readable: boolean;
}

function readRaw(text: string): RawFile {
  const problems: string[] = [];
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  if (!source.trim()) return { root: {}, entries: [], problems, readable: true };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    problems.push(`The decisions file is not valid JSON (${err instanceof Error ? err.message : String(err)}); no decision was applied.`);
    return { root: {}, entries: [], problems, readable: false };
  }
  if (!isRecord(value)) {
    problems.push('The decisions file must hold a JSON object with "version" and "reconciled"; no decision was applied.');
    return { root: {}, entries: [], problems, readable: false };
  }
  const version = value.version;
  if (version !== undefined && version !== DECISIONS_VERSION) {
    if (typeof version === 'number' && version > DECISIONS_VERSION) problems.push(`The decisions file has version ${version}, newer than this version of Triangulate reads (${DECISIONS_VERSION}); its entries are read as version ${DECISIONS_VERSION}.`);
    else problems.push(`The decisions file has an unknown version (${JSON.stringify(version)}); its entries are read as version ${DECISIONS_VERSION}.`);
  }
  const list = value.reconciled;
  if (list !== undefined && !Array.isArray(list)) {
    problems.push('"reconciled" in the decisions file must be a list; no decision was applied.');
    return { root: value, entries: [], problems, readable: false };
  }
  return { root: value, entries: (list as unknown[] | undefined) ?? [], problems, readable: true };
}

function toDecision(entry: unknown, n: number, problems: string[]): Decision | null {
  if (!isRecord(entry)) {
    problems.push(`Decision ${n} is not an object; it was skipped.`);
    return null;
  }
  const { rule, key } = entry;
  if (typeof rule !== 'string' || !rule || typeof key !== 'string' || !key) {
    problems.push(`Decision ${n} needs a "rule" and a "key"; it was skipped.`);
    return null;
  }
  const paths = Array.isArray(entry.paths) ? entry.paths.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
  const note = typeof entry.note === 'string' ? entry.note : '';
  const date = typeof entry.date === 'string' ? entry.date : '';
  if (date && !DATE.test(date)) problems.push(`Decision ${n} has a date that is not YYYY-MM-DD ("${date}"); the decision still applies.`);
  return { rule, key, paths, note, date };
}

/**
 * Why a text cannot be used as a decisions file at all (not JSON, not an object, "reconciled"
 * not a list), or null when it can. Such a file applies no decision and is never rewritten.
 * Empty text counts as usable here; whether an empty file on disk is an error is for the
 * caller that read it to decide.
 */
export function unusableDecisionsReason(text: string): string | null {
  const raw = readRaw(text);
  return raw.readable ? null : (raw.problems[0] ?? 'The decisions file cannot be read.');
}

/** Reads a decisions file. Never throws: unreadable text gives no decisions and a problem saying why. */
export function parseDecisions(text: string): DecisionSet {
  const raw = readRaw(text);
  const problems = [...raw.problems];
  const decisions: Decision[] = [];
  raw.entries.forEach((entry, i) => {
    const d = toDecision(entry, i + 1, problems);
    if (d) decisions.push(d);
  });
  return { decisions, problems };
}

/** JSON with object keys sorted at every level and a two-space indent, ending with a newline. */
function stableStringify(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (isRecord(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function entryOrder(x: unknown, y: unknown): number {
  const field = (e: unknown, k: string) => (isRecord(e) && typeof e[k] === 'string' ? (e[k] as string) : '');
  const paths = (e: unknown) => (isRecord(e) && Array.isArray(e.paths) ? e.paths.join('\n') : '');
  for (const k of ['rule', 'key']) {
    const a = field(x, k);
    const b = field(y, k);
    if (a !== b) return a < b ? -1 : 1;
  }
  const a = paths(x);
  const b = paths(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Options for {@link addDecision}. */
export type AddDecisionOptions = DecisionPathOptions;

/**
 * Adds a decision reconciling `finding` and returns the new file text, or `text: null` with
 * the problems when it cannot: the existing text is not a decisions file (it is left for a
 * person to fix rather than overwritten) or the date is not `YYYY-MM-DD`. The decision lists
 * the finding's own path and those of its related sources. A decision for the same finding on
 * the same paths is replaced (its note and date updated), not repeated. Unknown fields in the
 * file are kept.
 */
export function tryAddDecision(text: string, finding: Finding, note: string, date: string, options: AddDecisionOptions = {}): { text: string | null; problems: string[] } {
  const raw = readRaw(text);
  if (!raw.readable) return { text: null, problems: raw.problems };
  if (typeof date !== 'string' || !DATE.test(date)) return { text: null, problems: [`The decision's date must be YYYY-MM-DD, not "${String(date)}".`] };
  let key: string;
  try {
    key = fingerprint(finding);
  } catch {
    return { text: null, problems: ['The finding cannot be fingerprinted.'] };
  }
  const map = (p: string) => (options.relativePath ? safeMap(options.relativePath, p) : p);
  const paths = [...new Set([finding.path, ...(finding.related ?? []).map((r) => r.path)].filter((p): p is string => typeof p === 'string' && p.length > 0).map(map))].sort();
  const entry = { date, key, note: typeof note === 'string' ? note : '', paths, rule: finding.rule };
  const same = (e: unknown) => isRecord(e) && e.rule === entry.rule && e.key === key && Array.isArray(e.paths) && [...e.paths].sort().join('\n') === paths.join('\n');
  const entries = raw.entries.filter((e) => !same(e));
  entries.push(entry);
  entries.sort(entryOrder);
  const root = { ...raw.root, version: DECISIONS_VERSION, reconciled: entries };
  return { text: stableStringify(root), problems: raw.problems };
}

/**
 * Adds a decision reconciling `finding` to the decisions file text and returns the new text
 * (see {@link tryAddDecision}). When the existing text cannot be read as a decisions file, or
 * the date is malformed, the text is returned unchanged; call `tryAddDecision` to learn why.
 */
export function addDecision(text: string, finding: Finding, note: string, date: string, options: AddDecisionOptions = {}): string {
  return tryAddDecision(text, finding, note, date, options).text ?? (typeof text === 'string' ? text : '');
}
