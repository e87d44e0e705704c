/**
 * When the language server process dies, whether to start it again and whether to tell the
 * user. Pure (no `vscode` import) so it can be tested on its own; `ctx.ts` applies it through
 * vscode-languageclient's error handler.
 */

/** What to do about one crash. */
export interface CrashDecision {
  /** Start the server again. */
  restart: boolean;
  /**
   * The one message to show, or null to stay quiet: the first crash of a session is shown
   * once; later crashes that are restarted only go to the output channel; giving up is shown.
   */
  message: string | null;
}

/** Restarts a crashed server at most `maxRestarts` times within `windowMs`, then gives up. */
export class RestartPolicy {
  private crashes: number[] = [];
  private told = false;

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now` (milliseconds) and decides what to do. */
  crashed(now: number): CrashDecision {
    this.crashes.push(now);
    // Only the crashes within the window count; older ones are forgotten.
    while (this.crashes.length && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length > this.maxRestarts) {
      const minutes = Math.round(this.windowMs / 60000);
      this.crashes = [];
      this.told = true;
      return {
        restart: false,
        message: `The Triangulate language server stopped ${this.maxRestarts + 1} times in ${minutes} minutes and will not be started again. See the output for details; "Triangulate: Restart Server" starts it.`,
      };
    }
    if (this.told) return { restart: true, message: null };
    this.told = true;
    return { restart: true, message: 'The Triangulate language server stopped unexpectedly and was restarted. See the output for details.' };
  }

  /** Forgets the crashes, as after the user restarts the server by hand. */
  reset(): void {
    this.crashes = [];
  }
}
