/**
 * The analysis core's facade: the only module the language server, the CLI, the scripts and
 * the tests import. Text goes in, plain data comes out; nothing here touches the editor, the
 * protocol or the file system, and no input makes it throw.
 */
export * from './types';
export { LineIndex } from './text/lineIndex';
export { stripBom, foldName } from './text/normalize';
export { parseHeader } from './text/header';

export { analyzeArticle, outletFromPath } from './analyze';
export type { AnalyzeOptions } from './analyze';

export { Corpus, folderOf } from './corpus/corpus';
export type { CorpusOptions, CorpusSnapshot, Story, StoryScope } from './corpus/corpus';
export type { EntityMention } from './corpus/corpus';
export { linkEntities, nameSkeleton } from './compare/link';
export type { Linking, LinkOptions } from './compare/link';
export { buildReport, headerFindings, HEADER_RULE } from './report';
export type { Report, ReportOptions, ReportSource, ReportEntity, ReportFinding } from './report';
