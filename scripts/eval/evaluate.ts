/**
 * Runs the analysis core over the gold documents and scores every task: names, dates, quotes
 * (with speakers) and cross-document linking. The result is plain data that the report module
 * prints as tables, as JSON, or as `docs/quality.md`.
 */
import { Corpus, linkDescriptions, placesInName, type Article, type CorpusSnapshot, type Speaker, type Story } from '../../server/src/analysis';
import type { GoldDoc, Dataset } from './gold';
import { quotePieces } from './gold';
import {
  accuracy,
  addCounts,
  matchSpans,
  overlapLength,
  poolClusters,
  prf,
  scoreClusters,
  inScored,
  type Accuracy,
  type ClusterScores,
  type Counts,
  type Item,
  type Prf,
} from './score';
import { sameSpeaker, speakerGroup, type SpeakerSet } from './speakers';
import type { FindingsReport } from './findings/run';
import type { GenreScores } from './genres';
import type { SentenceScores } from './sentences';

/** One document among the worst of a task, with a few of its errors quoted. */
export interface WorstDoc {
  doc: string;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
  /** Short descriptions of errors ("missed person 'Dave Gaskin'"). */
  examples: string[];
}

/** Names scored on one dataset. */
export interface NameScores {
  docs: number;
  exact: Prf;
  overlap: Prf;
  untypedOverlap: Prf;
  perKind: Record<string, Prf>;
  worst: WorstDoc[];
}

/** Dates scored on one dataset. */
export interface DateScores {
  docs: number;
  detection: Prf;
  exactDetection: Prf;
  /** Gold dates whose value the analyser found: the headline. */
  value: Accuracy;
  /** Among the gold dates it detected, those with the right value. */
  valueOfDetected: Accuracy;
  worst: WorstDoc[];
}

/** Quotes scored on GUM. */
export interface QuoteScores {
  /** Documents scored: those whose quote layer holds at least one gold quote. */
  docs: number;
  /**
   * Documents left out of span scoring because GUM annotated no quote in them, although several
   * hold real quotations; with the number of direct-quote pieces the analyser found in each.
   */
  unannotated: Array<{ doc: string; found: number }>;
  /** Direct-quote words (marks, end punctuation and language tags trimmed), split at line breaks; exact offsets. */
  exact: Prf;
  overlap: Prf;
  /**
   * Exact words over the gold quotes printed with quotation marks; quotes printed without marks
   * (block quotes, words italicised on the web page) become ignore regions.
   */
  exactMarked: Prf;
  /**
   * Exact words with nothing ignored: a prediction inside a GUM `<q>` region (scare quote, title,
   * term) counts as wrong unless it matches a gold quote.
   */
  exactStrict: Prf;
  /** Gold quotes left out of {@link exactMarked} because they are printed without marks. */
  unmarked: number;
  /** Over every quote of the speaker set; a quote the analyser did not find counts as wrong. */
  speakers: (Accuracy & { source: string }) | null;
  /** Over the quotes of the speaker set that the analyser found as direct quotes. */
  speakersOfFound: Accuracy | null;
  speakerNote: string;
  /** Speaker errors: document, quote, gold and predicted speaker. */
  speakerErrors: string[];
  /** The speaker set part by part (ECB+, GUM news, GUM interview, GUM fiction, …), each with its counts. */
  speakerGroups?: SpeakerCounts[];
  worst: WorstDoc[];
}

/**
 * Speaker attribution over one part of the speaker set. Every quote falls in exactly one count:
 * a quote with a named speaker is `right`, `wrong` (another speaker), `none` (no speaker given)
 * or `missed` (not found as a direct quote); a quote whose text names no speaker is `none`
 * (right), `given` (a speaker was given) or `missed`.
 */
export interface SpeakerCounts {
  /** `ECB+`, `GUM news`, `GUM interview`, `GUM fiction`, …, or `all` for the whole set. */
  group: string;
  docs: number;
  quotes: number;
  named: { total: number; right: number; wrong: number; none: number; missed: number };
  unnamed: { total: number; none: number; given: number; missed: number };
  /** Right speakers (named right, or none for none) over every quote of the part. */
  accuracy: Accuracy;
  /** Right speakers over the quotes with a named speaker. */
  namedAccuracy: Accuracy;
}

