import { CANADIAN_TIME_ZONES, completeWebUrl, instantToWallTime, isWebUrl, MAX_LOCATION_LENGTH, wallTimeToInstant } from '@concertation/shared-domain';
import type { Language, MessageKey, MessageParams } from '@concertation/web-i18n';
import { titleError, tooLongError, type SelectOption } from '@concertation/web-ui';
import { MAX_OCCURRENCES, occurrenceDates, recurrenceRule, type RecurrencePreset } from './recurrence';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What the schedule and edit forms hold: the meeting's local date and times, in its own zone. */
export interface MeetingFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  location: string;
  onlineUrl: string;
  recurrence: RecurrencePreset;
  /** How a series ends: after a number of meetings, or on a date. Nothing is chosen for the person. */
  seriesEnd: SeriesEnd;
  occurrences: string;
  until: string;
}

export const SERIES_ENDS = ['COUNT', 'UNTIL'] as const;
export type SeriesEnd = (typeof SERIES_ENDS)[number];

export type MeetingFormErrors = Partial<Record<keyof MeetingFormValues, string>>;

export function emptyMeetingValues(timeZone: string): MeetingFormValues {
  return {
    title: '',
    date: '',
    startTime: '09:00',
    endTime: '11:00',
    timeZone,
    location: '',
    onlineUrl: '',
    recurrence: 'NONE',
    seriesEnd: 'COUNT',
    occurrences: '',
    until: '',
  };
}

export function valuesFromMeeting(meeting: {
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
}): MeetingFormValues {
  const start = instantToWallTime(meeting.startsAt, meeting.timeZone);
  const end = instantToWallTime(meeting.endsAt, meeting.timeZone);
  return {
    ...emptyMeetingValues(meeting.timeZone),
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    location: meeting.location ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
  };
}

/** The form's values as instants, or the message for each field that is wrong. */
export function validateMeeting(values: MeetingFormValues, t: Translate, { withRecurrence }: { withRecurrence: boolean }) {
  const errors: MeetingFormErrors = {};
  const title = values.title.trim();
  errors.title = titleError(title, t);
  if (!values.date) errors.date = t('validation.required');
  if (!values.startTime) errors.startTime = t('validation.required');
  if (!values.endTime) errors.endTime = t('validation.required');
  if (!values.timeZone) errors.timeZone = t('validation.choose');
  const startsAt = values.date && values.startTime && values.timeZone ? wallTimeToInstant(values.date, values.startTime, values.timeZone) : null;
  const endsAt = values.date && values.endTime && values.timeZone ? wallTimeToInstant(values.date, values.endTime, values.timeZone) : null;
  if (values.date && !errors.startTime && !startsAt) errors.date = t('meetings.form.invalidDate');
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) errors.endTime = t('meetings.form.endBeforeStart');
  errors.location = tooLongError(values.location.trim(), MAX_LOCATION_LENGTH, t);
  // « meet.exemple.test/abc » is sent as https://meet.exemple.test/abc, as the field shows it after leaving it.
  const onlineUrl = completeWebUrl(values.onlineUrl);
  if (onlineUrl && !isWebUrl(onlineUrl)) errors.onlineUrl = t('validation.url');
  let occurrences: number | undefined;
  if (withRecurrence && values.recurrence !== 'NONE') {
    const series = seriesDates(values);
    if (values.seriesEnd === 'COUNT' && !series) errors.occurrences = t('meetings.form.occurrencesRange', { min: 1, max: MAX_OCCURRENCES });
    else if (values.seriesEnd === 'UNTIL') {
      if (!values.until) errors.until = t('validation.required');
      else if (values.date && values.until < values.date) errors.until = t('meetings.form.untilBeforeStart');
      else if (series && series.length > MAX_OCCURRENCES) errors.until = t('meetings.form.untilTooFar', { max: MAX_OCCURRENCES });
    }
    // The count sent is the one listed, so that what is created is what the person read.
    occurrences = series && series.length <= MAX_OCCURRENCES ? series.length : undefined;
  }
  const valid = Object.values(errors).every((message) => !message) && startsAt !== null && endsAt !== null;
  return {
    errors,
    result: valid
      ? {
          title,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          timeZone: values.timeZone,
          location: values.location.trim() || null,
          onlineUrl: onlineUrl || null,
          recurrence: withRecurrence ? recurrenceRule(values.recurrence, values.date) : null,
          occurrences: withRecurrence && values.recurrence !== 'NONE' ? occurrences : undefined,
        }
      : null,
  };
}

/**
 * The local dates of the series the form describes (the first one included), or null while its end
 * is not given (an empty or invalid count, no end date). Longer than MAX_OCCURRENCES when the end
 * date is too far.
 */
export function seriesDates(values: MeetingFormValues): string[] | null {
  if (values.recurrence === 'NONE') return values.date ? [values.date] : null;
  if (values.seriesEnd === 'COUNT') {
    const count = Number(values.occurrences.trim());
    if (!/^\d+$/.test(values.occurrences.trim()) || count < 1 || count > MAX_OCCURRENCES) return null;
    const dates = occurrenceDates(values.recurrence, values.date, { count });
    return dates.length ? dates : null;
  }
  if (!values.until || values.until < values.date) return null;
  const dates = occurrenceDates(values.recurrence, values.date, { until: values.until });
  return dates.length ? dates : null;
}

/** Server field names (`input.startsAt`) to the form's fields. */
export const SERVER_FIELDS: Record<string, keyof MeetingFormValues> = {
  title: 'title',
  startsAt: 'startTime',
  endsAt: 'endTime',
  timeZone: 'timeZone',
  location: 'location',
  onlineUrl: 'onlineUrl',
  recurrence: 'recurrence',
  occurrences: 'occurrences',
};

/** Canada's zones by name; a zone from elsewhere (an existing meeting's) stays selectable. */
export function meetingZoneOptions(language: Language, current?: string | null): SelectOption[] {
  const options = CANADIAN_TIME_ZONES.map((zone) => ({ value: zone.zone, label: language === 'fr' ? zone.fr : zone.en }));
  if (current && !options.some((option) => option.value === current)) options.push({ value: current, label: current });
  return options;
}

/** The zone the form starts with: the table's first region's, else the viewer's if Canadian, else Eastern. */
export function defaultMeetingZone(tableZone: string | null | undefined, viewerZone: string): string {
  if (tableZone) return tableZone;
  return CANADIAN_TIME_ZONES.some((zone) => zone.zone === viewerZone) ? viewerZone : 'America/Toronto';
}
