/** Document symbols for the Outline: the core's outline of an article, as protocol symbols. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { outline, type Article, type LineIndex, type OutlineItem, type Story } from '../../analysis';
import { lineIndexOf, toRange } from '../convert';

const SYMBOL_KIND: Record<Exclude<OutlineItem['kind'], 'group'>, SymbolKind> = {
  section: SymbolKind.Namespace,
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  place: SymbolKind.Module,
  quote: SymbolKind.String,
  date: SymbolKind.Constant,
};

function toSymbol(index: LineIndex, item: OutlineItem): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: item.name,
    // A group (People, Quotes…) shows the icon of what it holds.
    kind: SYMBOL_KIND[item.kind === 'group' ? (item.groupOf ?? 'person') : item.kind] ?? SymbolKind.Variable,
    range: toRange(index, item.span),
    selectionRange: toRange(index, item.selection),
  };
  if (item.detail !== undefined) symbol.detail = item.detail;
  if (item.children) symbol.children = item.children.map((c) => toSymbol(index, c));
  return symbol;
}

/** The outline of an article. */
export function documentSymbols(article: Article | undefined, story: Story | undefined): DocumentSymbol[] {
  if (!article) return [];
  const index = lineIndexOf(article);
  return outline(article, story).map((item) => toSymbol(index, item));
}
