import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge } from '@concertation/web-ui';
import { plannedStarts } from './agenda-times';
import { formatMinutes } from './durations';
import { ConfidentialityBadge } from './status-badges';
import type { MeetingDetails } from './types';

/**
 * What publishing will do, shown before it is done: the agenda as the table will read it, and who
 * will be notified (everyone who sits at the table but the one publishing, as the API does).
 */
export function PublishPreview({ meeting }: { meeting: MeetingDetails }) {
  const { t, tp, formatTime } = useI18n();
  const { me } = useSession();
  const starts = plannedStarts(meeting.startsAt, meeting.agenda);
  const notified = meeting.table.participants
    .filter((participant) => participant.user.id !== me?.id)
    .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
  const hidesSomething = meeting.agenda.some((item) => item.confidentiality === 'IN_CAMERA') && notified.some((participant) => participant.role === 'OBSERVER');

  return (
    <div className="publish-preview">
      <p>{t('meetings.manage.previewIntro')}</p>
      {meeting.agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <ol className="publish-preview__agenda" aria-label={t('agenda.listLabel', { title: meeting.title })}>
          {meeting.agenda.map((item, index) => (
            <li key={item.id}>
              {starts[index] && <span className="agenda-item__time">{formatTime(starts[index] ?? '')} </span>}
              <strong>{item.title}</strong>{' '}
              <span className="badges">
                <Badge>{t(`agenda.kinds.${item.kind}` as const)}</Badge>
                {item.durationMinutes !== null && <Badge tone="info">{formatMinutes(item.durationMinutes, t)}</Badge>}
                <ConfidentialityBadge confidentiality={item.confidentiality} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {hidesSomething && <p className="form__note">{t('meetings.manage.previewInCamera')}</p>}
      {notified.length === 0 ? (
        <p>{t('meetings.manage.previewNobody')}</p>
      ) : (
        <>
          <p>{tp('meetings.manage.previewNotified', notified.length)}</p>
          <ul className="publish-preview__people">
            {notified.map((participant) => (
              <li key={participant.id}>
                {participant.user.displayName}
                {participant.organization && <span className="muted"> · {participant.organization.name}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
