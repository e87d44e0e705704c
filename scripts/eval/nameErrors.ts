/**
 * Every name error of a set of documents, one per line, for reading by hand (`npm run eval --
 * --name-errors FILE`). The errors are those of the typed overlap score, grouped by what went
 * wrong so that causes can be counted:
 * - `kind`: the name was found (the spans share a character) but given another kind;
 * - `fp`: a prediction that touches no gold name (not a name, or a real name the corpus does
 *   not annotate, as ECB+ does for names outside event participants);
 * - `fn`: a gold name no prediction touches;
 * - `span-fp`: a prediction that touches only gold names other predictions matched;
 * - `span-fn`: a gold name touched by a prediction of its kind that matched nothing;
 * - `nested`: a gold name touched only by a prediction matched to another gold name ("Chicago"
 *   inside "University of Chicago", or two names run together).
 */
import type { Article } from '../../server/src/analysis';
import type { GoldDoc } from './gold';
import { matchSpans, overlapLength, overlaps, type Item } from './score';
import { predictedNames } from './evaluate';

/** One name error. */
export interface NameError {
  group: string;
  doc: string;
  cause: 'kind' | 'fp' | 'fn' | 'span-fp' | 'span-fn' | 'nested';
  /** The kind counted as wrong: the prediction's for fp and kind, the gold's for fn. */
  kind: string;
  predKind: string;
  goldKind: string;
  pred: string;
  gold: string;
  context: string;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function contextOf(text: string, start: number, end: number, width = 50): string {
  return `${oneLine(text.slice(Math.max(0, start - width), start))}[[${oneLine(text.slice(start, end))}]]${oneLine(text.slice(end, end + width))}`;
}

/** The typed overlap errors of `docs`, each with its cause and its context. */
export function nameErrors(group: string, docs: GoldDoc[], articles: Map<string, Article>): NameError[] {
  const out: NameError[] = [];
  for (const d of docs) {
    const pred = predictedNames(d, articles.get(d.file));
    const opts = { scored: d.scoredRanges, ignore: d.ignore.names, mode: 'overlap' as const };
    const typed = matchSpans(d.mentions, pred, { ...opts, typed: true });
    const row = (cause: NameError['cause'], p: Item | null, g: Item | null): NameError => {
      const s = Math.min(p?.start ?? Infinity, g?.start ?? Infinity);
      const e = Math.max(p?.end ?? -Infinity, g?.end ?? -Infinity);
      return {
        group,
        doc: d.doc,
        cause,
        kind: (cause === 'fn' || cause === 'span-fn' || cause === 'nested' ? g?.kind : p?.kind) ?? '',
        predKind: p?.kind ?? '',
        goldKind: g?.kind ?? '',
        pred: oneLine(p?.text ?? ''),
        gold: oneLine(g?.text ?? ''),
        context: contextOf(d.text, s, e),
      };
    };
    const missed = new Set(typed.missed);
    for (const p of typed.spurious) {
      // The gold name of another kind that shares most characters with the prediction.
      const wrongKind = typed.missed.filter((g) => missed.has(g) && overlaps(g, p) && g.kind !== p.kind).sort((a, b) => overlapLength(b, p) - overlapLength(a, p))[0];
      if (wrongKind) {
        out.push(row('kind', p, wrongKind));
        missed.delete(wrongKind);
      } else if (d.mentions.some((g) => overlaps(g, p))) out.push(row('span-fp', p, d.mentions.find((g) => overlaps(g, p)) ?? null));
      else out.push(row('fp', p, null));
    }
    const paired = new Set(typed.pairs.map((x) => x.pred));
    for (const g of missed) {
      const touching = pred.filter((p) => overlaps(g, p));
      const free = touching.find((p) => !paired.has(p));
      // A gold name that only a prediction matched to another gold name touches: nested names
      // ("Chicago" inside "University of Chicago") or two names run together.
      if (touching.length && !free) out.push(row('nested', touching[0], g));
      else out.push(free ? row(free.kind === g.kind ? 'span-fn' : 'kind', free, g) : row('fn', null, g));
    }
  }
  return out;
}

/** The errors as tab-separated lines with a header. */
export function formatNameErrors(errors: NameError[]): string {
  const head = ['group', 'doc', 'cause', 'kind', 'pred_kind', 'gold_kind', 'pred', 'gold', 'context'];
  const lines = errors.map((e) => [e.group, e.doc, e.cause, e.kind, e.predKind, e.goldKind, e.pred, e.gold, e.context].map((v) => v.replace(/\t/g, ' ')).join('\t'));
  return `${[head.join('\t'), ...lines].join('\n')}\n`;
}
