/**
 * The web addresses the URL import accepts: `http:` and `https:` only, and none that carries a
 * user name or a password. The same check runs on the address a person types (the editor's
 * input box, `triangulate import --url`) and on every redirect the fetcher is asked to follow.
 * It imports nothing, so the extension can validate what is typed without loading the importer.
 */

/** An address checked: the URL to request, without its `#fragment` (which no server sees), or why it is refused. */
export type CheckedUrl = { ok: true; url: string } | { ok: false; reason: string };

/** Checks a web address given for the URL import. Never throws. */
export function checkPageUrl(raw: string): CheckedUrl {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'no web address was given' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // "example.org/story" is the commonest slip: say what is missing rather than "invalid".
    return { ok: false, reason: /^[\w.-]+\.[a-z]{2,}(?:[/:?#]|$)/i.test(text) ? 'give the whole address, starting with https:// (or http://)' : 'it is not a web address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `only http and https addresses are fetched, not ${url.protocol.replace(/:$/, '')}:` };
  if (url.username || url.password) return { ok: false, reason: 'the address carries a user name or password; give it without them' };
  if (!url.hostname) return { ok: false, reason: 'the address names no host' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** An address as a message shows it: a user name or password replaced by `…`, at most `max` characters. */
export function shownUrl(raw: string, max = 2000): string {
  return raw.trim().replace(/^([a-z][\w+.-]*:\/\/)[^/?#]*@/i, '$1…@').slice(0, max);
}
