import { useI18n } from '@concertation/web-i18n';
import type { MeetingSummary } from './types';

type When = Pick<MeetingSummary, 'startsAt' | 'endsAt' | 'timeZone'>;

/**
 * When a meeting happens, in the viewer's zone; and, where the meeting is held in another zone,
 * its local time there too (what the invitation and the people in the room say).
 */
export function MeetingWhen({ meeting }: { meeting: When }) {
  const { t, timeZone, formatDateTimeRange, formatTimeRange, timeZoneName } = useI18n();
  const elsewhere = meeting.timeZone !== timeZone;
  return (
    <span className="meeting-when">
      <time dateTime={meeting.startsAt}>{formatDateTimeRange(meeting.startsAt, meeting.endsAt)}</time>
      {elsewhere && (
        <span className="meeting-when__local">
          {t('meetings.localTime', {
            time: formatTimeRange(meeting.startsAt, meeting.endsAt, meeting.timeZone),
            zone: timeZoneName(meeting.timeZone, meeting.startsAt),
          })}
        </span>
      )}
    </span>
  );
}
