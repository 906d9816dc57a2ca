import { useState } from 'react';
import { useApproveMinutes, useCirculateMinutes, useDescribeError, useMinutesApprovalMeetings } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog, ErrorMessage, Loading, SelectField, useConfirmedAction } from '@concertation/web-ui';
import type { MinutesMeeting } from './types';

/** Later meetings of the table, to say at which one the minutes were approved. */
function ApprovalMeetingPicker({ meeting, value, onChange }: { meeting: MinutesMeeting; value: string; onChange: (id: string) => void }) {
  const { t, formatDate } = useI18n();
  const { data, loading } = useMinutesApprovalMeetings(meeting.table.id, meeting.endsAt);
  if (loading && !data) return <Loading inline label={t('minutes.page.approvedAtLoading')} />;
  const later = (data?.table?.meetings ?? []).filter((other) => other.id !== meeting.id && other.status !== 'CANCELLED' && other.startsAt > meeting.startsAt);
  return (
    <SelectField
      label={t('minutes.page.approvedAt')}
      placeholder={t('minutes.page.approvedAtNone')}
      options={later.map((other) => ({ value: other.id, label: `${other.title} (${formatDate(other.startsAt)})` }))}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Officers circulate the draft, then approve it (which freezes it); each step asks first. */
export function MinutesStatusActions({ meeting, canCirculate, canApprove }: { meeting: MinutesMeeting; canCirculate: boolean; canApprove: boolean }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [circulate, circulating] = useCirculateMinutes(meeting.id);
  const [approve, approving] = useApproveMinutes(meeting.id);
  const { ask, dialog, notice, error, run } = useConfirmedAction<'circulate' | 'approve'>(describe);
  const [atMeetingId, setAtMeetingId] = useState('');

  const status = meeting.minutes?.status;
  return (
    <div className="stack">
      {status === 'DRAFT' && <p>{t('minutes.page.draftHelp')}</p>}
      {status === 'CIRCULATED' && <p>{t('minutes.page.circulatedHelp')}</p>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <div className="button-row">
        {canCirculate && <Button onClick={() => ask('circulate')}>{t('minutes.page.circulate')}</Button>}
        {canApprove && <Button onClick={() => ask('approve')}>{t('minutes.page.approve')}</Button>}
      </div>
      <ConfirmDialog
        {...dialog('circulate')}
        title={t('minutes.page.circulateTitle')}
        confirmLabel={t('minutes.page.circulateConfirm')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={circulating.loading}
        onConfirm={() => void run(circulate, t('minutes.page.circulated'))}
      >
        <p>{t('minutes.page.circulateBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...dialog('approve')}
        title={t('minutes.page.approveTitle')}
        confirmLabel={t('minutes.page.approveConfirm')}
        cancelLabel={t('common.cancel')}
        busy={approving.loading}
        onConfirm={() => void run(() => approve(atMeetingId || null), t('minutes.page.approved'))}
      >
        <p>{t('minutes.page.approveBody')}</p>
        <ApprovalMeetingPicker meeting={meeting} value={atMeetingId} onChange={setAtMeetingId} />
      </ConfirmDialog>
    </div>
  );
}
