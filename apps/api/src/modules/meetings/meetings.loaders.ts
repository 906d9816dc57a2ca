import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import type { EnumValue, MeetingStatus } from '@concertation/shared-domain';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { SubstitutionEntity } from '../representation/substitution.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { AttendanceEntity } from './attendance.entity';
import { MeetingEntity } from './meeting.entity';
import { RsvpEntity } from './rsvp.entity';

/** Statuses of a meeting still ahead (or under way): what `nextMeeting` looks for. */
const UPCOMING: EnumValue<MeetingStatus>[] = ['DRAFT', 'SCHEDULED', 'IN_PROGRESS'];

export interface MeetingWindow {
  from?: Date | null;
  to?: Date | null;
  status?: EnumValue<MeetingStatus> | null;
}

/**
 * Per-request loaders of meetings and what hangs off them: a page of meetings costs one query
 * per relation, whatever its length. Visibility is the resolvers' job (MeetingsPolicy), so the
 * rows by id are `shared` (the subscribers of one live event read them once).
 */
@Injectable()
export class MeetingsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  meeting(ctx: RequestContext): DataLoader<string, MeetingEntity | null> {
    return ctx.loaders.shared('meeting.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(MeetingEntity).findBy({ id: In([...ids]) }), (m) => m.id),
    );
  }

  item(ctx: RequestContext): DataLoader<string, AgendaItemEntity | null> {
    return ctx.loaders.shared('agendaItem.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(AgendaItemEntity).findBy({ id: In([...ids]) }), (i) => i.id),
    );
  }

  /** Every item of each meeting, by position (confidential ones included: filter before showing). */
  agendaOf(ctx: RequestContext): DataLoader<string, AgendaItemEntity[]> {
    return ctx.loaders.shared('meeting.agenda', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(AgendaItemEntity).find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } }),
        (i) => i.meetingId,
      ),
    );
  }

  /** The standing substitutions of each meeting, oldest first. */
  substitutionsOf(ctx: RequestContext): DataLoader<string, SubstitutionEntity[]> {
    return ctx.loaders.shared('meeting.substitutions', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(SubstitutionEntity)
          .find({ where: { meetingId: In([...ids]), endedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (s) => s.meetingId,
      ),
    );
  }

  /** Every substitution of each meeting, ended ones included: who came as a substitute stays so on the attendance sheet. */
  substitutionHistoryOf(ctx: RequestContext): DataLoader<string, SubstitutionEntity[]> {
    return ctx.loaders.get('meeting.substitutionHistory', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(SubstitutionEntity).find({ where: { meetingId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (s) => s.meetingId,
      ),
    );
  }

  /** Substitutions by id, ended ones included (an answer or an attendance outlives its seat). */
  substitution(ctx: RequestContext): DataLoader<string, SubstitutionEntity | null> {
    return ctx.loaders.shared('substitution.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(SubstitutionEntity).findBy({ id: In([...ids]) }), (s) => s.id),
    );
  }

  rsvpsOf(ctx: RequestContext): DataLoader<string, RsvpEntity[]> {
    return ctx.loaders.get('meeting.rsvps', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(RsvpEntity).find({ where: { meetingId: In([...ids]) }, order: { respondedAt: 'ASC', participantId: 'ASC' } }),
        (r) => r.meetingId,
      ),
    );
  }

  attendanceOf(ctx: RequestContext): DataLoader<string, AttendanceEntity[]> {
    return ctx.loaders.get('meeting.attendance', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(AttendanceEntity).find({ where: { meetingId: In([...ids]) }, order: { recordedAt: 'ASC', userId: 'ASC' } }),
        (a) => a.meetingId,
      ),
    );
  }

  participant(ctx: RequestContext): DataLoader<string, TableParticipantEntity | null> {
    return ctx.loaders.get('participant.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(TableParticipantEntity).findBy({ id: In([...ids]) }), (p) => p.id),
    );
  }

  /** The meetings of each table in a window, by startsAt; one loader per distinct window. */
  meetingsOf(ctx: RequestContext, window: MeetingWindow): DataLoader<string, MeetingEntity[]> {
    const key = `table.meetings:${window.from?.toISOString() ?? ''}:${window.to?.toISOString() ?? ''}:${window.status ?? ''}`;
    return ctx.loaders.get(key, async (tableIds: readonly string[]) => {
      const query = this.dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where('m.tableId IN (:...tableIds)', { tableIds: [...tableIds] });
      applyWindow(query, window);
      return groupByKey(tableIds, await query.orderBy('m.startsAt', 'ASC').addOrderBy('m.id', 'ASC').getMany(), (m) => m.tableId);
    });
  }

  /** Each table's next meeting: the earliest one not yet over, neither cancelled nor adjourned. */
  nextMeetingOf(ctx: RequestContext): DataLoader<string, MeetingEntity | null> {
    return ctx.loaders.get('table.nextMeeting', async (tableIds: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .distinctOn(['m.tableId'])
        .where('m.tableId IN (:...tableIds)', { tableIds: [...tableIds] })
        .andWhere('m.status IN (:...statuses)', { statuses: UPCOMING })
        .andWhere('m.endsAt > now()')
        .orderBy('m.tableId')
        .addOrderBy('m.startsAt', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getMany();
      return byKey(tableIds, rows, (m) => m.tableId);
    });
  }
}

/** Meetings that overlap [from, to), of one status when asked. */
export function applyWindow(query: { andWhere(sql: string, params?: Record<string, unknown>): unknown }, window: MeetingWindow): void {
  if (window.from) query.andWhere('m.endsAt > :from', { from: window.from });
  if (window.to) query.andWhere('m.startsAt < :to', { to: window.to });
  if (window.status) query.andWhere('m.status = :status', { status: window.status });
}
