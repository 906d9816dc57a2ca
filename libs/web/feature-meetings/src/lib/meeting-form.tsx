import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf, useDescribeError } from '@concertation/web-data-access';
import { useI18n, weekdayNames } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { MAX_OCCURRENCES, nthWeekdayOf, RECURRENCE_PRESETS, type RecurrencePreset } from './recurrence';
import { meetingZoneOptions, SERVER_FIELDS, validateMeeting, type MeetingFormErrors, type MeetingFormValues } from './meeting-form-values';

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
  const describe = useDescribeError();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MeetingFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(formRef, attempt);

  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const { errors: found, result } = validateMeeting(values, t, { withRecurrence });
    setErrors(found);
    setAttempt((count) => count + 1);
    if (!result) return;
    setBusy(true);
    try {
      await onSubmit(result);
    } catch (caught) {
      const server = fieldErrorsOf(caught);
      const mapped: MeetingFormErrors = {};
      for (const [field, message] of Object.entries(server)) if (SERVER_FIELDS[field]) mapped[SERVER_FIELDS[field]] = message;
      setErrors(mapped);
      if (Object.keys(mapped).length > 0) setAttempt((count) => count + 1);
      else setFormError(describe(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="form meeting-form" noValidate onSubmit={submit}>
      <p className="form__note">{t('meetings.form.note')}</p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <TextField
        label={t('meetings.form.title')}
        required
        maxLength={250}
        value={values.title}
        error={errors.title}
        onChange={(event) => set('title', event.target.value)}
      />
      <div className="form-row">
        <TextField
          label={t('meetings.form.date')}
          type="date"
          required
          value={values.date}
          error={errors.date}
          onChange={(event) => set('date', event.target.value)}
        />
        <TextField
          label={t('meetings.form.startTime')}
          type="time"
          required
          value={values.startTime}
          error={errors.startTime}
          onChange={(event) => set('startTime', event.target.value)}
        />
        <TextField
          label={t('meetings.form.endTime')}
          type="time"
          required
          value={values.endTime}
          error={errors.endTime}
          onChange={(event) => set('endTime', event.target.value)}
        />
      </div>
      <SelectField
        label={t('meetings.form.timeZone')}
        hint={t('meetings.form.timeZoneHint')}
        required
        options={meetingZoneOptions(language, values.timeZone)}
        value={values.timeZone}
        error={errors.timeZone}
        onChange={(event) => set('timeZone', event.target.value)}
      />
      <TextField
        label={t('meetings.form.location')}
        hint={t('meetings.form.locationHint')}
        value={values.location}
        error={errors.location}
        onChange={(event) => set('location', event.target.value)}
      />
      <TextField
        label={t('meetings.form.onlineUrl')}
        hint={t('meetings.form.onlineUrlHint')}
        type="url"
        inputMode="url"
        value={values.onlineUrl}
        error={errors.onlineUrl}
        onChange={(event) => set('onlineUrl', event.target.value)}
      />
      {withRecurrence && (
        <div className="form-row">
          <SelectField
            label={t('meetings.form.recurrence.label')}
            hint={t('meetings.form.recurrence.hint')}
            options={RECURRENCE_PRESETS.map((preset) => ({ value: preset, label: recurrenceLabels[preset] }))}
            value={values.recurrence}
            error={errors.recurrence}
            onChange={(event) => set('recurrence', event.target.value as RecurrencePreset)}
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
              onChange={(event) => set('occurrences', event.target.value)}
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
