/**
 * The one place Triangulate reaches the network: fetching a web page a person asked to import
 * (`triangulate import --url`, "Triangulate: Import Article from URL…"). Nothing else in the
 * extension, the server or the command line calls `fetch` (`test/unit/safety.test.ts`), and the
 * language server never loads this module.
 *
 * The request is bounded on every side: a time limit for the whole exchange (redirects and body
 * included), a size limit on the body as it arrives (a `Content-Length` over it is refused before
 * the body is read), at most a few redirects and only to http or https addresses without
 * credentials, and only HTML or plain text is accepted. No cookie, credential or referrer is sent.
 */
import { checkPageUrl, shownUrl } from './pageUrl';

/** How long a fetch may take, redirects and body included, unless told otherwise. */
export const FETCH_TIMEOUT_MS = 20_000;

/** Redirects followed at most. */
export const MAX_REDIRECTS = 5;

export interface FetchLimits {
  /** The largest body accepted, in bytes (after any compression is undone). */
  maxBytes: number;
  /** What the size limit is called where the person can change it (`triangulate.maxFileSize`, `--max-file-size`). */
  limitName: string;
  timeoutMs?: number;
  maxRedirects?: number;
}

/** A page fetched, or why it was not. */
export type FetchedPage =
  | {
      ok: true;
      /** The address the page came from, after redirects. */
      url: string;
      kind: 'html' | 'text';
      bytes: Uint8Array;
      /** The charset the `Content-Type` header names, if any. */
      charset?: string;
    }
  | { ok: false; reason: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Content types accepted, by what they are read as. */
const ACCEPTED: Readonly<Record<string, 'html' | 'text'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** Thrown inside the exchange to end it with a reason for the person. */
class Refusal extends Error {}

/** Words for a network error: Node's `fetch failed` hides the cause (a refused connection, an unknown host). */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? '';
  if (code === 'ECONNREFUSED') return 'the server refused the connection';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name could not be found (is the computer online?)';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was closed before the page arrived';
  if (code.startsWith('CERT_') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') return `the server's certificate is not trusted (${code})`;
  const message = cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `it could not be fetched (${code ? `${code}: ` : ''}${message})`;
}

/** Reads the body, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Response, limits: FetchLimits): Promise<Uint8Array> {
  const tooLarge = (): Refusal => new Refusal(`the page is larger than ${limits.maxBytes.toLocaleString('en')} bytes (${limits.limitName})`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limits.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/**
 * Fetches the page at `address` for the import. Never rejects: every failure (a refused address
 * or redirect, an HTTP error, a content type that is not a page, a body over the limit, the time
 * limit) comes back as a reason.
 */
export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
  const first = checkPageUrl(address);
  if (!first.ok) return first;
  const timeoutMs = limits.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxRedirects = limits.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = first.url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8', 'user-agent': 'Triangulate article import' },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw new Refusal(`the server answered ${response.status} (a redirect) without saying where to`);
        if (redirects >= maxRedirects) throw new Refusal(`it redirects more than ${maxRedirects} times`);
        let next: string;
        try {
          next = new URL(location, current).href;
        } catch {
          throw new Refusal(`it redirects to an address that is not one (${shownUrl(location, 200)})`);
        }
        const checked = checkPageUrl(next);
        if (!checked.ok) throw new Refusal(`it redirects to ${shownUrl(next, 200)}, which is not followed: ${checked.reason}`);
        current = checked.url;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new Refusal(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const type = response.headers.get('content-type') ?? '';
      const mime = type.split(';')[0].trim().toLowerCase();
      const kind = ACCEPTED[mime];
      if (!kind) {
        await response.body?.cancel().catch(() => undefined);
        throw new Refusal(mime ? `it is ${mime.slice(0, 100)}, not a web page (text/html) or text (text/plain)` : 'the server did not say what it sent (no Content-Type); only web pages and plain text are imported');
      }
      const bytes = await readBody(response, limits);
      const charset = /;\s*charset\s*=\s*"?([\w:.-]{1,40})/i.exec(type)?.[1];
      return charset ? { ok: true, url: current, kind, bytes, charset } : { ok: true, url: current, kind, bytes };
    }
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, reason: err.message };
    if (controller.signal.aborted) return { ok: false, reason: `the server did not send the page within ${Math.round(timeoutMs / 100) / 10} seconds` };
    return { ok: false, reason: networkReason(err) };
  } finally {
    clearTimeout(timer);
  }
}
