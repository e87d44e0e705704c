/**
 * The one module that turns the core's plain data into protocol values: offsets into
 * positions and back, findings into diagnostics, hover cards into Markdown. Nothing else in the
 * server does arithmetic on lines and characters.
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { lineIndexOf, samePlain, type Finding, type HoverCard, type HoverLine, type HoverLink, type LineIndex, type Severity, type Span } from '../analysis';

/**
 * The line index of an article's text, cached per article by the core (an article is
 * immutable once analysed), so repeated requests on one snapshot do not rescan the text.
 */
export { lineIndexOf };

/** The protocol position of a UTF-16 offset. */
export function toPosition(index: LineIndex, offset: number): Position {
  return index.positionAt(offset);
}

/** The protocol range of a span. */
export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(Math.max(span.start, span.end)) };
}

/** The UTF-16 offset of a protocol position, clamped to the text. */
export function toOffset(index: LineIndex, position: Position): number {
  return index.offsetAt(position.line, position.character);
}

/** A span as the offsets of a protocol range. */
export function toSpan(index: LineIndex, range: Range): Span {
  return { start: toOffset(index, range.start), end: toOffset(index, range.end) };
}

/** One line's piece of a span: where it starts and how many UTF-16 code units it covers. */
export interface LinePiece {
  line: number;
  character: number;
  length: number;
}

/**
 * Splits a span into one piece per line, leaving out line terminators, because semantic tokens
 * may not cross a line end. Empty pieces are dropped.
 */
export function splitByLines(index: LineIndex, span: Span): LinePiece[] {
  const pieces: LinePiece[] = [];
  const start = index.positionAt(span.start);
  const end = index.positionAt(span.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? span.start : index.lineStarts[line];
    const to = line === end.line ? Math.min(span.end, index.lineContentEnd(line)) : index.lineContentEnd(line);
    if (to > from) pieces.push({ line, character: from - index.lineStarts[line], length: to - from });
  }
  return pieces;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Resolves the text of another article named by a finding's related span. */
export type RelatedLookup = (path: string) => { uri: string; index: LineIndex } | undefined;

/**
 * A finding as a diagnostic: the rule id becomes `code`, the source is "Triangulate", and the
 * other sources' words become related information when the client can show it.
 */
export function toDiagnostic(index: LineIndex, finding: Finding, lookup: RelatedLookup, relatedSupport: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(index, finding),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Information,
    code: finding.rule,
    source: 'Triangulate',
    message: finding.message,
  };
  if (relatedSupport && finding.related?.length) {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of finding.related) {
      const target = lookup(r.path);
      if (!target) continue;
      related.push({ location: { uri: target.uri, range: toRange(target.index, r) }, message: r.message });
    }
    if (related.length) diagnostic.relatedInformation = related;
  }
  if (finding.data) diagnostic.data = compactData(finding.data);
  return diagnostic;
}

/**
 * Whether `toDiagnostic` makes equal diagnostics of two findings on one article, given related
 * places that lie where they did: the same place, severity, rule, message and related places,
 * and data equal as far as a diagnostic carries it (see `compactData`). A re-check often finds a
 * finding again with its data reordered beyond what is sent (the order of a long list of
 * sources): its file need not be converted again to learn that nothing it shows changed.
 */
export function sameDiagnostic(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  if (a.start !== b.start || a.end !== b.end || a.severity !== b.severity || a.rule !== b.rule || a.message !== b.message) return false;
  const ra = a.related ?? [];
  const rb = b.related ?? [];
  if (ra.length !== rb.length) return false;
  for (let i = 0; i < ra.length; i++) {
    const x = ra[i];
    const y = rb[i];
    if (x.path !== y.path || x.start !== y.start || x.end !== y.end || x.message !== y.message) return false;
  }
  if (!a.data || !b.data) return !a.data === !b.data;
  return samePlain(compactData(a.data), compactData(b.data));
}

/** Most entries of a list in a diagnostic's data; the related information names as many sources. */
const DATA_LIST_MAX = 20;
const compacted = new WeakMap<object, Record<string, unknown>>();

/**
 * A finding's data as a diagnostic carries it: every field, but lists cut to their first
 * `DATA_LIST_MAX` entries (with `<field>More` counting the rest). A finding in a story of
 * hundreds of sources lists every source's value, which the editor never reads and which would
 * otherwise make every diagnostic of the story tens of kilobytes.
 */
function compactData(data: Record<string, unknown>): Record<string, unknown> {
  let out = compacted.get(data);
  if (out) return out;
  out = {};
  for (const [k, v] of Object.entries(data)) {
    if (Array.isArray(v) && v.length > DATA_LIST_MAX) {
      out[k] = v.slice(0, DATA_LIST_MAX);
      out[`${k}More`] = v.length - DATA_LIST_MAX;
    } else out[k] = v;
  }
  compacted.set(data, out);
  return out;
}

// Markdown ------------------------------------------------------------------------------------

/**
 * Escapes article text for a Markdown hover. Every ASCII punctuation character is
 * backslash-escaped, which CommonMark renders literally, so article text can open no link,
 * image, HTML tag, code span or emphasis, and bare URLs are not turned into links. Line breaks
 * become spaces so a quoted paragraph cannot start a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Turns an article's path (its key in the corpus) into the URI a client opens. */
export type UriOf = (path: string) => string;

/** Renders a link whose label is escaped and whose target is an encoded file URI with a line. */
export function renderLink(link: HoverLink, uriOf: UriOf): string {
  // encodeURIComponent leaves parentheses alone, and an unbalanced one in a file name would end
  // the link early; every character that could end or split a link target is percent-encoded.
  const target = `${uriOf(link.path).replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}#L${link.line + 1}`;
  return `[${escapeMarkdown(link.label)}](${target})`;
}

/**
 * Renders a hover card as compact Markdown: the answer first, then how the sources differ, then
 * the sources, each link opening its article (named by `uriOf`) at its line.
 */
export function hoverToMarkdown(card: HoverCard, uriOf: UriOf): string {
  const out: string[] = [`**${escapeMarkdown(card.title)}** · ${escapeMarkdown(card.kind)}`, ''];
  for (const line of card.lines) out.push(renderLine(line, uriOf));
  for (const block of [card.differs, card.sources]) {
    if (!block?.length) continue;
    out.push('', '---', '');
    for (const line of block) out.push(renderLine(line, uriOf));
  }
  return out.join('\n').trimEnd();
}

function renderLine(line: HoverLine, uriOf: UriOf): string {
  let s = `- ${line.label ? `*${escapeMarkdown(line.label)}*: ` : ''}${escapeMarkdown(line.text)}`;
  if (line.links?.length) s += ` — ${line.links.map((l) => renderLink(l, uriOf)).join(', ')}`;
  return s;
}
