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

/**
 * Environment variables the server process is started with, beside those it inherits. The
 * editor's client, the bench and the protocol tests set them as they set the options above; a
 * variable the environment already sets is left as it is.
 *
 * `MALLOC_ARENA_MAX=2`: the C library on Linux (glibc) gives threads that allocate at once
 * arenas of their own, up to eight per core, and keeps what is freed in each for reuse. The
 * server's analysis threads and V8's compiler and collector threads left memory spread over
 * many arenas that the process never gave back; two arenas hold it. Measured on the generated
 * 1,000 articles (peak resident memory after the bench's edits, runs in turns): see
 * docs/performance.md, 2026-12-05. Other C libraries and systems ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** The variables of `SERVER_ENV` that `env` does not set already, to add to it. */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(SERVER_ENV)) if (env[name] === undefined) out[name] = value;
  return out;
}
