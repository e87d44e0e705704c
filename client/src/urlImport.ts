/**
 * The steps of "Triangulate: Import Article from URL…", apart from the editor so that they are
 * tested without one (`test/unit/urlImport.test.ts`); `importCommand.ts` gives them the editor's
 * input box, folder question and importer.
 *
 * The command is the only way the extension reaches the network, so it runs only when a person
 * runs it, asks for the address every time (no argument can supply one), and does nothing in an
 * untrusted workspace but say why.
 */
import type { ImportOutcome } from '../../server/src/host/import';
import { checkPageUrl } from '../../server/src/host/import/pageUrl';

/** What the command says in an untrusted workspace (Restricted Mode). */
export const UNTRUSTED_URL_IMPORT =
  'Triangulate: Import Article from URL is off in Restricted Mode, because it fetches a page from the web. Trust this workspace to use it, or save the page from your browser and run Import Articles….';

/** What the command needs from the editor. */
export interface UrlImportSteps {
  /** Whether the workspace is trusted; read again right before the page is fetched. */
  readonly trusted: boolean;
  /** Says why nothing is done (Restricted Mode). */
  refuse(message: string): void;
  /** Asks for the address; `validate` gives the message to show under what is typed, if any. */
  askUrl(validate: (value: string) => string | undefined): PromiseLike<string | undefined>;
  /** Asks which story folder the article goes into. */
  askFolder(): PromiseLike<string | undefined>;
  /** Fetches the page and imports it into the folder (the host layer's importer). */
  fetchAndImport(url: string, folder: string): PromiseLike<ImportOutcome>;
}

/** The message under the input box for what is typed so far: nothing while it is empty or fine. */
export function urlInputProblem(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const checked = checkPageUrl(value);
  return checked.ok ? undefined : `${checked.reason[0].toUpperCase()}${checked.reason.slice(1)}.`;
}

/**
 * Runs the command's steps: refuses in an untrusted workspace, else asks for the address and the
 * folder and imports. Returns undefined when nothing was fetched (refused or cancelled).
 */
export async function runUrlImport(steps: UrlImportSteps): Promise<{ outcome: ImportOutcome; folder: string } | undefined> {
  if (!steps.trusted) {
    steps.refuse(UNTRUSTED_URL_IMPORT);
    return undefined;
  }
  const answer = await steps.askUrl(urlInputProblem);
  const checked = answer === undefined || !answer.trim() ? null : checkPageUrl(answer);
  if (!checked?.ok) return undefined;
  const folder = await steps.askFolder();
  if (!folder) return undefined;
  if (!steps.trusted) {
    steps.refuse(UNTRUSTED_URL_IMPORT);
    return undefined;
  }
  return { outcome: await steps.fetchAndImport(checked.url, folder), folder };
}
