/**
 * The story's claims grouped by what they state: every source's version of one role, one
 * statement, one number, one dated event or one reported act. Hovers show a claim's
 * counterparts in the other outlets from these groups, and the claim ledger lists them; the
 * rules use the same alignments, so what a hover pairs is what a finding compares.
 */
import type { Claim, ClaimIndex, QuoteClaim, RoleClaim } from './claims';
import { alignDates } from './alignDates';
import { alignQuantities } from './alignQuantities';
import { alignQuotes } from './alignQuotes';

/** Claims from at least two sources that state the same thing. */
export interface ClaimGroup {
  kind: Claim['kind'];
  /** A stable key for the group: the index key and the first claim's place. */
  key: string;
  /** The entity the group is about (the person of a role, the speaker, the subject of an act), when there is one. */
  entity: string | null;
  /** For numbers: the words that say what is counted ("bridge, cost"). */
  thing?: string;
  claims: Claim[];
}

const memo = new WeakMap<ClaimIndex, { groups: ClaimGroup[]; byClaim: Map<Claim, ClaimGroup> }>();

function place(c: Claim): string {
  return `${c.path}@${c.span.start}`;
}

/** Merges overlapping lists of claims into groups (union-find over claims). */
function merge(lists: Claim[][]): Claim[][] {
  const parent = new Map<Claim, Claim>();
  const find = (c: Claim): Claim => {
    let p = parent.get(c) ?? c;
    if (p !== c) {
      p = find(p);
      parent.set(c, p);
    }
    return p;
  };
  for (const list of lists) {
    for (const c of list) if (!parent.has(c)) parent.set(c, c);
    for (let i = 1; i < list.length; i++) {
      const a = find(list[0]);
      const b = find(list[i]);
      if (a !== b) parent.set(b, a);
    }
  }
  const out = new Map<Claim, Claim[]>();
  for (const c of parent.keys()) {
    const root = find(c);
    const list = out.get(root);
    if (list) list.push(c);
    else out.set(root, [c]);
  }
  return [...out.values()];
}

function build(index: ClaimIndex): { groups: ClaimGroup[]; byClaim: Map<Claim, ClaimGroup> } {
  const groups: ClaimGroup[] = [];
  const add = (g: ClaimGroup) => {
    if (new Set(g.claims.map((c) => c.path)).size >= 2) groups.push(g);
  };
  // Roles: one group per person and head noun ("envoy"), whatever each source's wording.
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('role:')) continue;
    const byHead = new Map<string, RoleClaim[]>();
    for (const c of claims as RoleClaim[]) {
      const list = byHead.get(c.role.head);
      if (list) list.push(c);
      else byHead.set(c.role.head, [c]);
    }
    for (const [head, list] of byHead) add({ kind: 'role', key: `${key}:${head}`, entity: list[0].entity, claims: list });
  }
  // Statements: renderings of one speaker's words linked as differing or as paraphrases, and identical renderings.
  const quotes = alignQuotes(index);
  const quoteLists: Claim[][] = quotes.bySpeaker.map((p) => [...p.aAll, ...p.bAll]);
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('quote:')) continue;
    const same = new Map<string, QuoteClaim[]>();
    for (const q of claims as QuoteClaim[]) {
      const k = `${q.direct}:${q.words.join(' ')}`;
      const list = same.get(k);
      if (list) list.push(q);
      else same.set(k, [q]);
    }
    for (const list of same.values()) if (list.length > 1) quoteLists.push(list);
  }
  for (const list of merge(quoteLists)) {
    const speaker = (list[0] as QuoteClaim).speaker;
    add({ kind: 'quote', key: `quote:${speaker ?? ''}:${place(list[0])}`, entity: speaker, claims: list });
  }
  for (const g of alignQuantities(index)) add({ kind: 'quantity', key: `quantity:${g.members[0].unitKey}:${place(g.members[0])}`, entity: null, thing: g.thing, claims: g.members });
  for (const members of alignDates(index)) add({ kind: 'date', key: `date:${place(members[0])}`, entity: null, claims: members });
  // Acts: the same subject and the same act word, whatever the polarity.
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('act:')) continue;
    const byAct = new Map<string, Claim[]>();
    for (const c of claims) {
      if (c.kind !== 'act') continue;
      const list = byAct.get(c.object[0]);
      if (list) list.push(c);
      else byAct.set(c.object[0], [c]);
    }
    for (const [act, list] of byAct) add({ kind: 'act', key: `${key}:${act}`, entity: key.slice(4), claims: list });
  }
  const byClaim = new Map<Claim, ClaimGroup>();
  for (const g of groups) for (const c of g.claims) if (!byClaim.has(c)) byClaim.set(c, g);
  return { groups, byClaim };
}

/** Every group of claims that two or more sources state, computed once per index. */
export function alignClaims(index: ClaimIndex): ClaimGroup[] {
  let done = memo.get(index);
  if (!done) memo.set(index, (done = build(index)));
  return done.groups;
}

/**
 * The claims of other sources that state the same thing as the claim at `offset` in the
 * article at `path` (a hover's "what the other outlets say"), with the group they belong to.
 */
export function counterparts(index: ClaimIndex, path: string, offset: number): { claim: Claim; group: ClaimGroup; others: Claim[] } | null {
  alignClaims(index);
  const { byClaim } = memo.get(index)!;
  let best: Claim | null = null;
  for (const c of index.byPath.get(path) ?? []) {
    if (offset < c.span.start || offset > c.span.end || !byClaim.has(c)) continue;
    // The narrowest claim under the cursor wins (a date inside a quotation).
    if (!best || c.span.end - c.span.start < best.span.end - best.span.start) best = c;
  }
  if (!best) return null;
  const group = byClaim.get(best)!;
  return { claim: best, group, others: group.claims.filter((c) => c.path !== path) };
}
