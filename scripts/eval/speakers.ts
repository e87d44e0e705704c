/**
 * Reads the hand-built speaker set for GUM quotes. The set is maintained beside the test
 * fixtures; the reader accepts a few shapes (a list of documents, or an object keyed by
 * document) so that small changes to the file's layout do not stop the harness.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Quotes of one document with the speaker a careful reader names (null: none given). */
export interface SpeakerDoc {
  doc: string;
  quotes: Array<{ start: number; end: number; speaker: string | null }>;
}

/** The whole set, with the path it came from. */
export interface SpeakerSet {
  source: string;
  documents: SpeakerDoc[];
}

function quotesOf(value: unknown): SpeakerDoc['quotes'] {
  if (!Array.isArray(value)) return [];
  const out: SpeakerDoc['quotes'] = [];
  for (const q of value as Array<Record<string, unknown>>) {
    if (!q || typeof q.start !== 'number' || typeof q.end !== 'number') continue;
    const s = q.speaker;
    const speaker = typeof s === 'string' ? s : s && typeof s === 'object' && typeof (s as { name?: unknown }).name === 'string' ? (s as { name: string }).name : s && typeof s === 'object' && typeof (s as { text?: unknown }).text === 'string' ? (s as { text: string }).text : null;
    out.push({ start: q.start, end: q.end, speaker });
  }
  return out;
}

/** Loads the speaker set, or returns null when the file is missing or unreadable. */
export function loadSpeakers(path: string): SpeakerSet | null {
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const documents: SpeakerDoc[] = [];
  const container = raw && typeof raw === 'object' && !Array.isArray(raw) && Array.isArray((raw as { documents?: unknown }).documents) ? (raw as { documents: unknown[] }).documents : raw;
  if (Array.isArray(container)) {
    for (const d of container as Array<Record<string, unknown>>) {
      const doc = typeof d?.doc === 'string' ? d.doc : typeof d?.document === 'string' ? d.document : typeof d?.id === 'string' ? d.id : null;
      if (doc) documents.push({ doc: doc.replace(/\.(txt|json|xml|conllu)$/, '').replace(/^.*\//, ''), quotes: quotesOf(d.quotes) });
    }
  } else if (container && typeof container === 'object') {
    for (const [doc, value] of Object.entries(container as Record<string, unknown>)) {
      const quotes = Array.isArray(value) ? value : (value as { quotes?: unknown })?.quotes;
      if (Array.isArray(quotes)) documents.push({ doc: doc.replace(/\.(txt|json|xml|conllu)$/, '').replace(/^.*\//, ''), quotes: quotesOf(quotes) });
    }
  }
  return documents.length ? { source: path, documents } : null;
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
