/** Rebuilds articles and gold from the raw tokenised datasets (first version: none). */
import type { GoldDoc } from './gold';

/** Reads the raw datasets under `corpusDir`. */
export function loadRaw(corpusDir: string): GoldDoc[] {
  void corpusDir;
  return [];
}
