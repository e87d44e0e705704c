/**
 * Entity linking across the articles of one story: every mention of the same real person,
 * organisation or place gets one entity id, whatever spelling, title or short form each
 * outlet uses.
 *
 * The work is done on distinct name forms, not on mentions or sentences: mentions are grouped
 * by a spelling skeleton (so "Yuri Gromov" and "Yury Gromov" are one form from the start),
 * forms are joined by alias groups, initialisms and fuzzy full-name matching within blocks
 * that share a word (searched through deletion variants when a block is large), and a surname
 * alone is attached to the one full name that ends with it. Nothing compares every pair of
 * mentions, forms or sentences.
 */
import type { Article, Entity, EntityKind } from '../types';
import { foldName } from '../text/normalize';
import translitData from '../data/translit.json';
import aliasData from '../data/aliases.json';
import { extractAges } from '../extract/ages';
import { firstNameGender } from '../data/genders';

/** One mention of an entity, as hovers and references show it. */
export interface EntityMention {
  /** The article's path. */
  path: string;
  /** Index into that article's `mentions`. */
  index: number;
  start: number;
  end: number;
  /** The words as the article writes them. */
  text: string;
}

/** Options for {@link linkEntities}. */
export interface LinkOptions {
  /** Extra name variants set by the user: each list names one entity. */
  aliases?: string[][];
}

/** The result of linking a story's mentions. */
export interface Linking {
  /** One entity per real person, organisation or place, sorted by id. */
  entities: Entity[];
  /** The entity id of a mention, by article path and index into `article.mentions`. */
  entityOf(path: string, mentionIndex: number): string | null;
  /** The entity with this id. */
  entity(id: string): Entity | undefined;
  /** Every mention of an entity, in path order then text order. */
  mentionsOf(id: string): EntityMention[];
  /**
   * True for an entity known only by a lone word that fits several people of the story (a
   * surname two of them share): the text does not say which of them it is.
   */
  ambiguous(id: string): boolean;
  /**
   * Set on a linking derived from an earlier one after an edit that kept every name: that
   * linking, whose entity ids and ambiguity this one gives for every mention, so what was
   * resolved against it holds here too.
   */
  sameIdsAs?: object;
}

const KIND_ORDER: EntityKind[] = ['person', 'organization', 'place'];

/** Compiled transliteration rules; the patterns come from data and are simple by design. */
const TRANSLIT_RULES: Array<[RegExp, string]> = (translitData.rules as string[][]).map(([p, r]) => [new RegExp(p, 'g'), r]);
const FUZZY = translitData.fuzzy;
const IGNORED_WORDS = new Set<string>(aliasData.ignoredWords);
const INITIALISM_STOP = new Set<string>(aliasData.initialismStopWords);
const NAME_SUFFIXES = new Set<string>(aliasData.nameSuffixes);
const HONORIFICS = new Set<string>(aliasData.honorifics);

/** Reduces one name word to its spelling skeleton (see `data/translit.json`). */
export function nameSkeleton(word: string): string {
  let s = foldName(word);
  for (const [pattern, replacement] of TRANSLIT_RULES) s = s.replace(pattern, replacement);
  return s.replace(/(.)\1+/g, '$1');
}

/** The name as it should be displayed: single spaces, no possessive ending, no leading "the". */
export function displayName(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  s = s.replace(/['\u2019\u02bc]s$/i, '').replace(/(s)['\u2019\u02bc]$/i, '$1');
  s = s.replace(/^the\s+/i, '');
  return s || text.trim();
}

/** The key used to look a name up in alias groups: folded, without dots or a leading "the". */
function aliasKey(text: string): string {
  const words = foldName(displayName(text)).replace(/\./g, '').split(' ');
  while (words.length > 1 && IGNORED_WORDS.has(words[0])) words.shift();
  return words.join(' ');
}

/**
 * Edit distance in which two neighbouring letters swapped count as one change, as a typing
 * slip does ("Reagins", "Regains"), giving up (returning `limit + 1`) once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * True when two different skeletons are close enough to be spellings of one word: a long word
 * within a small distance (a different first letter only for the longest words, at one change:
 * "Kurbanguly", "Gurbanguly"), a short word ("Robyn", "Robin") at one change only when
 * `shortAllowed`, because the context says the two names are one person; shorter words never.
 */
function fuzzyWordMatch(a: string, b: string, shortAllowed = false): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  if (len < FUZZY.minLength) return shortAllowed && len >= FUZZY.shortLength && a[0] === b[0] && editDistance(a, b, 1) <= 1;
  if (a[0] !== b[0]) return len >= FUZZY.firstLetterLength && editDistance(a, b, 1) <= 1;
  const limit = len >= FUZZY.longLength ? FUZZY.maxDistanceLong : FUZZY.maxDistance;
  return editDistance(a, b, limit) <= limit;
}

