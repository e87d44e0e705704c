/**
 * The analysis core's facade: the only module the language server, the CLI, the scripts and
 * the tests import. Text goes in, plain data comes out; nothing here touches the editor, the
 * protocol or the file system, and no input makes it throw.
 */
export * from './types';
export { LineIndex } from './text/lineIndex';
export { stripBom, foldName } from './text/normalize';
export { parseHeader, validIsoDate } from './text/header';

export { analyzeArticle, outletFromPath } from './analyze';
/** Places named inside an organisation's name ("Texas" in "University of Texas"): a nested layer. */
export { placesInName } from './extract/namedPlaces';
export type { NamedPlace } from './extract/namedPlaces';
export type { AnalyzeOptions } from './analyze';

export { Corpus, folderOf, samePlain } from './corpus/corpus';
export { changedRegion } from './corpus/shift';
export type { ChangedRegion } from './corpus/shift';
export type { CorpusOptions, CorpusSnapshot, Story, StoryScope } from './corpus/corpus';
export type { EntityMention } from './corpus/corpus';
export { linkEntities, nameSkeleton } from './compare/link';
export type { Linking, LinkOptions } from './compare/link';
export { linkDescriptions } from './compare/linkDescriptions';
export type { DescriptionLinking, DescriptionRef } from './compare/linkDescriptions';
export { buildReport, headerFindings, describeProblem, reportProblem, HEADER_RULE, REPORT_VERSION } from './report';
export type { Report, ReportOptions, ReportSource, ReportEntity, ReportFinding, ReportProblem } from './report';
export { toBrat, bratAnnotationConf, toWebAnnotation, collectionIdFor, sourcesOfStory, codePointIndex, ANNOTATION_CONTEXT } from './export';
export type { BratOptions, ExportSource, WebAnnotation, WebAnnotationCollection, WebAnnotationOptions, CodePointIndex } from './export';
export { fingerprint, parseDecisions, applyDecisions, decisionFilter, addDecision, tryAddDecision, unusableDecisionsReason, normaliseWording, DECISIONS_VERSION } from './decisions';
export type { Decision, DecisionSet, DecisionPathOptions, AddDecisionOptions, FingerprintInput } from './decisions';
export { compareStory, failingRules, ruleSeverity, RULES, buildClaimIndex, extractClaims, releaseClaims, diffWords, describeDiff, alignClaims, counterparts } from './compare';
export type { CompareOptions, Comparison, StoryLinking, Rule, Claim, ClaimIndex, DiffPart, ClaimGroup } from './compare';
/** An article's own claims, prepared where it is analysed and adopted where stories are compared. */
export { prepareClaims, adoptClaims, type PreparedClaims } from './compare';

/**
 * Editor features over a snapshot, offsets in and plain data out (`features/`): `hoverAt`,
 * `definitionAt`, `referencesAt`, `highlightsAt`, `findSymbols`, `outline`, `foldingRegions`,
 * `tokenSpans`, `dateHints`, `storySummary`, `storyLedger`, `findingMatching` and `quickFixes`.
 * The language server converts their answers to protocol values and decides nothing itself.
 */
export * from './features';