/** The order the parts of the speaker set are reported in: the news corpora first. */
const GROUP_ORDER = ['ECB+', 'GUM news', 'GUM interview', 'GUM fiction'];

function groupRank(g: string): number {
  const i = GROUP_ORDER.indexOf(g);
  return i >= 0 ? i : g.startsWith('GUM ') ? GROUP_ORDER.length : GROUP_ORDER.length + 1;
}

type Outcome = 'right' | 'wrong' | 'none' | 'missed' | 'given';

/** Empty counts for one part of the set. */
function emptyCounts(group: string): SpeakerCounts {
  return {
    group,
    docs: 0,
    quotes: 0,
    named: { total: 0, right: 0, wrong: 0, none: 0, missed: 0 },
    unnamed: { total: 0, none: 0, given: 0, missed: 0 },
    accuracy: accuracy(0, 0),
    namedAccuracy: accuracy(0, 0),
  };
}

/** Adds one quote's outcome to the counts (`none` is right for a quote without a named speaker). */
function countOutcome(c: SpeakerCounts, named: boolean, outcome: Outcome): void {
  c.quotes++;
  if (named) {
    c.named.total++;
    if (outcome !== 'given') c.named[outcome]++;
  } else {
    c.unnamed.total++;
    if (outcome === 'none' || outcome === 'given' || outcome === 'missed') c.unnamed[outcome]++;
  }
  c.accuracy = accuracy(c.named.right + c.unnamed.none, c.quotes);
  c.namedAccuracy = accuracy(c.named.right, c.named.total);
}

/** Cross-document linking on ECB+. */
export interface LinkScores {
  stories: number;
  mentions: number;
  /** Gold named mentions that no predicted mention overlaps (each scored as a singleton). */
  unextracted: number;
  b3: ClusterScores['b3'];
  pairwise: Prf;
  crossDocPairwise: Prf;
  worst: Array<{ story: string; mentions: number; b3f1: number; examples: string[] }>;
  /**
   * Descriptions of people ("the gunman") the story ties to a named entity: how many, how many a
   * gold coreference chain covers where that entity's names are scored too, and of those how many
   * are in the chain of the entity's names.
   */
  descriptions?: { linked: number; scored: number; right: number; wrong: string[] };
}

/** One numeric discrepancy the comparison engine reports between the sources of a story. */
export interface Discrepancy {
  story: string;
  rule: string;
  /** The articles the finding involves. */
  sources: number;
  message: string;
}

/** The `quantity-differs` and `date-differs` findings on the ECB+ and ESC topic folders. */
export interface DiscrepancyReport {
  /** Story folders compared. */
  stories: number;
  articles: number;
  /** Per rule: distinct discrepancies, and the findings they make (one per source involved). */
  byRule: Record<string, { discrepancies: number; findings: number }>;
  /** The discrepancies, those involving most sources first. */
  list: Discrepancy[];
}

/** Everything one run measures. */
export interface EvalReport {
  date: string;
  commit: string;
  corpus: string;
  /** Where the gold came from: the materialised files or a rebuild from the raw datasets. */
  source: 'materialised' | 'raw';
  documents: number;
  seconds: number;
  /** Per dataset; `gum` holds GUM's news articles only (the other genres are in {@link genres}). */
  names: Partial<Record<Dataset, NameScores>>;
  /** Per dataset, `gum` being its news articles; `all` pools ESC and GUM news. */
  dates: Partial<Record<Dataset | 'all', DateScores>>;
  /** Spans on GUM news; speakers over every document of the speaker set. */
  quotes: QuoteScores | null;
  /** GUM's genres other than news, pooled and one by one (issue 12). */
  genres?: GenreScores | null;
  linking: LinkScores | null;
  /** Numeric discrepancies found between the sources of the ECB+ topics (issue 4). */
  discrepancies?: DiscrepancyReport | null;
  /** The tool's findings on the development stories, scored against the judged list and the differences read in full. */
  findings?: FindingsReport | null;
  /** Sentence boundaries against GUM's gold sentences, news and other genres apart. */
  sentences?: SentenceScores | null;
}

