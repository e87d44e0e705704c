/**
 * The claim ledger of a story: each claim the sources make (a role, what someone said, a
 * number, the date of an event, an act reported or denied), with the outlets that state it, the
 * statements that differ, and the outlets silent on it.
 */
import { buildClaimIndex, type Claim, type ClaimIndex } from '../compare';
import type { Story } from '../corpus/corpus';
import type { Finding, Span } from '../types';
import type { FindingFilter } from './hover';
import { nameOf, storyIndex } from './storyIndex';
import { shorten } from './words';

/** Most claims listed for one story, the differing ones first. */
export const MAX_LEDGER_CLAIMS = 300;

/** One outlet's statement of a claim. */
export interface LedgerStatement {
  outlet: string;
  /** The article's path and the statement's words in it. */
  path: string;
  span: Span;
  /** The statement's words, shortened. */
  text: string;
  /** True when a finding shown to the reader says this statement differs from another outlet's. */
  differs: boolean;
}

/** One claim of the story: who states it, how, and who is silent on it. */
export interface LedgerItem {
  /** "Role of Oleg Sokolov", "Words of Yuri Gromov", "Number of drones". */
  label: string;
  /** The claim's kind: role, quote, quantity, date or act. */
  kind: string;
  statements: LedgerStatement[];
  /** Outlets of the story that do not state it. */
  silent: string[];
  /** How many statements differ. */
  differing: number;
}

const indexes = new WeakMap<Story, ClaimIndex>();

function claimIndexOf(story: Story): ClaimIndex {
  let index = indexes.get(story);
  if (!index) {
    index = buildClaimIndex(story.articles, story);
    indexes.set(story, index);
  }
  return index;
}

/**
 * The words of a claim's clause in its article, for labels. Keys hold word stems ("dron",
 * "deni"), which read badly, so labels quote the article instead.
 */
function clauseOf(story: Story, claim: Claim | undefined, max = 50): string {
  if (!claim) return '';
  const article = story.articles.find((a) => a.path === claim.path);
  const span = claim.kind === 'date' || claim.kind === 'act' ? claim.clause : claim.span;
  // Only the clause's start is read, so a huge clause costs no more than a short one.
  return article ? shorten(article.text.slice(span.start, Math.min(span.end, span.start + max * 4)).replace(/\s+/g, ' ').trim(), max) : '';
}

/** The first word of `text` that begins with `stem` (case ignored), such as "denied" for "deni". */
function wordStarting(text: string, stem: string): string | undefined {
  if (!stem || stem.length > 40) return undefined;
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}[\\p{L}\\p{M}'’-]*`, 'iu').exec(text)?.[0];
}

function labelOf(story: Story, key: string, claims: readonly Claim[]): { label: string; kind: string } {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const rest = colon < 0 ? '' : key.slice(colon + 1);
  const name = () => nameOf(storyIndex(story), rest);
  const first = claims[0];
  switch (kind) {
    case 'role':
      return { kind, label: `Role of ${name()}` };
    case 'quote':
      return { kind, label: `Words of ${name()}` };
    case 'act':
      return { kind, label: `Acts of ${name()}` };
    case 'quantity': {
      if (rest === 'money') return { kind, label: 'Sum of money (any currency)' };
      const unit = first?.kind === 'quantity' ? first.unit.replace(/\s+/g, ' ').trim() : '';
      // The unit is a lemma ("drone"); the article's own word ("drones") reads better.
      const words = unit.split(' ');
      const written = first ? wordStarting(first.text, words[words.length - 1]) : undefined;
      if (written) words[words.length - 1] = written;
      return { kind, label: `Number of ${words.join(' ') || rest}` };
    }
    case 'date': {
      // The key holds the stem of the event's verb; the article's word for it names the event.
      // Irregular verbs ("began" for "begin") are not found that way; the clause alone is shown.
      const verb = wordStarting(clauseOf(story, first, 400), rest);
      const clause = clauseOf(story, first);
      return { kind, label: verb ? `Date of "${verb}": ${clause}` : clause ? `Date: ${clause}` : `Date of "${rest}"` };
    }
    default:
      return { kind, label: key };
  }
}

/**
 * The ledger of a story: one item per claim, with one statement per outlet sentence that makes
 * it, marked when a finding that `keep` lets through (hints never) lies on it. Claims with the
 * most differing statements come first, then the most stated; at most
 * {@link MAX_LEDGER_CLAIMS}.
 */
export function storyLedger(story: Story | undefined, keep: FindingFilter = () => true): LedgerItem[] {
  if (!story) return [];
  const index = claimIndexOf(story);
  const outlets = story.articles.map((a) => a.outlet);
  const findingsByPath = new Map<string, Finding[]>();
  for (const f of story.findings ?? []) {
    if (f.severity === 'hint' || !keep(f)) continue;
    const list = findingsByPath.get(f.path);
    if (list) list.push(f);
    else findingsByPath.set(f.path, [f]);
  }
  const ledger: LedgerItem[] = [];
  for (const [key, claims] of index.byKey) {
    const statements: LedgerStatement[] = [];
    const seen = new Set<string>();
    for (const c of claims as Claim[]) {
      const article = story.articles.find((a) => a.path === c.path);
      if (!article) continue;
      // One statement per sentence, even when a claim is indexed under several keys.
      const id = `${c.path}\u0000${c.span.start}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const differs = (findingsByPath.get(c.path) ?? []).some((f) => f.start < c.span.end && c.span.start < f.end);
      statements.push({ outlet: c.outlet, path: c.path, span: { start: c.span.start, end: c.span.end }, text: shorten(c.text, 120), differs });
    }
    if (!statements.length) continue;
    const stating = new Set(statements.map((e) => e.outlet));
    const { label, kind } = labelOf(story, key, claims as Claim[]);
    ledger.push({ label, kind, statements, silent: outlets.filter((o) => !stating.has(o)), differing: statements.filter((e) => e.differs).length });
  }
  ledger.sort((a, b) => b.differing - a.differing || b.statements.length - a.statements.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return ledger.slice(0, MAX_LEDGER_CLAIMS);
}
