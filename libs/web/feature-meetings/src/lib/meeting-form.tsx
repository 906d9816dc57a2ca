import { useFormFailure } from '@concertation/web-data-access';
import { useI18n, weekdayNames } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextField, useForm } from '@concertation/web-ui';
import { MAX_OCCURRENCES, nthWeekdayOf, RECURRENCE_PRESETS, type RecurrencePreset } from './recurrence';
import { meetingZoneOptions, SERVER_FIELDS, validateMeeting, type MeetingFormValues } from './meeting-form-values';

export type MeetingFormResult = NonNullable<ReturnType<typeof validateMeeting>['result']>;

export interface MeetingFormProps {
  initial: MeetingFormValues;
  /** The schedule form offers recurrences; the edit form changes one meeting. */
  withRecurrence: boolean;
  submitLabel: string;
  onSubmit: (result: MeetingFormResult) => Promise<void>;
  onCancel: () => void;
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
          {values.recurrence !== 'NONE' && (
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
          )}
        </div>
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
