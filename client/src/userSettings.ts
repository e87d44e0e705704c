/** Reading a setting from the user's own settings only. Pure, so it can be tested without VS Code. */

/**
 * The value a setting has in the user's settings, or its default, from the result of
 * `WorkspaceConfiguration.inspect`: values from a workspace or a workspace folder are ignored,
 * because a folder someone else wrote must not decide how a process starts.
 */
export function userValue<T>(inspected: { globalValue?: T; defaultValue?: T; workspaceValue?: T; workspaceFolderValue?: T } | undefined): T | undefined {
  return inspected?.globalValue ?? inspected?.defaultValue;
}
