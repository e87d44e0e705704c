import { localClaimsOf, type DateClaim } from '../claims';
import { dateEvents } from '../alignDates';
import { describeMatch } from '../events';
import { clean } from '../claimsText';
import { placeKey, relatePlaces, type PlaceName, type PlaceRelation } from '../placeRelation';
import { isStreet, type PlaceFactKind } from '../placeFacts';
import { siteFindings } from '../alignSites';
import { siteTownFindings } from '../siteTowns';
import { addressFindings } from '../alignAddresses';
import { groupedVersus, possessive, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `place-differs`: sources put a person's home, or a named site, in different places ("Ann
 * Lee, 36, of Duluth" and "Ann Lee, 36, of Fargo"; "the Lakeview Clinic in Duluth" and "the
 * Lakeview Clinic in Fargo"). A site named with different words for its kind of facility ("the
 * Lee Ford Treatment Center", "the Lee Ford Clinic") is one site unless an article names both;
 * its places are then compared as information only. Places are compared by what they are, not
 * by their names: a town
 * and its state or country ("of Duluth", "of Minnesota") are one place at two granularities,
 * never a difference; two towns are different places only when the place data
 * (`placeRelation.ts`) or the story's own words say so. Towns close enough for one to be part
 * of the other are an observation (information); names the data does not know are not compared.
 * The places two clauses judged one event (`alignDates`, `events.ts`) put it at ("in Duluth", "at
 * the depot in Fargo") are compared the same way: one event placed in two far-apart towns is a warning.
 */

/** One article's place for one holder. */
interface Stated {
  path: string;
  outlet: string;
  span: { start: number; end: number };
  wording: string;
  place: PlaceName;
  /** The holder's name as the story gives it. */
  holderName: string;
  /** True when the holder is a site known by another name in another article ("X Clinic", "X Center"). */
  renamed?: boolean;
}

/**
 * The words that say what kind of care or service a site gives ("Treatment Center", "Clinic",
 * "Medical Centre"): outlets name one site with different ones ("the Lee Ford Center", "the Lee
 * Ford Clinic").
 */
const FACILITY_TAIL = /(?:\s+(?:treatment|rehab|rehabilitation|recovery|medical|health|care|detox|addiction))*\s+(?:cent(?:er|re)|clinic|facility|hospital)$/i;

/**
 * The distinctive part of a site's name when the rest only names a kind of facility ("Lee
 * Ford" of "the Lee Ford Treatment Center"), or null. The part must be a name of two words or
 * more: one word ("the Lakeview Clinic", "the Lakeview Hospital") is too common to tell one site.
 */
function siteCore(name: string): string | null {
  const bare = name.replace(/^the\s+/i, '').replace(/[\u2019]/g, "'").trim();
  const m = FACILITY_TAIL.exec(bare);
  if (!m) return null;
  const core = bare.slice(0, m.index).trim();
  const words = core.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^(?:\p{Lu}|St\.|Mt\.)/u.test(w))) return null;
  return core.toLowerCase();
}

/** A street's name as compared: lower case, the kind of street written out ("St." is "street"). */
function streetKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/\bst\.?$/, 'street')
    .replace(/\brd\.?$/, 'road')
    .replace(/\bave\.?$/, 'avenue')
    .replace(/\bln\.?$/, 'lane')
    .replace(/\bblvd\.?$/, 'boulevard')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How two stated places relate, streets included: two streets are one when their names are,
 * else apart; a street and a town say nothing of each other (the street may be in the town).
 */
function relateStated(a: PlaceName, b: PlaceName, within: (x: string, y: string) => boolean): PlaceRelation {
  const sa = isStreet(a.name);
  const sb = isStreet(b.name);
  if (sa && sb) return streetKey(a.name) === streetKey(b.name) ? 'same' : 'apart';
  if (sa || sb) return 'unknown';
  return relatePlaces(a, b, within);
}

const WHAT: Record<PlaceFactKind, (name: string) => string> = {
  home: (name) => `${possessive(name)} home`,
  stay: (name) => `where ${name} moved to or lived for a time`,
  site: (name) => name,
};

