import { Link } from 'react-router';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { MeetingWhen } from './meeting-when';
import { MeetingStatusBadge } from './status-badges';
import type { MeetingDetails } from './types';

export function MeetingFacts({ meeting }: { meeting: MeetingDetails }) {
  const { t, formatDateTime } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('meetings.facts.when')}</dt>
      <dd>
        <MeetingWhen meeting={meeting} />
      </dd>
      <dt>{t('meetings.facts.table')}</dt>
      <dd>
        <Link to={paths.table(meeting.table.id)}>{meeting.table.name}</Link>
      </dd>
      <dt>{t('meetings.facts.status')}</dt>
      <dd>
        <MeetingStatusBadge status={meeting.status} />
        {meeting.seriesId && <span className="muted"> · {t('meetings.recurring')}</span>}
      </dd>
      {meeting.status === 'CANCELLED' && (
        <>
          <dt>{t('meetings.facts.cancelledReason')}</dt>
          <dd>{meeting.cancelledReason || t('meetings.facts.noReason')}</dd>
        </>
      )}
      <dt>{t('meetings.facts.location')}</dt>
      <dd>{meeting.location || t('meetings.facts.none')}</dd>
      <dt>{t('meetings.facts.onlineUrl')}</dt>
      <dd>
        {meeting.onlineUrl ? (
          <a href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
            {t('meetings.facts.join')}
            <span className="visually-hidden"> ({t('common.newWindow')})</span>
          </a>
        ) : (
          t('meetings.facts.none')
        )}
      </dd>
      <dt>{t('meetings.facts.agenda')}</dt>
      <dd>
        {meeting.agendaPublishedAt ? t('meetings.facts.publishedAt', { date: formatDateTime(meeting.agendaPublishedAt) }) : t('meetings.facts.notPublished')}
      </dd>
    </dl>
  );
}