/**
 * True when one long word is the other with one letter added, dropped or changed, as written
 * ("Quintero", "Quinteros"): the spelling rules that make skeletons may read the two apart
 * (a vowel before a final consonant is reduced in one and not in the other).
 */
function letterAdded(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b || a[0] !== b[0] || Math.min(a.length, b.length) < FUZZY.minLength) return false;
  return editDistance(a, b, 1) <= 1;
}

/** Largest block of names compared pair by pair; larger blocks go through the variant index. */
const SMALL_BLOCK = 16;

/** The most letters a word's close spellings may differ by, as `fuzzyWordMatch` allows. */
function fuzzyLimit(word: string): number {
  if (word.length < FUZZY.shortLength) return 0;
  if (word.length < FUZZY.minLength) return 1;
  return word.length >= FUZZY.longLength ? FUZZY.maxDistanceLong : FUZZY.maxDistance;
}

/** Every string made by deleting at most `k` letters of `word`, the word itself included. */
function deletionVariants(word: string, k: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < k; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * True when two names of the same length join: every word equal or close, one at least equal,
 * and the two spellings never written in one article (an article that names both means two
 * people, "John Smith" and "Joan Smith"). A short word may differ only when `sameContext`
 * says the two names are described alike (the same age or role).
 */
function namesMatch(a: Form, b: Form, sameContext: (a: Form, b: Form) => boolean): boolean {
  let exact = 0;
  let short = false;
  for (let w = 0; w < a.words.length; w++) {
    const x = a.words[w];
    const y = b.words[w];
    if (x === y) exact++;
    else if (fuzzyWordMatch(x, y) || letterAdded(a.raw[w], b.raw[w])) continue;
    else if (fuzzyWordMatch(x, y, true)) short = true;
    else return false;
  }
  if (!exact || sharesArticle(a, b)) return false;
  return !short || sameContext(a, b);
}

/** True when two forms occur in one article. */
function sharesArticle(a: Form, b: Form): boolean {
  const [small, large] = a.paths.size <= b.paths.size ? [a, b] : [b, a];
  for (const p of small.paths) if (large.paths.has(p)) return true;
  return false;
}

/**
 * The pairs of full-name forms that are spellings of one name (see `namesMatch`), found through
 * blocking keys rather than by comparing every pair. `joined` tells when two forms are already
 * one entity, so that their comparison can be skipped.
 */
function* fuzzyNamePairs(forms: Form[], joined: (a: Form, b: Form) => boolean, sameContext: (a: Form, b: Form) => boolean): Generator<[Form, Form]> {
  // Blocks: the same number of words and the same word at one position.
  const blocks = new Map<string, { p: number; list: Form[] }>();
  for (const form of forms) {
    if (form.words.length < 2 || form.initialism) continue;
    const n = form.words.length;
    const shape = `${n}`;
    for (let p = 0; p < n; p++) {
      const key = `${shape}:${p}:${form.words[p]}`;
      const block = blocks.get(key);
      if (block) block.list.push(form);
      else blocks.set(key, { p, list: [form] });
    }
  }
  for (const { p, list } of blocks.values()) {
    if (list.length < 2) continue;
    if (list.length <= SMALL_BLOCK) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (!joined(list[i], list[j]) && namesMatch(list[i], list[j], sameContext)) yield [list[i], list[j]];
        }
      }
      continue;
    }
    // A large block: index the other words of its names by their deletion variants, and compare
    // each name only with the names that share a variant at the position where the fewest do.
    const n = list[0].words.length;
    const variants = list.map((form) => form.words.map((w, q) => (q === p ? null : deletionVariants(w, fuzzyLimit(w)))));
    const index: Array<Map<string, number[]>> = [];
    for (let q = 0; q < n; q++) {
      const byVariant = new Map<string, number[]>();
      index.push(byVariant);
      if (q === p) continue;
      list.forEach((_, i) => {
        for (const v of variants[i][q]!) {
          const at = byVariant.get(v);
          if (at) at.push(i);
          else byVariant.set(v, [i]);
        }
      });
    }
    for (let i = 0; i < list.length; i++) {
      let bestQ = -1;
      let bestCount = Infinity;
      for (let q = 0; q < n; q++) {
        if (q === p) continue;
        let count = 0;
        for (const v of variants[i][q]!) count += index[q].get(v)?.length ?? 0;
        if (count < bestCount) {
          bestCount = count;
          bestQ = q;
        }
      }
      const seen = new Set<number>();
      for (const v of variants[i][bestQ]!) {
        for (const j of index[bestQ].get(v) ?? []) {
          if (j <= i || seen.has(j)) continue;
          seen.add(j);
          if (!joined(list[i], list[j]) && namesMatch(list[i], list[j], sameContext)) yield [list[i], list[j]];
        }
      }
    }
  }
}