const WORST = 5;
const EXAMPLES = 4;

/** Analyses every document once, through the same corpus API the server uses. */
export function analyseAll(docs: GoldDoc[]): { corpus: Corpus; articles: Map<string, Article> } {
  const corpus = new Corpus({ storyScope: 'folder' });
  const articles = new Map<string, Article>();
  for (const d of docs) articles.set(d.file, corpus.setArticle(d.file, d.text));
  return { corpus, articles };
}

function clip(s: string, n = 40): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function worstOf(rows: WorstDoc[]): WorstDoc[] {
  return rows
    .filter((r) => r.fp + r.fn > 0)
    .sort((a, b) => b.fp + b.fn - (a.fp + a.fn) || a.f1 - b.f1 || (a.doc < b.doc ? -1 : 1))
    .slice(0, WORST);
}

/**
 * The names the tool gives in a document, as scored items: its mentions and, where the dataset
 * annotates nested names, the places named inside organisations' names.
 */
export function predictedNames(doc: GoldDoc, article: Article | undefined): Item[] {
  const mentions = article?.mentions ?? [];
  const pred: Item[] = mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind, text: m.text }));
  if (doc.nestedNames) for (const m of mentions) for (const p of placesInName(m)) pred.push({ start: p.start, end: p.end, kind: 'place', text: p.text });
  return pred;
}

/** Scores names on the documents of one dataset. */
export function scoreNames(docs: GoldDoc[], articles: Map<string, Article>): NameScores {
  const exact: Counts[] = [];
  const overlap: Counts[] = [];
  const untyped: Counts[] = [];
  const perKind: Record<string, Counts[]> = { person: [], organization: [], place: [] };
  const rows: WorstDoc[] = [];
  for (const d of docs) {
    const pred = predictedNames(d, articles.get(d.file));
    const opts = { scored: d.scoredRanges, ignore: d.ignore.names };
    exact.push(matchSpans(d.mentions, pred, { ...opts, mode: 'exact', typed: true }));
    const o = matchSpans(d.mentions, pred, { ...opts, mode: 'overlap', typed: true });
    overlap.push(o);
    untyped.push(matchSpans(d.mentions, pred, { ...opts, mode: 'overlap', typed: false }));
    for (const kind of Object.keys(perKind)) {
      perKind[kind].push(matchSpans(d.mentions.filter((m) => m.kind === kind), pred.filter((p) => p.kind === kind), { ...opts, mode: 'overlap', typed: true }));
    }
    const examples = [
      ...o.missed.slice(0, EXAMPLES / 2).map((m) => `missed ${m.kind} '${clip(m.text)}'`),
      ...o.spurious.slice(0, EXAMPLES / 2).map((p) => `spurious ${p.kind} '${clip(p.text ?? '')}'`),
    ];
    rows.push({ doc: d.doc, tp: o.tp, fp: o.fp, fn: o.fn, f1: prf(o).f1, examples });
  }
  const kinds: Record<string, Prf> = {};
  for (const [k, c] of Object.entries(perKind)) kinds[k] = prf(addCounts(...c));
  return {
    docs: docs.length,
    exact: prf(addCounts(...exact)),
    overlap: prf(addCounts(...overlap)),
    untypedOverlap: prf(addCounts(...untyped)),
    perKind: kinds,
    worst: worstOf(rows),
  };
}

