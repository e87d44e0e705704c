/**
 * Importing saved web pages as articles: extraction (`extract.ts`, Readability on linkedom),
 * the page's metadata (`metadata.ts`) and the writing of new article files (`importPages.ts`).
 */
export { extractPage, extractText, looksLikeHtml, SHORT_ARTICLE_WORDS } from './extract';
export type { Extraction } from './extract';
export { FIELD_NAMES, dayOf, hostOf } from './metadata';
export type { FieldName, FieldValue } from './metadata';
export { MAX_PAGE_SIZE, PAGE_EXTENSIONS, WHERE_FIELDS_COME_FROM, articleFileText, decodePage, describeMissing, importSources, pagesIn, slugOf } from './importPages';
export type { ImportFailure, ImportOutcome, ImportSource, Imported } from './importPages';