/** A distinct name form: all mentions whose words have the same skeletons. */
interface Form {
  id: number;
  /** Skeletons of the name's words, middle initials removed. */
  words: string[];
  /** The folded words of the first mention of the form, one per skeleton. */
  raw: string[];
  /** How many mentions of each kind. */
  kinds: Map<EntityKind, number>;
  /** Display spellings and how often each occurs. */
  spellings: Map<string, number>;
  /** True when written as an initialism ("U.S.", "NATO"). */
  initialism: boolean;
  aliasKeys: Set<string>;
  mentions: EntityMention[];
  /** The articles the form occurs in. */
  paths: Set<string>;
  /** For a one-word form, the article it belongs to: a lone word is resolved article by article. */
  path: string | null;
  /** The folded word of a one-word form (case and spelling kept), to meet its initialism spelling. */
  folded: string | null;
}

function majorityKind(kinds: Map<EntityKind, number>): EntityKind {
  let best: EntityKind = 'person';
  let count = -1;
  for (const k of KIND_ORDER) {
    const c = kinds.get(k) ?? 0;
    if (c > count) {
      best = k;
      count = c;
    }
  }
  return best;
}

/** Union-find over form ids. */
class Groups {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** A quoted stretch of one to three words between two words of a name: a nickname. */
const QUOTED_INSIDE = /\s["'\u2018\u201c][^"'\u2018\u2019\u201c\u201d\s][^"'\u2018\u2019\u201c\u201d]{0,40}["'\u2019\u201d](?=\s)/g;

/**
 * Words of a display name, folded, without a leading "the" and without middle initials; a
 * person's name also without the courtesy titles before it ("Mr. Smith" is "Smith"). Returns
 * their skeletons; `written`, when given, receives the folded words themselves, one per skeleton.
 */
function nameWords(display: string, cache: Map<string, string>, person = false, written?: string[]): string[] {
  // A nickname in quotation marks inside a name ("Vincent 'The Chin' Gigante") is not part of
  // the name: without it the name meets the same person written plainly ("Vincent Gigante").
  const bare = display.includes("'") || display.includes('"') || /[\u2018\u201c]/.test(display) ? display.replace(QUOTED_INSIDE, ' ') : display;
  const raw = foldName(bare.split(/\s+/).filter(Boolean).length >= 2 ? bare : display).split(/\s+/).filter(Boolean);
  while (raw.length > 1 && IGNORED_WORDS.has(raw[0])) raw.shift();
  while (person && raw.length > 1 && HONORIFICS.has(raw[0].replace(/\.$/, ''))) raw.shift();
  while (raw.length > 1 && NAME_SUFFIXES.has(raw[raw.length - 1].replace(/[.,]/g, ''))) raw.pop();
  if (raw.length > 1) raw[raw.length - 1] = raw[raw.length - 1].replace(/,$/, '');
  // Initials before the surname carry little ("W. Mark Felt" is "Mark Felt"), but a name of
  // two words keeps its initial ("J. Smith" is not "Smith").
  const kept = raw.length > 2 ? raw.filter((w, i) => !(i < raw.length - 1 && /^[a-z]\.?$/.test(w))) : raw;
  const out: string[] = [];
  for (const w of kept) {
    let s = cache.get(w);
    if (s === undefined) cache.set(w, (s = nameSkeleton(w)));
    if (!s) continue;
    out.push(s);
    written?.push(w);
  }
  return out;
}

/** True for names written as an initialism: two to six capitals, with or without dots. */
function isInitialism(display: string): boolean {
  const bare = display.replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(bare);
}

/** The initialism of a multi-word name ("United States" → "us"), or null. */
function initialismOf(display: string): string | null {
  const words = foldName(display).split(/[\s-]+/).filter((w) => w && !INITIALISM_STOP.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

/** What linking needs to know about one mention, computed once per article. */
interface PreparedMention {
  display: string;
  words: string[];
  /** The folded words before the spelling rules, one per skeleton of `words`. */
  raw: string[];
  initialism: boolean;
  aliasKey: string;
  folded: string | null;
}

/**
 * Prepared mentions by the article's mention list. Articles are immutable once analysed, so
 * after an edit only the edited article's names are normalised again; the others are reused.
 */
const preparedCache = new WeakMap<object, Array<PreparedMention | null>>();

/** Forgets the names prepared and the context read for these articles (see {@link releaseClaims}). */
export function forgetPreparedNames(articles: readonly Article[]): void {
  for (const a of articles) {
    if (a.mentions) preparedCache.delete(a.mentions);
    contextCache.delete(a);
  }
}

function prepareMentions(mentions: readonly unknown[], skeletons: Map<string, string>): Array<PreparedMention | null> {
  const cached = preparedCache.get(mentions);
  if (cached) return cached;
  const out = mentions.map((raw): PreparedMention | null => {
    const m = raw as { text?: unknown; kind?: unknown } | null;
    if (!m || typeof m.text !== 'string') return null;
    const display = displayName(m.text);
    const initialism = isInitialism(display);
    // Initialisms are letters, not words: they skip the spelling rules.
    const written: string[] = [];
    const words = initialism ? [display.replace(/\./g, '').toLowerCase()] : nameWords(display, skeletons, m.kind === 'person', written);
    if (!words.length) return null;
    const single = !initialism && words.length === 1;
    return { display, words, raw: initialism ? words : written, initialism, aliasKey: aliasKey(display), folded: single ? foldName(display).replace(/[^a-z0-9]/g, '') : null };
  });
  preparedCache.set(mentions, out);
  return out;
}

/**
 * Links the mentions of a story's articles into entities. Never throws; articles with
 * malformed mentions simply contribute nothing for them.
 */
export function linkEntities(articles: readonly Article[], options: LinkOptions = {}): Linking {
  const forms: Form[] = [];
  const formByKey = new Map<string, Form>();
  const groups = new Groups();
  const skeletons = new Map<string, string>();
  const mentionForm = new Map<string, number[]>();

  for (const article of articles) {
    const perMention: number[] = [];
    mentionForm.set(article.path, perMention);
    const mentions = Array.isArray(article.mentions) ? article.mentions : [];
    const prepared = prepareMentions(mentions, skeletons);
    mentions.forEach((m, index) => {
      perMention.push(-1);
      const p = prepared[index];
      if (!p) return;
      const { display, words, initialism } = p;
      const single = !initialism && words.length === 1;
      const key = (initialism ? 'I:' : 'N:') + words.join(' ') + (single ? `@${article.path}` : '');
      let form = formByKey.get(key);
      if (!form) {
        form = {
          id: groups.add(),
          words,
          raw: p.raw,
          kinds: new Map(),
          spellings: new Map(),
          initialism,
          aliasKeys: new Set(),
          mentions: [],
          paths: new Set(),
          path: single ? article.path : null,
          folded: p.folded,
        };
        forms.push(form);
        formByKey.set(key, form);
      }
      const kind: EntityKind = KIND_ORDER.includes(m.kind) ? m.kind : 'person';
      form.kinds.set(kind, (form.kinds.get(kind) ?? 0) + 1);
      form.spellings.set(display, (form.spellings.get(display) ?? 0) + 1);
      form.aliasKeys.add(p.aliasKey);
      form.mentions.push({ path: article.path, index, start: m.start, end: m.end, text: m.text });
      form.paths.add(article.path);
      perMention[index] = form.id;
    });
  }

  // Alias groups: the user's first (any kind), then the built-in ones (places and organisations).
  const aliasIndex = new Map<string, Form[]>();
  for (const form of forms) {
    for (const k of form.aliasKeys) {
      const list = aliasIndex.get(k);
      if (list) list.push(form);
      else aliasIndex.set(k, [form]);
    }
  }
  const joinAliasGroup = (names: unknown, builtin: boolean) => {
    if (!Array.isArray(names)) return;
    let first: Form | null = null;
    for (const name of names) {
      if (typeof name !== 'string') continue;
      for (const form of aliasIndex.get(aliasKey(name)) ?? []) {
        if (builtin && majorityKind(form.kinds) === 'person') continue;
        if (first) groups.union(first.id, form.id);
        else first = form;
      }
    }
  };
  for (const names of options.aliases ?? []) joinAliasGroup(names, false);
  for (const names of aliasData.groups) joinAliasGroup(names, true);

  // Initialisms: "IMF" joins "International Monetary Fund" when exactly one name in the story expands it.
  const byInitialism = new Map<string, Set<number>>();
  for (const form of forms) {
    if (form.initialism || majorityKind(form.kinds) === 'person') continue;
    for (const spelling of form.spellings.keys()) {
      const ini = initialismOf(spelling);
      if (!ini) continue;
      let set = byInitialism.get(ini);
      if (!set) byInitialism.set(ini, (set = new Set()));
      set.add(form.id);
    }
  }
  // An initialism also meets the same word written in lower case ("NATO", "Nato").
  const byFolded = new Map<string, Form[]>();
  for (const form of forms) {
    if (!form.folded) continue;
    const list = byFolded.get(form.folded);
    if (list) list.push(form);
    else byFolded.set(form.folded, [form]);
  }
  for (const form of forms) {
    if (!form.initialism) continue;
    for (const other of byFolded.get(form.words[0]) ?? []) groups.union(form.id, other.id);
  }
  for (const form of forms) {
    if (!form.initialism) continue;
    const candidates = byInitialism.get(form.words.join(''));
    if (!candidates) continue;
    const roots = new Set([...candidates].map((id) => groups.find(id)));
    if (roots.size === 1) groups.union(form.id, [...roots][0]);
  }

  // Full names spelled differently: two names of the same length in words join when every word
  // is the same or a close spelling of it, at least one word being the same, and their first
  // and last words start alike. Such a pair shares an exact word at some position, so names are
  // blocked by that word; a block too large to compare pair by pair is searched through an
  // index of the other words' deletion variants (two words within an edit distance of k share
  // a string made by deleting at most k letters from each), so no block costs the square of its
  // size unless its names really are alike.
  const articleByPath = new Map(articles.map((a) => [a.path, a]));
  const contexts = new Map<number, NameContext>();
  const contextOf = (form: Form): NameContext => {
    let ctx = contexts.get(form.id);
    if (!ctx) contexts.set(form.id, (ctx = formContext(form, articleByPath)));
    return ctx;
  };
  const sameContext = (a: Form, b: Form) => {
    const x = contextOf(a);
    const y = contextOf(b);
    return [...x.ages].some((v) => y.ages.has(v)) || [...x.roles].some((r) => y.roles.has(r));
  };
  for (const pair of fuzzyNamePairs(forms, (a, b) => groups.find(a.id) === groups.find(b.id), sameContext)) groups.union(pair[0].id, pair[1].id);

  // A name written as one word or as two ("DelGiudice", "Del Giudice") is one name: full
  // names of the same kind whose words run together alike join.
  const byRunTogether = new Map<string, Form>();
  for (const form of forms) {
    if (form.path || form.initialism) continue;
    const key = `${majorityKind(form.kinds)}:${form.words.join('')}`;
    const other = byRunTogether.get(key);
    if (other) groups.union(other.id, form.id);
    else byRunTogether.set(key, form);
  }

  // A lone word that ends a longer name stands for it: a surname for a person ("Gromov"),
  // a short name for an organisation ("Saints" for "New Orleans Saints"); a lone word that
  // begins a person's full name of two or three words is that person's first name
  // ("Kathrine" for "Kathrine Ward"), unless the story uses the word as a surname, as news
  // writing mostly does. It is resolved in its own article first, where the full name is
  // usually written; failing that, in the story, when exactly one such name exists. With two
  // candidates (two people sharing a surname or a first name) it stays apart, since the text
  // does not say which one is meant.
  const byLastWord = new Map<string, Form[]>();
  const byFirstWord = new Map<string, Form[]>();
  for (const form of forms) {
    if (form.words.length < 2 || form.initialism) continue;
    const kind = majorityKind(form.kinds);
    if (kind === 'place') continue;
    const key = `${kind}:${form.words[form.words.length - 1]}`;
    const list = byLastWord.get(key);
    if (list) list.push(form);
    else byLastWord.set(key, [form]);
    if (kind !== 'person' || form.words.length > 3) continue;
    const first = byFirstWord.get(form.words[0]);
    if (first) first.push(form);
    else byFirstWord.set(form.words[0], [form]);
  }
  // A person's shorter name stands for the one longer name of the story it is part of: the
  // words that end it ("Lo Presti" for "Gaetano Lo Presti"), or its first and last words with
  // the middle names left out ("Robyn Mendes" for "Robyn Norma Mendes"). It is resolved in the
  // articles where it occurs, then in the story; two candidates leave it apart. This runs
  // before lone words are resolved, so a surname does not see one person as two.
  const rootsOf = (list: Form[]) => new Set(list.map((f) => groups.find(f.id)));
  for (const form of forms) {
    if (form.words.length < 2 || form.initialism || majorityKind(form.kinds) !== 'person') continue;
    const candidates = (byLastWord.get(`person:${form.words[form.words.length - 1]}`) ?? []).filter(
      (c) => c.words.length > form.words.length && (endsWith(c.words, form.words) || (c.words[0] === form.words[0] && isSubsequence(form.words, c.words))),
    );
    if (!candidates.length) continue;
    const local = rootsOf(candidates.filter((c) => [...form.paths].some((p) => c.paths.has(p))));
    const global = rootsOf(candidates);
    if (local.size === 1) groups.union(form.id, [...local][0]);
    else if (local.size === 0 && global.size === 1) groups.union(form.id, [...global][0]);
  }

  // A given name and its pet form ("Katie Jenkin", "Kathryn Jenkin"): two full names of one
  // surname whose first names are a name and a short form of it (`isPetForm`) are one person
  // when no article writes both, each has no other such partner in the story, and the ages
  // given with them do not differ. This runs after shorter names have joined their longer ones,
  // so that one person written two ways ("Frederick C. LaRue", "Frederick Cheney LaRue") is one
  // partner of "Fred LaRue".
  const bySurname = new Map<string, Form[]>();
  for (const form of forms) {
    if (form.words.length < 2 || form.words.length > 3 || form.initialism || majorityKind(form.kinds) !== 'person') continue;
    const key = form.words[form.words.length - 1];
    const list = bySurname.get(key);
    if (list) list.push(form);
    else bySurname.set(key, [form]);
  }
  for (const list of bySurname.values()) {
    if (list.length < 2 || list.length > 12) continue;
    const given = list.map((f) => firstWordOf(f));
    // A partner is counted once per entity: "Frederick C. LaRue" and "Frederick Cheney LaRue",
    // already one person, are one partner of "Fred LaRue", not two.
    const partners = list.map((_, i) => {
      const roots = new Map<number, number>();
      list.forEach((_, j) => {
        if (j === i || !(isPetForm(given[i], given[j]) || isPetForm(given[j], given[i]))) return;
        const root = groups.find(list[j].id);
        if (!roots.has(root)) roots.set(root, j);
      });
      return [...roots.values()];
    });
    for (let i = 0; i < list.length; i++) {
      if (partners[i].length !== 1) continue;
      const j = partners[i][0];
      if (partners[j].length !== 1 || groups.find(list[partners[j][0]].id) !== groups.find(list[i].id)) continue;
      const [a, b] = [list[i], list[j]];
      if (groups.find(a.id) === groups.find(b.id)) continue;
      // An article that writes both names tells two people apart, unless it says that one is
      // known by the other ("Kathryn Jenkin, known as Katie") or gives both the same age or
      // role (a headline's "Fred LaRue, 75, Dies" over "Frederick Cheney LaRue, 75, …").
      const [pet, full] = isPetForm(given[i], given[j]) ? [given[i], b] : [given[j], a];
      const knownAs = new RegExp(`\\b${escapeRegExp(full.spellings.keys().next().value ?? '')},?[ \\t]{1,2}(?:(?:also|better)[ \\t]{1,2})?(?:known[ \\t]{1,2}as|called|nicknamed)[ \\t]{1,2}["\u201c]?${escapeRegExp(pet)}\\b`, 'i');
      if ([...a.paths].some((p) => b.paths.has(p) && !knownAs.test(articleByPath.get(p)?.text ?? '')) && !sameContext(a, b)) continue;
      const [x, y] = [contextOf(a), contextOf(b)];
      if (x.ages.size && y.ages.size && ![...x.ages].some((v) => y.ages.has(v))) continue;
      groups.union(a.id, b.id);
    }
  }

  const unresolved = new Map<string, Form[]>();
  const ambiguousForms = new Set<number>();
  const blends = blendIndex(forms);
  for (const form of forms) {
    if (!form.path) continue;
    const kind = form.kinds.get('person') ? 'person' : majorityKind(form.kinds) === 'organization' ? 'organization' : null;
    const byLast = kind ? byLastWord.get(`${kind}:${form.words[0]}`) : undefined;
    const byFirst = kind === 'person' && !byLastWord.has(`person:${form.words[0]}`) ? byFirstWord.get(form.words[0]) : undefined;
    // A nickname blended from the starts of a person's names ("JoDo" for "Joan Dorsey") when
    // the word is neither a surname nor a first name of the story.
    const blended = kind === 'person' && !byLast && !byFirst ? blends(form) : undefined;
    const candidates = byLast && byFirst ? [...byLast, ...byFirst] : (byLast ?? byFirst ?? blended);
    let target: number | null = null;
    if (candidates) {
      const local = rootsOf(candidates.filter((c) => c.paths.has(form.path!)));
      const global = rootsOf(candidates);
      if (local.size === 1) target = [...local][0];
      else if (local.size === 0 && global.size === 1) target = [...global][0];
      else if (local.size > 1 || global.size > 1) ambiguousForms.add(form.id);
    }
    if (target !== null) {
      groups.union(form.id, target);
    } else {
      const list = unresolved.get(form.words[0]);
      if (list) list.push(form);
      else unresolved.set(form.words[0], [form]);
    }
  }
  // The same lone word left unresolved in several articles is one entity across them.
  for (const list of unresolved.values()) for (let i = 1; i < list.length; i++) groups.union(list[0].id, list[i].id);

  // Build one entity per group.
  const members = new Map<number, Form[]>();
  for (const form of forms) {
    const root = groups.find(form.id);
    const list = members.get(root);
    if (list) list.push(form);
    else members.set(root, [form]);
  }
  interface Draft {
    root: number;
    kind: EntityKind;
    name: string;
    variants: string[];
    mentions: EntityMention[];
  }
  const drafts: Draft[] = [];
  const ambiguousRoots = new Set<number>();
  for (const [root, list] of members) {
    if (list.some((f) => ambiguousForms.has(f.id)) && list.every((f) => f.path)) ambiguousRoots.add(root);
    const kinds = new Map<EntityKind, number>();
    const spellings = new Map<string, number>();
    const mentions: EntityMention[] = [];
    for (const form of list) {
      for (const [k, c] of form.kinds) kinds.set(k, (kinds.get(k) ?? 0) + c);
      for (const [s, c] of form.spellings) spellings.set(s, (spellings.get(s) ?? 0) + c);
      mentions.push(...form.mentions);
    }
    const ranked = [...spellings.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const wordCount = (s: string) => s.split(' ').length;
    const canonical = [...ranked].sort(
      (x, y) =>
        Number(isInitialism(x[0])) - Number(isInitialism(y[0])) ||
        wordCount(y[0]) - wordCount(x[0]) ||
        y[1] - x[1] ||
        y[0].length - x[0].length ||
        (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
    )[0][0];
    mentions.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : x.start - y.start));
    drafts.push({ root, kind: majorityKind(kinds), name: canonical, variants: ranked.map((r) => r[0]), mentions });
  }
  drafts.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) || (x.mentions[0]?.path ?? '').localeCompare(y.mentions[0]?.path ?? '') || (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));

  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const mentionsById = new Map<string, EntityMention[]>();
  const idOfRoot = new Map<number, string>();
  const ambiguousIds = new Set<string>();
  for (const d of drafts) {
    const base = `${d.kind}:${slugOf(d.name)}`;
    let id = base;
    for (let n = 2; byId.has(id); n++) id = `${base}-${n}`;
    const entity: Entity = { id, kind: d.kind, name: d.name, variants: d.variants };
    entities.push(entity);
    byId.set(id, entity);
    mentionsById.set(id, d.mentions);
    idOfRoot.set(d.root, id);
    if (ambiguousRoots.has(d.root)) ambiguousIds.add(id);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const idsByPath = new Map<string, Array<string | null>>();
  for (const [path, perMention] of mentionForm) {
    idsByPath.set(
      path,
      perMention.map((f) => (f < 0 ? null : (idOfRoot.get(groups.find(f)) ?? null))),
    );
  }

  return {
    entities,
    entityOf: (path, mentionIndex) => idsByPath.get(path)?.[mentionIndex] ?? null,
    entity: (id) => byId.get(id),
    mentionsOf: (id) => mentionsById.get(id) ?? [],
    ambiguous: (id) => ambiguousIds.has(id),
  };
}

/** True when `words` ends with all of `tail`. */
/**
 * The parts of a blended nickname: a single word with capitals inside it, cut before each
 * capital ("JoDo" → "jo", "do"; "KSmi" → "k", "smi"), or null for any other word.
 */
function blendParts(spelling: string): string[] | null {
  if (!/^\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)+$/u.test(spelling)) return null;
  const parts = spelling.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  return parts.length >= 2 ? parts.map((p) => foldName(p)) : null;
}

/**
 * Finds, for a one-word form written as a blend, the people of the story whose first name
 * starts with its first part and whose surname starts with its last part (middle parts, if
 * any, start middle names in order): "JoDo" fits "Joan Dorsey" and "Joan M. Dorsey". People are
 * indexed by the first letters of their first and last names, so each blend looks at few.
 */
function blendIndex(forms: readonly Form[]): (form: Form) => Form[] | undefined {
  const index = new Map<string, Array<{ form: Form; words: string[] }>>();
  for (const form of forms) {
    if (form.words.length < 2 || form.initialism || majorityKind(form.kinds) !== 'person') continue;
    for (const spelling of form.spellings.keys()) {
      const words = foldName(displayName(spelling))
        .split(/\s+/)
        .filter((w, i, all) => w && !(i < all.length - 1 && HONORIFICS.has(w.replace(/\.$/, ''))));
      if (words.length < 2) continue;
      const key = `${words[0][0]}${words[words.length - 1][0]}`;
      const list = index.get(key);
      if (list) list.push({ form, words });
      else index.set(key, [{ form, words }]);
    }
  }
  return (form) => {
    const spelling = [...form.spellings.keys()][0];
    const parts = spelling ? blendParts(displayName(spelling)) : null;
    if (!parts) return undefined;
    const first = parts[0];
    const last = parts[parts.length - 1];
    const fits = (words: string[]) => {
      if (!words[0].startsWith(first) || !words[words.length - 1].startsWith(last)) return false;
      // Middle parts start middle names, in order.
      let at = 1;
      for (const mid of parts.slice(1, -1)) {
        while (at < words.length - 1 && !words[at].startsWith(mid)) at++;
        if (at >= words.length - 1) return false;
        at++;
      }
      return true;
    };
    const found = (index.get(`${first[0]}${last[0]}`) ?? []).filter((c) => fits(c.words)).map((c) => c.form);
    return found.length ? [...new Set(found)] : undefined;
  };
}

function endsWith(words: string[], tail: string[]): boolean {
  const off = words.length - tail.length;
  return off >= 0 && tail.every((w, i) => words[off + i] === w);
}

/** True when the words of `short` occur in `long` in the same order (not necessarily together). */
function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && w === short[i]) i++;
  return i === short.length;
}

