import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type EnumValue,
  isMeetingClosed,
  isUuid,
  isOfficerRole,
  seesInCamera,
  TABLE_ROLES,
  type TableRole,
  type Confidentiality,
} from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { tableOrNotFound } from '../round-tables/table-lookup';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { type MeetingSeat, substituteSeat, substitutionIn, tableSeat, viewerSubstitution } from './meeting-seat';
import { MeetingsLoaders } from './meetings.loaders';

/** A meeting with the viewer's role at it (null: holds no seat there). */
export interface MeetingAccess {
  meeting: MeetingEntity;
  role: EnumValue<TableRole> | null;
}

/** What the policy needs of a meeting: which one, and at which table. */
export type MeetingRef = Pick<MeetingEntity, 'id' | 'tableId'>;

/**
 * Who may read and run a table's meetings (docs/api-guide.md, "Who may do what"): those who hold
 * a seat at the meeting read it (the table's participants, and a substitute at the one meeting
 * they were sent to, as a MEMBER); IN_CAMERA items only for CHAIR, SECRETARY and MEMBER; officers
 * run them. A coordinator who does not sit at the table reads nothing of its meetings. Every
 * meeting, agenda, attachment, calendar and live-event path asks this class, and nothing else.
 */
@Injectable()
export class MeetingsPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: RoundTablesPolicy,
    private readonly loaders: MeetingsLoaders,
  ) {}

  // ─── What a role allows ──────────────────────────────────────────────────

  canRead(role: EnumValue<TableRole> | null): boolean {
    return role !== null;
  }

  canSeeInCamera(role: EnumValue<TableRole> | null): boolean {
    return seesInCamera(role);
  }

  canSeeItem(role: EnumValue<TableRole> | null, item: { confidentiality: EnumValue<Confidentiality> }): boolean {
    return this.canRead(role) && (item.confidentiality === 'MEMBERS' || this.canSeeInCamera(role));
  }

  /** A decision: as the agenda item it was taken on; one taken outside any item, as its meeting. */
  canSeeDecision(role: EnumValue<TableRole> | null, item: { confidentiality: EnumValue<Confidentiality> } | null): boolean {
    return item ? this.canSeeItem(role, item) : this.canRead(role);
  }

  /**
   * The roles that read IN_CAMERA content, as an SQL list for the filters that restate these rules
   * (fixed enum values, never user input). test/authorization-sql-parity holds the two together.
   */
  inCameraRolesSql(): string {
    const roles = TABLE_ROLES.filter((role) => this.canSeeInCamera(role));
    return `(${roles.map((role) => `'${role.replace(/[^A-Z_]/g, '')}'`).join(', ')})`;
  }

  isOfficer(role: EnumValue<TableRole> | null): boolean {
    return isOfficerRole(role);
  }

  // ─── Reads (field resolvers and queries; batched per request) ────────────

  /** The viewer's seat at the meeting (their RSVP hangs off it): at its table, else as a substitute; batched per request. */
  async seatAt(ctx: RequestContext, meeting: MeetingRef): Promise<MeetingSeat> {
    const atTable = await this.seats.viewerSeat(ctx, meeting.tableId);
    return atTable ? tableSeat(atTable) : substituteSeat(await viewerSubstitution(this.dataSource, ctx, meeting.id));
  }

  /** The viewer's role at the meeting, from their seat there. */
  async roleAt(ctx: RequestContext, meeting: MeetingRef): Promise<EnumValue<TableRole> | null> {
    return (await this.seatAt(ctx, meeting))?.role ?? null;
  }

  /**
   * The viewer's role at the table itself, for what concerns all its meetings (its list of
   * meetings, its next one, its action items): a substitute has none.
   */
  tableRoleAt(ctx: RequestContext, tableId: string): Promise<EnumValue<TableRole> | null> {
    return this.seats.viewerRole(ctx, tableId);
  }

  /** `meeting(id)`: NOT_FOUND for an unknown or malformed id, FORBIDDEN when the viewer does not sit there. */
  async readableMeeting(ctx: RequestContext, id: string): Promise<MeetingAccess> {
    const meeting = isUuid(id) ? await this.loaders.meeting(ctx).load(id) : null;
    if (!meeting) throw notFound('meeting');
    const role = await this.roleAt(ctx, meeting);
    if (!this.canRead(role)) throw forbidden('Only those who sit at this table may read its meetings.');
    return { meeting, role };
  }

  /**
   * The viewer's access class at a meeting: every fact of them that a meeting field marked
   * SameForAccessClass may depend on (their platform role, and their seat: at the table or as a
   * substitute, with its role). Live subscribers of one class share the execution of such fields.
   */
  async accessClassAt(ctx: RequestContext, meeting: MeetingRef): Promise<string> {
    const seat = await this.seatAt(ctx, meeting);
    return [ctx.viewer?.platformRole ?? 'anonymous', seat?.kind ?? 'no seat', seat?.role ?? 'no role'].join('/');
  }

  /** Whether the viewer may read a meeting already loaded (lists, notifications, live events). */
  async mayRead(ctx: RequestContext, meeting: MeetingRef): Promise<boolean> {
    return this.canRead(await this.roleAt(ctx, meeting));
  }

  /** An agenda item and its meeting, when the viewer may read that item (attachments, notes). */
  async readableItem(ctx: RequestContext, itemId: string): Promise<MeetingAccess & { item: AgendaItemEntity }> {
    const item = isUuid(itemId) ? await this.dataSource.getRepository(AgendaItemEntity).findOneBy({ id: itemId }) : null;
    if (!item) throw notFound('agenda item');
    const access = await this.readableMeeting(ctx, item.meetingId);
    if (!this.canSeeItem(access.role, item)) throw forbidden('This item is in camera.');
    return { ...access, item };
  }

  // ─── Checks for mutations (inside their transaction) ─────────────────────

  /** Locks the meeting row for the rest of the transaction, so that concurrent agenda edits queue up. */
  async meetingIn(manager: EntityManager, id: string): Promise<MeetingEntity> {
    const meeting = isUuid(id)
      ? await manager.getRepository(MeetingEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne()
      : null;
    if (!meeting) throw notFound('meeting');
    return meeting;
  }

  /** A user's seat at the meeting, read in the caller's transaction: at its table, else as a substitute. */
  async seatIn(manager: EntityManager, userId: string, meeting: MeetingRef): Promise<MeetingSeat> {
    const atTable = await this.seats.seatIn(manager, userId, meeting.tableId);
    return atTable ? tableSeat(atTable) : substituteSeat(await substitutionIn(manager, userId, meeting.id));
  }

  async roleIn(manager: EntityManager, viewer: Viewer, meeting: MeetingRef): Promise<EnumValue<TableRole> | null> {
    return (await this.seatIn(manager, viewer.userId, meeting))?.role ?? null;
  }

  /** Officers run meetings: schedule, edit, start, adjourn, build the agenda, take attendance. */
  async assertOfficer(manager: EntityManager, viewer: Viewer, meetingId: string): Promise<MeetingAccess> {
    const meeting = await this.meetingIn(manager, meetingId);
    const role = await this.roleIn(manager, viewer, meeting);
    if (!this.canRead(role)) throw forbidden('Only those who sit at this table may see its meetings.');
    if (!this.isOfficer(role)) throw forbidden('Only the officers of this table may do this.');
    return { meeting, role };
  }

  /**
   * The minutes cycle and decisions (editMinutes, circulateMinutes, approveMinutes,
   * recordDecision): officers, while the table is not archived. An archived table is frozen
   * (RoundTablesPolicy.assertNotArchived): its minutes and decisions no longer change.
   */
  async assertMinutesOfficer(manager: EntityManager, viewer: Viewer, meetingId: string): Promise<MeetingAccess> {
    const access = await this.assertOfficer(manager, viewer, meetingId);
    this.seats.assertNotArchived(await tableOrNotFound(manager, access.meeting.tableId));
    return access;
  }

  /** Anyone who holds a seat at the meeting (answering an invitation); with the viewer's seat. */
  async assertSits(manager: EntityManager, viewer: Viewer, meetingId: string): Promise<MeetingAccess & { seat: NonNullable<MeetingSeat> }> {
    const meeting = await this.meetingIn(manager, meetingId);
    const seat = await this.seatIn(manager, viewer.userId, meeting);
    if (!seat) throw forbidden('Only those who sit at this table may do this.');
    return { meeting, role: seat.role, seat };
  }

  /**
   * An agenda item an officer is about to change: NOT_FOUND for an unknown or malformed id;
   * the meeting is locked, then the item read again (a concurrent removal makes it NOT_FOUND).
   */
  async assertItemOfficer(manager: EntityManager, viewer: Viewer, itemId: string): Promise<MeetingAccess & { item: AgendaItemEntity }> {
    const found = isUuid(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
    if (!found) throw notFound('agenda item');
    const access = await this.assertOfficer(manager, viewer, found.meetingId);
    const item = await manager.findOneBy(AgendaItemEntity, { id: itemId });
    if (!item) throw notFound('agenda item');
    return { ...access, item };
  }

  /** Scheduling: the table exists (NOT_FOUND), the viewer is one of its officers, it is not archived. */
  async assertCanSchedule(manager: EntityManager, viewer: Viewer, tableId: string): Promise<RoundTableEntity> {
    const table = await tableOrNotFound(manager, tableId);
    await this.seats.assertOfficer(manager, viewer, table.id);
    this.seats.assertNotArchived(table);
    return table;
  }

  /** A cancelled or adjourned meeting is frozen: its details and invitations no longer change. */
  assertMeetingOpen(meeting: Pick<MeetingEntity, 'status'>): void {
    if (isMeetingClosed(meeting.status)) throw forbidden(`A ${meeting.status.toLowerCase()} meeting can no longer change.`);
  }

  /** A cancelled or adjourned meeting's agenda is frozen. */
  assertAgendaOpen(meeting: Pick<MeetingEntity, 'status'>): void {
    if (meeting.status === 'CANCELLED' || meeting.status === 'ADJOURNED') {
      throw forbidden(`The agenda of a ${meeting.status.toLowerCase()} meeting is frozen.`);
    }
  }
}
