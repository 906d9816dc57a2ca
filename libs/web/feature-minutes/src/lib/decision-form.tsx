import { MAX_BODY_LENGTH, DECISION_OUTCOMES } from '@concertation/shared-domain';
import { useFormFailure, useRecordDecision, type DecisionOutcome } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, requiredTextError, SelectField, TextAreaField, TextField, useForm, type FieldErrors } from '@concertation/web-ui';

const OUTCOMES: readonly DecisionOutcome[] = DECISION_OUTCOMES;
const MAX_VOTES = 100_000;
type VoteField = 'votesFor' | 'votesAgainst' | 'abstentions';
const VOTE_FIELDS: readonly VoteField[] = ['votesFor', 'votesAgainst', 'abstentions'];
const NO_VOTES: Record<VoteField, string> = { votesFor: '', votesAgainst: '', abstentions: '' };

/** '' is « not counted »; anything else must be a whole number from 0 up. */
function parseVotes(value: string): number | null | undefined {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const count = Number(trimmed);
  return count <= MAX_VOTES ? count : undefined;
}

export interface DecisionFormProps {
  meetingId: string;
  agendaItemId: string | null;
  onRecorded: () => void;
  onCancel?: () => void;
}

/** « Consigner une décision »: its text, outcome and, when a vote was held, the counts. */
export function DecisionForm({ meetingId, agendaItemId, onRecorded, onCancel }: DecisionFormProps) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const [record, { loading }] = useRecordDecision(meetingId);
  const form = useForm({ text: '', outcome: 'ADOPTED' as DecisionOutcome, ...NO_VOTES }, (error) => failure(error, { quietWithFields: true }));
  const { values, errors, set } = form;

  const validate = (values: typeof form.values) => {
    const found: FieldErrors<'text' | VoteField> = { text: requiredTextError(values.text.trim(), MAX_BODY_LENGTH, t) };
    for (const field of VOTE_FIELDS) if (parseVotes(values[field]) === undefined) found[field] = t('minutes.decisions.form.votesInvalid');
    return found;
  };

  const submit = form.submit(validate, async (values) => {
    const counts = Object.fromEntries(VOTE_FIELDS.map((field) => [field, parseVotes(values[field]) ?? null])) as Record<VoteField, number | null>;
    await record({ text: values.text.trim(), outcome: values.outcome, agendaItemId, ...counts });
    form.setValues((current) => ({ ...current, text: '', ...NO_VOTES }));
    onRecorded();
  });

  return (
    <form ref={form.formRef} className="form decision-form" noValidate onSubmit={submit} aria-label={t('minutes.decisions.form.title')}>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <TextAreaField label={t('minutes.decisions.form.text')} required rows={3} value={values.text} error={errors.text} onChange={set('text')} />
      <SelectField
        label={t('minutes.decisions.form.outcome')}
        options={OUTCOMES.map((value) => ({ value, label: t(`minutes.decisions.outcome.${value}` as const) }))}
        value={values.outcome}
        onChange={set('outcome')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('minutes.decisions.form.votesLegend')}</legend>
        <div className="form-row">
          {VOTE_FIELDS.map((field) => (
            <TextField
              key={field}
              className="field--compact"
              label={t(`minutes.decisions.form.${field}` as const)}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={values[field]}
              error={errors[field]}
              onChange={set(field)}
            />
          ))}
        </div>
      </fieldset>
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('minutes.decisions.form.submit')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={loading}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
