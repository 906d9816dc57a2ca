import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type DataLoader from 'dataloader';
import { isCoordinator } from '../../core/auth/viewer';
import { byKey } from '../../core/graphql/request-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { paths } from '@concertation/shared-paths';
import { shownName } from '@concertation/shared-domain';
import { ActionItemEntity } from '../action-items/action-item.entity';
import { ActionItemsPolicy } from '../action-items/action-items.policy';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import type { AuditEventEntity } from './audit-event.entity';

/**
 * What an audit event is about, for the one who reads the log: the object's page in the web client,
 * and its name when the viewer may read that object there. The name follows each object's own
 * policy (an in-camera item's title only for those who see in camera); without it the client shows
 * the kind of object, never its id.
 */
export interface AuditSubject {
  title: string | null;
  path: string | null;
}

const NONE: AuditSubject = { title: null, path: null };

/** The columns each kind of object needs, by id (fixed SQL, ids as a parameter). */
const ROWS = {
  minutes: 'SELECT id, meeting_id AS "meetingId" FROM minutes WHERE id = ANY($1::uuid[])',
  decision: 'SELECT id, meeting_id AS "meetingId", agenda_item_id AS "agendaItemId" FROM decision WHERE id = ANY($1::uuid[])',
  attachment: 'SELECT id, file_name AS title, agenda_item_id AS "agendaItemId" FROM stored_file WHERE id = ANY($1::uuid[])',
  referral: 'SELECT id, title, from_table_id AS "fromTableId", to_table_id AS "toTableId" FROM referral WHERE id = ANY($1::uuid[])',
  protocol: 'SELECT id, title FROM protocol WHERE id = ANY($1::uuid[])',
  table: 'SELECT id, name AS title FROM round_table WHERE id = ANY($1::uuid[])',
  organization: 'SELECT id, name AS title FROM organization WHERE id = ANY($1::uuid[])',
  user: 'SELECT id, display_name AS title, locale FROM app_user WHERE id = ANY($1::uuid[])',
  membership:
    'SELECT m.id, m.table_id AS "tableId", o.name AS title FROM table_membership m JOIN organization o ON o.id = m.organization_id WHERE m.id = ANY($1::uuid[])',
  participant:
    'SELECT p.id, p.table_id AS "tableId", u.display_name AS title FROM table_participant p JOIN app_user u ON u.id = p.user_id WHERE p.id = ANY($1::uuid[])',
} as const;

interface Row {
  id: string;
  title?: string;
  meetingId?: string;
  agendaItemId?: string | null;
  tableId?: string;
  fromTableId?: string;
  toTableId?: string;
  locale?: string;
}

