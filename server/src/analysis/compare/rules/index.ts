/** Every comparison rule, in the order their findings are listed. */
import type { Rule } from './rule';
import { nameVariant } from './nameVariant';
import { roleDiffers } from './roleDiffers';
import { roleAgrees } from './roleAgrees';
import { quantityDiffers } from './quantityDiffers';
import { ageDiffers } from './ageDiffers';
import { statusDiffers } from './statusDiffers';
import { dateDiffers } from './dateDiffers';
import { placeDiffers } from './placeDiffers';
import { quoteDiffers } from './quoteDiffers';
import { attributionDiffers } from './attributionDiffers';
import { polarityDiffers } from './polarityDiffers';
import { singleSource } from './singleSource';

export type { Rule, RuleContext, FindingDraft, DraftItem, RuleInput } from './rule';

/** The comparison rules, each with a stable id, a description and a default severity. */
export const RULES: readonly Rule[] = [
  nameVariant,
  roleDiffers,
  roleAgrees,
  quantityDiffers,
  ageDiffers,
  statusDiffers,
  dateDiffers,
  placeDiffers,
  quoteDiffers,
  attributionDiffers,
  polarityDiffers,
  singleSource,
];
