import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { canAdjournMeeting, canStartMeeting, isMeetingClosed } from '@concertation/shared-domain';
import { useAdjournMeeting, useCancelMeeting, useDescribeError, usePublishAgenda, useStartMeeting } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, buttonClassName, ConfirmDialog, ErrorMessage, TextAreaField, useConfirmedAction } from '@concertation/web-ui';
import type { MeetingDetails } from './types';

const MAX_REASON_LENGTH = 2000;

/** Officers' actions on a meeting, each offered only where the meeting's status allows it. */
export function MeetingManagement({ meeting }: { meeting: MeetingDetails }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const [publish, publishing] = usePublishAgenda();
  const [start, starting] = useStartMeeting();
  const [adjourn, adjourning] = useAdjournMeeting();
  const [cancel, cancelling] = useCancelMeeting();
  const { ask, dialog, notice, error, run } = useConfirmedAction<'cancel' | 'adjourn'>(describe);
  const [reason, setReason] = useState('');

  const { status } = meeting;
  const frozen = isMeetingClosed(status);
  const reasonError = reason.length > MAX_REASON_LENGTH ? t('validation.tooLong', { max: MAX_REASON_LENGTH }) : null;

  return (
    <div className="meeting-management">
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {frozen ? (
        <p className="muted">{t(status === 'CANCELLED' ? 'meetings.manage.cancelledNote' : 'meetings.manage.adjournedNote')}</p>
      ) : (
        <div className="button-row">
          {!meeting.agendaPublishedAt && (
            <Button busy={publishing.loading} onClick={() => run(() => publish(meeting.id), t('meetings.manage.published'))}>
              {t('meetings.manage.publish')}
            </Button>
          )}
          {canStartMeeting(status) && (
            <Button
              busy={starting.loading}
              onClick={async () => {
                if (await run(() => start(meeting.id), t('meetings.manage.started'))) navigate(paths.liveMeeting(meeting.id));
              }}
            >
              {t('meetings.manage.start')}
            </Button>
          )}
          {canAdjournMeeting(status) && (
            <Button variant="secondary" busy={adjourning.loading} onClick={() => ask('adjourn')}>
              {t('meetings.manage.adjourn')}
            </Button>
          )}
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
        {...dialog('adjourn')}
        title={t('meetings.manage.adjournTitle')}
        confirmLabel={t('meetings.manage.adjourn')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={adjourning.loading}
        onConfirm={() => run(() => adjourn(meeting.id), t('meetings.manage.adjourned'))}
      >
        {t('meetings.manage.adjournQuestion')}
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
