/**
 * The header fields of a saved web page, read from the metadata the page itself carries: Open
 * Graph and other `<meta>` tags, schema.org JSON-LD, `<time>` elements, the canonical link and
 * the "saved from" comment a browser writes into a saved page. Every field says where it came
 * from; a field the page does not give stays absent, so that the caller can report it rather
 * than guess.
 */
// The header reader directly, not the facade: the extension bundles the importer, and the facade
// would bring the whole analysis core (and its language model) into it.
import { validIsoDate } from '../../analysis/text/header';

/** The front-matter fields an import fills, in the order they are written. */
export const FIELD_NAMES = ['title', 'outlet', 'date', 'url', 'author'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A field's value and the page metadata it was read from (`og:site_name`, `JSON-LD publisher`…). */
export interface FieldValue {
  value: string;
  from: string;
}

/** What the page says about itself. */
export interface PageMetadata {
  fields: Partial<Record<FieldName, FieldValue>>;
  /** The page is a live blog (schema.org `LiveBlogPosting`). */
  liveBlog: boolean;
  /** The page marks its article as for subscribers (schema.org `isAccessibleForFree: false`). */
  paywalled: boolean;
}

/** The part of a DOM this module reads; linkedom's document provides it. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  querySelector(selector: string): MetaElement | null;
  title?: string;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle', 'liveblogposting', 'blogposting', 'scholarlyarticle', 'report']);

/** A value fit for one front-matter line: control characters and runs of white space become one space. */
export function cleanValue(raw: string | null | undefined, max = 300): string {
  if (!raw) return '';
  // eslint-disable-next-line no-control-regex
  const flat = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max).trimEnd() : flat;
}

function metaContent(doc: MetaDocument, key: string): string {
  for (const attr of ['property', 'name', 'itemprop']) {
    for (const el of Array.from(doc.querySelectorAll(`meta[${attr}]`))) {
      if ((el.getAttribute(attr) ?? '').toLowerCase() === key.toLowerCase()) {
        const v = cleanValue(el.getAttribute('content'));
        if (v) return v;
      }
    }
  }
  return '';
}

