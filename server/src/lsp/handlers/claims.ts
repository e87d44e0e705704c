/** The claim ledger of a story, as the core lists it, with URIs and ranges for the Claims view. */
import { storyLedger, type FindingFilter, type Story } from '../../analysis';
import { lineIndexOf, toRange, type UriOf } from '../convert';
import type { LedgerClaim, LedgerEntry } from '../protocol';

/** The ledger of a story, in the custom request's shape. */
export function claimLedger(story: Story | undefined, uriOf: UriOf, keep: FindingFilter = () => true): LedgerClaim[] {
  if (!story) return [];
  return storyLedger(story, keep).map((item) => {
    const entries: LedgerEntry[] = [];
    for (const s of item.statements) {
      const article = story.article(s.path);
      if (!article) continue;
      entries.push({ outlet: s.outlet, uri: uriOf(s.path), range: toRange(lineIndexOf(article), s.span), text: s.text, differs: s.differs });
    }
    return { label: item.label, kind: item.kind, entries, silent: item.silent, differing: item.differing };
  });
}