/** Scores date detection and resolved values on the documents of one dataset. */
export function scoreDates(docs: GoldDoc[], articles: Map<string, Article>): DateScores {
  const overlap: Counts[] = [];
  const exact: Counts[] = [];
  let correct = 0;
  let total = 0;
  let detected = 0;
  const rows: WorstDoc[] = [];
  for (const d of docs) {
    const a = articles.get(d.file);
    const pred = (a?.dates ?? []).map((x) => ({ start: x.start, end: x.end, text: x.text, value: x.value }));
    const opts = { scored: d.scoredRanges, ignore: d.ignore.dates, typed: false };
    const o = matchSpans(d.dates, pred, { ...opts, mode: 'overlap' });
    overlap.push(o);
    exact.push(matchSpans(d.dates, pred, { ...opts, mode: 'exact' }));
    const gold = d.dates.filter((g) => inScored(g, d.scoredRanges));
    const byGold = new Map(o.pairs.map((p) => [p.gold, p.pred]));
    let docCorrect = 0;
    const examples: string[] = [];
    for (const g of gold) {
      const p = byGold.get(g);
      if (p) detected++;
      if (p && p.value === g.value) docCorrect++;
      else if (examples.length < EXAMPLES) examples.push(p ? `'${clip(g.text)}' got ${p.value ?? 'null'}, want ${g.value}` : `missed '${clip(g.text)}' (${g.value})`);
    }
    for (const s of o.spurious.slice(0, Math.max(0, EXAMPLES - examples.length))) examples.push(`spurious '${clip(s.text)}'`);
    correct += docCorrect;
    total += gold.length;
    const wrong = gold.length - docCorrect;
    rows.push({ doc: d.doc, tp: docCorrect, fp: o.fp, fn: wrong, f1: prf({ tp: docCorrect, fp: o.fp, fn: wrong }).f1, examples });
  }
  return {
    docs: docs.length,
    detection: prf(addCounts(...overlap)),
    exactDetection: prf(addCounts(...exact)),
    value: accuracy(correct, total),
    valueOfDetected: accuracy(correct, detected),
    worst: worstOf(rows),
  };
}

/** Pools the date scores of several datasets (the worst documents of each are kept). */
export function poolDates(parts: DateScores[]): DateScores {
  const detection = prf(addCounts(...parts.map((p) => p.detection)));
  const exactDetection = prf(addCounts(...parts.map((p) => p.exactDetection)));
  const c = parts.reduce((s, p) => s + p.value.correct, 0);
  const t = parts.reduce((s, p) => s + p.value.total, 0);
  const dc = parts.reduce((s, p) => s + p.valueOfDetected.correct, 0);
  const dt = parts.reduce((s, p) => s + p.valueOfDetected.total, 0);
  return { docs: parts.reduce((s, p) => s + p.docs, 0), detection, exactDetection, value: accuracy(c, t), valueOfDetected: accuracy(dc, dt), worst: [] };
}

/**
 * A speaker-set document's article, for documents outside the gold (the seed article): the
 * harness reads the file below the corpus folder and analyses it through its own corpus.
 */
export type ExtraArticle = (file: string) => { article: Article; story: Story | undefined } | null;

/**
 * Scores direct quotes and, where a speaker set exists, their speakers.
 *
 * Spans are scored only on documents whose quote layer holds at least one gold quote: GUM
 * annotates `<quote>` in ten of its twenty news documents, and the other ten hold real
 * quotations with no tag, so a quote found there would count as a false positive although it is
 * right. Both sides are split at line breaks (GUM gives one span per paragraph of a long quote;
 * the analyser one quote for the run) and trimmed of marks, end punctuation and language tags by
 * {@link quotePieces}. A prediction inside an `ignore.quotes` region (GUM `<q>`: scare quotes,
 * titles, words mentioned) is not counted as wrong. Speakers are looked up in `speakerDocs`
 * (by default the documents scored), so a speaker set may cover documents whose spans are
 * reported elsewhere.
 */
