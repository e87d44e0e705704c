/** A code lens at the top of each article summarising its story ("3 sources · 12 people · 2 differing claims"). */
import type { CodeLens } from 'vscode-languageserver/node';
import type { Story } from '../../analysis';
import { storyIndex } from './storyIndex';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The words of the summary. */
export function storySummary(story: Story): string {
  const index = storyIndex(story);
  let people = 0;
  for (const [key, refs] of index.mentions) {
    const entity = index.entities.get(key);
    if ((entity?.kind ?? refs[0]?.mention.kind) === 'person') people++;
  }
  // Hints (such as claims found in one source only) are not differences between sources.
  const differing = (story.findings ?? []).filter((f) => f.severity !== 'hint').length;
  return [plural(story.articles.length, 'source', 'sources'), plural(people, 'person', 'people'), plural(differing, 'differing claim', 'differing claims')].join(' · ');
}

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
