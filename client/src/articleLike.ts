/**
 * Whether the text files of a workspace are news articles, and which `files.associations`
 * patterns would make the editor read them as such. Pure (no `vscode`), so the first-run
 * decision is tested without the editor.
 */
import { parseHeader } from '../../server/src/analysis/text/header';

/** Bytes of a file read to decide whether it is an article. */
export const HEAD_BYTES = 8_192;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/**
 * A dateline or a date near the top of a news story: "LONDON (Reuters) —", "VELMORA, March 16 —",
 * "16 March 2025", "March 16, 2025", "2025-03-16", "Published …". Each alternative is anchored
 * on fixed words or bounded runs, so the test is linear.
 */
const DATELINE = new RegExp(
  [
    `^[A-Z][A-Z.' -]{1,40}(?:,[^\\n—–]{1,40})?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[—–-]{1,2}\\s`,
    `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`,
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `^(?:Published|Updated|Posted)\\b`,
  ].join('|'),
  'm',
);

/** A paragraph of prose: at least 15 words, ending as a sentence ends. */
function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  return words >= 15 && /[.!?]["'”’)]?\s*$/.test(line);
}

/**
 * True when the start of a text file reads as a news article: it has a header Triangulate reads
 * (front matter with a field, or a leading `date YYYY-MM-DD`), or at least two paragraphs of
 * prose with a dateline or a date in the first lines.
 */
export function looksLikeArticle(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  const header = parseHeader(text);
  if (header.span && (header.title || header.outlet || header.date || header.url || header.author)) return true;
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim());
  if (lines.filter(isProse).length < 2) return false;
  const top = lines.slice(0, 5).map((l) => l.slice(0, 300)).join('\n');
  return DATELINE.test(top);
}

/** A glob of `files.associations` as a regular expression over a `/`-separated path. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces = true;
      re += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      re += ')';
    } else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[\\^$.+()|[\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/**
 * True when the pattern maps the file, as VS Code reads `files.associations`: a pattern with a
 * `/` is matched against the whole path, any other against the file name.
 */
export function associationMatches(pattern: string, file: string): boolean {
  if (!pattern.includes('/')) return globRegExp(pattern).test(file.slice(file.lastIndexOf('/') + 1));
  // A relative pattern with a folder in it is taken to match that folder wherever it lies.
  return globRegExp(pattern.startsWith('/') || pattern.startsWith('**') ? pattern : `**/${pattern}`).test(file);
}

/** A text file of a workspace folder: its path (`/`-separated), its folder's, and its first bytes as text. */
export interface TextFile {
  path: string;
  root: string;
  head: string;
}

/** What the first run would offer: the article files not yet read as articles, and the patterns that would. */
export interface AssociationPlan {
  articles: string[];
  patterns: string[];
}

/**
 * The text files that look like articles and no `files.associations` pattern maps to `article`
 * yet, and one pattern per folder holding them: `*.txt` for a workspace folder's own files
 * (which covers every folder), a pattern matching the
 * folder's path (`**` then `/<folder>/*.txt`) for a folder below it.
 */
export function associationPlan(files: readonly TextFile[], associations: Readonly<Record<string, unknown>>, everyTextFile = false): AssociationPlan {
  const mapped = Object.entries(associations)
    .filter(([, language]) => language === 'article')
    .map(([pattern]) => pattern);
  const articles = files.filter((f) => !mapped.some((p) => associationMatches(p, f.path)) && (everyTextFile || looksLikeArticle(f.head)));
  const patterns = new Set<string>();
  for (const f of articles) {
    const folder = f.path.slice(0, f.path.lastIndexOf('/'));
    const rel = folder.startsWith(f.root) ? folder.slice(f.root.length).replace(/^\/+/, '') : folder;
    patterns.add(rel ? `**/${rel}/*.txt` : '*.txt');
  }
  return { articles: articles.map((f) => f.path), patterns: patterns.has('*.txt') ? ['*.txt'] : [...patterns].sort() };
}

/** The first run offers to read the files as articles once per workspace, and only when some look like articles. */
export function shouldOffer(askedBefore: boolean, plan: AssociationPlan): boolean {
  return !askedBefore && plan.articles.length > 0;
}

/** The workspace's associations with the plan's patterns added, each mapped to `article`. */
export function withPatterns(associations: Readonly<Record<string, unknown>>, patterns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...associations };
  for (const p of patterns) out[p] = 'article';
  return out;
}
