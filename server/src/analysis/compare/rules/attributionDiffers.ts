import { alignQuotes, tripleShares } from '../alignQuotes';
import { clean, fold } from '../claimsText';
import { isCollectiveSpeaker } from '../utterances';
import { sentenceIndexAt } from '../../text/segment';
import type { QuoteClaim } from '../claims';
import { groupedVersus, linkedGroups, MAX_LISTED, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `attribution-differs`: the same words, in quotation marks, given to different speakers by
 * two sources. Quotations without a named speaker are not compared: a missing attribution is
 * not a different one. Nor are speakers the text names only by a pronoun or a description
 * ("he said", "a local barber told…"): who they are is inferred from earlier sentences, and
 * an inference is not a source's attribution. A body of people ("authorities", "police") and
 * one of its members are not rival speakers either.
 *
 * Reported statements in the same words ("Jackson was on probation for a previous arrest,
 * Officer Ann Lee said") credited to different people are compared too, as information (an
 * outlet's own wording of what it was told). There a statement closed by "he said" or "she
 * said" right after a sentence that names its speaker is that speaker's: the closing pronoun of
 * a run of attributed statements is how news writing names the one still speaking. The other
 * speaker named in the statement's own sentence makes it a joint statement.
 */
/**
 * How near a quotation the other speaker may be named for the words to be shared, in UTF-16
 * code units. Exported because an edit that moves a name across this distance changes findings.
 */
export const ATTRIBUTION_NEAR = 300;
const NEAR = ATTRIBUTION_NEAR;

/** A quotation shorter than this is a stock phrase ("as soon as possible") that many people say. */
const MIN_WORDS = 5;

/**
 * The share of EACH quotation's word triples the two must have in common to be one remark: a
 * phrase that is all of a short quotation but a small part of a long one is a phrase two
 * remarks share, not one remark given to two speakers.
 */
const SAME_REMARK_SHARE = 0.6;

export const attributionDiffers: Rule = {
  id: 'attribution-differs',
  description: 'The same quoted words are attributed to different speakers across sources.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['quote', 'nearness'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const kindOf = (id: string) => ctx.entities.get(id)?.kind;
    // True when an article names `entity` near `span`: a joint statement, or a speaker quoting another.
    const namedNear = (path: string, span: { start: number; end: number }, entity: string): boolean => {
      const article = ctx.article(path);
      if (!article) return false;
      return article.mentions.some((m, i) => Math.abs(m.start - span.start) < NEAR && ctx.entityOf(path, i) === entity);
    };
    const words = (id: string) => new Set(ctx.nameOf(id).toLowerCase().split(/\s+/));
    // True when the words that introduce the speaker include a word of one of the entity's names.
    const namedAtQuote = (speakerText: string | null, id: string): boolean => {
      if (!speakerText) return false;
      const e = ctx.entities.get(id);
      const names = new Set([...(e?.variants ?? []), ctx.nameOf(id)].flatMap((n) => fold(n).split(/[\s.]+/)).filter((w) => w.length > 1));
      return fold(speakerText)
        .split(/[\s.]+/)
        .some((w) => names.has(w.replace(/'s$/, '')));
    };
    // True when the sentence of `q`, or the one `back` sentences before it, names `entity`.
    const namedInSentence = (q: QuoteClaim, entity: string, back = 0): boolean => {
      const article = ctx.article(q.path);
      const sentence = article?.sentences[sentenceIndexAt(article.sentences, q.span.start) - back];
      return !!sentence && article!.mentions.some((m, i) => m.start >= sentence.start && m.end <= sentence.end && ctx.entityOf(q.path, i) === entity);
    };
    // A reported statement closed by "he" or "she" ("…, he said.") is the statement of the one
    // the sentence before names: an attribution, as news writing names the one still speaking.
    const namedBefore = (q: QuoteClaim): boolean => /^(?:he|she)$/i.test(q.speakerText ?? '') && namedInSentence(q, q.speaker!, 1);
    const { byWords, byReportedWords } = alignQuotes(ctx.claims);
    const rival = (a: QuoteClaim, b: QuoteClaim, reported: boolean): boolean => {
      if (!a.speaker || !b.speaker || a.speaker === b.speaker) return false;
      // Only people: an organisation and its spokesperson, or a newspaper relaying a statement, are not rival speakers.
      if (kindOf(a.speaker) !== 'person' || kindOf(b.speaker) !== 'person') return false;
      // "Authorities", "police" or "officials" are a body, and a named official one of its members: not rival speakers.
      if ([a.speakerText, b.speakerText, ctx.nameOf(a.speaker), ctx.nameOf(b.speaker)].some(isCollectiveSpeaker)) return false;
      const named = (q: QuoteClaim) => namedAtQuote(q.speakerText, q.speaker!) || (reported && namedBefore(q));
      if (!named(a) || !named(b)) return false;
      if (Math.min(a.words.length, b.words.length) < MIN_WORDS) return false;
      if (tripleShares(a, b).ofLonger < SAME_REMARK_SHARE) return false;
      // A shout or a slogan ("Don't move!") carries too few words of its own to tell who said it.
      if (Math.min(a.stems.length, b.stems.length) < 2) return false;
      const wa = words(a.speaker);
      if ([...words(b.speaker)].some((w) => wa.has(w))) return false;
      // A joint statement, or a speaker quoting another: the other speaker named close by. A
      // reported statement names its speaker in its own sentence, so only that sentence counts.
      if (reported) return !namedInSentence(a, b.speaker) && !namedInSentence(b, a.speaker);
      return !namedNear(a.path, a.span, b.speaker) && !namedNear(b.path, b.span, a.speaker);
    };
    const links = byWords.filter(({ a, b }) => rival(a, b, false)).map(({ a, b }) => [a, b] as const);
    // Quotations joined by a rival attribution form one group, reported once: the same words
    // given to several people by many sources are one difference, not one per pair of sources.
    for (const g of linkedGroups(links, (l) => l)) drafts.push(draftOf(ctx, g.links, g.members));
    // The same statement of fact reported in the same words and credited to different people:
    // information, as a reported statement is the outlet's own wording of what it was told.
    const reportedLinks = byReportedWords.filter(({ a, b }) => rival(a, b, true)).map(({ a, b }) => [a, b] as const);
    for (const g of linkedGroups(reportedLinks, (l) => l)) drafts.push({ ...draftOf(ctx, g.links, g.members, true), soft: true });
    return drafts;
  },
};

/** A source's quotation, with the speaker it names. */
function itemOf(ctx: RuleContext, q: QuoteClaim): DraftItem {
  return { path: q.path, outlet: q.outlet, span: q.span, wording: clean(q.text, 100).replace(/[,;:]$/, ''), value: { speaker: ctx.nameOf(q.speaker!), text: q.text } };
}

/** One draft for quotations of the same words given to different speakers. */
function draftOf(ctx: RuleContext, links: ReadonlyArray<readonly [QuoteClaim, QuoteClaim]>, members: readonly QuoteClaim[], reported = false): FindingDraft {
  const lead = reported ? 'The same statement is credited to different people' : 'The same words are attributed to different speakers';
  const speakerOf = (q: QuoteClaim) => ({ outlet: q.outlet, path: q.path, speaker: ctx.nameOf(q.speaker!), entity: q.speaker });
  if (links.length === 1) {
    const [a, b] = links[0];
    const items = [a, b].map((q) => itemOf(ctx, q));
    return {
      items,
      message: `${lead}: "${items[0].wording}" to ${ctx.nameOf(a.speaker!)} (${a.outlet}) vs to ${ctx.nameOf(b.speaker!)} (${b.outlet}).`,
      data: { speakers: [a, b].map(speakerOf) },
    };
  }
  const items = members.map((q) => itemOf(ctx, q));
  return {
    items,
    message: `${lead}: "${items[0].wording}" ${groupedVersus(items, (i) => `to ${(i.value as { speaker: string }).speaker}`)}.`,
    data: { speakers: members.slice(0, MAX_LISTED).map(speakerOf), ...(members.length > MAX_LISTED ? { moreSpeakers: members.length - MAX_LISTED } : {}) },
  };
}
