/**
 * One copy of each short string in what the analysis threads send. A message between threads
 * is copied by the structured clone, which writes every string out on its own: an article's
 * mention kinds, its words and their stems, the context words of each claim arrive as thousands
 * of separate copies of the same few hundred words. Kept for every article of a workspace, they
 * were a fifth of an article and a quarter of its claims in the server's heap (measured on the
 * generated 1,000: 48 → 39 KB and 103 → 76 KB per article). Replacing each by the copy seen
 * first changes no value, only how many copies the heap holds.
 */

/** Strings longer than this are sentences or whole texts, which seldom repeat: left as they are. */
const LONGEST = 64;

/** Most strings remembered; past it a new table starts (strings already shared stay shared). */
const MOST = 100_000;

let seen = new Map<string, string>();

function share(s: string): string {
  if (s.length > LONGEST) return s;
  const known = seen.get(s);
  if (known !== undefined) return known;
  if (seen.size >= MOST) seen = new Map();
  seen.set(s, s);
  return s;
}

function walk(value: object): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = share(v);
      else if (typeof v === 'object' && v !== null) walk(v);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v === 'string') record[key] = share(v);
    else if (typeof v === 'object' && v !== null) walk(v);
  }
}

/**
 * Replaces, in place, each short string of plain data just received from another thread (objects
 * and arrays, no cycles) by an equal string kept from earlier messages, and returns the data.
 * Never throws: data it cannot walk is left as it is, with every value still equal.
 */
export function shareStrings<T>(data: T): T {
  try {
    if (typeof data === 'object' && data !== null) walk(data);
  } catch {
    // Too deep to walk (the analysis sends no such data): what was replaced is equal anyway.
  }
  return data;
}
