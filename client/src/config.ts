/** Typed getters over the `triangulate.*` settings the client itself reads. */
import * as vscode from 'vscode';
import { userValue } from './userSettings';

const SECTION = 'triangulate';

/** The client's view of the settings; the server reads the rest through `workspace/configuration`. */
export class Config {
  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  /**
   * Extra Node options for the server process (for profiling), empty by default. They decide how
   * a process starts, so only the user's own settings count, never a workspace's, trusted or not.
   */
  get serverExtraArgs(): string[] {
    const v = userValue(this.section.inspect<unknown>('server.extraArgs'));
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /**
   * The largest article read, in bytes, which is also the largest page the URL import fetches
   * (the importer holds it between the setting's bounds). The URL import runs only in a trusted
   * workspace, where a workspace value counts as it does for the server.
   */
  get maxFileSize(): number | undefined {
    const v = this.section.get<unknown>('maxFileSize');
    return typeof v === 'number' ? v : undefined;
  }

  /** True when a change to `event` requires the server to restart rather than re-read settings. */
  requiresRestart(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration(`${SECTION}.server`);
  }
}