export function scoreQuotes(docs: GoldDoc[], articles: Map<string, Article>, speakers: SpeakerSet | null, snapshot?: CorpusSnapshot, extra?: ExtraArticle, speakerDocs: GoldDoc[] = docs): QuoteScores {
  const exact: Counts[] = [];
  const overlap: Counts[] = [];
  const exactMarked: Counts[] = [];
  const exactStrict: Counts[] = [];
  let unmarked = 0;
  const rows: WorstDoc[] = [];
  const unannotated: QuoteScores['unannotated'] = [];
  const scored = docs.filter((d) => d.quotes.length > 0);
  for (const d of docs) {
    const a = articles.get(d.file);
    const pred = (a?.quotes ?? []).filter((q) => q.direct).flatMap((q) => quotePieces(d.text, q.content).map((p) => ({ ...p, text: d.text.slice(p.start, p.end) })));
    if (!d.quotes.length) {
      unannotated.push({ doc: d.doc, found: pred.length });
      continue;
    }
    const gold = d.quotes.flatMap((q) => quotePieces(d.text, q).map((p) => ({ ...p, text: d.text.slice(p.start, p.end) })));
    const opts = { scored: d.scoredRanges, ignore: d.ignore.quotes, typed: false };
    const e = matchSpans(gold, pred, { ...opts, mode: 'exact' });
    exact.push(e);
    // The same, with GUM's <q> regions scored: a scare quote, a title or a term reported as a
    // direct quote is then wrong, as a scorer without that layer counts it.
    exactStrict.push(matchSpans(gold, pred, { ...opts, ignore: [], mode: 'exact' }));
    overlap.push(matchSpans(gold, pred, { ...opts, mode: 'overlap' }));
    const ordered = [...d.quotes].sort((x, y) => x.start - y.start);
    const noMark = ordered.filter((_, i) => !printedWithMarks(d.text, ordered, i));
    unmarked += noMark.length;
    const marked = ordered.filter((q) => !noMark.includes(q)).flatMap((q) => quotePieces(d.text, q));
    exactMarked.push(matchSpans(marked, pred, { ...opts, ignore: [...d.ignore.quotes, ...noMark], mode: 'exact' }));
    const examples = [
      ...e.missed.slice(0, EXAMPLES / 2).map((m) => `missed ${clip(m.text)}`),
      ...e.spurious.slice(0, EXAMPLES / 2).map((p) => `spurious ${clip(p.text)}`),
    ];
    rows.push({ doc: d.doc, tp: e.tp, fp: e.fp, fn: e.fn, f1: prf(e).f1, examples });
  }
  const sp = speakers ? scoreSpeakers(speakerDocs, articles, speakers, snapshot, extra) : null;
  return {
    docs: scored.length,
    unannotated,
    exact: prf(addCounts(...exact)),
    overlap: prf(addCounts(...overlap)),
    exactMarked: prf(addCounts(...exactMarked)),
    exactStrict: prf(addCounts(...exactStrict)),
    unmarked,
    speakers: sp ? { ...sp.accuracy, source: speakers!.source } : null,
    speakersOfFound: sp ? sp.ofFound : null,
    speakerNote: speakers ? sp!.note : 'no speaker set found (test/fixtures/speakers/)',
    speakerErrors: sp ? sp.errors : [],
    speakerGroups: sp ? sp.groups : [],
    worst: worstOf(rows),
  };
}

/**
 * True when a gold quote is printed with quotation marks: its span opens or closes with one, or
 * it continues the previous gold quote across nothing but a paragraph break (the later
 * paragraphs of a long quote need not open with a mark).
 */
function printedWithMarks(text: string, quotes: Array<{ start: number; end: number }>, i: number): boolean {
  const q = quotes[i];
  const words = text.slice(q.start, q.end).trim();
  const marks = '"\'“”‘’«»„‚‹›`';
  if (marks.includes(words[0] ?? '') || marks.includes(words[words.length - 1] ?? '')) return true;
  const before = i > 0 ? quotes[i - 1] : null;
  return !!before && before.end <= q.start && text.slice(before.end, q.start).trim() === '' && printedWithMarks(text, quotes, i - 1);
}

/**
 * The names a predicted speaker goes by: its words, the name a pronoun was resolved to, the
 * mention it points to, and the canonical name and variants of the entity that mention (or the
 * pronoun's antecedent) is linked to in the story.
 */
export function speakerNames(article: Article, speaker: Speaker, story: Story | undefined, path: string): string[] {
  const names = [speaker.text];
  const indexes = new Set<number>();
  if (speaker.mention !== null && article.mentions[speaker.mention]) {
    names.push(article.mentions[speaker.mention].text);
    indexes.add(speaker.mention);
  }
  if (speaker.antecedent) {
    names.push(speaker.antecedent.text);
    article.mentions.forEach((m, i) => {
      if (overlapLength(m, speaker.antecedent!) > 0) indexes.add(i);
    });
  }
  for (const i of indexes) {
    const id = story?.entityOf(path, i);
    const entity = id ? story?.entity(id) : undefined;
    if (entity) names.push(entity.name, ...entity.variants);
  }
  return [...new Set(names.filter((n) => n.trim()))];
}

