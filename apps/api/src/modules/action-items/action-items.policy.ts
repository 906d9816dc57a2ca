import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EnumValue, isUuid, type TableRole } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden, notFound } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { MeetingsPolicy } from '../meetings/meetings.policy';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';
import { tableOrNotFound } from '../round-tables/table-lookup';
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

  private decide(viewer: Viewer | null, role: EnumValue<TableRole> | null, item: Ownable, inCameraItem: AgendaItemEntity | null): ActionItemRights {
    const owner = this.isOwner(viewer, item);
    const sits = this.meetings.canRead(role);
    const visible = inCameraItem ? this.meetings.canSeeItem(role, inCameraItem) : sits || owner;
    return { read: visible, officer: visible && this.meetings.isOfficer(role), owner: visible && owner };
  }

  /** Those who sit at a table follow its action items live; the stream ends when they leave it. */
  async mayFollowTable(ctx: RequestContext, tableId: string): Promise<boolean> {
    return (await this.seats.viewerRole(ctx, tableId)) !== null;
  }

  async assertMayFollowTable(ctx: RequestContext, tableId: string): Promise<void> {
    if (!(await this.mayFollowTable(ctx, tableId))) throw forbidden('Only those who sit at this table follow its action items.');
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
   * updateActionItem with the fields it sends: officers change any field, owners only the status
   * (FORBIDDEN otherwise), on an item they may read at a table that is not archived.
   */
  async assertMayUpdate(manager: EntityManager, viewer: Viewer, item: ActionItemEntity, fields: readonly string[]): Promise<void> {
    const rights = await this.rightsToChange(manager, viewer, item);
    if (rights.officer) return;
    if (!rights.owner) throw forbidden('Only the officers of this table and the assignees may change this action item.');
    if (fields.some((field) => field !== 'status')) throw forbidden('Assignees may change only the status.');
  }

  /** postActionItemUpdate: officers and owners, on an item they may read at a table that is not archived. */
  async assertMayProgress(manager: EntityManager, viewer: Viewer, item: ActionItemEntity): Promise<void> {
    const rights = await this.rightsToChange(manager, viewer, item);
    if (!rights.officer && !rights.owner) throw forbidden('Only the officers of this table and the assignees may post updates.');
  }

  /**
   * The viewer's rights on an item they may read (FORBIDDEN otherwise), at a table that is not
   * archived (FORBIDDEN: an archived table is frozen).
   */
  private async rightsToChange(manager: EntityManager, viewer: Viewer, item: ActionItemEntity): Promise<ActionItemRights> {
    const rights = await this.rightsIn(manager, viewer, item);
    if (!rights.read) throw forbidden('You may not read this action item.');
    this.seats.assertNotArchived(await tableOrNotFound(manager, item.tableId));
    return rights;
  }

  /**
   * `decide`'s read rule in SQL, for lists filtered and counted in the database: items linked to
   * an IN_CAMERA agenda item for the roles that see in camera; the others for those who sit at the
   * table and the owners. Aliases: `ai` the action item, `agi` its agenda item, `tp` the viewer's
   * seat at its table (both left-joined); the placeholders of the viewer's id and organization's
   * id as the caller's SQL writes them (`$1`, `:viewerId`).
   * test/authorization-sql-parity.e2e-spec.ts holds it to `rights` on the authorization world.
   */
  visibleSql(viewerParam: string, orgParam: string): string {
    return `(CASE WHEN agi.confidentiality = 'IN_CAMERA' THEN tp.role IN ${this.meetings.inCameraRolesSql()}
  ELSE (tp.id IS NOT NULL OR ai.assignee_id = ${viewerParam} OR ai.assignee_organization_id = ${orgParam}) END)`;
  }

  /** Whether a given user (not the viewer) may read an item linked to this agenda item: for notification texts. */
  seesInCamera(role: EnumValue<TableRole> | null): boolean {
    return this.meetings.canSeeInCamera(role);
  }
}
