/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one
 * `AnnotationCollection` per article, holding one `Annotation` per name, quotation, date,
 * quantity and role.
 *
 * Each annotation targets the article's file by URI with two selectors: a `TextQuoteSelector`
 * (the exact words with up to 32 characters before and after, which survives edits elsewhere in
 * the file) and a `TextPositionSelector`. Positions count Unicode code points, as the model
 * defines a text's characters, in the text a reader of the file gets: decoded, with any
 * byte-order mark removed (decoding removes it), and line ends kept as they are on disk.
 *
 * Bodies say what the words are: a `classifying` body names the kind (`person`, `quote`, …);
 * `tagging` bodies carry the values found: the story-wide entity id, the calendar date, the
 * quantity with its unit and hedge, a quotation's speaker, a role's holder.
 */
import type { Span } from '../types';
import { codePointIndex, type CodePointIndex } from './offsets';
import { entityIdOf, type ExportSource } from './source';

/** The JSON-LD context of the Web Annotation vocabulary. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How many characters of context a `TextQuoteSelector` keeps on each side. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'classifying' | 'tagging';
  value: string;
  format: 'text/plain';
}

/** One annotation of the collection. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'identifying';
  body: TextualBody[];
  target: {
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

/** The annotations of one article. */
export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: 'Triangulate'; homepage?: string };
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: WebAnnotation[];
  };
}

/** Options for {@link toWebAnnotation}. */
export interface WebAnnotationOptions {
  /** The article file's URI, used as every annotation's `target.source`. Defaults to the article's path. */
  source?: string;
  /**
   * The collection's IRI; annotations are numbered after it (`…#a1`). Defaults to the source
   * URI with its extension replaced by `.jsonld`, the file the CLI writes.
   */
  id?: string;
}

/** The IRI of the collection written for a source URI: the same name with `.jsonld`. */
export function collectionIdFor(source: string): string {
  const cut = source.search(/[?#]/);
  const base = cut < 0 ? source : source.slice(0, cut);
  const slash = base.lastIndexOf('/');
  const dot = base.lastIndexOf('.');
  return (dot > slash + 1 ? base.slice(0, dot) : base) + '.jsonld';
}

function selectors(text: string, index: CodePointIndex, span: Span): [TextQuoteSelector, TextPositionSelector] {
  const start = index.toCodePoint(span.start, 'down');
  const end = index.toCodePoint(span.end, 'up');
  // Slice on whole characters: the same rounding as the positions, so both selectors agree.
  const from = isSplit(text, span.start) ? span.start - 1 : span.start;
  const to = isSplit(text, span.end) ? span.end + 1 : span.end;
  return [
    { type: 'TextQuoteSelector', exact: text.slice(from, to), prefix: text.slice(index.back(from, QUOTE_CONTEXT), from), suffix: text.slice(to, index.forward(to, QUOTE_CONTEXT)) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** True when `i` falls between the two halves of a surrogate pair. */
function isSplit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

function body(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/**
 * The Web Annotation collection of one article, as plain JSON-LD data (serialise it with
 * `JSON.stringify`). Annotations are in reading order. Never throws.
 */
export function toWebAnnotation(source: ExportSource, options: WebAnnotationOptions = {}): WebAnnotationCollection {
  const a = source.article;
  const text = typeof a.text === 'string' ? a.text : '';
  const target = options.source ?? a.path ?? '';
  const id = options.id ?? collectionIdFor(target);
  const index = codePointIndex(text);
  const valid = (s: Span | null | undefined): s is Span => !!s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.start < s.end && s.start >= 0 && s.end <= text.length;

  const drafts: Array<{ span: Span; motivation: WebAnnotation['motivation']; body: TextualBody[] }> = [];
  const add = (span: Span, motivation: WebAnnotation['motivation'], bodies: TextualBody[]) => {
    if (valid(span)) drafts.push({ span: { start: span.start, end: span.end }, motivation, body: bodies });
  };

  (a.mentions ?? []).forEach((m, i) => {
    const entity = entityIdOf(source, i);
    add(m, entity ? 'identifying' : 'classifying', [body('classifying', m.kind), ...(entity ? [body('tagging', entity)] : [])]);
  });
  for (const q of a.quotes ?? []) {
    const bodies = [body('classifying', 'quote')];
    if (!q.direct) bodies.push(body('tagging', 'indirect'));
    if (q.speaker) {
      const who = entityIdOf(source, q.speaker.mention) ?? q.speaker.antecedent?.text ?? q.speaker.text;
      if (who) bodies.push(body('tagging', `speaker: ${who}`));
    }
    add(q, 'classifying', bodies);
  }
  for (const d of a.dates ?? []) {
    const bodies = [body('classifying', 'date')];
    if (d.value) bodies.push(body('tagging', d.value));
    if (d.relative) bodies.push(body('tagging', 'relative'));
    add(d, 'classifying', bodies);
  }
  for (const q of a.quantities ?? []) {
    const bodies = [body('classifying', 'quantity'), body('tagging', q.unit ? `${q.value} ${q.unit}` : String(q.value))];
    if (q.hedge) bodies.push(body('tagging', `hedge: ${q.hedge}`));
    add(q, 'classifying', bodies);
  }
  for (const r of a.roles ?? []) {
    const bodies = [body('classifying', 'role')];
    const holder = entityIdOf(source, r.mention) ?? a.mentions?.[r.mention]?.text;
    if (holder) bodies.push(body('tagging', `holder: ${holder}`));
    add(r, 'classifying', bodies);
  }

  drafts.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const items: WebAnnotation[] = drafts.map((d, i) => ({
    id: `${id}#a${i + 1}`,
    type: 'Annotation',
    motivation: d.motivation,
    body: d.body,
    target: { source: target, selector: selectors(text, index, d.span) },
  }));
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: a.title ? `${a.outlet}: ${a.title}` : a.outlet || target,
    total: items.length,
    generator: { type: 'Software', name: 'Triangulate' },
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
