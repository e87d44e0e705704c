import { ageFindings } from '../framesAlign';
import { describedAgeFindings } from '../alignDescribedAges';
import type { FindingDraft, Rule, RuleContext } from './rule';

/**
 * `age-differs`: sources give one person different ages ("Armstead, 32" and "31-year-old
 * Unique Armstead"). Ages are tied to the person's name ("Smith, 41,", "41-year-old Smith",
 * "Smith, aged 41", "Smith … died at 95"); an age dated to a past year is compared with that
 * year, and ages that differ by about the time between two articles are an update, shown as
 * information. Ages of one person the sources describe without naming ("a 34-year-old man was
 * killed" / "killing a 36-year-old man") are compared as information.
 */
export const ageDiffers: Rule = {
  id: 'age-differs',
  description: 'Sources give the same person different ages, beyond what the time between the articles explains.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['frame'],
  check(ctx: RuleContext): FindingDraft[] {
    return [...ageFindings(ctx), ...describedAgeFindings(ctx)];
  },
};
