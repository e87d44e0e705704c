/** A code lens at the top of each article with the core's summary of its story. */
import type { CodeLens } from 'vscode-languageserver/node';
import { storySummary, type Story } from '../../analysis';

/** The summary lens of an article; it opens the Problems view, where the findings are listed. */
export function codeLenses(story: Story | undefined): CodeLens[] {
  if (!story) return [];
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: { title: storySummary(story), command: 'workbench.actions.view.problems' },
    },
  ];
}
