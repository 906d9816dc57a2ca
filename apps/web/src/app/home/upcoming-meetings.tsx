import { Link } from 'react-router';
import type { MeetingSummaryFragment } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, VisuallyHidden } from '@concertation/web-ui';

export function UpcomingMeetings({ meetings }: { meetings: readonly MeetingSummaryFragment[] }) {
  const { t, formatDateTimeRange } = useI18n();
  return (
    <>
      {meetings.length === 0 ? (
        <p className="muted">{t('home.meetings.empty')}</p>
      ) : (
        <ul className="card-list">
          {meetings.map((meeting) => {
            const live = meeting.status === 'IN_PROGRESS';
            return (
              <li key={meeting.id} className="card home-entry">
                {live && (
                  <p className="home-entry__kind">
                    <Badge tone="success">{t('home.meetings.inProgress')}</Badge>
                  </p>
                )}
                <h3 className="card__title home-entry__title">{meeting.title}</h3>
                <p className="card__meta">
                  <span className="home-entry__table">{meeting.table.name}</span>
                  <time dateTime={meeting.startsAt}>{formatDateTimeRange(meeting.startsAt, meeting.endsAt)}</time>
                </p>
                <p className="home-entry__step">
                  <Link to={live ? paths.liveMeeting(meeting.id) : paths.meeting(meeting.id)}>
                    {t(live ? 'home.meetings.join' : 'home.meetings.agenda')}
                    <VisuallyHidden>{t('home.about', { title: meeting.title })}</VisuallyHidden>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="home__more">
        <Link to={paths.myMeetings()}>{t('home.meetings.all')}</Link>
      </p>
    </>
  );
}
