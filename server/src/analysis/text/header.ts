import type { ArticleHeader, HeaderProblem } from '../types';

const FRONT_MATTER_KEYS = new Set(['title', 'outlet', 'date', 'url', 'author']);

/** Returns `YYYY-MM-DD` when the three parts form a real calendar day, else null. */
export function validIsoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  return m ? validIsoDate(+m[1], +m[2], +m[3]) : null;
}

/**
 * A front-matter line `key: value`, the value without the white space around it. The key is
 * matched by an anchored pattern and the value is trimmed, rather than matched by
 * `(.*?)\s*$`, which retries the trailing run at every character and costs the square of a
 * line padded with spaces.
 */
function keyValue(line: string): { key: string; value: string } | null {
  const m = /^\s*([A-Za-z]+)\s*:/.exec(line);
  if (!m) return null;
  const value = line.slice(m[0].length).trim();
  // A line separator inside the value ends the line: such a line is not a key and a value.
  if (/[\u2028\u2029]/.test(value)) return null;
  return { key: m[1], value };
}

function emptyHeader(): ArticleHeader {
  return { title: null, outlet: null, date: null, url: null, author: null, span: null, bodyStart: 0, problems: [] };
}

/**
 * Reads the optional header: a front-matter block between `---` lines, or a leading
 * `date YYYY-MM-DD` token. A block that never closes is reported and treated as body text.
 */
export function parseHeader(text: string): ArticleHeader {
  const header = emptyHeader();
  const fm = /^[ \t]*---[ \t]*(\r\n|\n|\r)/.exec(text);
  if (fm) {
    const close = /(^|\r\n|\n|\r)[ \t]*---[ \t]*(\r\n|\n|\r|$)/g;
    close.lastIndex = fm[0].length - 1;
    const end = close.exec(text);
    if (!end || end.index < fm[0].length - 1) {
      header.problems.push({ start: 0, end: fm[0].length - fm[1].length, message: 'The front-matter block opened here never closes with a `---` line; it is read as text.' });
      return header;
    }
    const blockEnd = end.index + end[0].length;
    const body = text.slice(fm[0].length, end.index + end[1].length);
    const lineRe = /([^\r\n]*)(\r\n|\n|\r|$)/g;
    let lm: RegExpExecArray | null;
    while ((lm = lineRe.exec(body)) && lm[0].length > 0) {
      const line = lm[1];
      const lineStart = fm[0].length + lm.index;
      const kv = keyValue(line);
      if (kv && FRONT_MATTER_KEYS.has(kv.key.toLowerCase())) {
        const key = kv.key.toLowerCase() as 'title' | 'outlet' | 'date' | 'url' | 'author';
        let value = kv.value;
        if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
        if (key === 'date') {
          const iso = parseIsoDate(value);
          if (!iso && value) header.problems.push(problemFor(line, lineStart, `The header date "${value}" is not a calendar date (expected YYYY-MM-DD).`));
          header.date = iso;
        } else {
          header[key] = value || null;
        }
      }
    }
    header.span = { start: 0, end: blockEnd };
    header.bodyStart = blockEnd;
    return header;
  }
  const token = /^\s*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})\b[ \t]*/i.exec(text);
  if (token) {
    const iso = parseIsoDate(token[1]);
    if (!iso) {
      const at = token[0].indexOf(token[1]);
      header.problems.push({ start: at, end: at + token[1].length, message: `The header date "${token[1]}" is not a calendar date.` });
    }
    header.date = iso;
    header.span = { start: 0, end: token[0].length };
    header.bodyStart = token[0].length;
  }
  return header;
}

function problemFor(line: string, lineStart: number, message: string): HeaderProblem {
  return { start: lineStart, end: lineStart + line.length, message };
}
