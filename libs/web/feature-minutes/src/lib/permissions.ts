import { isOfficerRole } from '@concertation/shared-domain';
import type { MinutesPermissions } from './item-minutes';
import type { MinutesMeeting } from './types';

/**
 * The contract's rules, so that nobody is offered what the server would refuse: officers edit the
 * minutes until they are approved, record decisions once the meeting has started and until then,
 * and create action items.
 */
export function minutesPermissions(meeting: MinutesMeeting): MinutesPermissions & { circulate: boolean; approve: boolean } {
  const officer = isOfficerRole(meeting.table.viewerRole);
  const minutes = meeting.minutes;
  const open = officer && minutes !== null && minutes.status !== 'APPROVED';
  return {
    editNotes: open,
    recordDecisions: open && (meeting.status === 'IN_PROGRESS' || meeting.status === 'ADJOURNED'),
    createActionItems: officer,
    circulate: officer && minutes?.status === 'DRAFT',
    approve: officer && minutes?.status === 'CIRCULATED',
  };
}
