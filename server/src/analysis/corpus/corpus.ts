import type { Article, Entity, Finding, StoryProblem } from '../types';
import { analyzeArticle } from '../analyze';
import { stripBom } from '../text/normalize';
import { linkEntities, type EntityMention, type Linking } from '../compare/link';
import { compareStorySteps, errorText, findingOrder, RULES, sortFindings, type Comparison, type Rule } from '../compare';
import { changedInputs, moveFindings, sameNamesAfterEdit, shiftAfterEdit } from './shift';

/**
 * Articles grouped into stories. The server and the CLI push text in; queries read an
 * immutable snapshot.
 *
 * Work is incremental at two levels. Setting an article re-analyses that article only; every
 * other article keeps its `Article` object. A story's cross-source work (linking, then
 * comparison) runs lazily, the first time something asks for it, and is reused by later
 * snapshots for as long as the story's articles and the options are the same objects, so an
 * edit in one story never recomputes another.
 */

/** How articles form stories: by folder, or the whole workspace as one story. */
export type StoryScope = 'folder' | 'workspace';

export interface CorpusOptions {
  storyScope?: StoryScope;
  /** Extra name variants: each list names one entity ("Yury Gromov", "Yuri Gromov"). */
  aliases?: string[][];
  /** Per rule id: 'off' or a severity. */
  rules?: Record<string, 'off' | 'error' | 'warning' | 'information' | 'hint'>;
  /** Longest article text analysed, in UTF-16 code units (see `AnalyzeOptions.maxLength`). */
  maxLength?: number;
  /** The comparison rules to run; `RULES` unless a host substitutes its own. */
  ruleSet?: readonly Rule[];
}

/** The linked, compared view of one story. */
export interface Story {
  /** The folder (or workspace) the story covers. */
  id: string;
  /** Its articles, in path order. */
  articles: Article[];
  /** One entity per real person, organisation or place in the story. */
  entities: Entity[];
  /** The entity id of a mention, by article path and index into `article.mentions`. */
  entityOf(path: string, mentionIndex: number): string | null;
  /** Every finding in the story, on any of its articles. */
  findings: Finding[];
  /**
   * What failed while linking and comparing the story (a rule, the claims of an article): the
   * findings it would have given are missing. Computed with the findings.
   */
  problems: StoryProblem[];
  /** The entity with this id, if the story has it. */
  entity(id: string): Entity | undefined;
  /** Every mention of an entity across the story's articles (path, span, text), for hovers and references. */
  mentionsOf(id: string): EntityMention[];
  /** The article of the story at this path. */
  article(path: string): Article | undefined;
  /**
   * Computes the story's findings a step at a time (linking, the claim index, then each rule);
   * once the generator has run to its end, `findings` returns its result without further work.
   * Reading `findings` directly computes them in one go. Abandoning the generator early leaves
   * the story as it was.
   */
  checkSteps?(): Generator<void, Finding[], void>;
}

/** A read-only view of the corpus at one moment. */
export interface CorpusSnapshot {
  readonly version: number;
  article(path: string): Article | undefined;
  paths(): string[];
  /** The story an article belongs to (computed on first use, then cached in the snapshot). */
  storyOf(path: string): Story | undefined;
  stories(): Story[];
}

export type { EntityMention } from '../compare/link';

/** Folder part of a path or URI. */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * The comparison step of a story: the engine in `compare/` runs every comparison rule over
 * the claims of the story's articles, with the rule settings from the options.
 */
function compareFindings(id: string, articles: Article[], linking: Linking, options: CorpusOptions, only?: ReadonlySet<string>): Generator<void, Comparison, void> {
  return compareStorySteps(articles, linking, { rules: options.rules, only, ruleSet: options.ruleSet, story: id });
}

/** The rules the options run. */
function rulesOf(options: CorpusOptions): readonly Rule[] {
  return options.ruleSet ?? RULES;
}

/** What a story derived from an earlier one already knows. */
interface KnownWork {
  linking: Linking;
  /** The problems of linking it. */
  linkProblems: StoryProblem[];
  /** Every finding and problem of the comparison, when the edit changed nothing the rules read. */
  comparison?: Comparison;
  /**
   * Findings and problems of the rules the edit did not concern (findings moved), and the ids
   * of the rules to run again.
   */
  partial?: { kept: Finding[]; keptProblems: StoryProblem[]; rerun: ReadonlySet<string> };
}

/** What a story has computed so far, read when a later story is derived from it. */
interface StoryState {
  linking(): Linking | null;
  linkProblems(): StoryProblem[];
  comparison(): Comparison | null;
}
const states = new WeakMap<Story, StoryState>();

