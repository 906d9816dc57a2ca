import { useState } from 'react';
import { useStartMeeting } from '@concertation/web-data-access';
import { calendarDay, formatDate, useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog } from '@concertation/web-ui';
import type { MeetingDetails } from './types';

/** Whether the meeting falls on another day than `now`, both read in the meeting's own zone. */
export function isNotToday(meeting: Pick<MeetingDetails, 'startsAt' | 'timeZone'>, now: Date = new Date()): boolean {
  return calendarDay(meeting.startsAt, meeting.timeZone) !== calendarDay(now, meeting.timeZone);
}

export interface StartMeetingButtonProps {
  meeting: MeetingDetails;
  /** After the meeting has started. */
  onStarted?: () => void;
  /** What the start threw, as the caller shows its errors. */
  onError: (caught: unknown) => void;
}

/**
 * « Commencer la rencontre », asked first: starting opens the live room to the whole table and
 * cannot be undone, and a meeting started on the wrong day (a January meeting started in December)
 * is told plainly before it happens.
 */
export function StartMeetingButton({ meeting, onStarted, onError }: StartMeetingButtonProps) {
  const { t, language } = useI18n();
  const [start, { loading }] = useStartMeeting();
  const [asking, setAsking] = useState(false);
  const elsewhen = asking && isNotToday(meeting);

  return (
    <>
      <Button busy={loading} onClick={() => setAsking(true)}>
        {t('meetings.manage.start')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('meetings.manage.startTitle')}
        confirmLabel={t('meetings.manage.start')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={loading}
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          try {
            await start(meeting.id);
            setAsking(false);
            onStarted?.();
          } catch (caught) {
            setAsking(false);
            onError(caught);
          }
        }}
      >
        {elsewhen && (
          <Alert tone="warning">
            <strong>{t('meetings.manage.startNotToday', { date: formatDate(meeting.startsAt, language, meeting.timeZone) })}</strong>{' '}
            {t('meetings.manage.startNotTodayHint')}
          </Alert>
        )}
        <p>{t('meetings.manage.startQuestion')}</p>
      </ConfirmDialog>
    </>
  );
}
