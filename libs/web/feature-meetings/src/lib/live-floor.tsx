import { isOfficerRole } from '@concertation/shared-domain';
import { useMeetingFloor, useMeetingFloorEvents, useSession, type MeetingFloor } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Section } from '@concertation/web-ui';
import { SpeakersPanel } from './speakers-panel';
import type { MeetingDetails } from './types';
import { VotesPanel } from './vote-panel';

/**
 * The floor of the live room (votes, speakers' list, whose ballot the viewer may cast), followed
 * live: each event of the meeting brings it again, read with the viewer's rights.
 */
export function useLiveFloor(meetingId: string, skip: boolean): MeetingFloor | null {
  const { data } = useMeetingFloor(meetingId, skip);
  useMeetingFloorEvents(meetingId, { skip });
  return data?.meeting ?? null;
}

/** « Votes »: while the meeting is under way, and afterwards if it held any. */
export function LiveVotesSection({ meeting, floor }: { meeting: MeetingDetails; floor: MeetingFloor | null }) {
  const { t } = useI18n();
  const { me } = useSession();
  if (!floor || (meeting.status !== 'IN_PROGRESS' && floor.votes.length === 0)) return null;
  return (
    <Section title={t('votes.title')} id="votes">
      <VotesPanel meeting={meeting} floor={floor} isOfficer={isOfficerRole(meeting.table.viewerRole)} ownOrganizationId={me?.organization?.id ?? null} />
    </Section>
  );
}

/** « Tour de parole »: only while the meeting is under way. */
export function LiveSpeakersSection({ meeting, floor }: { meeting: MeetingDetails; floor: MeetingFloor | null }) {
  const { t } = useI18n();
  const { me } = useSession();
  if (!floor || meeting.status !== 'IN_PROGRESS') return null;
  return (
    <Section title={t('speakers.title')} id="speakers">
      <SpeakersPanel meeting={meeting} floor={floor} isOfficer={isOfficerRole(meeting.table.viewerRole)} viewerId={me?.id ?? null} />
    </Section>
  );
}
