import { useState } from 'react';
import { canStartMeeting } from '@concertation/shared-domain';
import { useDescribeError, useSetAgendaItemStatus, useSetCurrentAgendaItem, type AgendaItemStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage } from '@concertation/web-ui';
import { AdjournMeetingButton } from './adjourn-meeting';
import { formatClock } from './durations';
import { currentItemSince, useElapsedSeconds } from './item-clock';
import { StartMeetingButton } from './start-meeting';
import type { AgendaItem, MeetingDetails } from './types';

/** The current item and its clock in one line, for the dock that stays in view on a phone. */
function DockNow({ meeting, item, index }: { meeting: MeetingDetails; item: AgendaItem; index: number }) {
  const { t } = useI18n();
  const seconds = useElapsedSeconds(currentItemSince(meeting.id, item.id, meeting.currentItemStartedAt));
  return (
    <p className="live-dock__now">
      <span>
        {t('agenda.position', { position: index + 1 })} {item.title}
      </span>
      <span className="live-dock__clock">{formatClock(seconds)}</span>
    </p>
  );
}

/**
 * The chair's and secretary's controls: start (asked first), move through the items, close them,
 * adjourn (asked first, with the items not dealt with). Moving and adjourning sit in a dock that
 * stays at the bottom of a phone's screen.
 */
export function LiveControls({ meeting, currentIndex }: { meeting: MeetingDetails; currentIndex: number }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [setCurrent, moving] = useSetCurrentAgendaItem(meeting.id);
  const [setStatus, marking] = useSetAgendaItemStatus();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = meeting.agenda;
  const current = currentIndex >= 0 ? items[currentIndex] : null;

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describe(caught));
    }
  };
  const fail = (caught: unknown) => setError(describe(caught));

  if (canStartMeeting(meeting.status)) {
    return (
      <div className="live-controls">
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <div className="button-row">
          <StartMeetingButton meeting={meeting} onError={fail} />
        </div>
      </div>
    );
  }
  if (meeting.status !== 'IN_PROGRESS') return notice ? <Alert tone="success">{notice}</Alert> : null;

  // Without a current item, « next » opens the first one.
  const next = currentIndex < 0 ? items[0] : items[currentIndex + 1];
  const previous = currentIndex > 0 ? items[currentIndex - 1] : null;
  const mark = (status: AgendaItemStatus) => current && run(() => setStatus(current.id, status));

  return (
    <div className="live-controls">
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {current && (
        <div className="button-row" role="group" aria-label={t('live.itemActions')}>
          {current.status !== 'DONE' && (
            <Button variant="secondary" size="small" busy={marking.loading} onClick={() => mark('DONE')}>
              {t('live.markDone')}
            </Button>
          )}
          {current.status !== 'DEFERRED' && (
            <Button variant="secondary" size="small" busy={marking.loading} onClick={() => mark('DEFERRED')}>
              {t('live.defer')}
            </Button>
          )}
          <Button variant="ghost" size="small" busy={moving.loading} onClick={() => run(() => setCurrent(null))}>
            {t('live.clearCurrent')}
          </Button>
        </div>
      )}
      <div className="live-dock">
        {current && <DockNow meeting={meeting} item={current} index={currentIndex} />}
        <div className="button-row" role="group" aria-label={t('live.controls')}>
          <Button variant="secondary" disabled={!previous} busy={moving.loading} onClick={() => previous && run(() => setCurrent(previous.id))}>
            {t('live.previous')}
          </Button>
          <Button disabled={!next} busy={moving.loading} onClick={() => next && run(() => setCurrent(next.id))}>
            {t('live.next')}
          </Button>
          <AdjournMeetingButton meeting={meeting} onAdjourned={setNotice} onError={fail} />
        </div>
      </div>
    </div>
  );
}
