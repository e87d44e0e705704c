/**
 * Code actions on findings: mark the finding reconciled (recorded in the workspace's decisions
 * file), add the differing spellings of a name as an alias, or open another source at its words.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { Article, CorpusSnapshot, Finding } from '../../analysis';
import { lineIndexOf, shorten, toRange } from '../convert';
import { ADD_ALIAS_COMMAND, OPEN_LOCATION_COMMAND, RECONCILE_COMMAND } from '../protocol';
import type { UriOf } from './hover';

/** Most "open the other source" actions offered for one finding. */
const MAX_OPEN_ACTIONS = 3;

/** The story finding a diagnostic was made from: same rule, same place. */
export function findingOf(snapshot: CorpusSnapshot, key: string, diagnostic: Pick<Diagnostic, 'code' | 'range' | 'message'>): Finding | undefined {
  const article = snapshot.article(key);
  const story = snapshot.storyOf(key);
  if (!article || !story) return undefined;
  const index = lineIndexOf(article);
  const same = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;
  const candidates = (story.findings ?? []).filter((f) => f.path === key && f.rule === diagnostic.code);
  return (
    candidates.find((f) => {
      const r = toRange(index, f);
      return same(r.start, diagnostic.range.start) && same(r.end, diagnostic.range.end) && f.message === diagnostic.message;
    }) ??
    candidates.find((f) => {
      const r = toRange(index, f);
      return same(r.start, diagnostic.range.start) && same(r.end, diagnostic.range.end);
    })
  );
}

/** The finding with this rule and span in an article, for the reconcile command. */
export function findingAtSpan(snapshot: CorpusSnapshot, key: string, rule: string, start: number, end: number): Finding | undefined {
  return (snapshot.storyOf(key)?.findings ?? []).find((f) => f.path === key && f.rule === rule && f.start === start && f.end === end);
}

/** The distinct spellings a name-variant finding reports, when its data lists them. */
function spellingsOf(finding: Finding): string[] {
  const list = finding.data?.spellings;
  if (!Array.isArray(list)) return [];
  const names = list.map((s) => (s && typeof s === 'object' ? (s as Record<string, unknown>).spelling : undefined)).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return [...new Set(names)];
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
    actions.push({
      title: `Mark as reconciled (${finding.rule})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Mark as reconciled', command: RECONCILE_COMMAND, arguments: [params.textDocument.uri, finding.rule, finding.start, finding.end] },
    });
    if (finding.rule === 'name-variant') {
      const names = spellingsOf(finding);
      if (names.length >= 2) {
        actions.push({
          title: `Add alias: ${names.map((n) => `"${n}"`).join(' = ')}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Add alias', command: ADD_ALIAS_COMMAND, arguments: [names] },
        });
      }
    }
    for (const related of (finding.related ?? []).slice(0, MAX_OPEN_ACTIONS)) {
      const other: Article | undefined = snapshot.article(related.path);
      if (!other) continue;
      actions.push({
        title: `Open ${other.outlet} at "${shorten(other.text.slice(related.start, related.end), 40)}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Open the other source', command: OPEN_LOCATION_COMMAND, arguments: [uriOf(related.path), toRange(lineIndexOf(other), related)] },
      });
    }
  }
  return actions;
}
