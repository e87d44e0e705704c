import { fold } from '../claimsText';
import { articleContext, editDistance, nameSkeleton } from '../link';
import { findStrays, type Occurrence, type Stray } from '../nameStrays';
import { groupedVersus, pairs, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';
import type { Article } from '../../types';

/**
 * `name-variant`: the same entity spelled differently across sources ("Yuri Gromov" and
 * "Yury Gromov", "LaSalle" and "Lasalle", "DelGiudice" and "Del Giudice"). Only spellings of
 * the same words count, a middle name one source leaves out aside ("LuAnn Marie Johnson",
 * "Luann Johnson"): a surname alone, a possessive, an initialism ("U.S." for "United States"),
 * a difference of dots or of a word's first capital, a hyphen, or British and American spelling
 * ("Organisation", "Theatre") is not a variant. An article that itself uses both spellings is
 * not compared on that name.
 *
 * Besides the names linking joined, a capitalised word one letter away from a name the other
 * sources write, with evidence that it is that name (the same slot in the sentence, the same
 * article writing the other spelling, the rest of the name alike), is reported as a stray
 * spelling of it, even when the word is no name mention ("Regains" for "Reagins"): see
 * `nameStrays.ts`. Two full names of people that share a surname and are given the same age, or
 * share a first name (or initials) and hold the same post ("general manager"), in articles that
 * never name both, are reported as one person named differently ("Catherine Gomes, 61" and
 * "61-year-old Kathryn Gomes").
 */

/** A name as compared: its normal form (folded, '' when nothing is left) and that with the shape of its capitals. */
interface NameForm {
  norm: string;
  form: string;
  /** The number of words of the form's normal part. */
  count: number;
  /** The words of the normal form. */
  words: readonly string[];
}

/**
 * Compared forms by a name's text. A story names each person many times with the same words,
 * and is compared again after every edit of one of its articles: each text is read once while
 * it is among the last few thousand read.
 */
const formCache = new Map<string, NameForm>();
const FORM_CACHE_SIZE = 20_000;

/** The compared form of a name's text (see {@link NameForm}). */
function formOf(text: string): NameForm {
  let f = formCache.get(text);
  if (!f) {
    if (formCache.size >= FORM_CACHE_SIZE) formCache.clear();
    const b = bare(text);
    const norm = fold(b);
    const form = norm ? `${norm}\u0000${caseShape(b)}` : '';
    f = { norm, form, count: form.split('\u0000')[0].split(' ').length, words: norm.split(' ').filter(Boolean) };
    formCache.set(text, f);
  }
  return f;
}

/** The name without possessive, leading "the", dots, nickname quotation marks or extra spaces; case kept. */
function bare(text: string): string {
  return text
    .replace(/['\u2019]s$|['\u2019]$/, '')
    .replace(/^the /i, '')
    .replace(/\./g, '')
    // Quotation marks around a nickname follow house style, not spelling.
    .replace(/["\u201c\u201d]|(?<=\s)['\u2018\u2019]|['\u2018\u2019](?=\s)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where each word of a bare name (see {@link bare}) has capitals after its first letter
 * ("LaSalle" → "2"), "*" for a word in capitals throughout (a headline's "LASALLE" says nothing
 * about them).
 */
function caseShape(bared: string): string {
  return bared
    .split(' ')
    .map((w) => {
      if (w === w.toUpperCase()) return '*';
      const at: number[] = [];
      for (let i = 1; i < w.length; i++) if (w[i] !== w[i].toLowerCase()) at.push(i);
      return at.join(',');
    })
    .join(' ');
}

/** A form as compared: its folded words and the shape of their capitals. */
interface Spelling {
  words: string[];
  shapes: string[];
}

function spellingOf(key: string): Spelling {
  const [norm, shape = ''] = key.split('\u0000');
  return { words: norm.split(' '), shapes: shape.split(' ') };
}

/** True when two forms differ only by plural endings ("U.S. Marshal", "U.S. Marshals"): grammar, not spelling. */
function pluralOnly(x: string[], y: string[]): boolean {
  return x.length === y.length && x.every((w, i) => w === y[i] || `${w}s` === y[i] || `${y[i]}s` === w);
}

/** True when two names of as many words differ in their last word only. */
function surnameOnly(x: string[], y: string[]): boolean {
  return x.length === y.length && x.length > 1 && x[x.length - 1] !== y[y.length - 1] && x.slice(0, -1).every((w, i) => w === y[i]);
}

/** British and American spellings of one word ("organisation", "recognized", "theatre", "labour"): house style. */
function houseStyle(a: string, b: string): boolean {
  const us = (w: string) => (w.length >= 6 ? w.replace(/(?<=[a-z]{2})is(?=(?:e|ed|es|ing|ation|ations)$)/, 'iz').replace(/(?<=[a-z]{3}[^aeiou])re$/, 'er').replace(/our$/, 'or') : w);
  return a !== b && us(a) === us(b);
}

/**
 * True when two words are spellings of one: the same skeleton, or within two changes (one
 * for a word that differs in its first letter, which then must be long: "Kurbanguly",
 * "Gurbanguly").
 */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (nameSkeleton(a) === nameSkeleton(b)) return true;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 5) return false;
  if (a[0] !== b[0]) return Math.min(a.length, b.length) >= 8 && editDistance(a, b, 1) <= 1;
  return editDistance(a, b, 2) <= 2;
}

/** True when two capital shapes of one word differ where both are known. */
function shapeDiffers(x: string, y: string): boolean {
  return x !== '*' && y !== '*' && x !== y;
}

/**
 * The word pairs of two names to compare: word for word when they have as many words, else
 * the shorter one's words against the longer one's first, last and, in order, equal middle
 * words (a middle name left out). Null when the names do not align.
 */
function alignWords(a: Spelling, b: Spelling): Array<[number, number]> | null {
  if (a.words.length === b.words.length) return a.words.map((_, i) => [i, i]);
  const [s, l, flip] = a.words.length < b.words.length ? [a, b, false] : [b, a, true];
  if (s.words.length < 2 || l.words.length - s.words.length > 2) return null;
  const pairs: Array<[number, number]> = [[0, 0]];
  let j = 1;
  for (let i = 1; i < s.words.length - 1; i++) {
    while (j < l.words.length - 1 && l.words[j] !== s.words[i]) j++;
    if (j >= l.words.length - 1) return null;
    pairs.push([i, j++]);
  }
  pairs.push([s.words.length - 1, l.words.length - 1]);
  return flip ? pairs.map(([i, k]) => [k, i]) : pairs;
}

function spellingVariants(keyA: string, keyB: string, person = false): boolean {
  if (keyA === keyB) return false;
  const a = spellingOf(keyA);
  const b = spellingOf(keyB);
  const joinedA = a.words.join(' ');
  const joinedB = b.words.join(' ');
  // Hyphens are house style ("Pin-Up", "Pinup", "Fix-It"); a space in a name is spelling ("DelGiudice", "Del Giudice").
  if (joinedA.replace(/-/g, '') === joinedB.replace(/-/g, '') || joinedA.replace(/-/g, ' ') === joinedB.replace(/-/g, ' ')) {
    return joinedA === joinedB && a.shapes.some((x, i) => shapeDiffers(x, b.shapes[i] ?? '*'));
  }
  if (joinedA.replace(/[\s-]/g, '') === joinedB.replace(/[\s-]/g, '')) return true;
  // A person's surname with a letter added is a spelling ("Quintero", "Quinteros"); elsewhere a
  // plural ending is grammar ("U.S. Marshals", "Hurricanes Katrina and Rita").
  if (pluralOnly(a.words, b.words) && !(person && surnameOnly(a.words, b.words))) return false;
  const pairs = alignWords(a, b);
  if (!pairs || !pairs.every(([i, k]) => close(a.words[i], b.words[k]))) return false;
  // A variant needs a word spelled differently, not only a middle name left out; British and
  // American spellings are house style.
  let spelled = false;
  for (const [i, k] of pairs) {
    const x = a.words[i];
    const y = b.words[k];
    if (x !== y && !houseStyle(x, y)) spelled = true;
    else if (x === y && shapeDiffers(a.shapes[i], b.shapes[k])) spelled = true;
  }
  return spelled;
}

/** A mention of a person the linking made a person, as `renamedDrafts` reads it. */
interface PersonUse {
  id: string;
  at: { article: Article; index: number };
  /** The name's folded words. */
  words: readonly string[];
  /** The mention as an item of a finding, made when first asked for. */
  item?: DraftItem;
}

/** What the rule reads of one article's mentions under one linking (see `articleForms`). */
interface ArticleForms {
  /** What stands for the linking's answers (`RuleContext.ids`). */
  ids: object;
  /** Entity id → the article's forms of it (compared form → its first mention), in order of first mention. */
  forms: Map<string, Map<string, DraftItem>>;
  /** The word counts of those forms. */
  counts: Map<string, number>;
  /** Its mentions of people, in order. */
  people: PersonUse[];
}

const formsCache = new WeakMap<Article, ArticleForms>();

/** Forgets what the rule read of these articles (see `releaseClaims`). */
export function forgetArticleForms(articles: readonly Article[]): void {
  for (const a of articles) formsCache.delete(a);
}

/**
 * The forms an article gives each entity and its mentions of people, read once per article and
 * linking: a story compared again after an edit reads the articles the edit left alone as they
 * were, instead of every mention of every article again.
 */
function articleForms(ctx: RuleContext, article: Article): ArticleForms {
  const ids = ctx.ids;
  const cached = ids ? formsCache.get(article) : undefined;
  if (cached && cached.ids === ids) return cached;
  const out: ArticleForms = { ids: ids ?? ctx, forms: new Map(), counts: new Map(), people: [] };
  article.mentions.forEach((m, i) => {
    const id = ctx.entityOf(article.path, i);
    if (!id) return;
    const { norm, form, count, words } = formOf(m.text);
    if (m.kind === 'person' && ctx.entities.get(id)?.kind === 'person') out.people.push({ id, at: { article, index: i }, words });
    if (!norm) return;
    out.counts.set(form, count);
    let byForm = out.forms.get(id);
    if (!byForm) out.forms.set(id, (byForm = new Map()));
    if (!byForm.has(form)) {
      byForm.set(form, { path: article.path, outlet: article.outlet, span: { start: m.start, end: m.end }, wording: wordingOf(m.text), value: norm });
    }
  });
  if (ids) formsCache.set(article, out);
  return out;
}

/** A person's full-name mention as an item of a finding. */
function personItem(article: Article, index: number, words: readonly string[]): DraftItem {
  const m = article.mentions[index];
  return { path: article.path, outlet: article.outlet, span: { start: m.start, end: m.end }, wording: wordingOf(m.text), value: words.join(' ') };
}

/** A mention's words as a finding shows them: without a possessive ending, spaces made single. */
function wordingOf(text: string): string {
  return text.replace(/['\u2019]s$/, '').replace(/\s+/g, ' ').trim();
}

export const nameVariant: Rule = {
  id: 'name-variant',
  description: 'The same person, organisation or place is spelled differently across sources.',
  defaultSeverity: 'information',
  enabledByDefault: true,
  reads: ['capitals'],
  check(ctx: RuleContext): FindingDraft[] {
    // Forms of each entity per article: normalised form → first mention.
    const forms = new Map<string, Map<string, Map<string, DraftItem>>>();
    // The compared form of each item: folded words and the shape of their capitals.
    const keyOf = new Map<DraftItem, string>();
    // The number of words of each form's normal part.
    const counts = new Map<string, number>();
    for (const article of ctx.articles) {
      const own = articleForms(ctx, article);
      for (const [form, count] of own.counts) counts.set(form, count);
      for (const [id, mine] of own.forms) {
        let byPath = forms.get(id);
        if (!byPath) forms.set(id, (byPath = new Map()));
        const earlier = byPath.get(article.path);
        // Two articles at one path (never in a corpus) share their forms, the first ones' first.
        const byForm = earlier ? new Map(earlier) : mine;
        if (earlier) for (const [form, item] of mine) if (!byForm.has(form)) byForm.set(form, item);
        byPath.set(article.path, byForm);
        for (const [form, item] of byForm) if (!keyOf.has(item)) keyOf.set(item, form);
      }
    }
    const drafts: FindingDraft[] = [];
    for (const [id, byPath] of forms) {
      if (byPath.size < 2) continue;
      // Each article's fullest forms (most words), the ones a variant is judged on.
      const chosen: DraftItem[] = [];
      const allForms = new Map<string, Set<string>>();
      const wordCount = (f: string) => counts.get(f)!;
      for (const [path, byForm] of byPath) {
        const list = [...byForm.keys()];
        allForms.set(path, new Set(list));
        const most = Math.max(...list.map(wordCount));
        for (const f of list) if (wordCount(f) === most) chosen.push(byForm.get(f)!);
      }
      // Group the chosen forms into spellings, and compare distinct spellings only (not every
      // pair of articles); an article that uses two spellings of one name is left out.
      const byForm = new Map<string, DraftItem[]>();
      for (const item of chosen) {
        const key = keyOf.get(item)!;
        const list = byForm.get(key);
        if (list) list.push(item);
        else byForm.set(key, [item]);
      }
      const forms = [...byForm.keys()];
      const person = ctx.entities.get(id)?.kind === 'person';
      const items: DraftItem[] = [];
      for (const f of forms) {
        const rivals = forms.filter((g) => g !== f && spellingVariants(f, g, person));
        if (!rivals.length) continue;
        for (const item of byForm.get(f)!) {
          const own = allForms.get(item.path)!;
          if (rivals.some((g) => own.has(g))) continue;
          const opposed = rivals.some((g) => byForm.get(g)!.some((o) => o.path !== item.path && !allForms.get(o.path)!.has(f)));
          if (opposed && !items.some((i) => i.path === item.path)) items.push(item);
        }
      }
      if (new Set(items.map((i) => keyOf.get(i))).size < 2) continue;
      const name = ctx.nameOf(id);
      drafts.push({
        items,
        message: `${name} is spelled differently across sources: ${groupedVersus(items)}.`,
        data: { entity: id, spellings: items.map((i) => ({ outlet: i.outlet, path: i.path, spelling: i.wording })) },
      });
    }
    for (const draft of strayDrafts(ctx, drafts)) drafts.push(draft);
    for (const draft of renamedDrafts(ctx)) drafts.push(draft);
    return drafts;
  },
};

const itemOf = (o: Occurrence): DraftItem => ({ path: o.path, outlet: o.outlet, span: { start: o.word.start, end: o.word.end }, wording: o.word.display, value: o.word.word });

/**
 * One finding per pair of spellings with stray uses: the strays (one per article) and the
 * other spelling as each other article writes it. A stray inside a name an entity finding
 * already reports is left to that finding.
 */
function strayDrafts(ctx: RuleContext, reported: readonly FindingDraft[]): FindingDraft[] {
  const covered = (s: Stray) => reported.some((d) => d.items.some((i) => i.path === s.path && i.span.start <= s.word.start && i.span.end >= s.word.end));
  const byPair = new Map<string, Stray[]>();
  for (const s of findStrays(ctx.articles)) {
    if (covered(s)) continue;
    const key = [s.word.word, s.other].sort().join('\u0000');
    const list = byPair.get(key);
    if (list) list.push(s);
    else byPair.set(key, [s]);
  }
  const drafts: FindingDraft[] = [];
  for (const strays of byPair.values()) {
    const items: DraftItem[] = [];
    const paths = new Set<string>();
    for (const s of strays) {
      if (paths.has(s.path)) continue;
      paths.add(s.path);
      items.push(itemOf({ path: s.path, outlet: ctx.article(s.path)?.outlet ?? s.path, word: s.word }));
    }
    for (const s of strays) {
      for (const c of s.counterparts) {
        if (paths.has(c.path) && c.path !== s.path) continue;
        if (items.some((i) => i.path === c.path && i.span.start === c.word.start)) continue;
        paths.add(c.path);
        items.push(itemOf(c));
      }
    }
    if (items.length < 2) continue;
    const first = strays[0];
    const other = first.counterparts[0].word.display;
    const majority = strays.every((s) => s.majority);
    drafts.push({
      items,
      message: majority
        ? `"${first.word.display}" looks like a misspelling of "${other}", as the other sources write it: ${groupedVersus(items)}.`
        : `"${first.word.display}" and "${other}" look like two spellings of one name: ${groupedVersus(items)}.`,
      why: `One name: ${first.why}.`,
      data: { stray: first.word.display, spelling: other, spellings: items.map((i) => ({ outlet: i.outlet, path: i.path, spelling: i.wording })) },
    });
  }
  return drafts;
}

/** Roles held by one person at a time in an organisation: the same one names the same person. */
const ONE_HOLDER = /(?:^|\s)(?:manager|president|chairman|chairwoman|chairperson|chief|director|coach|mayor|governor|premier|commissioner|superintendent|sheriff|ceo|principal|headmaster|headteacher)$/;

/** What the articles tell of one person named in full: the name's first and last word, ages, posts. */
interface NamedPerson {
  first: string;
  last: string;
  paths: Set<string>;
  /** The person's mentions, in the order of the articles and of their text. */
  mentions: Array<{ article: Article; index: number }>;
  /** The ages and the posts the articles give the person: read on first use, for few people. */
  context?: { ages: Set<number>; posts: Set<string> };
  /** The first full-name mention in each article. */
  items: Map<string, DraftItem>;
}

/** The ages and the posts of one held at a time (`ONE_HOLDER`) the articles give a person. */
function contextOf(p: NamedPerson): { ages: Set<number>; posts: Set<string> } {
  if (p.context) return p.context;
  const ages = new Set<number>();
  const posts = new Set<string>();
  for (const { article, index } of p.mentions) {
    const context = articleContext(article);
    const age = context.ages.get(index);
    if (age !== undefined) ages.add(age);
    for (const role of context.roles.get(index) ?? []) {
      const words = role.split(' ');
      if (ONE_HOLDER.test(role)) posts.add(words.slice(-2).join(' '));
    }
  }
  return (p.context = { ages, posts });
}

/**
 * One finding per two people named in full whom nothing but the name tells apart: the same
 * surname and the same age, or the same first name and the same post, in articles that never
 * name both. A different first name of a woman whose age all give alike, or another surname of
 * the one general manager, is a difference a reader must check.
 */
function renamedDrafts(ctx: RuleContext): FindingDraft[] {
  const people = new Map<string, NamedPerson>();
  for (const article of ctx.articles) {
    for (const e of articleForms(ctx, article).people) {
      let p = people.get(e.id);
      if (!p) people.set(e.id, (p = { first: '', last: '', paths: new Set(), mentions: [], items: new Map() }));
      p.paths.add(article.path);
      p.mentions.push(e.at);
      const { words } = e;
      if (words.length < 2 || p.items.has(article.path)) continue;
      if (!p.first) [p.first, p.last] = [words[0], words[words.length - 1]];
      else if (p.first !== words[0] || p.last !== words[words.length - 1]) continue;
      p.items.set(article.path, e.item ?? (e.item = personItem(article, e.at.index, words)));
    }
  }
  const named = [...people.values()].filter((p) => p.items.size > 0);
  const drafts: FindingDraft[] = [];
  const byPart = (part: 'first' | 'last') => {
    const out = new Map<string, NamedPerson[]>();
    for (const p of named) {
      const list = out.get(p[part]);
      if (list) list.push(p);
      else out.set(p[part], [p]);
    }
    return out.values();
  };
  const apart = (x: NamedPerson, y: NamedPerson) => ![...x.paths].some((path) => y.paths.has(path));
  const shared = <T>(x: Set<T>, y: Set<T>) => [...x].find((v) => y.has(v));
  const report = (x: NamedPerson, y: NamedPerson, why: string) => {
    const items = [...x.items.values(), ...y.items.values()];
    drafts.push({
      items,
      message: `${[x, y].map((p) => `"${p.items.values().next().value!.wording}"`).join(' and ')} may be one person named differently: ${groupedVersus(items)}.`,
      why,
      data: { spellings: items.map((i) => ({ outlet: i.outlet, path: i.path, spelling: i.wording })) },
    });
  };
  // Within each group of one surname, then of one first name: two people told apart by nothing else.
  const check = (part: 'first' | 'last', other: 'first' | 'last', evidence: (x: NamedPerson, y: NamedPerson) => string | null) => {
    for (const list of byPart(part)) {
      for (const [x, y] of pairs(list)) {
        if (x[other] === y[other] || !apart(x, y)) continue;
        const why = evidence(x, y);
        if (why) report(x, y, why);
      }
    }
  };
  check('last', 'first', (x, y) => {
    const age = shared(contextOf(x).ages, contextOf(y).ages);
    return age === undefined ? null : `One person: the same surname, and both are ${age} years old.`;
  });
  check('first', 'last', (x, y) => {
    const post = shared(contextOf(x).posts, contextOf(y).posts);
    return post === undefined ? null : `One person: the same first name, and both are the ${post}.`;
  });
  return drafts;
}
