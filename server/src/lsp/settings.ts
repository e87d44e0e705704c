/**
 * The server's settings: pulled from the client's `triangulate` configuration section,
 * normalised from untyped JSON into a frozen object with defaults, and refreshed on change.
 */
import type { Connection } from 'vscode-languageserver/node';
import { failingRules, type CorpusOptions, type StoryScope } from '../analysis';
import { DEFAULT_MAX_FILE_SIZE, MAX_MAX_FILE_SIZE, MIN_MAX_FILE_SIZE } from '../host';
import { DEFAULT_ANALYSIS_TIME_LIMIT_MS } from './analysisPool';

/** Bounds of `triangulate.analysisTimeLimit`, in seconds. */
const MIN_ANALYSIS_SECONDS = 0.1;
const MAX_ANALYSIS_SECONDS = 600;

/** Severity a user can give a rule, or 'off'. */
export type RuleLevel = 'off' | 'error' | 'warning' | 'information' | 'hint';

/** The normalised settings the server works with. */
export interface Settings {
  readonly storyScope: StoryScope;
  /** Articles larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  /** Seconds one article's analysis may take before it is stopped and the article left out. */
  readonly analysisTimeLimit: number;
  /** Groups of names that denote one entity. */
  readonly aliases: readonly (readonly string[])[];
  /** Per rule id: 'off' or a severity. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Show the calendar date after relative dates. */
  readonly inlayHintsDates: boolean;
  /** Show the story summary at the top of each article. */
  readonly codeLens: boolean;
}

/** The settings used before the client answers, or when it cannot. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  storyScope: 'folder',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  analysisTimeLimit: DEFAULT_ANALYSIS_TIME_LIMIT_MS / 1000,
  aliases: Object.freeze([]),
  rules: Object.freeze({}),
  inlayHintsDates: true,
  codeLens: true,
});

const LEVELS = new Set<RuleLevel>(['off', 'error', 'warning', 'information', 'hint']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Normalises an untyped configuration object. Unknown or ill-typed values fall back to their
 * defaults and are described in `problems`, so a typo in settings.json is reported, not fatal.
 */
