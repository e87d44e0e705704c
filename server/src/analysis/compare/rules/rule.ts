/**
 * What every comparison rule is: a stable id, a one-line description, a default severity, and
 * a check that reads the story's claims and returns drafts of findings. The engine turns each
 * draft into one finding per source involved, so every article's Problems list shows it.
 */
import type { Article, Entity, Severity, Span } from '../../types';
import type { ClaimIndex } from '../claims';

/** What a rule's check receives. */
export interface RuleContext {
  articles: readonly Article[];
  /** The article at a path. */
  article(path: string): Article | undefined;
  /** Entities by id. */
  entities: ReadonlyMap<string, Entity>;
  entityOf(path: string, mentionIndex: number): string | null;
  /** The display name of an entity id (its canonical name, or the id). */
  nameOf(id: string): string;
  claims: ClaimIndex;
  /**
   * What stands for the linking's answers: two contexts with the same `ids` give every mention
   * of an article the same entity (a story's linking after an edit that moved names only), so a
   * rule may keep what it read of an unchanged article under it. Absent, nothing is kept.
   */
  ids?: object;
}

/** One source's part in a finding: where it says it, and in what words. */
export interface DraftItem {
  path: string;
  outlet: string;
  span: Span;
  /** The source's wording, as shown in messages and related locations. */
  wording: string;
  /** The source's value, for `data` (a number, a date, a role). */
  value?: unknown;
}

/** A finding before it is placed on each source. */
export interface FindingDraft {
  /** Every source involved, at least two unless the rule is about one source. */
  items: DraftItem[];
  message: string;
  /** Extra machine-readable detail, shared by every source's finding. */
  data?: Record<string, unknown>;
  /**
   * An observation rather than a difference (a paraphrase, numbers that agree within their
   * hedges): shown at most at `information`, whatever the rule's severity.
   */
  soft?: boolean;
  /**
   * A difference of form rather than meaning (a function word, an inflection, a spelling inside
   * a quotation): shown at most at `hint`, whatever the rule's severity.
   */
  minor?: boolean;
  /**
   * Why the passages are the same event, remark or thing, in one sentence a reader can check
   * ("Same event: both report the shooting of Ana Ruiz in Millbrook."). Appended to the message
   * and kept as `data.why`.
   */
  why?: string;
}

/** A comparison rule. */
export interface Rule {
  id: string;
  description: string;
  /** The severity when the rule is on. */
  defaultSeverity: Severity;
  /** False for rules that are off unless a user turns them on. */
  enabledByDefault: boolean;
  /**
   * What the rule reads of the story besides entity names: kinds of claims (`frame` for the fact
   * frames: counts of people by incident, ages, statuses), `nearness` for
   * how near names stand to quotes, and `capitals` for the capitalised words with their neighbours. An edit that changes none of these leaves the rule's
   * findings as they were (moved with the text); a rule that does not say is always run again.
   */
  reads?: readonly RuleInput[];
  check(ctx: RuleContext): FindingDraft[];
}

/** The inputs a rule may declare it reads (see `Rule.reads`). */
export type RuleInput = 'role' | 'quote' | 'quantity' | 'date' | 'act' | 'frame' | 'nearness' | 'capitals';

/**
 * At most this many sources are named in a finding's message, related places and data. A
 * folder of thousands of outlets that all disagree on one figure would otherwise give each
 * finding every other outlet, and the output would grow with the square of their number.
 */
export const MAX_LISTED = 20;

/**
 * How many long wordings (whole quotations, clauses) a message of many sources names; the rest
 * are counted. A message naming twenty sentences is not read.
 */
export const MAX_WORDINGS = 5;

/** `" and 3 more outlets"` for what a list left out, or `''` when it left nothing out. */
export function andMore(n: number, what = 'outlet'): string {
  return n > 0 ? ` and ${n} more ${what}${n === 1 ? '' : 's'}` : '';
}

/**
 * `Name (outlet)` list of each item's wording, for messages: `"Yuri" (a) vs "Yury" (b)`; past
 * `MAX_LISTED` items, the rest are counted ("and 12 more outlets").
 */
export function versus(items: readonly DraftItem[]): string {
  return items.slice(0, MAX_LISTED).map((i) => `"${i.wording}" (${i.outlet})`).join(' vs ') + andMore(items.length - MAX_LISTED);
}

