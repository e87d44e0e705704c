/**
 * A two-outlet story small enough to write inline: both report a harbour fire, and they differ
 * on how many people were evacuated (40 or 60), which the server reports as `quantity-differs`.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol/node';

export const NORTH = [
  'Harbour fire closes the port',
  '',
  'date: 2025-03-14',
  '',
  'Maria Lindqvist, the harbour master, said on Friday that 40 people were evacuated from the docks.',
  '"We acted as fast as we could," Lindqvist said.',
  '',
].join('\n');

export const SOUTH = [
  'Port shut after harbour blaze',
  '',
  'date: 2025-03-14',
  '',
  'Maria Lindqvist, the harbour master, said on Friday that 60 people were evacuated from the docks.',
  '',
].join('\n');

/** True when the diagnostics include the story's difference in figures. */
export const differs = (d: Diagnostic[]): boolean => d.some((x) => x.code === 'quantity-differs');
