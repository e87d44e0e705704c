/**
 * Code actions on findings: the core's fixes for the finding behind each Triangulate diagnostic
 * (reconcile, add an alias, open another source), as commands the client or server runs.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { findingMatching, quickFixes, type CorpusSnapshot, type Finding } from '../../analysis';
import { lineIndexOf, toRange, toSpan, type UriOf } from '../convert';
import { ADD_ALIAS_COMMAND, OPEN_LOCATION_COMMAND, RECONCILE_COMMAND } from '../protocol';

/** The story finding a diagnostic was made from: same rule, same place, the same message first. */
export function findingOf(snapshot: CorpusSnapshot, key: string, diagnostic: Pick<Diagnostic, 'code' | 'range' | 'message'>): Finding | undefined {
  const article = snapshot.article(key);
  if (!article || typeof diagnostic.code !== 'string') return undefined;
  return findingMatching(snapshot, key, { rule: diagnostic.code, ...toSpan(lineIndexOf(article), diagnostic.range), message: diagnostic.message });
}

/** The finding with this rule and span in an article, for the reconcile command. */
export function findingAtSpan(snapshot: CorpusSnapshot, key: string, rule: string, start: number, end: number): Finding | undefined {
  return findingMatching(snapshot, key, { rule, start, end });
}

/** The code actions for the Triangulate diagnostics in a request's context. */
export function codeActions(snapshot: CorpusSnapshot, key: string, params: CodeActionParams, uriOf: UriOf): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty)) return [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'Triangulate' || typeof diagnostic.code !== 'string') continue;
    const finding = findingOf(snapshot, key, diagnostic);
    if (!finding) continue;
    for (const fix of quickFixes(snapshot, finding)) {
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
      if (fix.kind === 'reconcile') {
        action.command = { title: 'Mark as reconciled', command: RECONCILE_COMMAND, arguments: [params.textDocument.uri, finding.rule, finding.start, finding.end] };
      } else if (fix.kind === 'alias') {
        action.command = { title: 'Add alias', command: ADD_ALIAS_COMMAND, arguments: [fix.names] };
      } else {
        const other = snapshot.article(fix.path);
        if (!other) continue;
        action.command = { title: 'Open the other source', command: OPEN_LOCATION_COMMAND, arguments: [uriOf(fix.path), toRange(lineIndexOf(other), fix.span)] };
      }
      actions.push(action);
    }
  }
  return actions;
}
