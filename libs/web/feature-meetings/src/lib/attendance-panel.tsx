import { useState } from 'react';
import { ATTENDANCE_STATUSES } from '@concertation/shared-domain';
import { useDescribeError, useRecordAttendance, type AttendanceStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, EmptyState, ErrorMessage } from '@concertation/web-ui';
import type { MeetingDetails } from './types';

const STATUSES: readonly AttendanceStatus[] = ATTENDANCE_STATUSES;

/** Who is there. Officers check people in with one press; everyone sees the list change live. */
export function AttendancePanel({ meeting, canRecord }: { meeting: MeetingDetails; canRecord: boolean }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [record, { loading }] = useRecordAttendance(meeting.id);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statusOf = new Map(meeting.attendance.map((entry) => [entry.user.id, entry.status]));
  const people = [...meeting.table.participants].sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));

  const mark = async (userId: string, status: AttendanceStatus) => {
    setError(null);
    setBusy(userId);
    try {
      await record(userId, status);
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusy(null);
    }
  };

  if (people.length === 0) return <EmptyState title={t('live.attendance.nobody')} />;
  return (
    <>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ul className="attendance-list">
        {people.map((participant) => {
          const status = statusOf.get(participant.user.id) ?? null;
          const name = participant.user.displayName;
          return (
            <li key={participant.id} className="attendance-list__person">
              <div>
                <span className="attendance-list__name">{name}</span>
                {participant.organization && <span className="muted"> · {participant.organization.name}</span>}{' '}
                {!canRecord && (
                  <Badge tone={status === 'PRESENT' ? 'success' : 'neutral'}>
                    {status ? t(`live.attendance.status.${status}` as const) : t('live.attendance.unknown')}
                  </Badge>
                )}
              </div>
              {canRecord && (
                <div className="segmented segmented--small" role="group" aria-label={t('live.attendance.of', { name })}>
                  {STATUSES.map((value) => (
                    <button
                      key={value}
                      type="button"
                      className="segmented__button"
                      aria-pressed={status === value}
                      disabled={loading && busy === participant.user.id}
                      onClick={() => mark(participant.user.id, value)}
                    >
                      {t(`live.attendance.status.${value}` as const)}
                    </button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