/**
 * Builds a story whose linking and findings are computed on first access, then kept. `known`
 * gives both when they are already known (a story derived from an earlier one).
 */
function makeStory(id: string, articles: Article[], options: CorpusOptions, known?: KnownWork, previous?: readonly Finding[]): Story {
  let linking: Linking | null = known?.linking ?? null;
  const linkProblems: StoryProblem[] = known?.linkProblems ?? [];
  let comparison: Comparison | null = known?.comparison ?? null;
  const byPath = new Map(articles.map((a) => [a.path, a]));
  // Runs the comparison in steps and keeps its result; a story already compared costs nothing.
  function* check(): Generator<void, Finding[], void> {
    if (comparison) return comparison.findings;
    if (!linking) {
      link();
      yield;
    }
    let result: Comparison;
    const partial = known?.partial;
    try {
      const steps = compareFindings(id, articles, link(), options, partial?.rerun);
      for (;;) {
        const r = steps.next();
        if (r.done) {
          result = partial ? { findings: sortFindings([...partial.kept, ...r.value.findings]), problems: [...partial.keptProblems, ...r.value.problems] } : r.value;
          break;
        }
        yield;
        // Another caller may have finished the comparison while this one was paused.
        const finished = comparison as Comparison | null;
        if (finished) return finished.findings;
      }
    } catch (err) {
      // The engine reports a rule's failure itself; this is for a failure of the engine.
      result = { findings: [], problems: [{ story: id, stage: 'comparison', message: errorText(err) }] };
    }
    // Findings the story had before, found again, are kept as the same objects: a host that
    // compares findings by identity (the server, before it converts and sends them) then does
    // nothing for the articles whose findings the change left as they were.
    if (previous) result = { findings: keepEqualFindings(result.findings, previous), problems: result.problems };
    comparison = result;
    return comparison.findings;
  }
  const link = (): Linking => {
    if (!linking) {
      try {
        linking = linkEntities(articles, { aliases: options.aliases });
      } catch (err) {
        // Linking never throws by design; should it ever, the story still answers, unlinked,
        // and says so.
        linking = { entities: [], entityOf: () => null, entity: () => undefined, mentionsOf: () => [], ambiguous: () => false };
        linkProblems.push({ story: id, stage: 'linking', message: errorText(err) });
      }
    }
    return linking;
  };
  const run = (): Comparison => {
    if (!comparison) {
      const steps = check();
      for (;;) {
        const r = steps.next();
        if (r.done) break;
      }
    }
    return comparison ?? { findings: [], problems: [] };
  };
  const story: Story = {
    id,
    articles,
    get entities() {
      return link().entities;
    },
    entityOf: (path, mentionIndex) => link().entityOf(path, mentionIndex),
    entity: (entityId) => link().entity(entityId),
    mentionsOf: (entityId) => link().mentionsOf(entityId),
    article: (path) => byPath.get(path),
    get findings() {
      return run().findings;
    },
    get problems() {
      const { problems } = run();
      return linkProblems.length ? [...linkProblems, ...problems] : problems;
    },
    checkSteps: () => check(),
  };
  states.set(story, { linking: () => linking, linkProblems: () => linkProblems, comparison: () => comparison });
  return story;
}

/** Mentions of articles that an edit moved, by path: a linking keeps its entities and ids, and reads their spans here. */
const movedArticles = new WeakMap<Linking, { base: Linking; articles: Map<string, Article> }>();

/** A story's linking after edits that only moved the mentions of `article`. */
function movedLinking(linking: Linking, article: Article): Linking {
  const previous = movedArticles.get(linking);
  const base = previous?.base ?? linking;
  const articles = new Map(previous?.articles ?? []);
  articles.set(article.path, article);
  const lists = new Map<string, EntityMention[]>();
  const result: Linking = {
    entities: base.entities,
    entityOf: (path, index) => base.entityOf(path, index),
    entity: (entityId) => base.entity(entityId),
    ambiguous: (entityId) => base.ambiguous(entityId),
    sameIdsAs: base.sameIdsAs ?? base,
    mentionsOf(entityId) {
      let list = lists.get(entityId);
      if (!list) {
        list = base.mentionsOf(entityId).map((m) => {
          const moved = articles.get(m.path)?.mentions[m.index];
          return moved ? { ...m, start: moved.start, end: moved.end } : m;
        });
        lists.set(entityId, list);
      }
      return list;
    },
  };
  movedArticles.set(result, { base, articles });
  return result;
}

