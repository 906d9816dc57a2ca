import { useRef, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH, DECISION_OUTCOMES } from '@concertation/shared-domain';
import { fieldErrorsOf, useDescribeError, useRecordDecision, type DecisionOutcome } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextAreaField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';

const OUTCOMES: readonly DecisionOutcome[] = DECISION_OUTCOMES;
const MAX_VOTES = 100_000;
type VoteField = 'votesFor' | 'votesAgainst' | 'abstentions';
const VOTE_FIELDS: readonly VoteField[] = ['votesFor', 'votesAgainst', 'abstentions'];
type Errors = Partial<Record<'text' | VoteField, string>>;

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
  const describe = useDescribeError();
  const [record, { loading }] = useRecordDecision(meetingId);
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<DecisionOutcome>('ADOPTED');
  const [votes, setVotes] = useState<Record<VoteField, string>>({ votesFor: '', votesAgainst: '', abstentions: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Errors = {};
    if (!text.trim()) found.text = t('validation.required');
    else if (text.trim().length > MAX_BODY_LENGTH) found.text = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    const counts = {} as Record<VoteField, number | null>;
    for (const field of VOTE_FIELDS) {
      const parsed = parseVotes(votes[field]);
      if (parsed === undefined) found[field] = t('minutes.decisions.form.votesInvalid');
      else counts[field] = parsed;
    }
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    try {
      await record({ text: text.trim(), outcome, agendaItemId, ...counts });
      setText('');
      setVotes({ votesFor: '', votesAgainst: '', abstentions: '' });
      onRecorded();
    } catch (caught) {
      const server = fieldErrorsOf(caught);
      setErrors(server);
      if (Object.keys(server).length > 0) setAttempt((count) => count + 1);
      else setFormError(describe(caught));
    }
  };

  return (
    <form ref={formRef} className="form decision-form" noValidate onSubmit={submit} aria-label={t('minutes.decisions.form.title')}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <TextAreaField
        label={t('minutes.decisions.form.text')}
        required
        rows={3}
        value={text}
        error={errors.text}
        onChange={(event) => setText(event.target.value)}
      />
      <SelectField
        label={t('minutes.decisions.form.outcome')}
        options={OUTCOMES.map((value) => ({ value, label: t(`minutes.decisions.outcome.${value}` as const) }))}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as DecisionOutcome)}
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
              value={votes[field]}
              error={errors[field]}
              onChange={(event) => setVotes((current) => ({ ...current, [field]: event.target.value }))}
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