export const placeDiffers: Rule = {
  id: 'place-differs',
  description: 'Sources put the same person’s home, a named site or one event in different places (a town and its state are not a difference).',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  check(ctx: RuleContext): FindingDraft[] {
    // The people of the story by the words of their names, for names written as one word.
    const bearers = new Map<string, Set<string>>();
    for (const e of ctx.entities.values()) {
      if (e.kind !== 'person') continue;
      for (const w of e.name.toLowerCase().split(/\s+/)) {
        const set = bearers.get(w) ?? new Set<string>();
        set.add(e.id);
        bearers.set(w, set);
      }
    }
    const onlyBearer = (entity: string, word: string) => {
      const set = bearers.get(word.toLowerCase().replace(/['\u2019]s?$/, ''));
      return ctx.nameOf(entity).trim().split(/\s+/).length > 1 && !!set && set.size === 1 && set.has(entity);
    };
    // What the story's words say is inside what ("Millom, Cumbria"), by place key.
    const inside = new Set<string>();
    // Each holder's places, one per article: `kind|entity` → path → places stated.
    const byHolder = new Map<string, Map<string, Stated[]>>();
    for (const article of ctx.articles) {
      const local = localClaimsOf(article).places;
      const m = article.mentions;
      const text = article.text;
      for (const [x, y] of local.inside) if (m[x] && m[y]) inside.add(`${placeKey(m[x].text)}\u0000${placeKey(m[y].text)}`);
      for (const f of local.facts) {
        const holder = m[f.holder];
        const place = m[f.place];
        if (!holder || !place) continue;
        const entity = ctx.entityOf(article.path, f.holder);
        if (!entity) continue;
        // A surname or a first name alone may be another member of the family: it holds a home
        // only when the story links it to a full name and names no other person with that word.
        if (holder.kind === 'person' && holder.text.trim().split(/\s+/).length < 2 && !onlyBearer(entity, holder.text.trim())) continue;
        const key = `${f.kind}|${entity}`;
        let paths = byHolder.get(key);
        if (!paths) byHolder.set(key, (paths = new Map()));
        const list = paths.get(article.path) ?? [];
        list.push({
          path: article.path,
          outlet: article.outlet,
          span: f.span,
          wording: clean(text.slice(m[f.place].start, m[f.within.length ? f.within[f.within.length - 1] : f.place].end), 80),
          place: { name: place.text, within: f.within.map((w) => m[w]?.text).filter((t): t is string => !!t) },
          holderName: ctx.nameOf(entity),
        });
        paths.set(article.path, list);
      }
    }
    // A site named two ways ("X Clinic", "X Treatment Center") is one site, unless one article
    // names both, as two sites it knows apart.
    const sitesByCore = new Map<string, Set<string>>();
    for (const key of byHolder.keys()) {
      const [kind, entity] = key.split('|');
      const core = kind === 'site' ? siteCore(ctx.nameOf(entity)) : null;
      if (!core) continue;
      const set = sitesByCore.get(core) ?? new Set<string>();
      set.add(key);
      sitesByCore.set(core, set);
    }
    for (const keys of sitesByCore.values()) {
      if (keys.size < 2) continue;
      const entities = [...keys].map((k) => k.split('|')[1]);
      const knownApart = ctx.articles.some((a) => new Set(a.mentions.map((_, i) => ctx.entityOf(a.path, i)).filter((e) => e && entities.includes(e))).size > 1);
      if (knownApart) continue;
      const merged = new Map<string, Stated[]>();
      for (const k of keys) {
        for (const [path, list] of byHolder.get(k)!) merged.set(path, [...(merged.get(path) ?? []), ...list.map((x) => ({ ...x, renamed: true }))]);
        byHolder.delete(k);
      }
      byHolder.set([...keys][0], merged);
    }
    const within = (x: string, y: string) => inside.has(`${x}\u0000${y}`);
    const drafts: FindingDraft[] = [];
    for (const [key, paths] of byHolder) {
      if (paths.size < 2) continue;
      // An article that gives one holder two places that do not agree (a move, two homes) says
      // nothing certain of either: it is left out.
      // A street and a town of one article agree (the street may be in the town).
      const one: Stated[] = [];
      for (const list of paths.values()) {
        const compatible = (x: Stated, y: Stated) => {
          const r = relateStated(x.place, y.place, within);
          return r === 'same' || r === 'contains' || r === 'within' || (r === 'unknown' && isStreet(x.place.name) !== isStreet(y.place.name));
        };
        const agree = list.every((x) => list.every((y) => x === y || compatible(x, y)));
        if (!agree) continue;
        // One statement of each granularity: the first street and the first town.
        const street = list.find((s) => isStreet(s.place.name));
        const town = list.find((s) => !isStreet(s.place.name));
        for (const s of [town, street]) if (s) one.push(s);
      }
      // Pairs of articles whose places differ; the most certain first.
      let worst: { a: Stated; b: Stated; relation: PlaceRelation } | null = null;
      const involved = new Set<Stated>();
      for (let i = 0; i < one.length; i++) {
        for (let j = i + 1; j < one.length; j++) {
          if (one[i].path === one[j].path) continue;
          const r = relateStated(one[i].place, one[j].place, within);
          if (r !== 'apart' && r !== 'near') continue;
          involved.add(one[i]);
          involved.add(one[j]);
          if (!worst || (r === 'apart' && worst.relation !== 'apart')) worst = { a: one[i], b: one[j], relation: r };
        }
      }
      if (!worst) continue;
      const [kind, entity] = key.split('|') as [PlaceFactKind, string];
      const name = ctx.nameOf(entity);
      const items: DraftItem[] = [...involved].map((s) => ({ path: s.path, outlet: s.outlet, span: s.span, wording: s.wording, value: s.place.name }));
      // A site known by two names may be two sites of one name's owner: worth knowing, not a warning.
      const renamed = [...involved].some((s) => s.renamed);
      // Streets are told apart by their names only: outlets write one address by different
      // streets of a corner or a building, so two streets are worth knowing, not a warning.
      const streets = isStreet(worst.a.place.name);
      // A person may have moved more than once: where one lived for a time is worth knowing, not a warning.
      const certain = worst.relation === 'apart' && !renamed && !streets && kind !== 'stay';
      const pa = worst.a.place.name;
      const pb = worst.b.place.name;
      drafts.push({
        items,
        soft: !certain,
        message: certain
          ? `Sources put ${WHAT[kind](name)} in different places: ${groupedVersus(items)}; ${pa} and ${pb} are different places, neither inside the other.`
          : `${kind === 'stay' ? `Sources may say ${name} moved to or lived for a time in different places` : `Sources may put ${WHAT[kind](name)} in different places`}: ${groupedVersus(items)}; ${pa} and ${pb} are ${streets ? 'different streets' : worst.relation === 'apart' ? 'different places' : 'different towns, but near enough for one to be part of the other'}.`,
        why: kind !== 'site' ? `Same person: both name ${name}.` : renamed ? `Same site: the names differ only in the kind of facility (${[...new Set([...involved].map((s) => s.holderName))].join(', ')}), and no article names them as two sites.` : `Same place: both name ${name}.`,
        data: { entity, what: kind, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })), certain },
      });
    }
    // Where one event happened: the places two clauses judged one event put it at.
    for (const group of dateEvents(ctx.claims)) {
      let worst: { a: DateClaim; b: DateClaim; relation: PlaceRelation; why: string; pa: string; pb: string } | null = null;
      for (const e of group.edges) {
        const pa = e.a.places ?? [];
        const pb = e.b.places ?? [];
        if (!pa.length || !pb.length) continue;
        // Apart only when every place of one is apart from every place of the other.
        let relation: PlaceRelation = 'apart';
        for (const x of pa) {
          for (const y of pb) {
            const r = relatePlaces(x, y, within);
            if (r === 'near') relation = relation === 'apart' ? 'near' : relation;
            else if (r !== 'apart') relation = 'unknown';
          }
        }
        if (relation !== 'apart' && relation !== 'near') continue;
        if (!worst || (relation === 'apart' && worst.relation !== 'apart')) {
          worst = { a: e.a, b: e.b, relation, why: describeMatch(e.match, ctx.nameOf), pa: pa[0].name, pb: pb[0].name };
        }
      }
      if (!worst) continue;
      const event = clean(ctx.article(worst.a.path)?.text.slice(worst.a.clause.start, worst.a.clause.end) ?? worst.a.text, 110);
      const items: DraftItem[] = [worst.a, worst.b].map((d) => {
        const p = d.places![0];
        const text = ctx.article(d.path)?.text ?? '';
        return { path: d.path, outlet: d.outlet, span: p.span, wording: clean(text.slice(p.span.start, p.span.end), 80), value: p.name };
      });
      const certain = worst.relation === 'apart';
      drafts.push({
        items,
        soft: !certain,
        message: certain
          ? `The same event is placed differently: ${groupedVersus(items)}, for "${event}" (${worst.a.outlet}); ${worst.pa} and ${worst.pb} are different places, neither inside the other.`
          : `The same event may be placed differently: ${groupedVersus(items)}, for "${event}" (${worst.a.outlet}); ${worst.pa} and ${worst.pb} are different towns, but near enough for one to be part of the other.`,
        why: `Same event: ${worst.why}.`,
        data: { what: 'event', event, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })), certain },
      });
    }
    // Where one person was arrested: sites of different kinds.
    drafts.push(...siteFindings(ctx));
    // A place written where other outlets write a site named after it ("to Stiles", "to the Stiles Unit in Beaumont").
    drafts.push(...siteTownFindings(ctx));
    // One street given different house numbers or blocks ("the 1400 block" / "the 1500 block").
    drafts.push(...addressFindings(ctx));
    return drafts;
  },
};
