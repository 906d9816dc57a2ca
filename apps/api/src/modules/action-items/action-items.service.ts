import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EnumValue, isUuid, type ActionItemStatus } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { isCalendarDate } from '../../core/graphql/date.scalar';
import { badInput, conflict, notFound } from '../../core/errors/domain-errors';
import { ActionItemActivity } from './action-item-activity';
import { assertAssignment, resolveOrigin } from './action-item-links';
import { ActionItemUpdateEntity } from './action-item-update.entity';
import { ActionItemEntity } from './action-item.entity';
import { ActionItemsPolicy } from './action-items.policy';
import type { CreateActionItemInput, UpdateActionItemInput } from './dto/action-item.inputs';

/** The fields an update may change; `status` is the only one owners (assignees) may touch. */
const EDITABLE = ['title', 'description', 'assigneeId', 'assigneeOrganizationId', 'dueOn', 'status'] as const;
type Editable = (typeof EDITABLE)[number];

/**
 * Action items' life: created by officers, changed by officers (any field) or by their owners
 * (status only), progressed by both. Versions start at 1 and grow by exactly 1 per change;
 * every status change adds an update; completedAt follows DONE.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActionItemsPolicy,
    private readonly activity: ActionItemActivity,
  ) {}

  async create(viewer: Viewer, input: CreateActionItemInput): Promise<ActionItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const table = await this.policy.assertCanCreate(manager, viewer, input.tableId);
      const origin = await resolveOrigin(manager, table.id, input);
      const assignment = { assigneeId: input.assigneeId ?? null, assigneeOrganizationId: input.assigneeOrganizationId ?? null };
      await assertAssignment(manager, table.id, assignment);
      assertDate(input.dueOn, 'dueOn');
      const inserted = await manager.insert(ActionItemEntity, {
        tableId: table.id,
        ...origin,
        ...assignment,
        title: input.title,
        description: input.description ?? null,
        dueOn: input.dueOn ?? null,
        status: 'OPEN',
        createdById: viewer.userId,
        completedAt: null,
        version: 1,
      });
      const item = await manager.findOneByOrFail(ActionItemEntity, { id: inserted.identifiers[0].id as string });
      await this.activity.record(manager, viewer, item, 'actionItem.created');
      await this.activity.notifyAssigned(manager, viewer, item);
      return item;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateActionItemInput, expectedVersion: number | null | undefined): Promise<ActionItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockedItem(manager, id);
      const sent = EDITABLE.filter((field) => input[field] !== undefined);
      await this.policy.assertMayUpdate(manager, viewer, item, sent);
      if (input.title === null) throw badInput('title must not be empty.', 'title');
      if (input.status === null) throw badInput('status cannot be cleared.', 'status');
      assertDate(input.dueOn, 'dueOn');
      const next: ActionItemEntity = { ...item };
      for (const field of sent) (next as unknown as Record<Editable, unknown>)[field] = input[field];
      if (input.assigneeId !== undefined || input.assigneeOrganizationId !== undefined) await assertAssignment(manager, item.tableId, next);
      return this.save(manager, viewer, item, next, expectedVersion, { body: null, action: 'actionItem.updated' });
    });
  }

  /** A comment, a status change, or both. */
  async postUpdate(
    viewer: Viewer,
    id: string,
    body: string | null | undefined,
    status: EnumValue<ActionItemStatus> | null | undefined,
  ): Promise<ActionItemEntity> {
    if (!body && !status) throw badInput('Give a body, a status, or both.', 'body');
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockedItem(manager, id);
      await this.policy.assertMayProgress(manager, viewer, item);
      const next: ActionItemEntity = { ...item, status: status ?? item.status };
      return this.save(manager, viewer, item, next, null, { body: body ?? null, action: 'actionItem.progressed', alwaysLog: true });
    });
  }

  private async lockedItem(manager: EntityManager, id: string): Promise<ActionItemEntity> {
    const item = isUuid(id) ? await manager.findOne(ActionItemEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!item) throw notFound('action item');
    return item;
  }

  /**
   * One conditional UPDATE (`WHERE version = expected`), its affected rows checked: a stale
   * expectedVersion is CONFLICT even against a writer that committed a moment ago. The row is
   * locked first, so without expectedVersion concurrent writers queue up instead of failing.
   */
  private async save(
    manager: EntityManager,
    viewer: Viewer,
    before: ActionItemEntity,
    next: ActionItemEntity,
    expectedVersion: number | null | undefined,
    options: { body: string | null; action: string; alwaysLog?: boolean },
  ): Promise<ActionItemEntity> {
    const statusChanged = next.status !== before.status;
    const changed = EDITABLE.some((field) => next[field] !== before[field]);
    if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== before.version) {
      throw conflict('This action item was changed by someone else; reload it and try again.');
    }
    if (!changed && !options.alwaysLog) return before;
    if (changed) {
      const completedAt = next.status === 'DONE' ? (before.status === 'DONE' ? before.completedAt : () => 'now()') : null;
      const result = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({
          title: next.title,
          description: next.description,
          assigneeId: next.assigneeId,
          assigneeOrganizationId: next.assigneeOrganizationId,
          dueOn: next.dueOn,
          status: next.status,
          completedAt: completedAt as Date | null,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: before.id, version: expectedVersion ?? before.version })
        .execute();
      if ((result.affected ?? 0) !== 1) throw conflict('This action item was changed by someone else; reload it and try again.');
    }
    if (statusChanged || options.alwaysLog) {
      await manager.insert(ActionItemUpdateEntity, {
        actionItemId: before.id,
        authorId: viewer.userId,
        body: options.body,
        status: statusChanged ? next.status : null,
      });
    }
    const saved = await manager.findOneByOrFail(ActionItemEntity, { id: before.id });
    await this.activity.record(manager, viewer, saved, options.action, before);
    const reassigned = saved.assigneeId !== before.assigneeId || saved.assigneeOrganizationId !== before.assigneeOrganizationId;
    if (reassigned) await this.activity.notifyAssigned(manager, viewer, saved);
    return saved;
  }
}

function assertDate(value: string | null | undefined, field: string): void {
  if (value !== null && value !== undefined && !isCalendarDate(value)) throw badInput(`${field} must be a date written YYYY-MM-DD.`, field);
}
