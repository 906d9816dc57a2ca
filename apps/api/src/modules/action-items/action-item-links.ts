import type { EntityManager } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { badInput, notFound } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import { DecisionEntity } from '../decisions/decision.entity';
import { OrganizationEntity } from '../directory/organization.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { TableMembershipEntity } from '../round-tables/table-membership.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';

/** Where an action item comes from: all of the same table. */
export interface ActionItemOrigin {
  meetingId: string | null;
  agendaItemId: string | null;
  decisionId: string | null;
}

/**
 * The meeting, agenda item and decision of a new item, checked against its table: unknown or
 * malformed ids are NOT_FOUND; ones of another table (or an agenda item of another meeting than
 * meetingId, or another meeting/item than the decision's) are BAD_USER_INPUT. The meeting and the
 * agenda item default to the decision's, the meeting to the agenda item's: an item made from a
 * decision on an IN_CAMERA agenda item is then in camera like it (the policy reads agenda_item_id).
 */
export async function resolveOrigin(manager: EntityManager, tableId: string, input: Partial<ActionItemOrigin>): Promise<ActionItemOrigin> {
  let meetingId = input.meetingId ?? null;
  let agendaItemId = input.agendaItemId ?? null;
  const decisionId = input.decisionId ?? null;
  if (decisionId !== null) {
    const decision = isUuid(decisionId) ? await manager.findOneBy(DecisionEntity, { id: decisionId }) : null;
    if (!decision) throw notFound('decision');
    if (meetingId !== null && meetingId !== decision.meetingId) throw badInput('decisionId must be a decision of meetingId.', 'decisionId');
    if (agendaItemId !== null && decision.agendaItemId !== null && agendaItemId !== decision.agendaItemId) {
      throw badInput('decisionId must be a decision of agendaItemId.', 'decisionId');
    }
    meetingId = decision.meetingId;
    agendaItemId ??= decision.agendaItemId;
  }
  if (agendaItemId !== null) {
    const item = isUuid(agendaItemId) ? await manager.findOneBy(AgendaItemEntity, { id: agendaItemId }) : null;
    if (!item) throw notFound('agenda item');
    if (meetingId !== null && meetingId !== item.meetingId) throw badInput('agendaItemId must be an item of meetingId.', 'agendaItemId');
    meetingId = item.meetingId;
  }
  if (meetingId !== null) {
    const meeting = isUuid(meetingId) ? await manager.findOneBy(MeetingEntity, { id: meetingId }) : null;
    if (!meeting) throw notFound('meeting');
    if (meeting.tableId !== tableId) {
      const field = decisionId ? 'decisionId' : agendaItemId ? 'agendaItemId' : 'meetingId';
      throw badInput(`${field} must be of this table.`, field);
    }
  }
  return { meetingId, agendaItemId, decisionId };
}

export interface Assignment {
  assigneeId: string | null;
  assigneeOrganizationId: string | null;
}

/**
 * The assignee organization must be an ACTIVE member of the table; the assignee must sit at the
 * table or be a (confirmed) user of the assignee organization. Unknown ids: NOT_FOUND.
 */
export async function assertAssignment(manager: EntityManager, tableId: string, assignment: Assignment): Promise<void> {
  const { assigneeId, assigneeOrganizationId } = assignment;
  if (assigneeOrganizationId !== null) {
    const organization = isUuid(assigneeOrganizationId) ? await manager.findOneBy(OrganizationEntity, { id: assigneeOrganizationId }) : null;
    if (!organization) throw notFound('organization');
    const membership = await manager.findOneBy(TableMembershipEntity, { tableId, organizationId: assigneeOrganizationId, status: 'ACTIVE' });
    if (!membership) throw badInput('The assignee organization must be an active member of this table.', 'assigneeOrganizationId');
  }
  if (assigneeId !== null) {
    const user = isUuid(assigneeId) ? await manager.findOneBy(UserEntity, { id: assigneeId }) : null;
    if (!user) throw notFound('user');
    const sits = await manager.findOneBy(TableParticipantEntity, { tableId, userId: assigneeId });
    const ofOrganization = assigneeOrganizationId !== null && user.organizationId === assigneeOrganizationId;
    if (!sits && !ofOrganization) {
      throw badInput('The assignee must sit at this table or be a user of the assignee organization.', 'assigneeId');
    }
  }
}
