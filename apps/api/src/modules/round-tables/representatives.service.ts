import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUuid, MAX_ALTERNATES } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden, notFound } from '../../core/errors/domain-errors';
import type { SetRepresentativesArgs } from './dto/membership.args';
import { RoundTablesPolicy } from './round-tables.policy';
import { findOrNotFound, tableOrNotFound } from './table-lookup';
import { TableMembershipAlternateEntity } from './table-membership-alternate.entity';
import { TableMembershipEntity } from './table-membership.entity';
import { TableParticipantEntity } from './table-participant.entity';

const DELEGATE = 'delegateParticipantId';
const ALTERNATES = 'alternateParticipantIds';

/** Who speaks for a member organization at a table: its delegate and, in order, its alternates. */
@Injectable()
export class RepresentativesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: RoundTablesPolicy,
    private readonly audit: AuditService,
  ) {}

  async set(viewer: Viewer, args: SetRepresentativesArgs): Promise<TableMembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await findOrNotFound(manager, TableMembershipEntity, args.membershipId, 'membership', { lock: true });
      const table = await tableOrNotFound(manager, membership.tableId);
      await this.policy.assertMayNameRepresentatives(manager, viewer, membership);
      this.policy.assertNotArchived(table);
      if (membership.status !== 'ACTIVE') throw forbidden('Representatives can only be named for an ACTIVE membership.');

      const delegateId = args.delegateParticipantId ?? null;
      const alternateIds = args.alternateParticipantIds;
      if (alternateIds.length > MAX_ALTERNATES) throw badInput(`At most ${MAX_ALTERNATES} alternates.`, ALTERNATES);
      if (new Set(alternateIds).size !== alternateIds.length) throw badInput('The same person is named twice as an alternate.', ALTERNATES);
      if (delegateId !== null && alternateIds.includes(delegateId)) throw badInput('The delegate cannot also be an alternate.', ALTERNATES);
      // An empty string is a malformed id like any other (NOT_FOUND), not a way to clear the delegate.
      await this.assertSeatsOf(manager, membership, delegateId === null ? [] : [delegateId], DELEGATE);
      await this.assertSeatsOf(manager, membership, alternateIds, ALTERNATES);

      await manager.update(TableMembershipEntity, { id: membership.id }, { delegateParticipantId: delegateId });
      await manager.delete(TableMembershipAlternateEntity, { membershipId: membership.id });
      if (alternateIds.length > 0) {
        await manager.insert(
          TableMembershipAlternateEntity,
          alternateIds.map((participantId, index) => ({ membershipId: membership.id, participantId, position: index + 1 })),
        );
      }
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'representatives.set',
        entityType: 'membership',
        entityId: membership.id,
        tableId: membership.tableId,
      });
      return manager.findOneByOrFail(TableMembershipEntity, { id: membership.id });
    });
  }

  /**
   * Each id is a seat of the membership's organization at its table. An id that is no seat at all is
   * NOT_FOUND like any unknown id; a seat of someone else is the caller's mistake (BAD_USER_INPUT).
   * The seats are locked so that a concurrent removal waits for this transaction.
   */
  private async assertSeatsOf(manager: EntityManager, membership: TableMembershipEntity, ids: string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    if (!ids.every((id) => isUuid(id))) throw notFound('participant');
    const seats = await manager.getRepository(TableParticipantEntity).find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_read' } });
    if (seats.length !== new Set(ids).size) throw notFound('participant');
    if (seats.some((s) => s.tableId !== membership.tableId || s.organizationId !== membership.organizationId)) {
      throw badInput('Representatives must be people of this organization who sit at this table.', field);
    }
  }
}
