import { useId, useState } from 'react';
import { ATTENDANCE_STATUSES } from '@concertation/shared-domain';
import { useDescribeError, useRecordAttendance, type AttendanceStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, EmptyState, ErrorMessage } from '@concertation/web-ui';
import { attendanceSheet, type SheetGroup } from './attendance-sheet';
import type { MeetingDetails } from './types';

const STATUSES: readonly AttendanceStatus[] = ATTENDANCE_STATUSES;

/**
 * Who is there, by organization, and in which capacity each person comes (delegate, alternate,
 * substitute, participant), with the proxies each organization holds or gave. Officers check people
 * in with one press, the colleagues sent to this meeting included; everyone sees the list change live.
 */
export function AttendancePanel({ meeting, canRecord }: { meeting: MeetingDetails; canRecord: boolean }) {
  const { t, language } = useI18n();
  const describe = useDescribeError();
  const [record, { loading }] = useRecordAttendance(meeting.id);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const groups = attendanceSheet(meeting, language);

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

  if (groups.every((group) => group.people.length === 0)) return <EmptyState title={t('live.attendance.nobody')} />;
  return (
    <div className="attendance-sheet">
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {groups.map((group) => (
        <AttendanceGroup
          key={group.organization?.id ?? ''}
          group={group}
          canRecord={canRecord}
          pending={loading ? busy : null}
          onMark={(userId, status) => void mark(userId, status)}
        />
      ))}
    </div>
  );
}

function AttendanceGroup({
  group,
  canRecord,
  pending,
  onMark,
}: {
  group: SheetGroup;
  canRecord: boolean;
  pending: string | null;
  onMark: (userId: string, status: AttendanceStatus) => void;
}) {
  const { t, tp } = useI18n();
  const id = useId();
  const { organization } = group;
  return (
    <div className="attendance-group">
      <h3 id={`${id}-name`} className="attendance-group__name">
        {organization?.name ?? t('live.attendance.noOrganization')}
      </h3>
      <p className="attendance-group__facts">
        <span>{tp('live.attendance.presentCount', group.present)}</span>
        {group.holdsProxyOf && <span>{t('live.attendance.holdsProxy', { from: group.holdsProxyOf.name })}</span>}
        {group.gaveProxyTo && <span>{t('live.attendance.gaveProxy', { to: group.gaveProxyTo.name })}</span>}
      </p>
      {group.people.length === 0 ? (
        <p className="muted">{t('live.attendance.nobodyFor')}</p>
      ) : (
        <ul className="attendance-list" aria-labelledby={`${id}-name`}>
          {group.people.map((person) => (
            <li key={person.userId} className="attendance-list__person">
              <div>
                <span className="attendance-list__name">{person.name}</span>
                <span className="muted"> · {t(`live.attendance.capacity.${person.capacity}` as const)}</span>{' '}
                {!canRecord && (
                  <Badge tone={person.status === 'PRESENT' ? 'success' : 'neutral'}>
                    {person.status ? t(`live.attendance.status.${person.status}` as const) : t('live.attendance.unknown')}
                  </Badge>
                )}
              </div>
              {canRecord && (
                <div className="segmented segmented--small" role="group" aria-label={t('live.attendance.of', { name: person.name })}>
                  {STATUSES.map((value) => (
                    <button
                      key={value}
                      type="button"
                      className="segmented__button"
                      aria-pressed={person.status === value}
                      disabled={pending === person.userId}
                      onClick={() => onMark(person.userId, value)}
                    >
                      {t(`live.attendance.status.${value}` as const)}
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
