import { statusFindings } from '../framesAlign';
import { incidentLabelFindings } from '../alignIncidentLabels';
import { meetingFindings } from '../alignMeetings';
import { scheduleFindings } from '../alignSchedule';
import { chargeDegreeFindings } from '../alignCharges';
import type { FindingDraft, Rule, RuleContext } from './rule';

/**
 * `status-differs`: sources report what happened to a person in ways that cannot both hold:
 * fired and resigned, convicted and acquitted, still sought and already arrested or charged,
 * charged and not charged. Stages of a case reported by articles of different dates (sought,
 * then arrested, then charged) are an update of a developing story, shown as information.
 * The status of an incident is compared too: how the authorities class it ("treated as
 * suspicious", "ruled a suicide"), a hedged class ("potentially suspicious") as information.
 * So is a meeting of two named people one outlet reports held ("met with Dr. Park") and
 * another still to come ("will see Dr. Park on Friday"), as information, and a scheduled event
 * one outlet reports called off and another put off ("was canceled" / "was twice delayed"), and
 * a charge given different degrees ("first-degree murder" / "second-degree murder"), as
 * information (`alignCharges.ts`).
 */
export const statusDiffers: Rule = {
  id: 'status-differs',
  description: 'Sources report what happened to a person in ways that cannot both hold (fired or resigned; sought or arrested; charged or not).',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['frame'],
  check(ctx: RuleContext): FindingDraft[] {
    return [...statusFindings(ctx), ...incidentLabelFindings(ctx), ...meetingFindings(ctx), ...scheduleFindings(ctx), ...chargeDegreeFindings(ctx)];
  },
};