export function normalizeSettings(raw: unknown, problems: string[] = []): Settings {
  const src = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push('The "triangulate" settings are not an object; using the defaults.');

  let storyScope: StoryScope = DEFAULT_SETTINGS.storyScope;
  if (src.storyScope !== undefined) {
    if (src.storyScope === 'folder' || src.storyScope === 'workspace') storyScope = src.storyScope;
    else problems.push(`triangulate.storyScope must be "folder" or "workspace", not ${JSON.stringify(src.storyScope)}.`);
  }

  let maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  if (src.maxFileSize !== undefined) {
    const n = typeof src.maxFileSize === 'string' ? Number(src.maxFileSize) : src.maxFileSize;
    if (typeof n === 'number' && Number.isFinite(n) && n > MAX_MAX_FILE_SIZE) {
      // The setting may come from a workspace the user did not write: it cannot make the server
      // read (and analyse) files of any size.
      maxFileSize = MAX_MAX_FILE_SIZE;
      problems.push(`triangulate.maxFileSize is capped at ${MAX_MAX_FILE_SIZE.toLocaleString('en')} bytes; ${JSON.stringify(src.maxFileSize)} was asked for.`);
    } else if (typeof n === 'number' && Number.isFinite(n) && n > 0) maxFileSize = Math.max(MIN_MAX_FILE_SIZE, Math.floor(n));
    else problems.push(`triangulate.maxFileSize must be a positive number of bytes, not ${JSON.stringify(src.maxFileSize)}.`);
  }

  let analysisTimeLimit = DEFAULT_SETTINGS.analysisTimeLimit;
  if (src.analysisTimeLimit !== undefined) {
    const n = typeof src.analysisTimeLimit === 'string' ? Number(src.analysisTimeLimit) : src.analysisTimeLimit;
    // Capped, as a workspace the user did not write may set it.
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) analysisTimeLimit = Math.min(MAX_ANALYSIS_SECONDS, Math.max(MIN_ANALYSIS_SECONDS, n));
    else problems.push(`triangulate.analysisTimeLimit must be a positive number of seconds, not ${JSON.stringify(src.analysisTimeLimit)}.`);
  }

  const aliases: string[][] = [];
  if (src.aliases !== undefined) {
    if (Array.isArray(src.aliases)) {
      for (const group of src.aliases) {
        const names = Array.isArray(group) ? group.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim()) : [];
        if (names.length >= 2) aliases.push(names);
        else problems.push(`Each entry of triangulate.aliases must list at least two names; ignored ${JSON.stringify(group)}.`);
      }
    } else {
      problems.push('triangulate.aliases must be a list of name lists, such as [["Yury Gromov", "Yuri Gromov"]].');
    }
  }

  const rules: Record<string, RuleLevel> = {};
  if (src.rules !== undefined) {
    if (isObject(src.rules)) {
      for (const [id, level] of Object.entries(src.rules)) {
        // A rule may be configured as a level, as a boolean, or as an object with a severity.
        const value = isObject(level) ? (level.enabled === false ? 'off' : level.severity) : level === false ? 'off' : level === true ? undefined : level;
        if (value === undefined) continue;
        if (typeof value === 'string' && LEVELS.has(value as RuleLevel)) rules[id] = value as RuleLevel;
        else problems.push(`triangulate.rules.${id} must be one of off, error, warning, information, hint.`);
      }
    } else {
      problems.push('triangulate.rules must be an object mapping rule ids to a severity or "off".');
    }
  }

  const inlay = isObject(src.inlayHints) ? src.inlayHints.dates : src.inlayHints;
  const inlayHintsDates = bool(inlay, DEFAULT_SETTINGS.inlayHintsDates, 'triangulate.inlayHints.dates', problems);
  const codeLens = bool(src.codeLens, DEFAULT_SETTINGS.codeLens, 'triangulate.codeLens', problems);

  return Object.freeze({
    storyScope,
    maxFileSize,
    analysisTimeLimit,
    inlayHintsDates,
    codeLens,
    aliases: Object.freeze(aliases.map((a) => Object.freeze(a))),
    rules: Object.freeze(rules),
  });
}

function bool(value: unknown, fallback: boolean, name: string, problems: string[]): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`${name} must be true or false, not ${JSON.stringify(value)}.`);
  return fallback;
}

/**
 * The comparison rules. Rule ids named in `TRIANGULATE_FAULTS` (which also names handlers, see
 * `wire.ts`) throw instead of running: the protocol tests use it to check that a failing rule
 * is logged and shown in the status bar rather than read as "no differences".
 */
const RULE_SET = failingRules((process.env.TRIANGULATE_FAULTS ?? '').split(','));

/** The corpus options these settings imply. */
export function corpusOptionsOf(settings: Settings): CorpusOptions {
  return {
    storyScope: settings.storyScope,
    aliases: settings.aliases.map((a) => [...a]),
    rules: { ...settings.rules },
    ruleSet: RULE_SET,
  };
}

/** True when two settings objects differ in anything the server acts on. */
export function settingsDiffer(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

/**
 * Pulls the `triangulate` section from the client when it supports `workspace/configuration`,
 * logging any problems once; otherwise returns the defaults.
 */
export async function pullSettings(connection: Connection, supported: boolean): Promise<Settings> {
  if (!supported) return DEFAULT_SETTINGS;
  try {
    const raw: unknown = await connection.workspace.getConfiguration({ section: 'triangulate' });
    const problems: string[] = [];
    const settings = normalizeSettings(raw, problems);
    for (const p of problems) connection.console.warn(p);
    return settings;
  } catch (err) {
    connection.console.warn(`Could not read the settings; using the defaults (${err instanceof Error ? err.message : String(err)}).`);
    return DEFAULT_SETTINGS;
  }
}
