/** Small helpers for the words features show: shortened text and counted nouns. */

/** Shortens text for a card or a label, cutting at a word boundary and never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let cut = t.lastIndexOf(' ', max - 1);
  if (cut < max / 2) cut = max - 1;
  const c = t.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${t.slice(0, cut).trimEnd()}…`;
}

/** "1 mention", "3 mentions"; `many` when the plural is not the noun plus "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How a reader calls each kind of name. */
export const KIND_LABEL = { person: 'person', organization: 'organisation', place: 'place' } as const;
