import { useId, useState } from 'react';
import { isMeetingClosed } from '@concertation/shared-domain';
import { useAdjournMeeting, useTableMeetings, type UndiscussedItems } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, SelectField } from '@concertation/web-ui';
import { upcomingRange, useNow } from './use-meetings-in';
import type { AgendaItem, MeetingDetails, MeetingSummary } from './types';

/** Items neither dealt with nor deferred: still waiting, or opened and never closed. */
export function undiscussedItems(agenda: readonly AgendaItem[]): AgendaItem[] {
  return agenda.filter((item) => item.status === 'PENDING' || item.status === 'IN_PROGRESS');
}

/** Later meetings of the table whose agenda can still grow, soonest first. */
export function laterMeetings(meeting: Pick<MeetingDetails, 'id' | 'startsAt'>, meetings: readonly MeetingSummary[]): MeetingSummary[] {
  return meetings
    .filter((other) => other.id !== meeting.id && !isMeetingClosed(other.status) && other.startsAt > meeting.startsAt)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

type Choice = UndiscussedItems['kind'];

export interface AdjournMeetingButtonProps {
  meeting: MeetingDetails;
  /** After the adjournment, with what to tell (the items deferred or carried over). */
  onAdjourned?: (notice: string) => void;
  onError: (caught: unknown) => void;
}

/**
 * « Lever la rencontre », asked first. The question lists the items not dealt with and offers to
 * mark them deferred, to carry them over to an upcoming meeting of the table, or to adjourn anyway.
 */
export function AdjournMeetingButton({ meeting, onAdjourned, onError }: AdjournMeetingButtonProps) {
  const { t, tp, formatDateTime } = useI18n();
  const id = useId();
  const [adjourn, { loading }] = useAdjournMeeting();
  const [asking, setAsking] = useState(false);
  const pending = undiscussedItems(meeting.agenda);
  const now = useNow();
  const upcoming = useTableMeetings(meeting.table.id, upcomingRange(now), !asking || pending.length === 0);
  const candidates = laterMeetings(meeting, upcoming.data?.table?.meetings ?? []);
  const [choice, setChoice] = useState<Choice>('defer');
  const [targetId, setTargetId] = useState('');
  const target = candidates.find((candidate) => candidate.id === (targetId || candidates[0]?.id)) ?? null;
  const canConfirm = pending.length === 0 || choice !== 'carryOver' || target !== null;

  const confirm = async () => {
    if (!canConfirm) return;
    const undiscussed: UndiscussedItems =
      pending.length === 0
        ? { kind: 'keep' }
        : choice === 'carryOver' && target
          ? { kind: 'carryOver', meetingId: target.id }
          : { kind: choice === 'defer' ? 'defer' : 'keep' };
    try {
      await adjourn(meeting.id, undiscussed);
      setAsking(false);
      onAdjourned?.(
        undiscussed.kind === 'carryOver' && target
          ? t('meetings.manage.adjournedCarried', { title: target.title, date: formatDateTime(target.startsAt) })
          : undiscussed.kind === 'defer'
            ? t('meetings.manage.adjournedDeferred')
            : t('meetings.manage.adjourned'),
      );
    } catch (caught) {
      setAsking(false);
      onError(caught);
    }
  };

  const option = (value: Choice, label: string, disabled = false) => (
    <label className="checkbox">
      <input type="radio" name={`${id}-choice`} value={value} checked={choice === value} disabled={disabled} onChange={() => setChoice(value)} />
      <span>{label}</span>
    </label>
  );

  return (
    <>
      <Button variant="secondary" busy={loading} onClick={() => setAsking(true)}>
        {t('meetings.manage.adjourn')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('meetings.manage.adjournTitle')}
        confirmLabel={t('meetings.manage.adjourn')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={loading}
        onCancel={() => setAsking(false)}
        onConfirm={confirm}
      >
        <p>{t('meetings.manage.adjournQuestion')}</p>
        {pending.length === 0 ? (
          <p>{t('meetings.manage.allDiscussed')}</p>
        ) : (
          <>
            <p id={`${id}-list`}>{tp('meetings.manage.undiscussed', pending.length)}</p>
            <ul className="undiscussed-list" aria-labelledby={`${id}-list`}>
              {pending.map((item) => (
                <li key={item.id}>
                  {t('agenda.position', { position: meeting.agenda.indexOf(item) + 1 })} {item.title}
                </li>
              ))}
            </ul>
            <fieldset className="field adjourn-choices">
              <legend className="field__label">{t('meetings.manage.undiscussedChoice')}</legend>
              {option('defer', t('meetings.manage.undiscussedDefer'))}
              {option('carryOver', t('meetings.manage.undiscussedCarryOver'), !upcoming.loading && candidates.length === 0)}
              {choice === 'carryOver' && candidates.length > 0 && (
                <SelectField
                  label={t('meetings.manage.nextMeeting')}
                  value={target?.id ?? ''}
                  onChange={(event) => setTargetId(event.target.value)}
                  options={candidates.map((candidate) => ({ value: candidate.id, label: `${candidate.title} · ${formatDateTime(candidate.startsAt)}` }))}
                />
              )}
              {!upcoming.loading && candidates.length === 0 && <p className="form__note">{t('meetings.manage.noNextMeeting')}</p>}
              {option('keep', t('meetings.manage.undiscussedKeep'))}
            </fieldset>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
