/** Readable renderings of feature answers, so that expectations read as a person sees them. */
import type { HoverCard, HoverLine, OutlineItem } from '../../../server/src/analysis';

function linksOf(line: HoverLine): string {
  return line.links?.length ? ` → ${line.links.map((l) => `${l.label} (${l.path}:${l.line + 1})`).join(', ')}` : '';
}

/**
 * A hover card as text: the title and kind, its lines, then how the sources differ and the
 * other sources, each block after `---`. A finding's line shows its rule and links, not its
 * message, whose wording belongs to the rule's own tests.
 */
export function cardText(card: HoverCard): string {
  const out = [`${card.title} · ${card.kind}`];
  for (const l of card.lines) out.push(`${l.label}: ${l.text}${linksOf(l)}`);
  if (card.differs?.length) {
    out.push('---');
    for (const l of card.differs) out.push(l.label === 'Wording' ? `${l.label}: ${l.text}` : `${l.label}${linksOf(l)}`);
  }
  if (card.sources?.length) {
    out.push('---');
    for (const l of card.sources) out.push(`${l.label}: ${l.text}${linksOf(l)}`);
  }
  return out.join('\n');
}

/** An outline as an indented list: `kind name (detail) "words"`, the words a section or group selects. */
export function outlineText(items: OutlineItem[], text: string, depth = 0): string {
  const out: string[] = [];
  for (const item of items) {
    const words = item.kind === 'section' || item.kind === 'group' ? text.slice(item.selection.start, item.selection.end) : text.slice(item.span.start, item.span.end);
    out.push(`${'  '.repeat(depth)}${item.kind} ${item.name}${item.detail ? ` (${item.detail})` : ''} @"${words}"`);
    if (item.children) out.push(outlineText(item.children, text, depth + 1));
  }
  return out.filter(Boolean).join('\n');
}
