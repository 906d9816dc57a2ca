import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DecisionOutcome, type EnumValue, isUuid, MeetingEventKind } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import type { RequestContext } from '../../core/graphql/request-context';
import { badInput, forbidden, notFound } from '../../core/errors/domain-errors';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingActivity } from '../meetings/meeting-activity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { MinutesEntity } from '../minutes/minutes.entity';
import { DecisionHooks } from './decision-hooks';
import { DecisionEntity } from './decision.entity';
import { DecisionsLoaders } from './decisions.loaders';
import type { DecisionInput } from './dto/record-decision.input';

/** What a decision records, however it was reached. */
export interface DecisionFields {
  agendaItemId: string | null;
  text: string;
  outcome: EnumValue<DecisionOutcome>;
  votesFor?: number | null;
  votesAgainst?: number | null;
  abstentions?: number | null;
}

/** Decisions taken at a meeting, with their votes; hidden with their item when it is in camera. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly activity: MeetingActivity,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsLoaders,
    private readonly loaders: DecisionsLoaders,
    private readonly hooks: DecisionHooks,
  ) {}

  /**
   * Officers record decisions once the meeting has started (they belong to its minutes), until
   * the minutes are approved (then frozen). The item, when named, must be of that meeting.
   */
  async record(viewer: Viewer, input: DecisionInput): Promise<DecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.policy.assertMinutesOfficer(manager, viewer, input.meetingId);
      if (meeting.status !== 'IN_PROGRESS' && meeting.status !== 'ADJOURNED') throw forbidden('Decisions are recorded once the meeting has started.');
      const minutes = await manager.findOneBy(MinutesEntity, { meetingId: meeting.id });
      if (minutes?.status === 'APPROVED') throw forbidden('Approved minutes are frozen.');
      const agendaItemId = input.agendaItemId ?? null;
      if (agendaItemId !== null) {
        const item = isUuid(agendaItemId) ? await manager.findOneBy(AgendaItemEntity, { id: agendaItemId }) : null;
        if (!item) throw notFound('agenda item');
        if (item.meetingId !== meeting.id) throw badInput('The item must be an item of this meeting.', 'agendaItemId');
      }
      return this.recordIn(manager, viewer, meeting, { ...input, agendaItemId });
    });
  }

  /**
   * Writes a decision in the caller's transaction, checks done: its audit event, the listeners
   * (DecisionHooks) and DECISION_RECORDED. recordDecision and a closing vote both come here.
   */
  async recordIn(manager: EntityManager, viewer: Viewer, meeting: MeetingEntity, fields: DecisionFields): Promise<DecisionEntity> {
    const { identifiers } = await manager.insert(DecisionEntity, {
      meetingId: meeting.id,
      agendaItemId: fields.agendaItemId,
      text: fields.text,
      outcome: fields.outcome,
      votesFor: fields.votesFor ?? null,
      votesAgainst: fields.votesAgainst ?? null,
      abstentions: fields.abstentions ?? null,
      recordedById: viewer.userId,
    });
    const decision = await manager.findOneByOrFail(DecisionEntity, { id: identifiers[0].id as string });
    await this.audit.record(manager, {
      actorId: viewer.userId,
      action: 'decision.recorded',
      entityType: 'decision',
      entityId: decision.id,
      tableId: meeting.tableId,
    });
    await this.hooks.recorded(manager, viewer, decision, meeting);
    this.activity.publish(manager, viewer, meeting, MeetingEventKind.DECISION_RECORDED);
    return decision;
  }

  /** `Meeting.decisions`: those on items the viewer may not see are left out. */
  async ofMeeting(ctx: RequestContext, meeting: Pick<MeetingEntity, 'id' | 'tableId'>): Promise<DecisionEntity[]> {
    const [role, items, decisions] = await Promise.all([
      this.policy.roleAt(ctx, meeting),
      this.meetings.agendaOf(ctx).load(meeting.id),
      this.loaders.ofMeeting(ctx).load(meeting.id),
    ]);
    if (!this.policy.canRead(role)) return [];
    const hidden = new Set(items.filter((i) => !this.policy.canSeeItem(role, i)).map((i) => i.id));
    return decisions.filter((d) => d.agendaItemId === null || !hidden.has(d.agendaItemId));
  }

  /** `AgendaItem.decisions`: empty when the viewer may not see the item. */
  async ofItem(ctx: RequestContext, item: Pick<AgendaItemEntity, 'id' | 'meetingId' | 'confidentiality'>): Promise<DecisionEntity[]> {
    const meeting = await this.meetings.meeting(ctx).load(item.meetingId);
    if (!meeting || !this.policy.canSeeItem(await this.policy.roleAt(ctx, meeting), item)) return [];
    return this.loaders.ofItem(ctx).load(item.id);
  }
}
