import { useCallback } from 'react';
import { useEditMinutes, useFetchLatestMinutes } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { MinutesTextEditor } from './minutes-text-editor';
import type { MinutesAgendaItem, MinutesRecord } from './types';

interface EditorProps {
  meetingId: string;
  minutes: MinutesRecord;
  autosaveDelayMs?: number;
}

/** The secretary's notes for one agenda item; only this item's notes are sent with each save. */
export function ItemNotesEditor({ meetingId, minutes, item, autosaveDelayMs }: EditorProps & { item: MinutesAgendaItem }) {
  const { t } = useI18n();
  const [edit] = useEditMinutes(meetingId);
  const fetchMeeting = useFetchLatestMinutes(meetingId);
  const save = useCallback(
    async (expectedVersion: number, text: string) => {
      const saved = await edit(expectedVersion, { itemNotes: [{ agendaItemId: item.id, notes: text }] });
      const notes = saved.meeting.agenda.find((entry) => entry.id === item.id)?.notes;
      return { text: notes ?? text, version: saved.version };
    },
    [edit, item.id],
  );
  const fetchLatest = useCallback(async () => {
    const meeting = await fetchMeeting();
    if (!meeting?.minutes) return null;
    return { text: meeting.agenda.find((entry) => entry.id === item.id)?.notes ?? '', version: meeting.minutes.version };
  }, [fetchMeeting, item.id]);
  return (
    <MinutesTextEditor
      label={t('minutes.notes.label', { title: item.title })}
      server={{ text: item.notes ?? '', version: minutes.version }}
      save={save}
      fetchLatest={fetchLatest}
      autosaveDelayMs={autosaveDelayMs}
    />
  );
}

/** The meeting's summary, under the same rules as the notes. */
export function SummaryEditor({ meetingId, minutes, autosaveDelayMs }: EditorProps) {
  const { t } = useI18n();
  const [edit] = useEditMinutes(meetingId);
  const fetchMeeting = useFetchLatestMinutes(meetingId);
  const save = useCallback(
    async (expectedVersion: number, text: string) => {
      const saved = await edit(expectedVersion, { summary: text });
      return { text: saved.summary ?? '', version: saved.version };
    },
    [edit],
  );
  const fetchLatest = useCallback(async () => {
    const minutesNow = (await fetchMeeting())?.minutes;
    return minutesNow ? { text: minutesNow.summary ?? '', version: minutesNow.version } : null;
  }, [fetchMeeting]);
  return (
    <MinutesTextEditor
      label={t('minutes.summary.label')}
      rows={6}
      server={{ text: minutes.summary ?? '', version: minutes.version }}
      save={save}
      fetchLatest={fetchLatest}
      autosaveDelayMs={autosaveDelayMs}
    />
  );
}

/** Notes as text, line breaks kept; nothing is interpreted as HTML. */
export function MinutesText({ text, empty }: { text: string | null | undefined; empty: string }) {
  if (!text?.trim()) return <p className="muted">{empty}</p>;
  return <div className="minutes-text">{text}</div>;
}
