/** What the server offers, and what it learns about the client at `initialize`. */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type SemanticTokensLegend,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { RECONCILE_COMMAND } from './protocol';

/**
 * Semantic token types, in legend order. They match the custom types declared in the
 * extension's manifest (`contributes.semanticTokenTypes`).
 */
export const TOKEN_TYPES = ['quote', 'person', 'organization', 'place', 'date', 'quantity'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Semantic token modifiers, in legend order (bit i is modifier i). */
export const TOKEN_MODIFIERS = ['indirect', 'speaker', 'unresolved'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** The legend sent to the client. */
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** The client features the server adapts to. */
export interface ClientFeatures {
  configuration: boolean;
  workspaceFolders: boolean;
  relatedInformation: boolean;
  hierarchicalSymbols: boolean;
  markdownHover: boolean;
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
  workDoneProgress: boolean;
}

/** Reads the client features the server depends on from its capabilities. */
export function clientFeatures(caps: ClientCapabilities): ClientFeatures {
  return {
    configuration: !!caps.workspace?.configuration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
    relatedInformation: !!caps.textDocument?.publishDiagnostics?.relatedInformation,
    hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    markdownHover: (caps.textDocument?.hover?.contentFormat ?? ['markdown']).includes('markdown'),
    inlayHintRefresh: !!caps.workspace?.inlayHint?.refreshSupport,
    codeLensRefresh: !!caps.workspace?.codeLens?.refreshSupport,
    workDoneProgress: !!caps.window?.workDoneProgress,
  };
}

/** The server's capabilities. */
export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    semanticTokensProvider: { legend: LEGEND, full: true, range: true },
    hoverProvider: true,
    documentSymbolProvider: { label: 'Triangulate' },
    foldingRangeProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
    inlayHintProvider: true,
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    executeCommandProvider: { commands: [RECONCILE_COMMAND] },
    workspace: features.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}
