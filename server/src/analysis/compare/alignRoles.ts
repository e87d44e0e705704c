/**
 * Aligns the roles that different sources give the same person and says, for each pair of
 * sources, whether they name the same post, compatible posts (with the reason), or posts that
 * differ in substance. Shared by the `role-differs` and `role-agrees` rules, computed once
 * per story index.
 */
import type { ClaimIndex, RoleClaim } from './claims';
import { compareRoles, leaderInstitution, type Institution, type RoleComparison } from './claimsRoles';

/** Two sources' roles for one person, compared. */
export interface RolePair {
  entity: string;
  a: RoleClaim;
  b: RoleClaim;
  comparison: RoleComparison;
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

/**
 * For each person and each pair of sources that give them roles with the same head noun, the
 * most agreeable comparison: if any pair of their roles names the same post the sources agree,
 * otherwise a compatible pair if there is one, otherwise the first pair that differs.
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
    const paths = [...new Set(roles.map((r) => r.path))];
    if (paths.length < 2) continue;
    for (let i = 0; i < paths.length; i++) {
      for (let j = i + 1; j < paths.length; j++) {
        const ra = roles.filter((r) => r.path === paths[i]);
        const rb = roles.filter((r) => r.path === paths[j]);
        const heads = new Set(ra.map((r) => r.role.head).filter((h) => rb.some((r) => r.role.head === h)));
        for (const head of heads) {
          let best: RolePair | null = null;
          const rank = { same: 3, compatible: 2, differs: 1, unrelated: 0 } as const;
          for (const a of ra.filter((r) => r.role.head === head)) {
            for (const b of rb.filter((r) => r.role.head === head)) {
              const comparison = compareRoles(a.role, b.role, ownerInst(a), ownerInst(b), a.owners, b.owners);
              if (!best || rank[comparison.relation] > rank[best.comparison.relation]) best = { entity: a.entity, a, b, comparison };
            }
          }
          if (best) out.push(best);
        }
      }
    }
  }
  memo.set(index, out);
  return out;
}
