import { fold } from '../claimsText';
import { nameSkeleton } from '../link';
import { groupedVersus, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `name-variant`: the same entity spelled differently across sources ("Yuri Gromov" and
 * "Yury Gromov"). Only spellings of the same words count: a surname alone, a possessive, an
 * initialism ("U.S." for "United States") or a difference of case or dots is not a variant.
 * An article that itself uses both spellings is not compared on that name.
 */

function normal(text: string): string {
  return fold(text)
    .replace(/'s$|'$/, '')
    .replace(/^the /, '')
    .replace(/\./g, '')
    // Quotation marks around a nickname follow house style, not spelling.
    .replace(/["\u201c\u201d]|(?<=\s)'|'(?=\s)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two forms differ only by plural endings ("U.S. Marshal", "U.S. Marshals"): grammar, not spelling. */
function pluralOnly(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === y.length && x.every((w, i) => w === y[i] || `${w}s` === y[i] || `${y[i]}s` === w);
}

/** Word-by-word edit distance capped at 3, for spelling variants the skeleton does not catch. */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (nameSkeleton(a) === nameSkeleton(b)) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 5) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= 2;
}

function spellingVariants(a: string, b: string): boolean {
  if (a === b || pluralOnly(a, b)) return false;
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return false;
  return x.every((w, i) => close(w, y[i]));
}

export const nameVariant: Rule = {
  id: 'name-variant',
  description: 'The same person, organisation or place is spelled differently across sources.',
  defaultSeverity: 'information',
  enabledByDefault: true,
  reads: [],
  check(ctx: RuleContext): FindingDraft[] {
    // Forms of each entity per article: normalised form → first mention.
    const forms = new Map<string, Map<string, Map<string, DraftItem>>>();
    for (const article of ctx.articles) {
      article.mentions.forEach((m, i) => {
        const id = ctx.entityOf(article.path, i);
        if (!id) return;
        const form = normal(m.text);
        if (!form) return;
        let byPath = forms.get(id);
        if (!byPath) forms.set(id, (byPath = new Map()));
        let byForm = byPath.get(article.path);
        if (!byForm) byPath.set(article.path, (byForm = new Map()));
        if (!byForm.has(form)) {
          const wording = m.text.replace(/['\u2019]s$/, '').replace(/\s+/g, ' ').trim();
          byForm.set(form, { path: article.path, outlet: article.outlet, span: { start: m.start, end: m.end }, wording, value: form });
        }
      });
    }
    const drafts: FindingDraft[] = [];
    for (const [id, byPath] of forms) {
      if (byPath.size < 2) continue;
      // Each article's fullest forms (most words), the ones a variant is judged on.
      const chosen: DraftItem[] = [];
      const allForms = new Map<string, Set<string>>();
      for (const [path, byForm] of byPath) {
        const list = [...byForm.keys()];
        allForms.set(path, new Set(list));
        const most = Math.max(...list.map((f) => f.split(' ').length));
        for (const f of list) if (f.split(' ').length === most) chosen.push(byForm.get(f)!);
      }
      // Group the chosen forms into spellings, and compare distinct spellings only (not every
      // pair of articles); an article that uses two spellings of one name is left out.
      const byForm = new Map<string, DraftItem[]>();
      for (const item of chosen) {
        const list = byForm.get(item.value as string);
        if (list) list.push(item);
        else byForm.set(item.value as string, [item]);
      }
      const forms = [...byForm.keys()];
      const items: DraftItem[] = [];
      for (const f of forms) {
        const rivals = forms.filter((g) => g !== f && spellingVariants(f, g));
        if (!rivals.length) continue;
        for (const item of byForm.get(f)!) {
          const own = allForms.get(item.path)!;
          if (rivals.some((g) => own.has(g))) continue;
          const opposed = rivals.some((g) => byForm.get(g)!.some((o) => o.path !== item.path && !allForms.get(o.path)!.has(f)));
          if (opposed && !items.some((i) => i.path === item.path)) items.push(item);
        }
      }
      if (new Set(items.map((i) => i.value)).size < 2) continue;
      const name = ctx.nameOf(id);
      drafts.push({
        items,
        message: `${name} is spelled differently across sources: ${groupedVersus(items)}.`,
        data: { entity: id, spellings: items.map((i) => ({ outlet: i.outlet, path: i.path, spelling: i.wording })) },
      });
    }
    return drafts;
  },
};
