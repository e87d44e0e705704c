/**
 * Exports of the annotations in formats other tools open: brat standoff and W3C Web Annotation
 * JSON-LD. The JSON report is `buildReport` in `../report`, shared with
 * `triangulate check --format json`.
 */
export { toBrat, bratAnnotationConf, lineFragments, BRAT_ENTITY_TYPES } from './brat';
export type { BratOptions } from './brat';
export { toWebAnnotation, collectionIdFor, ANNOTATION_CONTEXT, QUOTE_CONTEXT } from './webAnnotation';
export type { WebAnnotation, WebAnnotationCollection, WebAnnotationOptions, TextQuoteSelector, TextPositionSelector, TextualBody } from './webAnnotation';
export { sourcesOfStory } from './source';
export type { ExportSource } from './source';
export { codePointIndex } from './offsets';
export type { CodePointIndex } from './offsets';
