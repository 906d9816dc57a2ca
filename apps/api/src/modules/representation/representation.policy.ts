import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden } from '../../core/errors/domain-errors';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { RoundTablesPolicy } from '../round-tables/round-tables.policy';

/**
 * Who may speak for a member organization at a meeting (docs/api-guide.md, "Representation"):
 * the table's officers, or a person of that organization (confirmed) who sits at the table.
 * Proxies and substitutions ask this class.
 */
@Injectable()
export class RepresentationPolicy {
  constructor(private readonly seats: RoundTablesPolicy) {}

  async assertActsFor(manager: EntityManager, viewer: Viewer, meeting: Pick<MeetingEntity, 'tableId'>, organizationId: string): Promise<void> {
    const seat = await this.seats.seatIn(manager, viewer.userId, meeting.tableId);
    if (this.seats.isOfficer(seat)) return;
    if (seat && viewer.organizationId === organizationId) return;
    throw forbidden('Only the officers of this table or a person of that organization who sits at it may do this.');
  }
}
