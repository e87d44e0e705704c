/**
 * Text the editor shows outside a Markdown card: notifications (`window/showMessage` and the
 * client's own), the status bar, quick picks. Shared by the client and the server, so it imports
 * nothing.
 *
 * Such text often carries a file name, a few words of an article or an error, which anyone who
 * can name a file or write an article controls. VS Code turns `[label](target)` in a
 * notification into a link, and a `command:` target runs a command when clicked; it draws
 * `$(name)` in the status bar and in quick picks as an icon. Neither is ever meant here.
 */

/**
 * Text for a notification: the `](` that would join a label to a link target is kept apart, so
 * no link is made, and line breaks and other control characters become spaces. Applying it
 * twice changes nothing more.
 */
export function notificationText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\]\s*\(/g, '] (');
}

/** Text for the status bar or a quick pick: `$(name)` is escaped so it shows as written. */
export function iconFreeText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\\?\$\(/g, '\\$(');
}
