/** The feature handlers, one file per feature: each asks the core and converts its answer. */
export { semanticTokens, encodeTokens } from './semanticTokens';
export { hover } from './hover';
export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { DiagnosticsPublisher, articleDiagnostics, DEBOUNCE_MS } from './diagnostics';
export { definition, references, documentHighlights, workspaceSymbols } from './navigation';
export { inlayHints } from './inlayHints';
export { codeLenses } from './codeLens';
export { codeActions, findingOf, findingAtSpan } from './codeActions';
export { claimLedger } from './claims';
export { storyBoardData } from './board';
