/** The feature handlers, one file per feature. */
export { semanticTokens, tokenSpans, encodeTokens } from './semanticTokens';
export { hover, hoverCard, describeDate } from './hover';
export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { DiagnosticsPublisher, articleDiagnostics, DEBOUNCE_MS } from './diagnostics';
export { definition, references, documentHighlights, workspaceSymbols } from './navigation';
export { inlayHints } from './inlayHints';
export { codeLenses, storySummary } from './codeLens';
export { codeActions, findingOf, findingAtSpan } from './codeActions';
export { claimLedger } from './claims';
