import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { canAdjournMeeting, canStartMeeting, isMeetingClosed } from '@concertation/shared-domain';
import { useCancelMeeting, useDescribeError, usePublishAgenda } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, buttonClassName, ConfirmDialog, ErrorMessage, TextAreaField, useConfirmedAction } from '@concertation/web-ui';
import { AdjournMeetingButton } from './adjourn-meeting';
import { PublishPreview } from './publish-preview';
import { StartMeetingButton } from './start-meeting';
import type { MeetingDetails } from './types';

const MAX_REASON_LENGTH = 2000;

/** Officers' actions on a meeting, each offered only where the meeting's status allows it. */
export function MeetingManagement({ meeting }: { meeting: MeetingDetails }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const [publish, publishing] = usePublishAgenda();
  const [cancel, cancelling] = useCancelMeeting();
  const { ask, dialog, notice, error, run } = useConfirmedAction<'cancel' | 'publish'>(describe);
  // Starting and adjourning ask their own questions; what they did shows here like the rest.
  const [outcome, setOutcome] = useState<{ notice: string | null; error: string | null }>({ notice: null, error: null });
  const fail = (caught: unknown) => setOutcome({ notice: null, error: describe(caught) });
  const setDone = (message: string) => setOutcome({ notice: message, error: null });
  const [reason, setReason] = useState('');

  const { status } = meeting;
  const frozen = isMeetingClosed(status);
  const reasonError = reason.length > MAX_REASON_LENGTH ? t('validation.tooLong', { max: MAX_REASON_LENGTH }) : null;

  return (
    <div className="meeting-management">
      {(notice ?? outcome.notice) && <Alert tone="success">{notice ?? outcome.notice}</Alert>}
      {(error ?? outcome.error) && <ErrorMessage>{error ?? outcome.error}</ErrorMessage>}
      {frozen ? (
        <p className="muted">{t(status === 'CANCELLED' ? 'meetings.manage.cancelledNote' : 'meetings.manage.adjournedNote')}</p>
      ) : (
        <div className="button-row">
          {!meeting.agendaPublishedAt && (
            <Button busy={publishing.loading} onClick={() => ask('publish')}>
              {t('meetings.manage.publish')}
            </Button>
          )}
          {canStartMeeting(status) && <StartMeetingButton meeting={meeting} onError={fail} onStarted={() => navigate(paths.liveMeeting(meeting.id))} />}
          {canAdjournMeeting(status) && <AdjournMeetingButton meeting={meeting} onError={fail} onAdjourned={setDone} />}
          <Link className={buttonClassName('secondary')} to={paths.editMeeting(meeting.id)}>
            {t('meetings.manage.edit')}
          </Link>
          <Button variant="danger" busy={cancelling.loading} onClick={() => ask('cancel')}>
            {t('meetings.manage.cancel')}
          </Button>
        </div>
      )}
      {status === 'DRAFT' && <p className="form__note">{t('meetings.manage.draftNote')}</p>}
      <ConfirmDialog
        {...dialog('publish')}
        title={t('meetings.manage.previewTitle')}
        confirmLabel={t('meetings.manage.previewConfirm')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={publishing.loading}
        onConfirm={() => run(() => publish(meeting.id), t('meetings.manage.published'))}
      >
        <PublishPreview meeting={meeting} />
      </ConfirmDialog>
      <ConfirmDialog
        {...dialog('cancel')}
        title={t('meetings.manage.cancelTitle')}
        confirmLabel={t('meetings.manage.cancelConfirm')}
        cancelLabel={t('meetings.manage.keep')}
        busy={cancelling.loading}
        onConfirm={() => {
          if (!reasonError) void run(() => cancel(meeting.id, reason), t('meetings.manage.cancelled'));
        }}
      >
        <p>{t('meetings.manage.cancelQuestion', { title: meeting.title })}</p>
        <TextAreaField
          label={t('meetings.manage.reason')}
          hint={t('meetings.manage.reasonHint')}
          rows={3}
          value={reason}
          error={reasonError}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </div>
  );
}
