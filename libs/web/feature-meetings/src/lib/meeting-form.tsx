import { completeWebUrl, wallTimeToInstant } from '@concertation/shared-domain';
import { useFormFailure } from '@concertation/web-data-access';
import { localeTag, useI18n, weekdayNames } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextField, useForm } from '@concertation/web-ui';
import { MAX_OCCURRENCES, nthWeekdayOf, RECURRENCE_PRESETS, type RecurrencePreset } from './recurrence';
import { meetingZoneOptions, SERIES_ENDS, seriesDates, SERVER_FIELDS, validateMeeting, type MeetingFormValues, type SeriesEnd } from './meeting-form-values';

export type MeetingFormResult = NonNullable<ReturnType<typeof validateMeeting>['result']>;

export interface MeetingFormProps {
  initial: MeetingFormValues;
  /** The schedule form offers recurrences; the edit form changes one meeting. */
  withRecurrence: boolean;
  submitLabel: string;
  onSubmit: (result: MeetingFormResult) => Promise<void>;
  onCancel: () => void;
}

/**
 * The dates a series will have, before it is created: each in the meeting's zone (where its local
 * date is), written in the viewer's language. Announced politely as the person changes the rule.
 */
function SeriesPreview({ values }: { values: MeetingFormValues }) {
  const { t, tp, language } = useI18n();
  const dates = seriesDates(values);
  const format = new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'medium', timeZone: values.timeZone });
  const shown = dates && dates.length <= MAX_OCCURRENCES ? dates : null;
  return (
    <div className="series-preview" role="status" aria-live="polite">
      {shown ? (
        <>
          <p className="series-preview__count">{tp('meetings.form.series.count', shown.length)}</p>
          <ul className="series-preview__dates">
            {shown.map((date) => {
              const instant = wallTimeToInstant(date, values.startTime || '12:00', values.timeZone);
              return <li key={date}>{instant ? format.format(instant) : date}</li>;
            })}
          </ul>
        </>
      ) : (
        <p className="muted">{t('meetings.form.series.pending')}</p>
      )}
    </div>
  );
}

const ORDINALS = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

export function MeetingForm({ initial, withRecurrence, submitLabel, onSubmit, onCancel }: MeetingFormProps) {
  const { t, language } = useI18n();
  const failure = useFormFailure();
  const form = useForm(initial, (error) => failure(error, { fields: SERVER_FIELDS, quietWithFields: true }));
  const { values, errors, set, busy } = form;

  const nth = nthWeekdayOf(values.date);
  const monthlyLabel = nth
    ? t('meetings.form.recurrence.monthlyOn', {
        ordinal: t(`meetings.form.recurrence.ordinals.${ORDINALS[nth.nth]}` as const),
        weekday: weekdayNames(language)[nth.weekday],
      })
    : t('meetings.form.recurrence.monthly');
  const recurrenceLabels: Record<RecurrencePreset, string> = {
    NONE: t('meetings.form.recurrence.none'),
    WEEKLY: t('meetings.form.recurrence.weekly'),
    BIWEEKLY: t('meetings.form.recurrence.biweekly'),
    MONTHLY_NTH_WEEKDAY: monthlyLabel,
  };

  const seriesEndLabels: Record<SeriesEnd, string> = {
    COUNT: t('meetings.form.series.afterCount'),
    UNTIL: t('meetings.form.series.onDate'),
  };

  // The checks also turn the local date and times into the instants that are sent.
  const check = (values: MeetingFormValues) => validateMeeting(values, t, { withRecurrence });
  const submit = form.submit(
    (values) => check(values).errors,
    async (values) => {
      const { result } = check(values);
      if (result) await onSubmit(result);
    },
  );

  return (
    <form ref={form.formRef} className="form meeting-form" noValidate onSubmit={submit}>
      <p className="form__note">{t('meetings.form.note')}</p>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <TextField label={t('meetings.form.title')} required maxLength={250} value={values.title} error={errors.title} onChange={set('title')} />
      <div className="form-row">
        <TextField label={t('meetings.form.date')} type="date" required value={values.date} error={errors.date} onChange={set('date')} />
        <TextField label={t('meetings.form.startTime')} type="time" required value={values.startTime} error={errors.startTime} onChange={set('startTime')} />
        <TextField label={t('meetings.form.endTime')} type="time" required value={values.endTime} error={errors.endTime} onChange={set('endTime')} />
      </div>
      <SelectField
        label={t('meetings.form.timeZone')}
        hint={t('meetings.form.timeZoneHint')}
        required
        options={meetingZoneOptions(language, values.timeZone)}
        value={values.timeZone}
        error={errors.timeZone}
        onChange={set('timeZone')}
      />
      <TextField
        label={t('meetings.form.location')}
        hint={t('meetings.form.locationHint')}
        value={values.location}
        error={errors.location}
        onChange={set('location')}
      />
      <TextField
        label={t('meetings.form.onlineUrl')}
        hint={t('meetings.form.onlineUrlHint')}
        type="url"
        inputMode="url"
        value={values.onlineUrl}
        error={errors.onlineUrl}
        onChange={set('onlineUrl')}
        onBlur={() => {
          const completed = completeWebUrl(values.onlineUrl);
          if (completed !== values.onlineUrl) form.setValue('onlineUrl', completed);
        }}
      />
      {withRecurrence && (
        <div className="form-row">
          <SelectField
            label={t('meetings.form.recurrence.label')}
            hint={t('meetings.form.recurrence.hint')}
            options={RECURRENCE_PRESETS.map((preset) => ({ value: preset, label: recurrenceLabels[preset] }))}
            value={values.recurrence}
            error={errors.recurrence}
            onChange={set('recurrence')}
          />
        </div>
      )}
      {withRecurrence && values.recurrence !== 'NONE' && (
        <>
          <div className="form-row">
            <SelectField
              label={t('meetings.form.series.end')}
              options={SERIES_ENDS.map((end) => ({ value: end, label: seriesEndLabels[end] }))}
              value={values.seriesEnd}
              onChange={set('seriesEnd')}
            />
            {values.seriesEnd === 'COUNT' ? (
              <TextField
                label={t('meetings.form.occurrences')}
                hint={t('meetings.form.occurrencesHint', { max: MAX_OCCURRENCES })}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_OCCURRENCES}
                required
                value={values.occurrences}
                error={errors.occurrences}
                onChange={set('occurrences')}
              />
            ) : (
              <TextField
                label={t('meetings.form.series.until')}
                hint={t('meetings.form.occurrencesHint', { max: MAX_OCCURRENCES })}
                type="date"
                required
                min={values.date || undefined}
                value={values.until}
                error={errors.until}
                onChange={set('until')}
              />
            )}
          </div>
          <SeriesPreview values={values} />
        </>
      )}
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
