/**
 * The host layer: the Node-side input and output that the command line and the server share.
 * Article files (which names, what size, which bytes are text), the folder walker, the
 * decisions file and the export writer. It imports the analysis core and Node, never the
 * protocol layer (`lsp/`) or the command line (`cli/`).
 */
export { ARTICLE_EXTENSIONS, IGNORED_FOLDERS, DEFAULT_MAX_FILE_SIZE, MIN_MAX_FILE_SIZE, MAX_MAX_FILE_SIZE, isArticleName, isSearchedFolder, decodeArticle, readArticleFile, articleBytes } from './articleFiles';
export type { ArticleText, ArticleRefusal } from './articleFiles';
export { listArticleFiles, readArticles, displayPathOf } from './walk';
export type { WalkOptions, WalkResult, ArticleFile, ReadResult } from './walk';
export { DECISIONS_PATH, DecisionStore, appendDecision, commonFolder, decisionsFileOf, filePathOf, isDecisionsFile, keepFindingFor, loadDecisions, readDecisionsFile } from './decisions';
export type { DecisionLookup, DecisionsRead } from './decisions';
export { EXPORT_RECORD, exportAnnotations, webAnnotationText, writeOutputs } from './export';
export type { ExportArticle, ExportFormat, ExportOptions, ExportOutcome, ExportOutput } from './export';
export { readRegularFile, refusalToWrite, writeFileAtomic, isInside } from './safeFs';
export { extractPage, extractText, looksLikeHtml, importSources, pagesIn, articleFileText, describeMissing, FIELD_NAMES } from './import';
export type { Extraction, FieldName, ImportOptions, ImportOutcome, ImportSource, Imported, ImportFailure } from './import';
