import { useCallback } from 'react';
import { useEditMinutes, useFetchLatestMinutes } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Markdown, type MarkdownProps } from '@concertation/web-ui';
import { MinutesTextEditor } from './minutes-text-editor';
import type { MinutesAgendaItem, MinutesRecord } from './types';

interface EditorProps {
  meetingId: string;
  minutes: MinutesRecord;
  autosaveDelayMs?: number;
}

/** The secretary's notes for one agenda item; only this item's notes are sent with each save. */
export function ItemNotesEditor({
  meetingId,
  minutes,
  item,
  headingLevel,
  autosaveDelayMs,
}: EditorProps & { item: MinutesAgendaItem; headingLevel: MarkdownProps['headingLevel'] }) {
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
      headingLevel={headingLevel}
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
      headingLevel={3}
      server={{ text: minutes.summary ?? '', version: minutes.version }}
      save={save}
      fetchLatest={fetchLatest}
      autosaveDelayMs={autosaveDelayMs}
    />
  );
}

/** Notes and summary as their secretary formatted them (Markdown, with no HTML let through). */
export function MinutesText({ text, empty, headingLevel }: { text: string | null | undefined; empty: string; headingLevel: MarkdownProps['headingLevel'] }) {
  if (!text?.trim()) return <p className="muted">{empty}</p>;
  return (
    <Markdown className="minutes-markdown" headingLevel={headingLevel}>
      {text}
    </Markdown>
  );
}
