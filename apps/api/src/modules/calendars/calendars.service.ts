import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EnumValue, TableRole } from '@concertation/shared-domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { UserEntity } from '../accounts/user.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { SUBSTITUTE_ROLE, substituteMeetingsSql } from '../meetings/meeting-seat';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { RoundTableEntity } from '../round-tables/round-table.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { writeIcs, type IcsMeeting } from './ics-writer';
import { endpoints } from '@concertation/shared-paths';

/** A feed secret: 32 random bytes, base64url (43 characters). */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only a hash of the secret is stored: a copy of the database does not open anyone's feed. */
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * iCalendar files: one meeting (GET /meetings/:id.ics, same permissions as `meeting(id)`) and a
 * person's feed (GET /calendar/:secret.ics, every meeting of every table they sit at). Each
 * shows only the agenda items its reader may see (MeetingsPolicy).
 */
@Injectable()
export class CalendarsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MeetingsPolicy,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  meetingIcsUrl(meeting: Pick<MeetingEntity, 'id'>): string {
    return `${this.config.publicUrl}${endpoints.meetingIcs(meeting.id)}`;
  }

  async meetingIcs(ctx: RequestContext & { viewer: Viewer }, meetingId: string): Promise<string> {
    const { meeting, role } = await this.policy.readableMeeting(ctx, meetingId);
    const reader = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: ctx.viewer.userId });
    return writeIcs(await this.entries([{ meeting, role }]), { publicUrl: this.config.publicUrl, locale: reader.locale });
  }

  async feed(secret: string): Promise<string> {
    const owner = SECRET_PATTERN.test(secret) ? await this.dataSource.getRepository(UserEntity).findOneBy({ calendarSecret: hashOf(secret) }) : null;
    if (!owner) throw notFound('calendar feed');
    const seats = await this.dataSource.getRepository(TableParticipantEntity).findBy({ userId: owner.id });
    const roles = new Map<string, EnumValue<TableRole>>(seats.map((s) => [s.tableId, s.role]));
    // The meetings of the owner's tables, and those they are sent to as a substitute (a MEMBER there).
    const meetings = await this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(`(m.tableId IN (SELECT p.table_id FROM table_participant p WHERE p.user_id = :owner) OR m.id IN ${substituteMeetingsSql(':owner')})`, {
        owner: owner.id,
      })
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
    const readable = meetings
      .map((meeting) => ({ meeting, role: roles.get(meeting.tableId) ?? SUBSTITUTE_ROLE }))
      .filter(({ role }) => this.policy.canRead(role));
    return writeIcs(await this.entries(readable), { publicUrl: this.config.publicUrl, locale: owner.locale, name: 'Concertation' });
  }

  /** A new feed secret for the viewer; the previous URL stops working at once. */
  async rotateFeed(viewer: Viewer): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: viewer.userId }, { calendarSecret: hashOf(secret) });
      await this.audit.record(manager, { actorId: viewer.userId, action: 'calendarFeed.rotated', entityType: 'user', entityId: viewer.userId });
    });
    return `${this.config.publicUrl}${endpoints.calendarFeed(secret)}`;
  }

  /** Table names and the published agenda each reader may see, in two queries for any number of meetings. */
  private async entries(list: Array<{ meeting: MeetingEntity; role: EnumValue<TableRole> | null }>): Promise<IcsMeeting[]> {
    if (list.length === 0) return [];
    const tableIds = [...new Set(list.map(({ meeting }) => meeting.tableId))];
    const published = list.filter(({ meeting }) => meeting.agendaPublishedAt !== null).map(({ meeting }) => meeting.id);
    const [tables, items] = await Promise.all([
      this.dataSource.getRepository(RoundTableEntity).find({ select: { id: true, name: true }, where: { id: In(tableIds) } }),
      published.length
        ? this.dataSource.getRepository(AgendaItemEntity).find({
            select: { id: true, meetingId: true, title: true, position: true, confidentiality: true },
            where: { meetingId: In(published) },
            order: { position: 'ASC' },
          })
        : Promise.resolve([]),
    ]);
    const tableName = new Map(tables.map((t) => [t.id, t.name]));
    return list.map(({ meeting, role }) => ({
      meeting,
      tableName: tableName.get(meeting.tableId) ?? '',
      agenda: meeting.agendaPublishedAt
        ? items.filter((item) => item.meetingId === meeting.id && this.policy.canSeeItem(role, item)).map((item) => item.title)
        : [],
    }));
  }
}
