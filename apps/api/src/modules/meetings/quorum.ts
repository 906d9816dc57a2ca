import { requiredQuorum } from '@concertation/shared-domain';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import type { TableMembershipEntity } from '../round-tables/table-membership.entity';
import type { AttendanceEntity } from './attendance.entity';

export interface Quorum {
  required: number;
  present: number;
  reached: boolean;
}

/**
 * Quorum counts organizations, not people: distinct ACTIVE member organizations with someone
 * PRESENT. Required is the table's own quorum, or else a majority of its ACTIVE members.
 */
export function computeQuorum(
  table: Pick<RoundTableEntity, 'quorum'>,
  memberships: ReadonlyArray<Pick<TableMembershipEntity, 'organizationId' | 'status'>>,
  attendance: ReadonlyArray<Pick<AttendanceEntity, 'organizationId' | 'status'>>,
): Quorum {
  const active = new Set(memberships.filter((m) => m.status === 'ACTIVE').map((m) => m.organizationId));
  const present = new Set(
    attendance.filter((a) => a.status === 'PRESENT' && a.organizationId !== null && active.has(a.organizationId)).map((a) => a.organizationId),
  ).size;
  const required = requiredQuorum(active.size, table.quorum);
  return { required, present, reached: present >= required };
}
