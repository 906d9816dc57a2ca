import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { tableOrNotFound } from '../round-tables/table-lookup';
import type { TableRole } from '../round-tables/table-participant.entity';
import { ActionItemEntity } from './action-item.entity';

/** What one person may do with one action item. */
export interface ActionItemRights {
  /** May read it (and so hear of it live). */
  read: boolean;
  /** An officer of its table: may change any field. */
  officer: boolean;
  /** The assignee or a (confirmed) user of the assignee organization: may change the status and post updates. */
  owner: boolean;
}

type Ownable = Pick<ActionItemEntity, 'assigneeId' | 'assigneeOrganizationId'>;

/**
 * Who may read and change action items (docs/api-guide.md): those who sit at the table read them, and
 * so do the assignee and the users of the assignee organization (their "my actions"); items
 * linked to an IN_CAMERA agenda item only for CHAIR, SECRETARY and MEMBER of the table, like the
 * item itself (MeetingsPolicy decides that). Officers change everything; owners only the status.
 */
@Injectable()
export class ActionItemsPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: RoundTablesPolicy,
    private readonly meetings: MeetingsPolicy,
    private readonly meetingLoaders: MeetingsLoaders,
  ) {}

  isOwner(viewer: Viewer | null, item: Ownable): boolean {
    if (!viewer) return false;
    return item.assigneeId === viewer.userId || (!!item.assigneeOrganizationId && item.assigneeOrganizationId === viewer.organizationId);
  }

  private decide(viewer: Viewer | null, role: TableRole | null, item: Ownable, inCameraItem: AgendaItemEntity | null): ActionItemRights {
    const owner = this.isOwner(viewer, item);
    const sits = this.meetings.canRead(role);
    const visible = inCameraItem ? this.meetings.canSeeItem(role, inCameraItem) : sits || owner;
    return { read: visible, officer: visible && this.meetings.isOfficer(role), owner: visible && owner };
  }

  /** Rights for reads (lists, fields, live events), batched per request. */
  async rights(ctx: RequestContext, item: ActionItemEntity): Promise<ActionItemRights> {
    const role = await this.seats.viewerRole(ctx, item.tableId);
    const agendaItem = item.agendaItemId ? await this.meetingLoaders.item(ctx).load(item.agendaItemId) : null;
    return this.decide(ctx.viewer, role, item, agendaItem?.confidentiality === 'IN_CAMERA' ? agendaItem : null);
  }

  async mayRead(ctx: RequestContext, item: ActionItemEntity): Promise<boolean> {
    return (await this.rights(ctx, item)).read;
  }

  /** `actionItem(id)`: NOT_FOUND for an unknown or malformed id, FORBIDDEN when the viewer may not read it. */
  async readable(ctx: RequestContext, id: string): Promise<ActionItemEntity> {
    const item = isUuid(id) ? await this.dataSource.getRepository(ActionItemEntity).findOneBy({ id }) : null;
    if (!item) throw notFound('action item');
    if (!(await this.mayRead(ctx, item))) throw forbidden('You may not read this action item.');
    return item;
  }

  /** Rights inside a mutation's transaction. */
  async rightsIn(manager: EntityManager, viewer: Viewer, item: ActionItemEntity): Promise<ActionItemRights> {
    const role = (await this.seats.seatIn(manager, viewer.userId, item.tableId))?.role ?? null;
    const agendaItem = item.agendaItemId ? await manager.findOneBy(AgendaItemEntity, { id: item.agendaItemId }) : null;
    return this.decide(viewer, role, item, agendaItem?.confidentiality === 'IN_CAMERA' ? agendaItem : null);
  }

  /**
   * createActionItem: the table exists (NOT_FOUND), the viewer is one of its officers, and it is
   * not archived. An archived table is frozen: its action items no longer change.
   */
  async assertCanCreate(manager: EntityManager, viewer: Viewer, tableId: string): Promise<RoundTableEntity> {
    const table = await tableOrNotFound(manager, tableId);
    await this.seats.assertOfficer(manager, viewer, table.id);
    this.seats.assertNotArchived(table);
    return table;
  }

  /**
   * updateActionItem, postActionItemUpdate: the viewer's rights on an item they may read
   * (FORBIDDEN otherwise), at a table that is not archived (FORBIDDEN: an archived table is frozen).
   */
  async rightsToChange(manager: EntityManager, viewer: Viewer, item: ActionItemEntity): Promise<ActionItemRights> {
    const rights = await this.rightsIn(manager, viewer, item);
    if (!rights.read) throw forbidden('You may not read this action item.');
    this.seats.assertNotArchived(await tableOrNotFound(manager, item.tableId));
    return rights;
  }

  /** Whether a given user (not the viewer) may read an item linked to this agenda item: for notification texts. */
  seesInCamera(role: TableRole | null): boolean {
    return this.meetings.canSeeInCamera(role);
  }
}
