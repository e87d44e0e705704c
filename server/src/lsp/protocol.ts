/**
 * Custom messages between the Triangulate client and server. This module holds only names and
 * shapes, no imports, so the client can share it without bundling the server.
 */

/** Request: re-read every article in the workspace and republish all diagnostics. */
export const CHECK_WORKSPACE = 'triangulate/checkWorkspace';

/** The answer to {@link CHECK_WORKSPACE}. */
export interface CheckWorkspaceResult {
  articles: number;
  stories: number;
  findings: number;
  /** Files left out, with the reason (too large, not text). */
  skipped: number;
}