/**
 * The story after one of its articles was edited, derived from the story before it,
 * without comparing again when the edit only moved what the comparison reads, or keeping its
 * linking when the edit left the names as they were (see `shift.ts`); null when the story must
 * be linked and compared again.
 */
function movedStory(cached: CachedStory, id: string, list: Article[], options: CorpusOptions): Story | null {
  if (cached.options !== options || cached.articles.length !== list.length) return null;
  let edited = -1;
  for (let i = 0; i < list.length; i++) {
    if (cached.articles[i] === list[i]) continue;
    if (edited >= 0 || cached.articles[i].path !== list[i].path) return null;
    edited = i;
  }
  if (edited < 0) return null;
  const state = states.get(cached.story);
  const linking = state?.linking();
  // A comparison the engine itself could not finish is not built on.
  const known = state?.comparison();
  const comparison = known && !known.problems.some((p) => p.stage === 'comparison') ? known : null;
  const findings = comparison?.findings;
  if (!linking || !state) return null;
  const linkProblems = state.linkProblems();
  const after = list[edited];
  const shift = findings ? shiftAfterEdit(cached.articles[edited], after) : null;
  const moved = findings && shift && moveFindings(findings, after.path, shift);
  if (moved && comparison) return makeStory(id, list, options, { linking: movedLinking(linking, after), linkProblems, comparison: { findings: moved, problems: comparison.problems } });
  // The claims changed but the names did not: the linking holds, and only the rules that read
  // what changed run again; the others' findings are moved, and their problems kept.
  const inputs = findings ? changedInputs(cached.articles[edited], after) : null;
  if (inputs && comparison) {
    const rerun = new Set(rulesOf(options).filter((r) => !r.reads || r.reads.some((x) => inputs.changed.has(x))).map((r) => r.id));
    const kept = moveFindings(
      comparison.findings.filter((f) => !rerun.has(f.rule)),
      after.path,
      inputs.shift,
    );
    // The claims are indexed again for the rules run again, which reports their problems anew.
    const keptProblems = comparison.problems.filter((p) => p.stage !== 'claims' && !rerun.has(p.stage));
    if (kept) return makeStory(id, list, options, { linking: movedLinking(linking, after), linkProblems, partial: { kept, keptProblems, rerun } }, findings);
  }
  if (sameNamesAfterEdit(cached.articles[edited], after)) return makeStory(id, list, options, { linking: movedLinking(linking, after), linkProblems }, findings);
  return null;
}

/**
 * Whether two values of plain data (as findings hold: strings, numbers, arrays, plain objects)
 * are equal.
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>);
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Whether two plain objects have the same own keys with equal values, leaving out the values of
 * the keys in `known` (compared already). The keys are walked, not listed: a re-check compares
 * thousands of such objects, and a list of keys for each was most of the comparison's garbage.
 */
function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, known?: ReadonlySet<string>): boolean {
  let keys = 0;
  for (const k in a) {
    if (!hasOwn.call(a, k)) continue;
    keys++;
    if (!hasOwn.call(b, k) || (!known?.has(k) && !samePlain(a[k], b[k]))) return false;
  }
  for (const k in b) if (hasOwn.call(b, k)) keys--;
  return keys === 0;
}

/** The fields of a finding `sameFinding` compares first. */
const FIRST_COMPARED: ReadonlySet<string> = new Set(['severity', 'message', 'related', 'data']);

/** Whether two findings are equal: the message first, which tells most changes apart at once. */
function sameFinding(a: Finding, b: Finding): boolean {
  if (a.severity !== b.severity || a.message !== b.message || !samePlain(a.related, b.related) || !samePlain(a.data, b.data)) return false;
  return sameFields(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, FIRST_COMPARED);
}

/**
 * `after` (sorted as `sortFindings` sorts) with every finding equal to one of `before` (sorted
 * alike) replaced by that one. Both lists are walked once, side by side.
 */
export function keepEqualFindings(after: Finding[], before: readonly Finding[]): Finding[] {
  let j = 0;
  for (let i = 0; i < after.length; i++) {
    const f = after[i];
    while (j < before.length && findingOrder(before[j], f) < 0) j++;
    // Several findings may share a place and a rule: any of them may be the equal one.
    for (let k = j; k < before.length && findingOrder(before[k], f) === 0; k++) {
      if (sameFinding(before[k], f)) {
        after[i] = before[k];
        break;
      }
    }
  }
  return after;
}

/** The findings a story computed, if it did and its comparison ran to its end. */
function previousFindings(story: Story): readonly Finding[] | undefined {
  const comparison = states.get(story)?.comparison();
  return comparison && !comparison.problems.some((p) => p.stage === 'comparison') ? comparison.findings : undefined;
}