function asArray(v: Json | undefined): Json[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: JsonObject): string[] {
  return asArray(o['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/** Every object of the page's JSON-LD blocks, `@graph` members included; a block that does not parse is skipped. */
function jsonLdObjects(doc: MetaDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 4) return;
    for (const item of asArray(v)) {
      if (!isObject(item)) continue;
      out.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^application\/ld\+json\b/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      visit(JSON.parse(script.textContent ?? '') as Json, 0);
    } catch {
      // A block that is not JSON says nothing we can use.
    }
  }
  return out;
}

/** The names in a JSON-LD value: a string, an object with a `name`, an `@id` reference, or a list of them. */
function namesOf(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const names: string[] = [];
  for (const item of asArray(v)) {
    if (typeof item === 'string') names.push(cleanValue(item));
    else if (isObject(item)) {
      const target = typeof item['@id'] === 'string' && item.name === undefined ? byId.get(item['@id']) : item;
      if (target && typeof target.name === 'string') names.push(cleanValue(target.name));
    }
  }
  return names.filter((n) => n && !/^https?:\/\//i.test(n));
}

function stringOf(v: Json | undefined): string {
  if (typeof v === 'string') return cleanValue(v);
  if (isObject(v) && typeof v['@id'] === 'string') return cleanValue(v['@id']);
  return '';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i + 1;
}

/**
 * The calendar day a date value of a page names, as `YYYY-MM-DD`: an ISO date or date-time (the
 * day as the page writes it, in its own time zone), or a written date such as "16 March 2025" or
 * "March 16, 2025". Anything else is null.
 */
export function dayOf(raw: string): string | null {
  const v = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return validIsoDate(+iso[1], +iso[2], +iso[3]);
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/.exec(v);
  if (dmy && monthOf(dmy[2])) return validIsoDate(+dmy[3], monthOf(dmy[2]), +dmy[1]);
  const mdy = /\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(v);
  if (mdy && monthOf(mdy[1])) return validIsoDate(+mdy[3], monthOf(mdy[1]), +mdy[2]);
  return null;
}

/** The web address a browser's "Save page as" writes at the top of the file, if any. */
function savedFromUrl(html: string): string {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  return m ? m[1] : '';
}

function httpUrl(raw: string): string {
  const v = cleanValue(raw, 2000);
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** The host of a web address without a leading `www.`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

/** The title without a trailing "| Outlet" or "- Outlet" the site appends to every page. */
function withoutSiteSuffix(title: string, outlet: string | undefined): string {
  const m = /^(.*\S)\s+[|\-–—:·•]\s+([^|\-–—:·•]+)$/.exec(title);
  if (!m) return title;
  const tail = m[2].trim().toLowerCase().replace(/^the\s+/, '');
  const site = (outlet ?? '').toLowerCase().replace(/^the\s+/, '');
  return site && (tail === site || site.startsWith(tail) || tail.startsWith(site)) ? m[1] : title;
}

/**
 * Reads the page's metadata. `html` is the page's source (for the "saved from" comment); `url`,
 * when given, is where the page was fetched from, and is its address whatever the page says.
 */
export function readMetadata(doc: MetaDocument, html: string, url?: string): PageMetadata {
  const fields: Partial<Record<FieldName, FieldValue>> = {};
  const set = (name: FieldName, value: string, from: string): boolean => {
    if (fields[name] || !value) return Boolean(fields[name]);
    fields[name] = { value, from };
    return true;
  };

  const objects = jsonLdObjects(doc);
  const byId = new Map<string, JsonObject>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const liveBlog = objects.some((o) => typesOf(o).includes('liveblogposting'));
  const notFree = (v: Json | undefined): boolean => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
  const paywalled = objects.some((o) => notFree(o.isAccessibleForFree) || asArray(o.hasPart).some((p) => isObject(p) && notFree(p.isAccessibleForFree)));

  // The address first: the outlet falls back on its host. A page fetched is recorded at the
  // address it came from (after redirects), which is where the person found it.
  if (url) set('url', httpUrl(url), 'the address it was fetched from');
  set('url', httpUrl(metaContent(doc, 'og:url')), 'og:url');
  set('url', httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''), 'the canonical link');
  if (article) {
    set('url', httpUrl(stringOf(article.url)), 'JSON-LD url');
    set('url', httpUrl(stringOf(article.mainEntityOfPage)), 'JSON-LD mainEntityOfPage');
  }
  set('url', httpUrl(savedFromUrl(html)), 'the "saved from" note of the saved page');

  set('outlet', metaContent(doc, 'og:site_name'), 'og:site_name');
  if (article) set('outlet', namesOf(article.publisher, byId)[0] ?? '', 'JSON-LD publisher');
  if (!fields.outlet && fields.url) set('outlet', hostOf(fields.url.value), 'the host name of its address (the page names no site)');

  set('title', metaContent(doc, 'og:title'), 'og:title');
  if (article) set('title', cleanValue(typeof article.headline === 'string' ? article.headline : ''), 'JSON-LD headline');
  set('title', metaContent(doc, 'twitter:title'), 'twitter:title');
  set('title', withoutSiteSuffix(cleanValue(doc.querySelector('title')?.textContent), fields.outlet?.value), '<title>');
  set('title', cleanValue(doc.querySelector('h1')?.textContent), 'the first heading');

  const dateFrom = (raw: string, from: string): boolean => set('date', raw ? (dayOf(raw) ?? '') : '', from);
  dateFrom(metaContent(doc, 'article:published_time'), 'article:published_time');
  if (article) {
    dateFrom(stringOf(article.datePublished), 'JSON-LD datePublished');
    dateFrom(stringOf(article.coverageStartTime), 'JSON-LD coverageStartTime');
  }
  for (const key of ['datePublished', 'date', 'pubdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'parsely-pub-date', 'sailthru.date']) dateFrom(metaContent(doc, key), `<meta ${key}>`);
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    if (dateFrom(time.getAttribute('datetime') ?? time.textContent ?? '', '<time>')) break;
  }

  set('author', metaContent(doc, 'author'), '<meta name="author">');
  const articleAuthor = metaContent(doc, 'article:author');
  if (!/^https?:\/\//i.test(articleAuthor)) set('author', articleAuthor, 'article:author');
  if (article) set('author', namesOf(article.author, byId).join(', '), 'JSON-LD author');
  set('author', cleanValue(doc.querySelector('[rel="author"]')?.textContent), 'the author link');

  return { fields, liveBlog, paywalled };
}
