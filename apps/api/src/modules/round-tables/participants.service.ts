import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EnumValue, TableRole } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { badInput, conflict } from '../../core/errors/domain-errors';
import { UserEntity } from '../accounts/user.entity';
import type { AddParticipantArgs, ChangeParticipantRoleArgs } from './dto/participant.args';
import { RoundTablesPolicy } from './round-tables.policy';
import { findOrNotFound, tableOrNotFound } from './table-lookup';
import { TableMembershipEntity } from './table-membership.entity';
import { TableParticipantEntity } from './table-participant.entity';

const SEAT_UNIQUE = 'table_participant_table_id_user_id_key';

/** Who sits at a table, for which organization, in which role: the chair's and coordinators' say. */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: RoundTablesPolicy,
    private readonly audit: AuditService,
  ) {}

  async add(viewer: Viewer, args: AddParticipantArgs): Promise<TableParticipantEntity> {
    const alreadySeated = () => conflict('This person already sits at this table.');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const table = await tableOrNotFound(manager, args.tableId, { lock: true });
        await this.policy.assertChairOrCoordinator(manager, viewer, table.id);
        const user = await findOrNotFound(manager, UserEntity, args.userId, 'user');
        this.policy.assertNotArchived(table);
        const organizationId = user.organizationId;
        const active = organizationId ? await manager.countBy(TableMembershipEntity, { tableId: table.id, organizationId, status: 'ACTIVE' }) : 0;
        if (!organizationId || active === 0) {
          throw badInput("This person's organization is not an active member of this table.", 'userId');
        }
        if (await this.policy.seatIn(manager, user.id, table.id)) throw alreadySeated();
        const participant = manager.create(TableParticipantEntity, { tableId: table.id, userId: user.id, organizationId, role: args.role });
        await manager.save(participant);
        await this.record(manager, viewer, 'participant.added', participant);
        return participant;
      });
    } catch (error) {
      if (isUniqueViolation(error, SEAT_UNIQUE)) throw alreadySeated();
      throw error;
    }
  }

  async changeRole(viewer: Viewer, args: ChangeParticipantRoleArgs): Promise<TableParticipantEntity> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.editable(manager, viewer, args.participantId);
      participant.role = args.role as EnumValue<TableRole>;
      await manager.update(TableParticipantEntity, { id: participant.id }, { role: participant.role });
      await this.record(manager, viewer, 'participant.role_changed', participant);
      return participant;
    });
  }

  async remove(viewer: Viewer, participantId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.editable(manager, viewer, participantId);
      await manager.delete(TableParticipantEntity, { id: participant.id });
      await this.record(manager, viewer, 'participant.removed', participant);
      return true;
    });
  }

  /** A seat the viewer may change: it exists, the viewer chairs its table or coordinates, the table is open. */
  private async editable(manager: EntityManager, viewer: Viewer, participantId: string): Promise<TableParticipantEntity> {
    const participant = await findOrNotFound(manager, TableParticipantEntity, participantId, 'participant', { lock: true });
    const table = await tableOrNotFound(manager, participant.tableId);
    await this.policy.assertChairOrCoordinator(manager, viewer, table.id);
    this.policy.assertNotArchived(table);
    return participant;
  }

  private record(manager: EntityManager, viewer: Viewer, action: string, participant: TableParticipantEntity) {
    return this.audit.record(manager, {
      actorId: viewer.userId,
      action,
      entityType: 'participant',
      entityId: participant.id,
      tableId: participant.tableId,
    });
  }
}
