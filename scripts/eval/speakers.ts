/**
 * Reads the hand-built speaker set for direct quotes (`test/fixtures/speakers/gum-speakers.json`,
 * documented in the README beside it). Its layout is
 * `{ version, documents: { <doc>: { file, quotes: [{ start, end, text, speaker }] } } }`, where
 * `file` is the article's path below the shared corpus folder and the offsets index that file.
 * A list of `{ doc, file?, quotes }` records is read as well.
 */
import { existsSync, readFileSync } from 'node:fs';

/** One hand-annotated quote: its gold span (marks included) and the speaker the text names. */
export interface SpeakerQuote {
  start: number;
  end: number;
  /** The speaker as the text names it, or null when the text names none. */
  speaker: string | null;
}

/** Quotes of one document with the speaker a careful reader names (null: none given). */
export interface SpeakerDoc {
  /** The document's name ("GUM_news_afghan"). */
  doc: string;
  /** The article's path below the corpus folder, when the set gives it. */
  file: string | null;
  quotes: SpeakerQuote[];
}

/** The whole set, with the path it came from. */
export interface SpeakerSet {
  source: string;
  documents: SpeakerDoc[];
}

function quotesOf(value: unknown): SpeakerQuote[] {
  if (!Array.isArray(value)) return [];
  const out: SpeakerQuote[] = [];
  for (const q of value as Array<Record<string, unknown>>) {
    if (!q || typeof q.start !== 'number' || typeof q.end !== 'number' || q.end <= q.start) continue;
    const s = q.speaker;
    const speaker = typeof s === 'string' && s.trim() ? s.trim() : null;
    out.push({ start: q.start, end: q.end, speaker });
  }
  return out;
}

function docName(name: string): string {
  return name.replace(/^.*\//, '').replace(/\.(txt|json|xml|conllu)$/, '');
}

function docOf(name: string, value: unknown): SpeakerDoc | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const quotes = quotesOf(Array.isArray(value) ? value : v.quotes);
  if (!quotes.length) return null;
  return { doc: docName(name), file: typeof v.file === 'string' ? v.file : null, quotes };
}

/** Parses the set from its JSON value; null when it holds no quote. */
export function parseSpeakers(raw: unknown, source: string): SpeakerSet | null {
  const documents: SpeakerDoc[] = [];
  const container = raw && typeof raw === 'object' && !Array.isArray(raw) && 'documents' in raw ? (raw as { documents: unknown }).documents : raw;
  if (Array.isArray(container)) {
    for (const d of container as Array<Record<string, unknown>>) {
      const name = typeof d?.doc === 'string' ? d.doc : typeof d?.file === 'string' ? d.file : null;
      const doc = name ? docOf(name, d) : null;
      if (doc) documents.push(doc);
    }
  } else if (container && typeof container === 'object') {
    for (const [name, value] of Object.entries(container as Record<string, unknown>)) {
      const doc = docOf(name, value);
      if (doc) documents.push(doc);
    }
  }
  return documents.length ? { source, documents } : null;
}

/** Loads the speaker set, or returns null when the file is missing, unreadable or empty. */
export function loadSpeakers(path: string): SpeakerSet | null {
  if (!existsSync(path)) return null;
  try {
    return parseSpeakers(JSON.parse(readFileSync(path, 'utf8')), path);
  } catch {
    return null;
  }
}

/** Folds a name for comparison: lower case, letters and digits only, single spaces. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when the predicted speaker names the gold speaker: the same words, or the gold name's
 * last word (a surname) among the prediction's words, or the prediction's words all within the
 * gold name ("Mohib" for "Hamdullah Mohib").
 */
export function sameSpeaker(pred: string | null, gold: string | null): boolean {
  if (gold === null || gold === '') return pred === null || pred === '';
  if (pred === null) return false;
  const p = fold(pred);
  const g = fold(gold);
  if (!p) return false;
  if (p === g) return true;
  const pw = p.split(' ');
  const gw = g.split(' ');
  if (pw.includes(gw[gw.length - 1])) return true;
  return pw.every((w) => gw.includes(w));
}
