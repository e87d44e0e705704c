/**
 * Importing saved web pages as articles: extraction (`extract.ts`, Readability on linkedom),
 * the page's metadata (`metadata.ts`), the writing of new article files (`importPages.ts`) and,
 * when a person asks for it, the fetching of a page from its address (`fetchPage.ts`, the one
 * module that reaches the network; `pageUrl.ts` says which addresses it accepts).
 */
export { extractPage, extractText, looksLikeHtml, withFetchedUrl, SHORT_ARTICLE_WORDS } from './extract';
export { FETCH_TIMEOUT_MS, MAX_REDIRECTS } from './fetchPage';
export type { FetchLimits, FetchedPage } from './fetchPage';
export { checkPageUrl, shownUrl } from './pageUrl';
export type { CheckedUrl } from './pageUrl';
export type { Extraction } from './extract';
export { FIELD_NAMES, dayOf, hostOf } from './metadata';
export type { FieldName, FieldValue } from './metadata';
export { MAX_PAGE_SIZE, PAGE_EXTENSIONS, WHERE_FIELDS_COME_FROM, articleFileText, decodePage, describeMissing, fetchLimitsOf, importSources, pagesIn, slugOf } from './importPages';
export type { ImportFailure, ImportOptions, ImportOutcome, ImportSource, Imported } from './importPages';
