/**
 * brat standoff export (https://brat.nlplab.org/standoff.html): one `.ann` text per article and
 * one `annotation.conf` for the collection.
 *
 * Offsets. brat counts Unicode code points of the `.txt` file as it is on disk, line ends
 * included (a CRLF is two characters). The core counts UTF-16 code units of the text without
 * its byte-order mark, so every offset is converted: a character outside the Basic
 * Multilingual Plane counts once, and when the file on disk starts with a BOM (`bom: true`)
 * every offset moves one character on, because brat reads the BOM as the file's first
 * character. brat forbids line breaks inside a fragment, so a span that runs over several
 * lines (a quotation spread over paragraphs) becomes several fragments, `start end;start end`,
 * one per line, leaving the line breaks and blank lines out.
 */
import type { Span } from '../types';
import { codePointIndex } from './offsets';
import { entityIdOf, type ExportSource } from './source';

/** Options for {@link toBrat}. */
export interface BratOptions {
  /** True when the file on disk starts with a byte-order mark, which brat counts as a character. */
  bom?: boolean;
}

/** The entity types written, in the order `annotation.conf` lists them. */
export const BRAT_ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Quote', 'Date', 'Quantity', 'Role', 'Agent'] as const;

type BratType = (typeof BRAT_ENTITY_TYPES)[number];

const KIND_TYPES: Record<string, BratType> = { person: 'Person', organization: 'Organization', place: 'Place' };

interface TextBound {
  type: BratType;
  span: Span;
  id?: string;
  notes: string[];
}

/** The `annotation.conf` for a collection of exported articles. */
export function bratAnnotationConf(): string {
  return [
    '# Annotation types written by triangulate export.',
    '# Agent marks a speaker that is not a name (a pronoun or a description such as "a spokesman").',
    '[entities]',
    ...BRAT_ENTITY_TYPES,
    '',
    '[relations]',
    'Speaker\tArg1:Quote, Arg2:Person|Organization|Place|Agent',
    'Holder\tArg1:Role, Arg2:Person|Organization|Place',
    '# Names inside quotations and roles next to names overlap other annotations.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    'Indirect\tArg:Quote',
    'Relative\tArg:Date',
    '',
  ].join('\n');
}

/** Keeps note text on one line of the tab-separated format. */
function oneLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
}

/** Splits a span into the pieces between line breaks, dropping pieces that hold only white space. */
export function lineFragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const end = Math.min(span.end, text.length);
  let start = Math.max(0, span.start);
  const push = (s: number, e: number) => {
    if (e > s && /\S/.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, end);
  return out;
}

/**
 * The `.ann` text of one article. Names, quotations, dates, quantities and roles become
 * text-bound annotations (`T`); a quotation's speaker and a role's holder become relations
 * (`R`, `Speaker` and `Holder`); reported speech and relative dates become attributes (`A`,
 * `Indirect` and `Relative`); entity ids, calendar values and quantity values become notes
 * (`#`, `AnnotatorNotes`). Never throws; an article with nothing found gives an empty text.
 */
export function toBrat(source: ExportSource, options: BratOptions = {}): string {
  const a = source.article;
  const text = typeof a.text === 'string' ? a.text : '';
  const valid = (s: Span | null | undefined): s is Span => !!s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.start < s.end && s.start >= 0 && s.end <= text.length;

  const bounds: TextBound[] = [];
  const add = (type: BratType, span: Span, notes: string[] = []): TextBound | null => {
    if (!valid(span)) return null;
    const t: TextBound = { type, span: { start: span.start, end: span.end }, notes };
    bounds.push(t);
    return t;
  };

  const mentionBounds = (a.mentions ?? []).map((m, i) => {
    const id = entityIdOf(source, i);
    return add(KIND_TYPES[m.kind] ?? 'Person', m, id ? [`entity: ${id}`] : []);
  });
  const relations: Array<{ type: 'Speaker' | 'Holder'; from: TextBound; to: TextBound }> = [];
  const attributes: Array<{ type: 'Indirect' | 'Relative'; on: TextBound }> = [];

  for (const q of a.quotes ?? []) {
    const t = add('Quote', q);
    if (!t) continue;
    if (!q.direct) attributes.push({ type: 'Indirect', on: t });
    const sp = q.speaker;
    if (!sp) continue;
    let target = sp.mention != null ? mentionBounds[sp.mention] ?? null : null;
    if (!target) {
      const notes = sp.antecedent?.text ? [`antecedent: ${sp.antecedent.text}`] : [];
      target = add('Agent', sp, notes);
    }
    if (target) relations.push({ type: 'Speaker', from: t, to: target });
    const speakerId = entityIdOf(source, sp.mention);
    if (speakerId) t.notes.push(`speaker: ${speakerId}`);
  }
  for (const d of a.dates ?? []) {
    const t = add('Date', d, d.value ? [`value: ${d.value}`] : []);
    if (t && d.relative) attributes.push({ type: 'Relative', on: t });
  }
  for (const q of a.quantities ?? []) {
    const notes = [`value: ${q.value}`];
    if (q.unit) notes.push(`unit: ${q.unit}`);
    if (q.hedge) notes.push(`hedge: ${q.hedge}`);
    add('Quantity', q, notes);
  }
  for (const r of a.roles ?? []) {
    const t = add('Role', r);
    const holder = mentionBounds[r.mention];
    if (t && holder) relations.push({ type: 'Holder', from: t, to: holder });
  }

  // Numbered in reading order, so the file reads like the article.
  bounds.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end || BRAT_ENTITY_TYPES.indexOf(x.type) - BRAT_ENTITY_TYPES.indexOf(y.type));
  const index = codePointIndex(text);
  const shift = options.bom ? 1 : 0;
  const lines: string[] = [];
  bounds.forEach((t, i) => {
    t.id = `T${i + 1}`;
    const pieces = lineFragments(text, t.span);
    if (!pieces.length) return;
    const offsets = pieces.map((p) => `${index.toCodePoint(p.start, 'down') + shift} ${index.toCodePoint(p.end, 'up') + shift}`).join(';');
    const words = pieces.map((p) => text.slice(p.start, p.end).replace(/\t/g, ' ')).join(' ');
    lines.push(`${t.id}\t${t.type} ${offsets}\t${words}`);
  });
  const written = new Set(lines.map((l) => l.slice(0, l.indexOf('\t'))));
  const ok = (t: TextBound) => !!t.id && written.has(t.id);
  let n = 0;
  for (const at of attributes) if (ok(at.on)) lines.push(`A${++n}\t${at.type} ${at.on.id}`);
  n = 0;
  for (const r of relations) if (ok(r.from) && ok(r.to)) lines.push(`R${++n}\t${r.type} Arg1:${r.from.id} Arg2:${r.to.id}`);
  n = 0;
  for (const t of bounds) if (ok(t) && t.notes.length) lines.push(`#${++n}\tAnnotatorNotes ${t.id}\t${oneLine(t.notes.join('; '))}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
