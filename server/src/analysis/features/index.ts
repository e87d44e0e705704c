/**
 * The editor features as questions about offsets: what is at an offset, the hover card there,
 * where an entity is named, an article's outline and folding regions, its highlighted spans, the
 * story's claim ledger and summary, and the fixes for a finding. Answers are plain data in the
 * core's own terms (paths and UTF-16 offsets); the protocol layer only converts them.
 */
export { storyIndex, entityKeyOf, nameOf } from './storyIndex';
export type { StoryIndex, MentionRef, QuoteRef } from './storyIndex';
export { itemAt, mentionIndexAt } from './cursor';
export type { CursorItem } from './cursor';
export { hoverAt } from './hover';
export type { HoverCard, HoverLine, HoverLink, HoverResult, FindingFilter } from './hover';
export { entityAt, definitionAt, referencesAt, highlightsAt, findSymbols, fuzzyMatch, MAX_WORKSPACE_SYMBOLS } from './navigation';
export type { EntityAt, PlaceInStory, StorySymbol } from './navigation';
export { outline, foldingRegions } from './outline';
export type { OutlineItem, OutlineLeafKind, FoldingRegion } from './outline';
export { tokenSpans } from './tokens';
export type { TokenSpan, TokenKind, TokenModifierKind } from './tokens';
export { storySummary, dateHints } from './summary';
export type { DateHint } from './summary';
export { storyLedger, MAX_LEDGER_CLAIMS } from './ledger';
export type { LedgerItem, LedgerStatement } from './ledger';
export { findingMatching, quickFixes, aliasNames, MAX_OPEN_FIXES } from './fixes';
export type { QuickFix, FindingRef } from './fixes';
export { describeDate, shortDate } from './dates';
export { lineIndexOf, lineOf } from './lines';
export { shorten } from './words';
export { groupFindings, severityRank, atLeast, SEVERITY_ORDER } from './findingGroups';
export type { FindingGroup, FindingLike, FindingPlace } from './findingGroups';
export { storyBoard, MAX_BOARD_ROWS } from './board';
export type { StoryBoard, BoardRow, BoardCell, BoardPassage, BoardPart, BoardOutlet } from './board';
