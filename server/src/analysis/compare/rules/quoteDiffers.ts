import { clean } from '../claimsText';
import { describeDiff, diffWords, MEANING_CHANGES, type ChangeKind } from '../diff';
import type { QuoteClaim } from '../claims';
import { alignUtterances, passage, quoteKeys, wordsSpan, type Change, type UtterancePair } from '../utterances';
import { groupedVersus, linkedGroups, MAX_WORDINGS, outletList, possessive, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `quote-differs`: one remark rendered in different words by two sources, with the words that
 * change. Only the passages that align are compared (a selection of a statement's sentences,
 * or a fragment of one, against its part). A change of a number, a negation, a condition, a
 * modal, a time word, a person or content words is reported at the rule's severity; a change
 * of form only (function words, inflection, spelling, an abbreviation) as a hint. A paraphrase
 * in one source of a direct quotation in another is linked as such, as a hint whose span is
 * the reported words. Which quotations are one remark is decided in `utterances.ts`.
 *
 * Renderings of one remark that differ form one group, however many there are: the group is
 * one difference, shown on each of its sources, so a remark quoted in a different way by each
 * of 500 outlets gives 500 findings, not one per pair of outlets. Paraphrases of one passage of
 * a direct quotation form one group likewise.
 */

const KIND_WORDS: Record<ChangeKind, string> = {
  number: 'a number',
  negation: 'a negation',
  condition: 'a condition',
  modality: 'a modal',
  time: 'a time word',
  person: 'the person',
  words: 'other words',
  form: 'form only',
};

/** One source's passage of a quotation: the quotation, and the keys of its aligned words. */
interface Passage {
  q: QuoteClaim;
  keys: readonly [number, number];
}

export const quoteDiffers: Rule = {
  id: 'quote-differs',
  description: "The same remark is quoted in different words across sources; a change of meaning is a warning, one of form a hint; paraphrases of a direct quotation are linked as such.",
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['quote'],
  check(ctx: RuleContext): FindingDraft[] {
    // The words of a quotation from key `from` to key `to`, as the article writes them.
    const wordsAt = (q: QuoteClaim, keys: readonly [number, number]): string => {
      if (keys[1] <= keys[0]) return '';
      const span = wordsSpan(q, keys);
      const text = ctx.article(q.path)?.text;
      return text ? text.slice(span.start, span.end) : quoteKeys(q).keys.slice(keys[0], keys[1]).join(' ');
    };
    const item = ({ q, keys }: Passage): DraftItem => {
      const text = wordsAt(q, keys);
      return { path: q.path, outlet: q.outlet, span: passage(q, keys), wording: clean(text, 160).replace(/[,;:]$/, ''), value: { text, direct: q.direct } };
    };
    // Passages are the members of groups: one quotation may hold passages of two remarks.
    const passages = new Map<string, Passage>();
    const passageKey = (q: QuoteClaim, keys: readonly [number, number]): string => {
      const span = passage(q, keys);
      const k = `${q.path}\u0000${span.start}:${span.end}`;
      if (!passages.has(k)) passages.set(k, { q, keys });
      return k;
    };
    const speakerName = (list: readonly QuoteClaim[]): string | null => {
      const named = list.find((q) => q.speaker && q.speakerKind === 'person') ?? list.find((q) => q.speaker);
      return named?.speaker ? ctx.nameOf(named.speaker) : null;
    };
    const pairs = alignUtterances(ctx.claims);
    const order = new Map(pairs.map((p, i) => [p, i]));
    const drafts: Array<{ at: number; draft: FindingDraft }> = [];
    const differing = pairs.filter((p) => p.relation === 'differs' && p.alignment);
    // Changes of meaning and changes of form are grouped apart: a rendering that differs from
    // another in form only is not one of the remark's different meanings.
    for (const meaning of [true, false]) {
      const links = differing.filter((p) => !!p.alignment!.meaning === meaning);
      for (const g of linkedGroups(links, (p) => [...p.aAll.map((q) => passageKey(q, p.aKeys)), ...p.bAll.map((q) => passageKey(q, p.bKeys))])) {
        const members = onePer(g.members.map((k) => passages.get(k)!));
        drafts.push({ at: order.get(g.links[0])!, draft: differsDraft(g.links, members, item, wordsAt, speakerName, ctx.nameOf) });
      }
    }
    // Paraphrases are grouped by the passage of the direct quotation they paraphrase.
    const paraphrases = pairs.filter((p) => p.relation === 'paraphrase');
    for (const g of linkedGroups(paraphrases, (p) => p.bAll.map((q) => passageKey(q, p.bKeys)))) {
      drafts.push({ at: order.get(g.links[0])!, draft: paraphraseDraft(g.links, item, wordsAt, speakerName) });
    }
    // One moment told in other words: the passages of every source that tell it form one group.
    const retold = pairs.filter((p) => p.relation === 'retold');
    for (const g of linkedGroups(retold, (p) => [passageKey(p.a, p.aKeys), passageKey(p.b, p.bKeys)])) {
      drafts.push({ at: order.get(g.links[0])!, draft: retoldDraft(g.links, onePer(g.members.map((k) => passages.get(k)!)), item, wordsAt, speakerName) });
    }
    return drafts.sort((a, b) => a.at - b.at).map((d) => d.draft);
  },
};

/** The first passage of each source in a list: one per source is enough to show. */
function onePer<T extends { q: QuoteClaim } | QuoteClaim>(list: readonly T[]): T[] {
  const paths = new Set<string>();
  return list.filter((x) => {
    const path = 'q' in x ? x.q.path : x.path;
    return !paths.has(path) && !!paths.add(path);
  });
}

type Item = (p: Passage) => DraftItem;
type WordsAt = (q: QuoteClaim, keys: readonly [number, number]) => string;

/** One draft for renderings of a remark that differ, joined by the pairs that relate them. */
function differsDraft(links: readonly UtterancePair[], members: readonly Passage[], item: Item, wordsAt: WordsAt, speakerName: (list: readonly QuoteClaim[]) => string | null, nameOf: (id: string) => string): FindingDraft {
  const first = links[0];
  const al = first.alignment!;
  const name = speakerName(links.flatMap((l) => [...l.aAll, ...l.bAll]));
  const whose = name ? `${possessive(name)} words are` : 'The same words are';
  const meaning = links.some((l) => l.alignment!.meaning);
  const shown = [...al.changes]
    .filter((c) => c.kind !== 'selection')
    .sort((x, y) => rank(x) - rank(y))
    .slice(0, 3)
    .map((c) => describeChange(c, wordsAt(first.a, [c.aFrom, c.aTo]), wordsAt(first.b, [c.bFrom, c.bTo])));
  const aText = wordsAt(first.a, first.aKeys);
  const bText = wordsAt(first.b, first.bKeys);
  const data = {
    speaker: first.a.speaker ?? first.b.speaker,
    diff: diffWords(aText, bText),
    changes: al.changes.filter((c) => c.kind !== 'selection').map((c) => ({ kind: c.kind, from: wordsAt(first.a, [c.aFrom, c.aTo]), to: wordsAt(first.b, [c.bFrom, c.bTo]) })),
  };
  const why = whyDirect(first, name, nameOf);
  if (links.length === 1) {
    const items = [...onePer(first.aAll).map((q) => item({ q, keys: first.aKeys })), ...onePer(first.bAll).map((q) => item({ q, keys: first.bKeys }))];
    const how = meaning ? 'quoted differently' : 'quoted with differences of form only';
    return { items, minor: !meaning, message: `${whose} ${how}: ${groupedVersus(items)}${shown.length ? `; ${shown.join(', ')}` : ''}.`, why, data };
  }
  const items = members.map(item);
  const renderings = new Set(items.map((i) => i.wording)).size;
  const how = meaning ? `quoted in ${renderings} different ways` : `quoted in ${renderings} ways that differ in form only`;
  return {
    items,
    minor: !meaning,
    message: `${whose} ${how}: ${groupedVersus(items, undefined, MAX_WORDINGS)}${shown.length ? `; the first two differ by ${shown.join(', ')}` : ''}.`,
    why,
    data: { ...data, renderings },
  };
}

/** One draft for the paraphrases of one passage of a direct quotation. */
function paraphraseDraft(links: readonly UtterancePair[], item: Item, wordsAt: WordsAt, speakerName: (list: readonly QuoteClaim[]) => string | null): FindingDraft {
  const first = links[0];
  const who = speakerName([...first.aAll, ...first.bAll]) ?? 'the speaker';
  const ri = onePer(links.flatMap((l) => l.aAll.map((q) => ({ q, keys: l.aKeys })))).map(item);
  const di = onePer(first.bAll.map((q) => ({ q, keys: first.bKeys }))).filter((p) => !ri.some((r) => r.path === p.q.path)).map(item);
  const message =
    links.length === 1
      ? `${outletList(ri)} paraphrases ${possessive(who)} words that ${outletList(di)} quotes directly: "${ri[0].wording}" (${outletList(ri)}) paraphrases "${di[0].wording}" (${outletList(di)}).`
      : `${outletList(ri)} paraphrase ${possessive(who)} words that ${outletList(di)} quote${di.length === 1 ? 's' : ''} directly: ${groupedVersus(ri, undefined, MAX_WORDINGS)} paraphrase "${di[0].wording}" (${outletList(di)}).`;
  return {
    items: [...ri, ...di],
    minor: true,
    message,
    why: `Same remark: both give ${possessive(who)} words, and the reported words share ${(first.shared ?? []).slice(0, 5).map((s) => `"${s}"`).join(', ')} with this sentence of the quotation.`,
    data: {
      speaker: first.a.speaker,
      paraphrase: { path: first.a.path, text: wordsAt(first.a, first.aKeys) },
      quote: { path: first.b.path, text: wordsAt(first.b, first.bKeys) },
      diff: diffWords(wordsAt(first.b, first.bKeys), wordsAt(first.a, first.aKeys)),
    },
  };
}

/**
 * One draft for passages of direct quotations that tell one moment in other words: a hint, as a
 * paraphrase is, since the words are the speaker's in each and only the telling differs.
 */
function retoldDraft(links: readonly UtterancePair[], members: readonly Passage[], item: Item, wordsAt: WordsAt, speakerName: (list: readonly QuoteClaim[]) => string | null): FindingDraft {
  const first = links[0];
  const who = speakerName(links.flatMap((l) => [l.a, l.b])) ?? 'the speaker';
  const items = members.map(item);
  const anchor = first.anchor!;
  const shared = (first.shared ?? []).slice(0, 5).map((s) => `"${s}"`).join(', ');
  return {
    items,
    minor: true,
    message: `${possessive(who).replace(/^t/, 'T')} account is quoted in different words: ${groupedVersus(items, undefined, MAX_WORDINGS)}.`,
    why: `Same occasion: both quote ${who === 'the speaker' ? 'one speaker' : who} saying "${clean(wordsAt(anchor.a, anchor.aKeys), 80)}", and these passages share ${shared || 'content words'}, in the same order.`,
    data: {
      speaker: first.a.speaker ?? first.b.speaker,
      retold: items.map((i) => ({ path: i.path, text: (i.value as { text: string }).text })),
    },
  };
}

/** Changes of meaning first, in the order of `MEANING_CHANGES`, then changes of form. */
function rank(c: Change): number {
  const i = MEANING_CHANGES.indexOf(c.kind as ChangeKind);
  return i < 0 ? MEANING_CHANGES.length : i;
}

function describeChange(c: Change, from: string, to: string): string {
  const [d] = describeDiff([...(from ? [{ op: 'removed' as const, text: from }] : []), ...(to ? [{ op: 'added' as const, text: to }] : [])], 1);
  return `${d ?? ''} (${KIND_WORDS[c.kind as ChangeKind] ?? c.kind})`;
}

/** One line on why the two passages are one remark: who speaks in each, and how many words they share in order. */
function whyDirect(pair: UtterancePair, name: string | null, nameOf: (id: string) => string): string {
  const al = pair.alignment!;
  const shorter = Math.min(pair.aKeys[1] - pair.aKeys[0], pair.bKeys[1] - pair.bKeys[0]);
  const words = `${al.common} of the ${shorter} words of the shorter passage are the same, in order`;
  if (pair.speakers === 'same') return `Same remark: both quote ${name ?? 'one speaker'}, and ${words}.`;
  const a = pair.a.speaker ? nameOf(pair.a.speaker) : null;
  const b = pair.b.speaker ? nameOf(pair.b.speaker) : null;
  if (pair.speakers === 'member') return `Same remark: ${words}; ${pair.a.outlet} gives it to ${a ?? pair.a.speakerText}, ${pair.b.outlet} to ${b ?? pair.b.speakerText}, who speaks for or among them.`;
  const named = a ? `${pair.a.outlet} names ${a}` : b ? `${pair.b.outlet} names ${b}` : null;
  return `Same remark: ${words}; ${named ? `${named} as the speaker, the other source names none` : 'neither source names the speaker'}.`;
}