/**
 * Each distinct wording once, with every outlet that uses it:
 * `"Aleksandr Petrov" (Herald, Wire) vs "Alexander Petrov" (Daily)`. `show` renders a wording.
 * At most `max` wordings (`MAX_LISTED` unless given) and `MAX_LISTED` outlets per wording are
 * named; the rest are counted, so the message stays short however many sources disagree.
 */
export function groupedVersus(items: readonly DraftItem[], show: (i: DraftItem) => string = (i) => `"${i.wording}"`, max = MAX_LISTED): string {
  const groups = new Map<string, string[]>();
  for (const i of items) {
    const k = show(i);
    const list = groups.get(k);
    if (list) list.push(i.outlet);
    else groups.set(k, [i.outlet]);
  }
  const all = [...groups];
  const shown = all.slice(0, max).map(([k, outlets]) => `${k} (${outlets.slice(0, MAX_LISTED).join(', ')}${andMore(outlets.length - MAX_LISTED, 'outlet')})`);
  let rest = 0;
  for (let g = max; g < all.length; g++) rest += all[g][1].length;
  return shown.join(' vs ') + (rest ? ` vs other figures or wordings from ${rest} more outlet${rest === 1 ? '' : 's'}` : '');
}

/**
 * Sorts `list` in place by how many of its entries share each one's value, the rarest (the
 * likely outlier) first, so that each article's finding names a different value first; entries
 * of equally common values keep their order unless `tie` orders them. Returns the list.
 */
export function rarestFirst<T>(list: T[], valueOf: (x: T) => string, tie?: (a: T, b: T) => number): T[] {
  const count = new Map<string, number>();
  for (const x of list) count.set(valueOf(x), (count.get(valueOf(x)) ?? 0) + 1);
  return list.sort((x, y) => count.get(valueOf(x))! - count.get(valueOf(y))! || (tie ? tie(x, y) : 0));
}

/** The distinct article paths of a list of claims-like objects, in order. */
export function pathsOf(list: readonly { path: string }[]): string[] {
  return [...new Set(list.map((x) => x.path))];
}

/** Every unordered pair of distinct keys of a map, in insertion order. */
export function pairs<T>(list: readonly T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.push([list[i], list[j]]);
  return out;
}

/** Possessive form of a name for messages ("Anna Berg's", "Jonas' "). */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** A group of things joined by links, and the links that join them. */
export interface LinkedGroup<T, L> {
  /** The links of the group, in the order given. */
  links: L[];
  /** Every member, once, in the order first met. */
  members: T[];
}

/**
 * The groups that links join: two things belong to one group when a chain of links joins them
 * (union-find, so the cost is about that of reading the links). Groups come in the order of
 * their first link. Rules report one finding per group, not one per link, so that sources that
 * all disagree on one thing give findings that grow with their number, not with its square.
 */
export function linkedGroups<T, L>(links: readonly L[], membersOf: (link: L) => readonly T[]): LinkedGroup<T, L>[] {
  const parent = new Map<T, T>();
  const find = (x: T): T => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    // Every member on the way points at the root from now on.
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const link of links) {
    const members = membersOf(link);
    for (const m of members) if (!parent.has(m)) parent.set(m, m);
    for (let i = 1; i < members.length; i++) {
      const a = find(members[0]);
      const b = find(members[i]);
      if (a !== b) parent.set(b, a);
    }
  }
  const byRoot = new Map<T, LinkedGroup<T, L>>();
  const seen = new Set<T>();
  for (const link of links) {
    const members = membersOf(link);
    if (!members.length) continue;
    const root = find(members[0]);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { links: [], members: [] }));
    group.links.push(link);
    for (const m of members) {
      if (seen.has(m)) continue;
      seen.add(m);
      group.members.push(m);
    }
  }
  return [...byRoot.values()];
}

/** Outlet names of a list, at most `MAX_LISTED`, the rest counted: "Herald, Wire and 3 more outlets". */
export function outletList(items: readonly { outlet: string }[]): string {
  return items.slice(0, MAX_LISTED).map((i) => i.outlet).join(', ') + andMore(items.length - MAX_LISTED);
}