/** What the articles say about a name besides the name: the ages and roles given with it. */
const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first word of a form's most frequent spelling, in lower case. */
function firstWordOf(form: Form): string {
  let best = '';
  let most = -1;
  for (const [spelling, n] of form.spellings) if (n > most) [best, most] = [spelling, n];
  return best.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

/** Endings of a pet form of a given name: "Katie", "Kathy", "Jenny", "Dani". */
const PET_ENDING = /(?:ie|ey|y|i)$/;

/**
 * True when `short` is a pet form of the given name `full`:
 * - a diminutive: it ends in "-ie", "-y", "-i" or "-ey", its stem (a doubled last consonant
 *   made single: "Jenn-y") of three letters or more starts `full`, which is longer, and both are
 *   first names of one gender ("Katie"/"Kathryn", "Jenny"/"Jennifer", "Danny"/"Daniel"; not
 *   "Jackie"/"Jackson", a surname);
 * - a clipped form: three letters or more that begin `full`, which is at least two letters
 *   longer and a first name of one gender, the short form being of that gender or of none
 *   known ("Fred"/"Frederick", "Chris"/"Christopher", "Ben"/"Benjamin"; not "Dan"/"Dana", nor
 *   "Alex"/"Alexandra" when "Alex" is known as a man's name).
 */
export function isPetForm(short: string, full: string): boolean {
  if (full.length <= short.length) return false;
  const fullGender = firstNameGender(full);
  if (fullGender === null) return false;
  const shortGender = firstNameGender(short);
  if (short.length >= 3 && full.length >= short.length + 2 && full.startsWith(short) && (shortGender === null || shortGender === fullGender) && /^[a-z]+$/.test(short)) return true;
  const m = PET_ENDING.exec(short);
  if (!m) return false;
  let stem = short.slice(0, m.index);
  if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2]) stem = stem.slice(0, -1);
  if (stem.length < 3 || !full.startsWith(stem)) return false;
  return shortGender !== null && shortGender === fullGender;
}

