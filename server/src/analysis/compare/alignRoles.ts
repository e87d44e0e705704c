/**
 * Aligns the roles that different sources give the same person and says, for each pair of
 * sources, whether they name the same post, compatible posts (with the reason), or posts that
 * differ in substance. Shared by the `role-differs` and `role-agrees` rules, computed once
 * per story index.
 */
import type { ClaimIndex, RoleClaim } from './claims';
import { compareRoles, leaderInstitution, type Institution, type RoleComparison } from './claimsRoles';
import roleData from '../data/rulesRoles.json';
import { COUNTRIES_AND_REGIONS, LARGE_CITIES, PLACES, TOWNS } from '../data/names';

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

/** Each post of a family one person does not hold at once, by its words: the family and class it is in. */
const EXCLUSIVE = new Map<string, { family: number; cls: number }>();
roleData.exclusiveHeads.forEach((family, f) => family.forEach((cls, c) => cls.forEach((t) => EXCLUSIVE.set(t, { family: f, cls: c }))));
const MAX_EXCLUSIVE_WORDS = Math.max(...[...EXCLUSIVE.keys()].map((t) => t.split(' ').length));
/** A time word in a role says the post was held at another time ("former player", "ex-coach"). */
const TIME_WORD = new RegExp(`(?:^|[\\s-])(?:${roleData.temporalRanks.join('|')}|onetime|one-time|longtime|turned)(?:$|[\\s-])`, 'i');

/** The post of an exclusive family a role names ("head coach" in "Ravens head coach"), or null. */
function exclusivePost(r: RoleClaim): { family: number; cls: number; words: string } | null {
  if (TIME_WORD.test(r.text)) return null;
  // The post is what follows the owner ("the team's") and comes before a complement ("of the Bureau").
  let text = r.text.replace(/[\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  text = text.split(/ (?:of|for|at|with|in|to|from) /i)[0];
  text = text.slice(text.lastIndexOf("'s ") + 1).replace(/^s /, '').trim();
  const words = text.split(' ');
  for (let n = Math.min(MAX_EXCLUSIVE_WORDS, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    const hit = EXCLUSIVE.get(tail.toLowerCase());
    if (hit) return { ...hit, words: tail };
  }
  return null;
}

/**
 * Roles of one person that name posts of one family in different classes ("coach" and
 * "quarterback", "judge" and "prosecutor", "victim" and "suspect"), which one person does not
 * hold at once. A person some article gives both (or a role with a time word: "former player")
 * is left alone, as is a holder named by a surname several people share.
 */
function exclusivePairs(roles: readonly RoleClaim[]): RolePair[] {
  const byFamily = new Map<number, Map<number, Array<{ claim: RoleClaim; words: string }>>>();
  for (const r of roles) {
    if (r.unsureHolder) continue;
    const post = exclusivePost(r);
    if (!post) continue;
    let classes = byFamily.get(post.family);
    if (!classes) byFamily.set(post.family, (classes = new Map()));
    const list = classes.get(post.cls) ?? [];
    list.push({ claim: r, words: post.words });
    classes.set(post.cls, list);
  }
  const out: RolePair[] = [];
  for (const classes of byFamily.values()) {
    if (classes.size < 2) continue;
    const lists = [...classes.values()];
    const paths = lists.map((l) => new Set(l.map((x) => x.claim.path)));
    // An article that gives the person posts of two classes knows of both: the outlets may not disagree.
    if (paths.some((p, i) => paths.some((q, j) => j !== i && [...p].some((x) => q.has(x))))) continue;
    for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        const aAll = onePerPath(lists[i].map((x) => x.claim));
        const bAll = onePerPath(lists[j].map((x) => x.claim));
        const reasons = [`"${lists[i][0].words}" and "${lists[j][0].words}" are posts one person does not hold at once`];
        out.push({ entity: aAll[0].entity, a: aAll[0], b: bAll[0], comparison: { relation: 'differs', reasons }, aAll, bAll });
      }
    }
  }
  return out;
}

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

const isPlaceName = (t: string) => PLACES.has(t) || LARGE_CITIES.has(t) || TOWNS.has(t) || COUNTRIES_AND_REGIONS.has(t);

/** True when `short` is written in capitals and its letters hold the initials of `long` in order ("CHP", "Highway Patrol"). */
function abbreviates(short: string, long: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const initials = long.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials.length < 2) return false;
  let k = 0;
  for (const c of letters) if (c === initials[k]) k++;
  return k === initials.length;
}

const UMBRELLAS = new Set<string>(roleData.umbrellaOrganisations.map((o: string) => o.toLowerCase()));
const wordsOfName = (t: string) => t.toLowerCase().replace(/['\u2019]s?$/, '').split(/[^\p{L}\p{N}]+/u).filter((x) => x.length > 2);

/**
 * One post at two organisations ("Hawks coach" and "Falcons coach"): the roles tie it to
 * different organisations that share no word of their names, neither being a league or
 * another body many belong to. A person may work for a team and its owner, or be named after a
 * former employer, so this is information rather than a warning.
 */
function employersDiffer(a: RoleClaim, b: RoleClaim): RoleComparison | null {
  if (!a.employers?.length || !b.employers?.length) return null;
  if (a.employers.some((x) => b.employers!.some((y) => x.id === y.id))) return null;
  const all = [...a.employers, ...b.employers];
  const bare = (t: string) => t.toLowerCase().replace(/['\u2019]s?$/, '');
  // A place name standing for its team or government ("New Orleans coach") is not an employer of its own.
  if (all.some((e) => UMBRELLAS.has(bare(e.text)) || isPlaceName(bare(e.text)))) return null;
  const wa = new Set(a.employers.flatMap((e) => wordsOfName(e.text)));
  if (b.employers.some((e) => wordsOfName(e.text).some((x) => wa.has(x)))) return null;
  if (a.employers.some((x) => b.employers!.some((y) => abbreviates(x.text, y.text) || abbreviates(y.text, x.text)))) return null;
  if (TIME_WORD.test(a.text) || TIME_WORD.test(b.text)) return null;
  return { relation: 'differs', employers: true, reasons: [`"${a.employers[0].text}" and "${b.employers[0].text}" are different organisations`] };
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
  // Roles that name the same post may still tie it to different organisations.
  const compared = (a: RoleClaim, b: RoleClaim): RoleComparison => {
    const c = compareRoles(a.role, b.role, ownerInst(a), ownerInst(b), a.owners, b.owners);
    return c.relation === 'same' || c.relation === 'compatible' ? (employersDiffer(a, b) ?? c) : c;
  };
  const out: RolePair[] = [];
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('role:')) continue;
    const roles = claims as RoleClaim[];
    if (new Set(roles.map((r) => r.path)).size < 2) continue;
    for (const pair of exclusivePairs(roles)) out.push(pair);
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
          rel[i][j] = i === j ? { relation: 'same', reasons: [] } : j < i ? rel[j][i] : compared(w[i][0], w[j][0]);
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
