import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isAuditAction, isUuid } from '@concertation/shared-domain';
import type { Viewer } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/domain-errors';
import { type Connection, decodeCursor, pageSize, toConnection } from '../../core/graphql/page';
import { AuditEventEntity } from './audit-event.entity';
import { AuditPolicy } from './audit.policy';
import type { AuditLogArgs } from './dto/audit-log.args';

/** Reads the audit trail that core/audit's AuditService writes. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AuditPolicy,
  ) {}

  /** Newest first, filtered by action and actor. A table's log is for its officers; the whole platform's for coordinators. */
  async list(viewer: Viewer, args: AuditLogArgs): Promise<Connection<AuditEventEntity>> {
    const limit = pageSize(args.first);
    const afterId = this.afterId(args.after);
    const { action, actorId } = this.filters(args);
    const tableId = await this.policy.assertMayRead(viewer, args.tableId ?? null);
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a');
    if (tableId !== null) query.andWhere('a.table_id = :tableId', { tableId });
    if (action !== null) query.andWhere('a.action = :action', { action });
    if (actorId !== null) query.andWhere('a.actor_id = :actorId', { actorId });
    const totalCount = await query.getCount();
    if (afterId) {
      // Timestamps carry microseconds that a JavaScript Date would lose: compare with the row itself.
      query.andWhere('(a.at, a.id) < (SELECT c.at, c.id FROM audit_event c WHERE c.id = :afterId)', { afterId });
    }
    const rows = await query
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return toConnection(rows, limit, totalCount, (a) => [a.id]);
  }

  /** An unknown action or a malformed id is a mistake of the caller, not an empty log. */
  private filters(args: AuditLogArgs): { action: string | null; actorId: string | null } {
    const action = args.action ?? null;
    const actorId = args.actorId ?? null;
    if (action !== null && !isAuditAction(action)) throw badInput('action is not an action the audit log records.', 'action');
    if (actorId !== null && !isUuid(actorId)) throw badInput('actorId is not a user id.', 'actorId');
    return { action, actorId };
  }

  private afterId(after: string | null | undefined): string | null {
    const key = decodeCursor(after, 1);
    if (!key) return null;
    if (!isUuid(key[0])) throw badInput('after is not a cursor this list gave out.', 'after');
    return key[0];
  }
}
