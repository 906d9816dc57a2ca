import { useState } from 'react';
import { Link } from 'react-router';
import { useDescribeError, useMeetingMinutes, useMinutesEvents } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, Section, SelectField } from '@concertation/web-ui';
import { ItemMinutes } from './item-minutes';
import { minutesPermissions } from './permissions';

export interface LiveMinutesPanelProps {
  meetingId: string;
  /** The item under discussion; the panel follows it unless the person picks another. */
  currentItemId: string | null;
  autosaveDelayMs?: number;
}

const FOLLOW = '';

/**
 * The minutes in the live room: the secretary writes the notes of the item under discussion,
 * records decisions and action items; others read along. Kept live by the meeting's events.
 */
export function LiveMinutesPanel({ meetingId, currentItemId, autosaveDelayMs }: LiveMinutesPanelProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useMeetingMinutes(meetingId);
  const meeting = data?.meeting;
  useMinutesEvents(meetingId, { skip: !meeting });
  const [picked, setPicked] = useState(FOLLOW);

  const body = () => {
    if (!meeting) return loading ? <Loading label={t('minutes.loading')} /> : <ErrorMessage>{describe(error)}</ErrorMessage>;
    if (!meeting.minutes) return <p className="muted">{t('minutes.notStarted')}</p>;
    if (meeting.agenda.length === 0) return <p className="muted">{t('minutes.live.noItems')}</p>;
    const shownId = picked !== FOLLOW && meeting.agenda.some((item) => item.id === picked) ? picked : currentItemId;
    const item = meeting.agenda.find((entry) => entry.id === shownId) ?? null;
    return (
      <>
        {meeting.minutes.status === 'APPROVED' && <p className="muted">{t('minutes.frozen')}</p>}
        <SelectField
          label={t('minutes.live.item')}
          options={[
            { value: FOLLOW, label: t('minutes.live.followCurrent') },
            ...meeting.agenda.map((entry) => ({ value: entry.id, label: t('minutes.live.itemOption', { position: entry.position, title: entry.title }) })),
          ]}
          value={picked}
          onChange={(event) => setPicked(event.target.value)}
        />
        {item ? (
          <ItemMinutes key={item.id} meeting={meeting} item={item} can={minutesPermissions(meeting)} level={3} autosaveDelayMs={autosaveDelayMs} />
        ) : (
          <p className="muted">{t('minutes.live.noItemChosen')}</p>
        )}
      </>
    );
  };

  return (
    <Section
      title={t('minutes.live.title')}
      id="live-minutes"
      actions={meeting?.minutes ? <Link to={paths.minutes(meetingId)}>{t('minutes.live.openPage')}</Link> : undefined}
    >
      <div className="stack">{body()}</div>
    </Section>
  );
}
