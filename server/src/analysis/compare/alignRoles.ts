/**
 * Aligns the roles that different sources give the same person and says, for each pair of
 * sources, whether they name the same post, compatible posts (with the reason), or posts that
 * differ in substance. Shared by the `role-differs` and `role-agrees` rules, computed once
 * per story index.
 */
import type { ClaimIndex, RoleClaim } from './claims';
import { compareRoles, leaderInstitution, type Institution, type RoleComparison } from './claimsRoles';

/** Two wordings of one person's role, compared, with every source that uses each. */
export interface RolePair {
  entity: string;
  a: RoleClaim;
  b: RoleClaim;
  comparison: RoleComparison;
  /** One claim per source that uses the first wording (and does not also agree with the second). */
  aAll: RoleClaim[];
  bAll: RoleClaim[];
}

const memo = new WeakMap<ClaimIndex, RolePair[]>();

/** The institution each person leads, from the roles the story gives them ("Russian President"). */
function leaders(index: ClaimIndex): Map<string, Institution> {
  const out = new Map<string, Institution>();
  for (const c of index.all) {
    if (c.kind !== 'role' || out.has(c.entity)) continue;
    const inst = leaderInstitution(c.role);
    if (inst) out.set(c.entity, inst);
  }
  return out;
}

function onePerPath(list: RoleClaim[]): RoleClaim[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.path) && !!seen.add(c.path));
}

/**
 * For each person, the distinct wordings of roles with the same head noun, compared pair by
 * pair. A source that uses a wording agreeing with the other side's is left out of a
 * difference (it gives both posts, or the same post twice), so a difference is shown only
 * between sources that disagree. Work grows with the number of distinct wordings, not with
 * the number of articles.
 */
export function alignRoles(index: ClaimIndex): RolePair[] {
  const done = memo.get(index);
  if (done) return done;
  const lead = leaders(index);
  const ownerInst = (c: RoleClaim) => c.owners.map((o) => lead.get(o)).filter((i): i is Institution => !!i);
  const out: RolePair[] = [];
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('role:')) continue;
    const roles = claims as RoleClaim[];
    if (new Set(roles.map((r) => r.path)).size < 2) continue;
    const byHead = new Map<string, Map<string, RoleClaim[]>>();
    for (const r of roles) {
      const wording = r.text.toLowerCase().replace(/[\u2019]/g, "'").replace(/\s+/g, ' ').trim();
      let heads = byHead.get(r.role.head);
      if (!heads) byHead.set(r.role.head, (heads = new Map()));
      const list = heads.get(wording);
      if (list) list.push(r);
      else heads.set(wording, [r]);
    }
    for (const wordings of byHead.values()) {
      const w = [...wordings.values()];
      if (w.length < 2) continue;
      const rel: RoleComparison[][] = w.map(() => []);
      for (let i = 0; i < w.length; i++) {
        for (let j = 0; j < w.length; j++) {
          rel[i][j] = i === j ? { relation: 'same', reasons: [] } : j < i ? rel[j][i] : compareRoles(w[i][0].role, w[j][0].role, ownerInst(w[i][0]), ownerInst(w[j][0]), w[i][0].owners, w[j][0].owners);
        }
      }
      // The paths that use each wording.
      const pathsOf = w.map((list) => new Set(list.map((c) => c.path)));
      const agreesWith = (path: string, j: number) => w.some((_, k) => pathsOf[k].has(path) && (rel[k][j].relation === 'same' || rel[k][j].relation === 'compatible'));
      const sameAs = (path: string, j: number) => w.some((_, k) => pathsOf[k].has(path) && rel[k][j].relation === 'same');
      for (let i = 0; i < w.length; i++) {
        for (let j = i + 1; j < w.length; j++) {
          const comparison = rel[i][j];
          if (comparison.relation === 'differs') {
            const aAll = onePerPath(w[i].filter((c) => !agreesWith(c.path, j)));
            const bAll = onePerPath(w[j].filter((c) => !agreesWith(c.path, i)));
            if (aAll.length && bAll.length) out.push({ entity: aAll[0].entity, a: aAll[0], b: bAll[0], comparison, aAll, bAll });
          } else if (comparison.relation === 'compatible') {
            const aAll = onePerPath(w[i].filter((c) => !sameAs(c.path, j)));
            const bAll = onePerPath(w[j].filter((c) => !sameAs(c.path, i)));
            if (aAll.length && bAll.length) out.push({ entity: aAll[0].entity, a: aAll[0], b: bAll[0], comparison, aAll, bAll });
          }
        }
      }
    }
  }
  memo.set(index, out);
  return out;
}
