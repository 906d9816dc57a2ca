import { useId, useState } from 'react';
import { Link } from 'react-router';
import { isMeetingClosed, MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useDecideReferral, useDescribeError, useReferralMeetingChoices, type ReferralItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ConfirmDialog, ErrorMessage, Loading, SelectField, TextAreaField, tooLongError, useForm } from '@concertation/web-ui';

export interface AcceptReferralPanelProps {
  referral: ReferralItem;
  /** `accept` a PENDING referral (a meeting is optional); `schedule` an ACCEPTED one not on an agenda yet. */
  mode: 'accept' | 'schedule';
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Accepting a referral puts it, as a decision item, at the end of the agenda of one of the receiving
 * table's meetings not over yet; without a meeting it is accepted for later (« Inscrire à une
 * rencontre » then). Asked once more before it is done.
 */
export function AcceptReferralPanel({ referral, mode, onDone, onCancel }: AcceptReferralPanelProps) {
  const { t, formatDateTime } = useI18n();
  const describe = useDescribeError();
  const tableId = referral.toTable.id;
  // Meetings that end after now; fixed for the panel's life so that the query is asked once.
  const [from] = useState(() => new Date().toISOString());
  const { data, loading, error: loadError } = useReferralMeetingChoices(tableId, from);
  const [decide, { loading: deciding }] = useDecideReferral();
  const form = useForm({ meetingId: '', response: '' }, (error) => ({ message: describe(error, { FORBIDDEN: t('referrals.accept.forbidden') }) }));
  const { values, errors, set } = form;
  const [confirming, setConfirming] = useState(false);
  const legendId = `accept-${useId()}`;

  const meetings = (data?.table?.meetings ?? []).filter((meeting) => !isMeetingClosed(meeting.status));
  const meeting = meetings.find((entry) => entry.id === values.meetingId) ?? null;
  const scheduling = mode === 'schedule';

  const submit = form.submit(
    (values) => ({
      meetingId: scheduling && !values.meetingId ? t('referrals.accept.meetingRequired') : undefined,
      response: tooLongError(values.response.trim(), MAX_BODY_LENGTH, t),
    }),
    () => setConfirming(true),
  );

  const confirm = () =>
    form.run(async () => {
      try {
        const decided = await decide(referral.id, {
          accept: true,
          meetingId: values.meetingId || null,
          response: scheduling ? null : values.response.trim() || null,
        });
        if (!decided) return;
        const placed = decided.scheduledItem?.meeting.title;
        onDone(placed ? t('referrals.accept.scheduled', { title: decided.title, meeting: placed }) : t('referrals.accept.accepted', { title: decided.title }));
      } finally {
        setConfirming(false);
      }
    });

  const question = meeting
    ? t(scheduling ? 'referrals.accept.confirmSchedule' : 'referrals.accept.confirmWithMeeting', { title: referral.title, meeting: meeting.title })
    : t('referrals.accept.confirmWithoutMeeting', { title: referral.title });

  return (
    <form ref={form.formRef} className="referral-panel stack" onSubmit={submit} noValidate aria-labelledby={legendId}>
      <h4 id={legendId} className="referral__subtitle">
        {t(scheduling ? 'referrals.accept.scheduleLegend' : 'referrals.accept.legend', { title: referral.title })}
      </h4>
      {loading && !data ? (
        <Loading label={t('referrals.accept.loadingMeetings')} />
      ) : loadError ? (
        <ErrorMessage>{describe(loadError)}</ErrorMessage>
      ) : meetings.length === 0 ? (
        <Alert tone="info">
          {t(scheduling ? 'referrals.accept.noMeetingsToSchedule' : 'referrals.accept.noMeetings')}{' '}
          <Link to={paths.scheduleMeeting(tableId)}>{t('referrals.accept.scheduleMeeting')}</Link>
        </Alert>
      ) : (
        <SelectField
          label={t('referrals.accept.meeting')}
          hint={t('referrals.accept.meetingHint')}
          placeholder={scheduling ? t('common.choose') : t('referrals.accept.noMeetingYet')}
          options={meetings.map((entry) => ({
            value: entry.id,
            label: t('referrals.accept.meetingOption', { title: entry.title, date: formatDateTime(entry.startsAt) }),
          }))}
          value={values.meetingId}
          required={scheduling}
          error={errors.meetingId}
          onChange={set('meetingId')}
        />
      )}
      {!scheduling && (
        <TextAreaField label={t('referrals.accept.response')} value={values.response} rows={3} error={errors.response} onChange={set('response')} />
      )}
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <div className="button-row">
        <Button type="submit" disabled={scheduling && meetings.length === 0}>
          {t(scheduling ? 'referrals.accept.scheduleSubmit' : 'referrals.accept.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('referrals.accept.confirmTitle')}
        confirmLabel={t(scheduling ? 'referrals.accept.confirmScheduleLabel' : 'referrals.accept.confirm')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={deciding}
        onCancel={() => setConfirming(false)}
        onConfirm={confirm}
      >
        {question}
      </ConfirmDialog>
    </form>
  );
}
