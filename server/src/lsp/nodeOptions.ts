/**
 * The Node.js options the language server process is started with. The editor's client starts
 * the bundled server with them, and so do the bench and the protocol tests, so that what they
 * measure and test is the server as the editor runs it. A setting of the user's
 * (`triangulate.server.extraArgs`) comes after them, so it can override any of them.
 *
 * `--max-semi-space-size=4`: the main thread's young generation is 8 MB instead of V8's 32 MB.
 * The thread receives analysed articles and compares stories; what survives a scavenge is kept
 * for long anyway, so a larger young generation only holds more garbage. Unlike the analysis
 * threads' (`THREAD_YOUNG_MB`), the main thread's young generation is fixed when the process
 * starts, which is why this is a process option and not a setting made at run time. Measured on
 * the generated 1,000 articles (peak resident memory while the workspace is read, runs in turns
 * with V8's default): see docs/performance.md, 2026-12-05.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4'];

/** The options to start the server with: the defaults above, then the user's own. */
export function serverNodeOptions(extra: readonly string[] = []): string[] {
  return [...SERVER_NODE_OPTIONS, ...extra];
}
