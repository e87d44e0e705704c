/**
 * Which requests wait for analyses still running, and for which. A request about a document
 * waits until the text the document had when the request came has been analysed, so a hover or
 * a highlight is never computed on words the document no longer has; requests about other
 * documents are answered at once, whatever is being analysed. The wait is bounded by the
 * analysis time limit.
 */
import { keyOf, type Workspace } from './workspace';

/** The promise a request waits for before it is handled, or null to handle it at once. */
export function requestHold(workspace: Workspace, params: unknown): Promise<void> | null {
  const p = (typeof params === 'object' && params !== null ? params : {}) as { textDocument?: unknown; uri?: unknown };
  const doc = typeof p.textDocument === 'object' && p.textDocument !== null ? (p.textDocument as { uri?: unknown }) : undefined;
  const uri = doc?.uri ?? p.uri;
  return typeof uri === 'string' ? workspace.whenAnalysed(keyOf(uri)) : null;
}
