/**
 * A saved web page turned into an article: its main text, found by Mozilla's Readability (the
 * reader view of Firefox) on a linkedom DOM, and its header fields, read from the page's own
 * metadata (`metadata.ts`). Before Readability runs, the parts of a news page that are never the
 * article are removed (navigation, share buttons, newsletter boxes, captions, "Read more" links,
 * advertisements); after it, the text is written one paragraph per line, with a blank line
 * before each heading, as the analysis reads articles.
 *
 * The two libraries are loaded on first use, so the server and the command line start as fast
 * as without them.
 */
import { FIELD_NAMES, cleanValue, hostOf, readMetadata, type FieldName, type FieldValue } from './metadata';
// The header reader directly, not the facade: see metadata.ts.
import { parseHeader } from '../../analysis/text/header';

/** The article a page holds, or why it holds none. */
export type Extraction =
  | {
      ok: true;
      /** The header fields the page gives, each with where it was read. */
      fields: Partial<Record<FieldName, FieldValue>>;
      /** The fields the page does not give, left out of the header. */
      missing: FieldName[];
      /** The article's text, one paragraph per line. */
      body: string;
      /** Things the reader should know (a paywall, a live blog, a very short text). */
      notes: string[];
      words: number;
    }
  | { ok: false; reason: string };

/** Fewer words than this in the extracted text are worth a note: the page may hold a teaser only. */
export const SHORT_ARTICLE_WORDS = 80;

/** Class and id words (split at `-` and `_`) of elements that are never the article. */
const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'sharethis', 'social', 'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'paywall',
  'promo', 'promotion', 'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'related', 'recommended', 'recommendations',
  'more', 'readmore', 'caption', 'credit', 'cookie', 'cookies', 'consent', 'byline', 'dateline', 'kicker', 'breadcrumb', 'breadcrumbs',
  'tags', 'comments', 'meta', 'toolbar', 'outbrain', 'taboola', 'banner', 'popup', 'modal',
]);

/** Elements that are never the article's text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, nav, footer, aside, figure, figcaption, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="dialog"]';

/**
 * A short line that is a site's furniture, not the article: "Read more: …", "Advertisement",
 * "Share this article", "Sign up for…". Anchored and bounded, so it costs one pass per line.
 */
const FURNITURE_LINE = /^(?:read more|read also|also read|more on this|see also|related(?: stories| articles| content| coverage)?|advertisement|sponsored content|share(?: this| on| via|$|:)|copy link|sign up|subscribe|follow us|click here|listen to (?:this )?article|continue reading)\b/i;
const FURNITURE_MAX = 160;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'ARTICLE', 'SECTION',
  'HEADER', 'MAIN', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR', 'FIGURE', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// Minimal structural types for the DOM linkedom builds; only what is used here.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
  className?: string;
  id?: string;
}
interface DomDocument {
  body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

interface Libraries {
  parseHTML: (html: string) => { document: unknown };
  Readability: new (doc: unknown, options: object) => { parse(): { content: unknown; title?: string | null } | null };
}
let libraries: Promise<Libraries> | null = null;

/** Loads linkedom and Readability once, when a page is first imported. */
function loadLibraries(): Promise<Libraries> {
  libraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([dom, reader]) => ({
    parseHTML: dom.parseHTML as unknown as Libraries['parseHTML'],
    Readability: reader.Readability as unknown as Libraries['Readability'],
  }));
  return libraries;
}

function wordsOf(el: DomElement): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s\-_]+/).filter(Boolean);
}

function textLength(node: DomNode | null): number {
  return (node?.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Removes the parts of the page that are never the article. An element that holds more than
 * half of the page's text is kept whatever its class says, so a site that calls its whole story
 * `content-with-share-tools` does not lose it.
 */
function removeFurniture(doc: DomDocument): void {
  const total = Math.max(1, textLength(doc.body));
  for (const el of Array.from(doc.querySelectorAll(NEVER_TEXT))) el.remove();
  // Site headers, not an article's own header (which may hold its standfirst).
  for (const el of Array.from(doc.querySelectorAll('header'))) {
    let inArticle = false;
    for (let p = el.parentNode; p; p = p.parentNode) if (p.nodeName === 'ARTICLE' || p.nodeName === 'MAIN') inArticle = true;
    if (!inArticle) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!wordsOf(el).some((w) => BOILERPLATE_WORDS.has(w))) continue;
    if (textLength(el) * 2 > total) continue;
    el.remove();
  }
}

/** True when the element's only text is that of one `<time>` element. */
function onlyTime(el: DomNode): boolean {
  let times = 0;
  let other = false;
  const visit = (n: DomNode): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) {
        if ((c.textContent ?? '').trim()) other = true;
      } else if (c.nodeName === 'TIME') times++;
      else visit(c);
    }
  };
  visit(el);
  return times === 1 && !other;
}

interface Block {
  text: string;
  heading: boolean;
}

