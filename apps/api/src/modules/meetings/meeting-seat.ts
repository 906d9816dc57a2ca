import { type EntityManager, In, IsNull, type DataSource } from 'typeorm';
import type { EnumValue, TableRole } from '@concertation/shared-domain';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey } from '../../core/graphql/request-loaders';
import { SubstitutionEntity } from '../representation/substitution.entity';
import type { TableParticipantEntity } from '../round-tables/table-participant.entity';

/**
 * A person's seat at one meeting: the seat they hold at its table, or, for a colleague an
 * organization sent in its delegate's place, a seat at that meeting only, as a MEMBER. Every read
 * and act on a meeting asks for this seat (MeetingsPolicy), so a substitute is never a special case.
 */
/** The role a substitute holds at the meeting they were sent to. */
export const SUBSTITUTE_ROLE = 'MEMBER' satisfies EnumValue<TableRole>;

export type MeetingSeat =
  | { kind: 'table'; role: EnumValue<TableRole>; organizationId: string | null; participant: TableParticipantEntity }
  | { kind: 'substitute'; role: typeof SUBSTITUTE_ROLE; organizationId: string; substitution: SubstitutionEntity }
  | null;

export const tableSeat = (participant: TableParticipantEntity | null): MeetingSeat =>
  participant ? { kind: 'table', role: participant.role, organizationId: participant.organizationId, participant } : null;

export const substituteSeat = (substitution: SubstitutionEntity | null): MeetingSeat =>
  substitution ? { kind: 'substitute', role: SUBSTITUTE_ROLE, organizationId: substitution.organizationId, substitution } : null;

/**
 * A substitute's seat as the table participant they stand in for at this meeting (`Rsvp.participant`):
 * its id is the substitution's, its role MEMBER.
 */
export function substituteAsParticipant(substitution: SubstitutionEntity, tableId: string): TableParticipantEntity {
  return {
    id: substitution.id,
    tableId,
    userId: substitution.substituteId,
    organizationId: substitution.organizationId,
    role: SUBSTITUTE_ROLE,
    since: substitution.createdAt,
  };
}

interface SubstituteKey {
  userId: string;
  meetingId: string;
}
const substituteKey = (k: SubstituteKey): string => `${k.userId}/${k.meetingId}`;

/**
 * The standing substitution that seats the viewer at a meeting, batched like the table seats: keyed
 * by user and meeting, so that the subscribers of one live event share one query.
 */
export function viewerSubstitution(dataSource: DataSource, ctx: RequestContext, meetingId: string): Promise<SubstitutionEntity | null> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(null);
  const loader = ctx.loaders.shared(
    'policy.substituteSeat',
    async (keys: readonly SubstituteKey[]) => {
      const rows = await dataSource.getRepository(SubstitutionEntity).findBy({
        substituteId: In([...new Set(keys.map((k) => k.userId))]),
        meetingId: In([...new Set(keys.map((k) => k.meetingId))]),
        endedAt: IsNull(),
      });
      return byKey(keys.map(substituteKey), rows, (s) => substituteKey({ userId: s.substituteId, meetingId: s.meetingId }));
    },
    { cacheKeyFn: substituteKey },
  );
  return loader.load({ userId: viewer.userId, meetingId });
}

/** A user's standing substitution at a meeting, read in the caller's transaction. */
export function substitutionIn(manager: EntityManager, userId: string, meetingId: string): Promise<SubstitutionEntity | null> {
  return manager.findOneBy(SubstitutionEntity, { substituteId: userId, meetingId, endedAt: IsNull() });
}

/**
 * The meetings a user holds a substitute's seat at, as an SQL condition on a meeting id column
 * (the lists that restate MeetingsPolicy in SQL: myMeetings, the calendar feed, search).
 */
export function substituteMeetingsSql(userParam: string): string {
  return `(SELECT s.meeting_id FROM substitution s WHERE s.substitute_id = ${userParam} AND s.ended_at IS NULL)`;
}
