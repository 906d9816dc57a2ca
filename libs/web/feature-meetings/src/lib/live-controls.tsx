import { useState } from 'react';
import { canStartMeeting } from '@concertation/shared-domain';
import {
  useAdjournMeeting,
  useDescribeError,
  useSetAgendaItemStatus,
  useSetCurrentAgendaItem,
  useStartMeeting,
  type AgendaItemStatus,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, ErrorMessage } from '@concertation/web-ui';
import type { MeetingDetails } from './types';

/** The chair's and secretary's controls: start, move through the items, close them, adjourn. */
export function LiveControls({ meeting, currentIndex }: { meeting: MeetingDetails; currentIndex: number }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [setCurrent, moving] = useSetCurrentAgendaItem(meeting.id);
  const [setStatus, marking] = useSetAgendaItemStatus();
  const [start, starting] = useStartMeeting();
  const [adjourn, adjourning] = useAdjournMeeting();
  const [askAdjourn, setAskAdjourn] = useState(false);
  const [error, setError] = useState<string | null>(null);
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

  if (canStartMeeting(meeting.status)) {
    return (
      <div className="live-controls">
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <Button busy={starting.loading} onClick={() => run(() => start(meeting.id))}>
          {t('meetings.manage.start')}
        </Button>
      </div>
    );
  }
  if (meeting.status !== 'IN_PROGRESS') return null;

  // Without a current item, « next » opens the first one.
  const next = currentIndex < 0 ? items[0] : items[currentIndex + 1];
  const previous = currentIndex > 0 ? items[currentIndex - 1] : null;
  const mark = (status: AgendaItemStatus) => current && run(() => setStatus(current.id, status));

  return (
    <div className="live-controls">
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="button-row" role="group" aria-label={t('live.controls')}>
        <Button variant="secondary" disabled={!previous} busy={moving.loading} onClick={() => previous && run(() => setCurrent(previous.id))}>
          {t('live.previous')}
        </Button>
        <Button disabled={!next} busy={moving.loading} onClick={() => next && run(() => setCurrent(next.id))}>
          {t('live.next')}
        </Button>
        {current && current.status !== 'DONE' && (
          <Button variant="secondary" busy={marking.loading} onClick={() => mark('DONE')}>
            {t('live.markDone')}
          </Button>
        )}
        {current && current.status !== 'DEFERRED' && (
          <Button variant="secondary" busy={marking.loading} onClick={() => mark('DEFERRED')}>
            {t('live.defer')}
          </Button>
        )}
        {current && (
          <Button variant="ghost" busy={moving.loading} onClick={() => run(() => setCurrent(null))}>
            {t('live.clearCurrent')}
          </Button>
        )}
      </div>
      <div className="button-row live-controls__end">
        <Button variant="secondary" busy={adjourning.loading} onClick={() => setAskAdjourn(true)}>
          {t('meetings.manage.adjourn')}
        </Button>
      </div>
      <ConfirmDialog
        open={askAdjourn}
        title={t('meetings.manage.adjournTitle')}
        confirmLabel={t('meetings.manage.adjourn')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={adjourning.loading}
        onCancel={() => setAskAdjourn(false)}
        onConfirm={async () => {
          await run(() => adjourn(meeting.id));
          setAskAdjourn(false);
        }}
      >
        {t('meetings.manage.adjournQuestion')}
      </ConfirmDialog>
    </div>
  );
}
