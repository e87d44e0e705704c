/**
 * Reads the hand-built speaker set for direct quotes (the JSON files of `test/fixtures/speakers/`,
 * documented in the README beside them). Each file's layout is
 * `{ version, documents: { <doc>: { file, quotes: [{ start, end, text, speaker }] } } }`, where
 * `file` is the article's path below the shared corpus folder and the offsets index that file.
 * A list of `{ doc, file?, quotes }` records is read as well. A folder is read as the union of
 * its JSON files.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One hand-annotated quote: its gold span (marks included) and the speaker the text names. */
export interface SpeakerQuote {
  start: number;
  end: number;
  /** The speaker as the text names it, or null when the text names none. */
  speaker: string | null;
  /** The quoted words as annotated (a reminder, or the whole span to check the offsets by). */
  text?: string;
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
    out.push(typeof q.text === 'string' ? { start: q.start, end: q.end, speaker, text: q.text } : { start: q.start, end: q.end, speaker });
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

/** Loads one file of the set, or returns null when it is missing, unreadable or empty. */
function loadFile(path: string): SpeakerSet | null {
  try {
    return parseSpeakers(JSON.parse(readFileSync(path, 'utf8')), path);
  } catch {
    return null;
  }
}

/**
 * Loads the speaker set from a file, or from every JSON file of a folder (in name order; a
 * document given in two files keeps the quotes of both). Null when nothing holds a quote.
 */
export function loadSpeakers(path: string): SpeakerSet | null {
  if (!existsSync(path)) return null;
  if (!statSync(path).isDirectory()) return loadFile(path);
  const byDoc = new Map<string, SpeakerDoc>();
  for (const name of readdirSync(path).filter((n) => n.endsWith('.json')).sort()) {
    for (const d of loadFile(join(path, name))?.documents ?? []) {
      const key = d.file ?? d.doc;
      const seen = byDoc.get(key);
      if (seen) seen.quotes.push(...d.quotes);
      else byDoc.set(key, { ...d, quotes: [...d.quotes] });
    }
  }
  return byDoc.size ? { source: path, documents: [...byDoc.values()] } : null;
}

/**
 * The part of the set a document belongs to, for reporting: `ECB+` for ECB+ articles,
 * `GUM <genre>` for GUM documents (`GUM_fiction_…` is `GUM fiction`), `seed` for the seed
 * stories, else `other`.
 */
export function speakerGroup(doc: string, file: string | null): string {
  const path = (file ?? '').replace(/\\/g, '/');
  if (/(^|\/)ecbplus\//.test(path) || /^\d+_\d+ecb(plus)?$/.test(doc)) return 'ECB+';
  const m = /^GUM_([a-z]+)_./i.exec(doc);
  if (m) return `GUM ${m[1].toLowerCase()}`;
  if (/(^|\/)seeds\//.test(path)) return 'seed';
  return 'other';
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
