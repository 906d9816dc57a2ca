import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole, seesInCamera } from '@concertation/shared-domain';
import { hasErrorCode, useDescribeError, useMeeting, useMeetingEvents, type MeetingEvent } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, buttonClassName, cx, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { AttendancePanel } from './attendance-panel';
import { CurrentItemDetails } from './current-item-panel';
import { rememberItemStart } from './item-clock';
import { LiveSpeakersSection, LiveVotesSection, useLiveFloor } from './live-floor';
import { LiveAgenda } from './live-agenda';
import { LiveControls } from './live-controls';
import { QuorumIndicator } from './quorum-indicator';
import { MeetingStatusBadge } from './status-badges';

export interface LiveRoomPageProps {
  /**
   * The minutes panel, given by the app (this library does not import the minutes feature): it
   * shows and edits the minutes of the item under discussion.
   */
  minutes?: ComponentType<{ meetingId: string; currentItemId: string | null }>;
}

/**
 * `/meetings/:id/live`: the meeting as it happens. Every change (current item, statuses,
 * attendance, quorum) arrives through `meetingEvents` and lands in the cache, so that this page,
 * and anyone else's, follows without a reload.
 */
export function LiveRoomPage({ minutes: MinutesPanel }: LiveRoomPageProps = {}) {
  const { id = '' } = useParams();
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useMeeting(id);
  const meeting = data?.meeting;
  const onEvent = (event: MeetingEvent) => {
    const current = event.meeting.currentItem;
    // Only needed when the API has no start time for the item (see item-clock.ts).
    if (event.kind === 'CURRENT_ITEM_CHANGED' && current) rememberItemStart(id, current.id, new Date(event.at).getTime());
  };
  const live = useMeetingEvents(id, { skip: !meeting, onEvent });
  const floor = useLiveFloor(id, !meeting);
  const [announcement, setAnnouncement] = useState('');

  // Everyone hears the move to another item, whoever made it.
  const currentId = meeting?.currentItem?.id ?? null;
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!meeting) return;
    if (previous.current !== undefined && previous.current !== currentId) {
      const index = meeting.agenda.findIndex((item) => item.id === currentId);
      setAnnouncement(index >= 0 ? t('live.nowOn', { position: index + 1, title: meeting.agenda[index].title }) : t('live.noCurrent'));
    }
    previous.current = currentId;
  }, [currentId, meeting, t]);

  if (loading && !meeting) return <Loading label={t('meetings.loading')} />;
  if (!meeting) {
    return (
      <>
        <PageHeader title={t('meetings.notFoundTitle')} />
        <ErrorMessage>{hasErrorCode(error, 'FORBIDDEN') ? t('meetings.forbidden') : error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }

  const isOfficer = isOfficerRole(meeting.table.viewerRole);
  const adjourned = meeting.status === 'ADJOURNED';
  const index = meeting.agenda.findIndex((item) => item.id === currentId);
  const current = index >= 0 ? meeting.agenda[index] : null;
  const presentCount = meeting.attendance.filter((entry) => entry.status === 'PRESENT').length;

  return (
    <>
      <PageHeader
        eyebrow={t(adjourned ? 'live.adjournedEyebrow' : 'live.eyebrow', { table: meeting.table.name })}
        title={meeting.title}
        description={
          <p className="badges">
            <MeetingStatusBadge status={meeting.status} />
            <Link to={paths.meeting(meeting.id)}>{t('meetings.backToMeeting')}</Link>
          </p>
        }
      />
      {live.error && <Alert tone="warning">{t('live.disconnected')}</Alert>}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className={cx('columns columns--wide-left live-room', isOfficer && meeting.status === 'IN_PROGRESS' && 'live-room--docked')}>
        <div className="stack">
          <Section title={t(adjourned ? 'live.adjournedTitle' : 'live.currentItem')} id="current-item">
            {adjourned ? (
              <div className="live-adjourned">
                <div>
                  <p className="live-adjourned__title">{t('live.adjourned')}</p>
                  <p className="muted">{t('live.adjournedHint')}</p>
                </div>
                <Link className={buttonClassName('primary')} to={paths.minutes(meeting.id)}>
                  {t('live.toMinutes')}
                </Link>
              </div>
            ) : current ? (
              <CurrentItemDetails meetingId={meeting.id} item={current} startedAt={meeting.currentItemStartedAt} index={index} count={meeting.agenda.length} />
            ) : (
              <p className="muted">
                {t(meeting.status !== 'IN_PROGRESS' ? 'live.notStarted' : !seesInCamera(meeting.viewerRole) ? 'live.noCurrentVisible' : 'live.noCurrent')}
              </p>
            )}
            {isOfficer && <LiveControls meeting={meeting} currentIndex={index} />}
          </Section>
          <LiveVotesSection meeting={meeting} floor={floor} />
          {MinutesPanel && (
            <Suspense fallback={<Loading label={t('minutes.loading')} />}>
              <MinutesPanel meetingId={meeting.id} currentItemId={current?.id ?? null} />
            </Suspense>
          )}
          <Section title={t('agenda.title')}>
            <LiveAgenda meeting={meeting} canSteer={isOfficer && meeting.status === 'IN_PROGRESS'} />
          </Section>
        </div>
        <div className="stack">
          <Section title={t('live.quorum.title')}>
            <QuorumIndicator quorum={meeting.quorum} />
          </Section>
          <LiveSpeakersSection meeting={meeting} floor={floor} />
          <Section title={t('live.attendance.title')}>
            {/* Folded by default: on a phone the list of people would push everything else away. */}
            <details className="disclosure">
              <summary>{tp('live.attendance.summary', presentCount)}</summary>
              <AttendancePanel meeting={meeting} canRecord={isOfficer && meeting.status !== 'CANCELLED'} />
            </details>
          </Section>
        </div>
      </div>
    </>
  );
}
