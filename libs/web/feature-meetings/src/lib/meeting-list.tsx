import { Link } from 'react-router';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, EmptyState } from '@concertation/web-ui';
import { MeetingWhen } from './meeting-when';
import { MeetingStatusBadge } from './status-badges';
import type { MeetingSummary } from './types';

export interface MeetingListProps {
  meetings: readonly MeetingSummary[];
  /** Lists across tables name each meeting's table. */
  showTable?: boolean;
  emptyTitle: string;
  emptyBody?: string;
  /** Cards sit under an h2 section, so their titles are h3 by default. */
  headingLevel?: 3 | 4;
}

export function MeetingList({ meetings, showTable = false, emptyTitle, emptyBody, headingLevel = 3 }: MeetingListProps) {
  const { t } = useI18n();
  if (meetings.length === 0) return <EmptyState title={emptyTitle}>{emptyBody}</EmptyState>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="card-list meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className={meeting.status === 'CANCELLED' ? 'card card--cancelled' : 'card'}>
          <Heading className="card__title">
            <Link to={paths.meeting(meeting.id)}>{meeting.title}</Link>
          </Heading>
          <p className="card__meta">
            <MeetingWhen meeting={meeting} />
          </p>
          {showTable && (
            <p className="card__meta">
              <Link to={paths.table(meeting.table.id)}>{meeting.table.name}</Link>
            </p>
          )}
          {(meeting.location || meeting.onlineUrl) && (
            <p className="card__meta muted">{[meeting.location, meeting.onlineUrl ? t('meetings.online') : null].filter(Boolean).join(' · ')}</p>
          )}
          <p className="badges">
            <MeetingStatusBadge status={meeting.status} />
            {meeting.viewerRsvp && <Badge tone="info">{t(`rsvp.yours.${meeting.viewerRsvp}` as const)}</Badge>}
            {meeting.seriesId && <Badge>{t('meetings.recurring')}</Badge>}
          </p>
        </li>
      ))}
    </ul>
  );
}