interface NameContext {
  ages: Set<number>;
  roles: Set<string>;
}

const contextCache = new WeakMap<object, { ages: Map<number, number>; roles: Map<number, string[]> }>();

/**
 * The ages (without a year) and roles an article gives its mentions, by mention index; read once
 * per article. Never throws: an article that cannot be read gives none.
 */
export function articleContext(article: Article): { ages: Map<number, number>; roles: Map<number, string[]> } {
  const cached = contextCache.get(article);
  if (cached) return cached;
  const ages = new Map<number, number>();
  const roles = new Map<number, string[]>();
  try {
    const mentions = Array.isArray(article.mentions) ? article.mentions : [];
    const found = extractAges(article.text ?? '', article.sentences ?? [], mentions, article.dates ?? [], article.header?.bodyStart ?? 0);
    for (const age of found) if (age.year === null) ages.set(age.mention, age.value);
    for (const role of Array.isArray(article.roles) ? article.roles : []) {
      if (!role || typeof role.text !== 'string') continue;
      const list = roles.get(role.mention);
      const text = foldName(role.text).replace(/^(?:the|a|an)\s+/, '');
      if (list) list.push(text);
      else roles.set(role.mention, [text]);
    }
  } catch {
    // Context only adds evidence for a merge; without it, names are merged on spelling alone.
  }
  const out = { ages, roles };
  contextCache.set(article, out);
  return out;
}

/** The ages and roles the articles give with a form's mentions. */
function formContext(form: Form, articles: Map<string, Article>): NameContext {
  const out: NameContext = { ages: new Set(), roles: new Set() };
  for (const m of form.mentions) {
    const article = articles.get(m.path);
    if (!article) continue;
    const ctx = articleContext(article);
    const age = ctx.ages.get(m.index);
    if (age !== undefined) out.ages.add(age);
    for (const r of ctx.roles.get(m.index) ?? []) out.roles.add(r);
  }
  return out;
}

/** The part of an entity id derived from its name: folded, words joined by hyphens. */
export function slugOf(name: string): string {
  return (
    foldName(name)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}
