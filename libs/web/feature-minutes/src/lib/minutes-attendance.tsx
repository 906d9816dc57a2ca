import type { AttendanceStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import type { MinutesMeeting } from './types';

const STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'ABSENT'];

/** Who was there, excused or absent, with the organization each sat for. */
export function MinutesAttendance({ meeting }: { meeting: MinutesMeeting }) {
  const { t } = useI18n();
  if (meeting.attendance.length === 0) return <p className="muted">{t('minutes.page.noAttendance')}</p>;
  return (
    <div className="minutes-attendance">
      {STATUSES.map((status) => {
        const people = meeting.attendance.filter((entry) => entry.status === status);
        if (people.length === 0) return null;
        return (
          <div key={status}>
            <h3>{t(`minutes.page.attendanceStatus.${status}` as const)}</h3>
            <ul className="item-list">
              {people.map((entry) => (
                <li key={entry.user.id}>
                  {entry.user.displayName}
                  {entry.organization && <span className="muted"> ({entry.organization.name})</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