/**
 * Speaker accuracy over the hand-built set. Each gold quote takes the direct quote of the same
 * article that covers the middle of its span (else the one covering most of it, at least half). The speaker is
 * right when one of its names ({@link speakerNames}) names the gold speaker ({@link sameSpeaker}:
 * the same words, the gold surname, or part of the gold name), and, for a quote whose gold
 * speaker is null, when no speaker is predicted. A quote not found counts as wrong. A gold quote
 * whose full text is given and differs from the article's words at its offsets (the corpus
 * changed under the set) is left out and counted in the note, never scored against other words.
 * Articles are looked up by the set's file path first (ECB+ and ESC share document names), then
 * by document name. The counts are kept per part of the set ({@link speakerGroup}).
 */
export function scoreSpeakers(
  docs: GoldDoc[],
  articles: Map<string, Article>,
  set: SpeakerSet,
  snapshot?: CorpusSnapshot,
  extra?: ExtraArticle,
): { accuracy: Accuracy; ofFound: Accuracy; note: string; errors: string[]; groups: SpeakerCounts[] } {
  let unmatched = 0;
  let skipped = 0;
  let misaligned = 0;
  const errors: string[] = [];
  const all = emptyCounts('all');
  const groups = new Map<string, SpeakerCounts>();
  const byDoc = new Map(docs.map((d) => [d.doc, d]));
  const byFile = new Map(docs.map((d) => [d.file, d]));
  for (const entry of set.documents) {
    const d = (entry.file ? byFile.get(entry.file.replace(/^materialised\//, '')) : undefined) ?? byDoc.get(entry.doc);
    let article: Article | undefined;
    let story: Story | undefined;
    let path = '';
    if (d) {
      article = articles.get(d.file);
      story = snapshot?.storyOf(d.file);
      path = d.file;
    } else if (entry.file && extra) {
      const x = extra(entry.file);
      if (x) {
        article = x.article;
        story = x.story;
        path = entry.file;
      }
    }
    if (!article) {
      skipped += entry.quotes.length;
      continue;
    }
    const name = speakerGroup(entry.doc, entry.file ?? d?.file ?? null);
    let group = groups.get(name);
    if (!group) groups.set(name, (group = emptyCounts(name)));
    group.docs++;
    all.docs++;
    const text = article.text;
    const quotes = article.quotes.filter((q) => q.direct);
    for (const g of entry.quotes) {
      if (g.text !== undefined && !g.text.endsWith('…') && text.slice(g.start, g.end) !== g.text) {
        misaligned++;
        continue;
      }
      const named = g.speaker !== null;
      const count = (outcome: Outcome) => {
        countOutcome(group!, named, outcome);
        countOutcome(all, named, outcome);
      };
      const middle = (g.start + g.end) / 2;
      let best = quotes.find((q) => q.start <= middle && middle < q.end) ?? null;
      if (!best) {
        // Failing that, a quote that covers at least half of the gold words; a scare quote of
        // one word inside an unmarked block quote is not that quote found.
        let bestOverlap = (g.end - g.start) / 2;
        for (const q of quotes) {
          const o = overlapLength(q, g);
          if (o >= bestOverlap) {
            best = q;
            bestOverlap = o;
          }
        }
      }
      const words = clip(text.slice(g.start, g.end), 32);
      if (!best) {
        unmatched++;
        count('missed');
        errors.push(`${entry.doc}: ${words} not found as a direct quote (speaker ${g.speaker ?? 'none'})`);
        continue;
      }
      const names = best.speaker ? speakerNames(article, best.speaker, story, path) : [];
      const outcome: Outcome = !best.speaker ? 'none' : !named ? 'given' : names.some((n) => sameSpeaker(n, g.speaker)) ? 'right' : 'wrong';
      count(outcome);
      if (outcome !== 'right' && !(outcome === 'none' && !named)) {
        errors.push(`${entry.doc}: ${words} gave ${best.speaker ? `'${names.join("' / '")}'` : 'no speaker'}, want ${g.speaker ? `'${g.speaker}'` : 'none'}`);
      }
    }
  }
  const total = all.quotes;
  const note =
    `${total} hand-annotated quotes in ${all.docs} documents; ${unmatched} not found as direct quotes (counted wrong)` +
    `${skipped ? `; ${skipped} in articles not available, left out` : ''}` +
    `${misaligned ? `; ${misaligned} whose words no longer match the article at their offsets, left out` : ''}`;
  const parts = [...groups.values()].sort((a, b) => groupRank(a.group) - groupRank(b.group) || (a.group < b.group ? -1 : 1));
  return { accuracy: all.accuracy, ofFound: accuracy(all.accuracy.correct, total - unmatched), note, errors, groups: [...parts, all] };
}

/**
 * Scores cross-document linking per story folder (`<topic>ecb` and `<topic>ecbplus` apart, as
 * the product links within a folder). The items are the gold coreference mentions in annotated
 * sentences that are names (they overlap a gold name mention); each takes the entity of the
 * predicted mention overlapping it most, or a singleton label when none does.
 */
export function scoreLinking(docs: GoldDoc[], corpus: Corpus): LinkScores {
  const snapshot = corpus.snapshot();
  const byFolder = new Map<string, GoldDoc[]>();
  for (const d of docs) {
    const list = byFolder.get(d.folder);
    if (list) list.push(d);
    else byFolder.set(d.folder, [d]);
  }
  const groups: ClusterScores[] = [];
  const cross: Counts[] = [];
  let unextracted = 0;
  const worst: LinkScores['worst'] = [];
  const described = { linked: 0, scored: 0, right: 0, wrong: [] as string[] };
  for (const [folder, members] of [...byFolder].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const gold: string[] = [];
    const pred: string[] = [];
    const docOf: number[] = [];
    const texts: string[] = [];
    members.forEach((d, di) => {
      const story = snapshot.storyOf(d.file);
      const article = snapshot.article(d.file);
      const names = d.mentions;
      for (const c of d.corefs) {
        if (!inScored(c, d.scoredRanges)) continue;
        if (!names.some((m) => overlapLength(m, c) > 0)) continue;
        let bestIndex = -1;
        let bestOverlap = 0;
        (article?.mentions ?? []).forEach((m, i) => {
          const o = overlapLength(m, c);
          if (o > bestOverlap) {
            bestOverlap = o;
            bestIndex = i;
          }
        });
        let label: string;
        if (bestIndex < 0) {
          unextracted++;
          label = `missing:${d.file}:${c.start}`;
        } else {
          label = story?.entityOf(d.file, bestIndex) ?? `unlinked:${d.file}:${bestIndex}`;
        }
        gold.push(c.instance);
        pred.push(label);
        docOf.push(di);
        texts.push(c.text);
      }
    });
    if (!gold.length) continue;
    scoreDescriptions(members, snapshot, gold, pred, described);
    const s = scoreClusters(gold, pred);
    groups.push(s);
    cross.push(scoreClusters(gold, pred, (i, j) => docOf[i] !== docOf[j]).pairwise);
    worst.push({ story: folder, mentions: gold.length, b3f1: s.b3.f1, examples: splitExamples(gold, pred, texts) });
  }
  const pooled = poolClusters(groups);
  worst.sort((a, b) => a.b3f1 - b.b3f1 || b.mentions - a.mentions);
  return {
    stories: groups.length,
    mentions: pooled.mentions,
    unextracted,
    b3: pooled.b3,
    pairwise: pooled.pairwise,
    crossDocPairwise: prf(addCounts(...cross)),
    worst: worst.slice(0, WORST),
    descriptions: described,
  };
}

/**
 * Scores the story's ties of descriptions to named entities: a description that a gold
 * coreference chain covers is right when the chain is the gold entity of the names the tool put
 * in that entity (the chain most of its scored names belong to).
 */
function scoreDescriptions(
  members: GoldDoc[],
  snapshot: CorpusSnapshot,
  gold: string[],
  pred: string[],
  out: { linked: number; scored: number; right: number; wrong: string[] },
): void {
  // The gold chain of each predicted entity: the one most of its scored names belong to.
  const votes = new Map<string, Map<string, number>>();
  pred.forEach((p, i) => {
    let v = votes.get(p);
    if (!v) votes.set(p, (v = new Map()));
    v.set(gold[i], (v.get(gold[i]) ?? 0) + 1);
  });
  const chainOf = (entity: string): string | null => {
    const v = votes.get(entity);
    if (!v) return null;
    return [...v.entries()].sort((a, b) => b[1] - a[1])[0][0];
  };
  const story = snapshot.storyOf(members[0].file);
  if (!story) return;
  const links = linkDescriptions(story.articles, (path, i) => story.entityOf(path, i));
  for (const d of members) {
    const article = snapshot.article(d.file);
    (article?.descriptions ?? []).forEach((desc, i) => {
      const entity = links.entityOf(d.file, i);
      if (!entity) return;
      out.linked++;
      const chain = chainOf(entity);
      const c = d.corefs.find((g) => inScored(g, d.scoredRanges) && overlapLength(g, desc) > 0);
      if (!chain || !c) return;
      out.scored++;
      if (c.instance === chain) out.right++;
      else if (out.wrong.length < 8) out.wrong.push(`${d.doc}: "${desc.text}" given ${entity}`);
    });
  }
}

/** A few gold entities split across predicted entities, and predicted entities that merge gold ones. */
function splitExamples(gold: string[], pred: string[], texts: string[]): string[] {
  const out: string[] = [];
  const predsOfGold = new Map<string, Set<string>>();
  const goldsOfPred = new Map<string, Set<string>>();
  gold.forEach((g, i) => {
    (predsOfGold.get(g) ?? predsOfGold.set(g, new Set()).get(g)!).add(pred[i]);
    (goldsOfPred.get(pred[i]) ?? goldsOfPred.set(pred[i], new Set()).get(pred[i])!).add(g);
  });
  const namesOf = (pick: (i: number) => boolean) => [...new Set(texts.filter((_, i) => pick(i)).map((t) => clip(t, 24)))].slice(0, 4).join(' / ');
  for (const [g, ps] of predsOfGold) {
    if (ps.size > 1 && out.length < 2) out.push(`split: ${namesOf((i) => gold[i] === g)} (${ps.size} entities)`);
  }
  for (const [p, gs] of goldsOfPred) {
    if (gs.size > 1 && out.length < 4) out.push(`merged: ${namesOf((i) => pred[i] === p)}`);
  }
  return out;
}


/** The rules whose findings are numeric discrepancies: figures and dates. */
export const NUMERIC_RULES = ['quantity-differs', 'date-differs'];

/**
 * Collects the numeric discrepancies the comparison engine finds between the articles of each
 * story folder chosen by `pickStory`, through the same `snapshot().stories()` and
 * `story.findings` the server reads. A rule reports one finding per source involved, all with
 * the same message; those count as one discrepancy.
 */
export function collectDiscrepancies(corpus: Corpus, pickStory: (id: string) => boolean): DiscrepancyReport {
  const byRule: DiscrepancyReport['byRule'] = {};
  for (const rule of NUMERIC_RULES) byRule[rule] = { discrepancies: 0, findings: 0 };
  const seen = new Map<string, Discrepancy>();
  let stories = 0;
  let articles = 0;
  for (const story of corpus.snapshot().stories()) {
    if (!pickStory(story.id)) continue;
    stories++;
    articles += story.articles.length;
    for (const f of story.findings) {
      if (!NUMERIC_RULES.includes(f.rule)) continue;
      byRule[f.rule].findings++;
      const key = `${story.id}\u0000${f.rule}\u0000${f.message}`;
      if (seen.has(key)) continue;
      const paths = new Set([f.path, ...f.related.map((r) => r.path)]);
      seen.set(key, { story: story.id, rule: f.rule, sources: paths.size, message: f.message });
      byRule[f.rule].discrepancies++;
    }
  }
  const list = [...seen.values()].sort((a, b) => b.sources - a.sources || (a.story < b.story ? -1 : a.story > b.story ? 1 : 0) || (a.message < b.message ? -1 : 1));
  return { stories, articles, byRule, list };
}