@Injectable()
export class AuditSubjects {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: RoundTablesPolicy,
    private readonly meetings: MeetingsPolicy,
    private readonly meetingLoaders: MeetingsLoaders,
    private readonly actionItems: ActionItemsPolicy,
    private readonly consultations: ConsultationsPolicy,
  ) {}

  async of(ctx: RequestContext, event: AuditEventEntity): Promise<AuditSubject> {
    const id = event.entityId;
    switch (event.entityType) {
      case 'table': {
        const row = await this.row(ctx, 'table', id);
        return { title: row?.title ?? null, path: paths.table(id) };
      }
      case 'organization': {
        const row = await this.row(ctx, 'organization', id);
        return { title: row?.title ?? null, path: paths.organization(id) };
      }
      case 'user':
        // Names are what the log's « by » column shows already; people have no page of their own.
        return { title: await this.userName(ctx, id), path: null };
      case 'protocol': {
        // Every signed-in user reads protocols.
        const row = await this.row(ctx, 'protocol', id);
        return row ? { title: row.title ?? null, path: paths.protocol(id) } : NONE;
      }
      case 'membership':
        return this.ofMembership(await this.row(ctx, 'membership', id));
      case 'participant':
        return this.ofParticipant(ctx, await this.row(ctx, 'participant', id));
      case 'meeting':
        return this.ofMeeting(ctx, id);
      case 'agendaItem':
        return this.ofAgendaItem(ctx, id);
      case 'attachment':
        return this.ofAttachment(ctx, await this.row(ctx, 'attachment', id));
      case 'minutes':
        return this.ofMinutes(ctx, await this.row(ctx, 'minutes', id));
      case 'decision':
        return this.ofDecision(await this.row(ctx, 'decision', id));
      case 'actionItem':
        return this.ofActionItem(ctx, id);
      case 'referral':
        return this.ofReferral(ctx, await this.row(ctx, 'referral', id));
      case 'consultation':
        return this.ofConsultation(ctx, id);
      default:
        return NONE;
    }
  }

  /** An erased account is named in the reader's language (shownName), like `User.displayName`. */
  private async userName(ctx: RequestContext, id: string): Promise<string | null> {
    const [row, reader] = await Promise.all([this.row(ctx, 'user', id), ctx.viewer ? this.row(ctx, 'user', ctx.viewer.userId) : null]);
    return row ? shownName(row.title, reader?.locale === 'EN' ? 'EN' : 'FR') : null;
  }

  private ofMembership(row: Row | null): AuditSubject {
    // Member organizations are public (the directory lists them).
    return row?.tableId ? { title: row.title ?? null, path: paths.tableMembers(row.tableId) } : NONE;
  }

  private async ofParticipant(ctx: RequestContext, row: Row | null): Promise<AuditSubject> {
    if (!row?.tableId) return NONE;
    // As `RoundTable.participants`: those who sit at the table and coordinators.
    const mayRead = isCoordinator(ctx.viewer) || (await this.seats.viewerRole(ctx, row.tableId)) !== null;
    return { title: mayRead ? (row.title ?? null) : null, path: paths.tableMembers(row.tableId) };
  }

  private async ofMeeting(ctx: RequestContext, id: string): Promise<AuditSubject> {
    const meeting = await this.meetingLoaders.meeting(ctx).load(id);
    if (!meeting) return NONE;
    return { title: (await this.meetings.mayRead(ctx, meeting)) ? meeting.title : null, path: paths.meeting(id) };
  }

  private async ofAgendaItem(ctx: RequestContext, id: string): Promise<AuditSubject> {
    const item = await this.meetingLoaders.item(ctx).load(id);
    const meeting = item ? await this.meetingLoaders.meeting(ctx).load(item.meetingId) : null;
    if (!item || !meeting) return NONE;
    const role = await this.meetings.roleAt(ctx, meeting);
    return { title: this.meetings.canSeeItem(role, item) ? item.title : null, path: paths.meeting(meeting.id, { agendaItem: item.id }) };
  }

  private async ofAttachment(ctx: RequestContext, row: Row | null): Promise<AuditSubject> {
    const item = row?.agendaItemId ? await this.meetingLoaders.item(ctx).load(row.agendaItemId) : null;
    const meeting = item ? await this.meetingLoaders.meeting(ctx).load(item.meetingId) : null;
    if (!row || !item || !meeting) return NONE;
    const role = await this.meetings.roleAt(ctx, meeting);
    return { title: this.meetings.canSeeItem(role, item) ? (row.title ?? null) : null, path: paths.meeting(meeting.id, { agendaItem: item.id }) };
  }

  /** The minutes are named by their meeting. */
  private async ofMinutes(ctx: RequestContext, row: Row | null): Promise<AuditSubject> {
    const meeting = row?.meetingId ? await this.meetingLoaders.meeting(ctx).load(row.meetingId) : null;
    if (!meeting) return NONE;
    return { title: (await this.meetings.mayRead(ctx, meeting)) ? meeting.title : null, path: paths.minutes(meeting.id) };
  }

  /** A decision's text can be long and in camera: the log links to it and names it by its kind only. */
  private ofDecision(row: Row | null): AuditSubject {
    return row?.meetingId ? { title: null, path: paths.minutes(row.meetingId, { decision: row.id }) } : NONE;
  }

  private async ofActionItem(ctx: RequestContext, id: string): Promise<AuditSubject> {
    const item = await this.actionItem(ctx).load(id);
    if (!item) return NONE;
    return { title: (await this.actionItems.mayRead(ctx, item)) ? item.title : null, path: paths.actionItem(id) };
  }

  private async ofReferral(ctx: RequestContext, row: Row | null): Promise<AuditSubject> {
    if (!row?.fromTableId || !row.toTableId) return NONE;
    // As ReferralsPolicy.canRead: those who sit at either table.
    const [from, to] = await Promise.all([this.seats.viewerRole(ctx, row.fromTableId), this.seats.viewerRole(ctx, row.toTableId)]);
    const tableId = to !== null || from === null ? row.toTableId : row.fromTableId;
    return { title: from !== null || to !== null ? (row.title ?? null) : null, path: paths.tableReferrals(tableId, { referral: row.id }) };
  }

  private async ofConsultation(ctx: RequestContext, id: string): Promise<AuditSubject> {
    const consultation = await this.consultation(ctx).load(id);
    if (!consultation) return NONE;
    return { title: (await this.consultations.rights(ctx, consultation)).read ? consultation.title : null, path: paths.consultation(id) };
  }

  private row(ctx: RequestContext, kind: keyof typeof ROWS, id: string): Promise<Row | null> {
    return ctx.loaders
      .shared(`audit.${kind}.byId`, async (ids: readonly string[]) => byKey(ids, (await this.dataSource.query(ROWS[kind], [[...ids]])) as Row[], (r) => r.id))
      .load(id) as Promise<Row | null>;
  }

  private actionItem(ctx: RequestContext): DataLoader<string, ActionItemEntity | null> {
    return ctx.loaders.shared('audit.actionItem.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(ActionItemEntity).findBy({ id: In([...ids]) }), (i) => i.id),
    );
  }

  private consultation(ctx: RequestContext): DataLoader<string, ConsultationEntity | null> {
    return ctx.loaders.shared('audit.consultation.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(ConsultationEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    );
  }
}