interface CachedStory {
  articles: Article[];
  options: CorpusOptions;
  version: number;
  story: Story;
}

function sameArticles(a: Article[], b: Article[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Holds the analysed articles and hands out immutable snapshots. */
export class Corpus {
  private articles = new Map<string, Article>();
  /** Story key → paths of its articles. */
  private members = new Map<string, Set<string>>();
  /** True while a snapshot holds the current maps: the next write copies them first. */
  private shared = false;
  private version = 0;
  private options: CorpusOptions;
  private storyCache = new Map<string, CachedStory>();

  constructor(options: CorpusOptions = {}) {
    this.options = Object.freeze({ ...options });
  }

  /** Replaces the options; stories are recomputed on their next use. */
  configure(options: CorpusOptions): void {
    const scopeChanged = (options.storyScope ?? 'folder') !== (this.options.storyScope ?? 'folder');
    this.options = Object.freeze({ ...options });
    this.storyCache.clear();
    if (scopeChanged) {
      this.writable();
      this.members = new Map();
      for (const path of this.articles.keys()) this.addMember(path);
    }
    this.version++;
  }

  /** The story key of a path under the current options. */
  storyKeyOf(path: string): string {
    return this.options.storyScope === 'workspace' ? '' : folderOf(path);
  }

  /** Adds or replaces an article; only this article is re-analysed (and not at all if its text is unchanged). */
  setArticle(path: string, text: string): Article {
    const previous = this.articles.get(path);
    if (previous && typeof text === 'string' && previous.text === stripBom(text)) return previous;
    const article = analyzeArticle(text, { path, maxLength: this.options.maxLength });
    this.putArticle(article);
    return article;
  }

  /** Adds or replaces an article analysed elsewhere (tests, or a worker), under its own path. */
  putArticle(article: Article): void {
    this.writable();
    if (!this.articles.has(article.path)) this.addMember(article.path);
    this.articles.set(article.path, article);
    this.version++;
  }

  removeArticle(path: string): boolean {
    if (!this.articles.has(path)) return false;
    this.writable();
    this.articles.delete(path);
    const key = this.storyKeyOf(path);
    const set = this.members.get(key);
    set?.delete(path);
    if (set && set.size === 0) {
      this.members.delete(key);
      this.storyCache.delete(key);
    }
    this.version++;
    return true;
  }

  /** The article at a path now, without taking a snapshot. */
  article(path: string): Article | undefined {
    return this.articles.get(path);
  }

  /** How many articles the corpus holds. */
  get size(): number {
    return this.articles.size;
  }

  private addMember(path: string): void {
    const key = this.storyKeyOf(path);
    const set = this.members.get(key);
    if (set) set.add(path);
    else this.members.set(key, new Set([path]));
  }

  /** Copies the maps a snapshot may still be reading before they change. */
  private writable(): void {
    if (!this.shared) return;
    this.articles = new Map(this.articles);
    this.members = new Map([...this.members].map(([k, v]) => [k, new Set(v)]));
    this.shared = false;
  }

  snapshot(): CorpusSnapshot {
    this.shared = true;
    const articles = this.articles;
    const members = this.members;
    const options = this.options;
    const version = this.version;
    const cache = this.storyCache;
    const keyOf = (path: string) => (options.storyScope === 'workspace' ? '' : folderOf(path));
    const local = new Map<string, Story>();

    const storyByKey = (key: string): Story | undefined => {
      let story = local.get(key);
      if (story) return story;
      const paths = members.get(key);
      if (!paths || paths.size === 0) return undefined;
      const list = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((p) => articles.get(p)!);
      const cached = cache.get(key);
      if (cached && cached.options === options && sameArticles(cached.articles, list)) {
        story = cached.story;
      } else {
        story = (cached && movedStory(cached, key, list, options)) || makeStory(key, list, options, undefined, cached?.options === options ? previousFindings(cached.story) : undefined);
        // An older snapshot must not replace what a newer one has cached.
        if (!cached || cached.version <= version) cache.set(key, { articles: list, options, version, story });
      }
      local.set(key, story);
      return story;
    };

    return {
      version,
      article: (path) => articles.get(path),
      paths: () => [...articles.keys()].sort(),
      storyOf: (path) => (articles.has(path) ? storyByKey(keyOf(path)) : undefined),
      stories: () =>
        [...members.keys()]
          .sort()
          .map(storyByKey)
          .filter((s): s is Story => !!s),
    };
  }
}