/** The text of the article's element, as blocks: each paragraph, heading or list item one block. */
function blocksOf(root: DomNode, keepTimes: boolean): Block[] {
  const blocks: Block[] = [];
  let current = '';
  let heading = false;
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, heading });
    current = '';
    heading = false;
  };
  const visit = (n: DomNode): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) current += c.textContent ?? '';
      else if (c.nodeType === 1) {
        // A live blog's time standing at the start of its update is a line of its own.
        const block = BLOCK_TAGS.has(c.nodeName) || (keepTimes && c.nodeName === 'TIME' && !current.trim());
        if (block) flush();
        if (block && (c.nodeName === 'TIME' || onlyTime(c))) {
          // A date line repeats the header's date; a live blog's times start its updates.
          if (!keepTimes) continue;
          heading = true;
        }
        if (HEADING_TAGS.has(c.nodeName)) heading = true;
        visit(c);
        if (block) flush();
      }
    }
  };
  visit(root);
  flush();
  return blocks;
}

/**
 * The blocks as article text: one paragraph per line, a blank line before each run of headings
 * (a live blog's time and the update's title are one run).
 */
function textOf(blocks: Block[], title: string | undefined): string {
  const lines: string[] = [];
  let afterHeading = false;
  for (const b of blocks) {
    if (b.text.length <= FURNITURE_MAX && FURNITURE_LINE.test(b.text)) continue;
    // The page's title is in the header already.
    if (!lines.length && b.heading && b.text === title) continue;
    if (b.heading && lines.length && !afterHeading) lines.push('');
    lines.push(b.text);
    afterHeading = b.heading;
  }
  return lines.join('\n');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

function missingOf(fields: Partial<Record<FieldName, FieldValue>>): FieldName[] {
  return FIELD_NAMES.filter((f) => !fields[f]);
}

/**
 * Extracts the article of a saved web page. `url` is where the page was fetched from, if it was:
 * it is the article's address, before the page's own (its metadata, its "saved from" note).
 * Never throws: a page with no article text gives a reason instead.
 */
export async function extractPage(html: string, url?: string): Promise<Extraction> {
  try {
    const { parseHTML, Readability } = await loadLibraries();
    const document = parseHTML(html).document as DomDocument;
    if (!document.body) return { ok: false, reason: 'it is not an HTML page (no <body>)' };
    const meta = readMetadata(document as never, html, url);
    const paywalled = meta.paywalled || Array.from(document.querySelectorAll('[class], [id]')).some((el) => wordsOf(el).includes('paywall'));
    removeFurniture(document);
    // A live blog's updates are many short articles side by side, which Readability would cut
    // down to one part of; its main element, without the furniture, is the text.
    const liveRoot = meta.liveBlog ? (document.querySelector('main, [role="main"]') ?? document.body) : null;
    const root = liveRoot ?? (new Readability(document, { serializer: (node: unknown) => node, charThreshold: 200 }).parse()?.content as DomNode | undefined);
    const body = root ? textOf(blocksOf(root, meta.liveBlog), meta.fields.title?.value) : '';
    if (!body) return { ok: false, reason: 'no article text was found in it' };
    const words = countWords(body);
    const notes: string[] = [];
    if (meta.liveBlog) notes.push('it is a live blog: its updates are imported in the order the page shows them, each under its time');
    if (paywalled) notes.push(`the page marks the article as for subscribers: only the ${words} words it shows were imported`);
    else if (words < SHORT_ARTICLE_WORDS) notes.push(`only ${words} words of article text were found; the page may show part of the article only`);
    if (meta.fields.outlet && meta.fields.outlet.from.startsWith('the host name')) notes.push(`outlet: the page names no site, so its host name "${meta.fields.outlet.value}" is used`);
    return { ok: true, fields: meta.fields, missing: missingOf(meta.fields), body, notes, words };
  } catch (err) {
    return { ok: false, reason: `it could not be read as HTML (${err instanceof Error ? err.message : String(err)})` };
  }
}

/**
 * Text that is already an article (pasted plain text): a front-matter header it carries is kept
 * and its fields reported; text without one is imported as it is, with every field missing.
 */
export function extractText(text: string): Extraction {
  const normal = text.replace(/\r\n?/g, '\n');
  const header = parseHeader(normal);
  const fields: Partial<Record<FieldName, FieldValue>> = {};
  for (const f of FIELD_NAMES) {
    const v = cleanValue(header[f]);
    if (v) fields[f] = { value: v, from: 'the text\'s own header' };
  }
  const body = normal
    .slice(header.bodyStart)
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!body) return { ok: false, reason: 'it holds no text' };
  const words = countWords(body);
  return { ok: true, fields, missing: missingOf(fields), body, notes: [], words };
}

/**
 * Plain text fetched from `url`: the address is its url, and, when its own header names no
 * outlet, the host name is the outlet (with a note, as for a page that names no site).
 */
export function withFetchedUrl(extraction: Extraction, url: string): Extraction {
  if (!extraction.ok) return extraction;
  const fields: Partial<Record<FieldName, FieldValue>> = { ...extraction.fields, url: { value: url, from: 'the address it was fetched from' } };
  const notes = [...extraction.notes];
  const host = hostOf(url);
  if (!fields.outlet && host) {
    fields.outlet = { value: host, from: 'the host name of its address (the text names no outlet)' };
    notes.push(`outlet: the text names no outlet, so its host name "${host}" is used`);
  }
  return { ...extraction, fields, missing: missingOf(fields), notes };
}

/** True when text looks like HTML markup rather than prose (what the clipboard holds, say). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart();
  return /^<(?:!doctype\s+html|html|head|body|article|main|div|p|section|h[1-6]|meta|!--)[\s>]/i.test(head);
}
