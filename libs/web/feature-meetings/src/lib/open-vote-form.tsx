import { useEffect, useId } from 'react';
import {
  MAX_CHOICE_OPTIONS,
  MAX_VOTE_OPTION_LENGTH,
  MAX_VOTE_QUESTION_LENGTH,
  MIN_CHOICE_OPTIONS,
  VoteMethod,
  VoteThreshold,
  type EnumValue,
} from '@concertation/shared-domain';
import { useDescribeError, useOpenVote, type MeetingVote } from '@concertation/web-data-access';
import { useI18n, type MessageKey, type MessageParams } from '@concertation/web-i18n';
import {
  Button,
  ErrorMessage,
  SelectField,
  TextAreaField,
  TextField,
  chosenError,
  cx,
  requiredTextError,
  tooLongError,
  useForm,
  type FieldErrors,
} from '@concertation/web-ui';
import type { MeetingDetails } from './types';

type Method = EnumValue<VoteMethod>;
type Threshold = EnumValue<VoteThreshold>;
const METHODS: Method[] = [VoteMethod.YES_NO_ABSTAIN, VoteMethod.CHOICE];
const THRESHOLDS: Threshold[] = [VoteThreshold.SIMPLE_MAJORITY, VoteThreshold.TWO_THIRDS, VoteThreshold.UNANIMITY];

interface Values {
  itemId: string;
  question: string;
  method: Method;
  options: string[];
  threshold: Threshold;
  secret: boolean;
}
type Field = 'itemId' | 'question' | 'options';
type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The checks the API makes (shared-domain voteOptions), in the reader's words and before sending. */
export function openVoteErrors(values: Values, t: Translate): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {
    itemId: chosenError(values.itemId, t),
    question: requiredTextError(values.question.trim(), MAX_VOTE_QUESTION_LENGTH, t),
  };
  if (values.method === VoteMethod.CHOICE) {
    const options = values.options.map((option) => option.trim()).filter(Boolean);
    const long = options.map((option) => tooLongError(option, MAX_VOTE_OPTION_LENGTH, t)).find(Boolean);
    if (options.length < MIN_CHOICE_OPTIONS || options.length > MAX_CHOICE_OPTIONS)
      errors.options = t('votes.open.optionsCount', { min: MIN_CHOICE_OPTIONS, max: MAX_CHOICE_OPTIONS });
    else if (long) errors.options = long;
    else if (new Set(options.map((option) => option.toLocaleLowerCase())).size !== options.length) errors.options = t('votes.open.optionsDistinct');
  }
  return errors;
}

/**
 * The officers' « Ouvrir un vote »: on which item (the current one by default), the question, how
 * to vote (for/against/abstain, or a choice between options the chair writes), the threshold in
 * words with what it means, and whether the vote is secret.
 */
export function OpenVoteForm({ meeting, onOpened, onCancel }: { meeting: MeetingDetails; onOpened: (vote: MeetingVote) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const describe = useDescribeError();
  const [openVote] = useOpenVote(meeting.id);
  const initial: Values = {
    itemId: meeting.currentItem?.id ?? '',
    question: '',
    method: VoteMethod.YES_NO_ABSTAIN,
    options: ['', ''],
    threshold: VoteThreshold.SIMPLE_MAJORITY,
    secret: false,
  };
  const failure = (error: unknown) => ({
    message: describe(error, { FORBIDDEN: t('votes.errors.openForbidden'), BAD_USER_INPUT: t('votes.errors.openBadInput') }),
  });
  const form = useForm<Values>(initial, failure);
  const { values, errors, setValue } = form;
  const quorumMissing = !meeting.quorum.reached;
  // The button that opened the form is gone: focus goes to the form's first field.
  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('select, textarea, input')?.focus();
  }, [form.formRef]);

  const submit = form.submit(
    (current) => openVoteErrors(current, t),
    async (current) => {
      const vote = await openVote({
        agendaItemId: current.itemId,
        question: current.question.trim(),
        method: current.method,
        threshold: current.threshold,
        secret: current.secret,
        ...(current.method === VoteMethod.CHOICE ? { options: current.options.map((option) => option.trim()).filter(Boolean) } : {}),
      });
      if (vote) onOpened(vote);
    },
  );

  const setOption = (index: number, value: string) =>
    setValue(
      'options',
      values.options.map((option, at) => (at === index ? value : option)),
    );

  return (
    <form ref={form.formRef} className="form open-vote" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('votes.open.title')}</h3>
      {quorumMissing && <p className="form__note">{t('votes.open.quorumMissing')}</p>}
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <SelectField
        label={t('votes.open.item')}
        value={values.itemId}
        placeholder={t('common.choose')}
        onChange={form.set('itemId')}
        options={meeting.agenda.map((item, index) => ({ value: item.id, label: `${t('agenda.position', { position: index + 1 })} ${item.title}` }))}
        error={errors.itemId}
        required
      />
      <TextAreaField
        label={t('votes.open.question')}
        hint={t('votes.open.questionHint')}
        rows={2}
        value={values.question}
        onChange={form.set('question')}
        error={errors.question}
        maxLength={MAX_VOTE_QUESTION_LENGTH}
        required
      />
      <fieldset className="field">
        <legend className="field__label">{t('votes.open.method')}</legend>
        {METHODS.map((method) => (
          <label key={method} className="checkbox">
            <input type="radio" name={`${id}-method`} value={method} checked={values.method === method} onChange={() => setValue('method', method)} />
            <span>{t(`votes.methods.${method}` as const)}</span>
          </label>
        ))}
      </fieldset>
      {values.method === VoteMethod.CHOICE && (
        <fieldset
          className={cx('field', 'open-vote__options', errors.options && 'field--invalid')}
          data-invalid={errors.options ? 'true' : undefined}
          aria-describedby={`${id}-options-hint${errors.options ? ` ${id}-options-error` : ''}`}
        >
          <legend className="field__label">{t('votes.open.options')}</legend>
          <p id={`${id}-options-hint`} className="field__hint">
            {t('votes.open.optionsHint', { min: MIN_CHOICE_OPTIONS, max: MAX_CHOICE_OPTIONS })}
          </p>
          <ol className="open-vote__option-list">
            {values.options.map((option, index) => (
              // The options have no identity but their place while they are written.
              <li key={index} className="open-vote__option">
                <TextField
                  label={t('votes.open.option', { position: index + 1 })}
                  value={option}
                  maxLength={MAX_VOTE_OPTION_LENGTH}
                  onChange={(event) => setOption(index, event.target.value)}
                />
                {values.options.length > MIN_CHOICE_OPTIONS && (
                  <Button
                    variant="ghost"
                    size="small"
                    onClick={() =>
                      setValue(
                        'options',
                        values.options.filter((_, at) => at !== index),
                      )
                    }
                  >
                    {t('votes.open.removeOption', { position: index + 1 })}
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {values.options.length < MAX_CHOICE_OPTIONS && (
            <div>
              <Button variant="secondary" size="small" onClick={() => setValue('options', [...values.options, ''])}>
                {t('votes.open.addOption')}
              </Button>
            </div>
          )}
          {errors.options && (
            <p id={`${id}-options-error`} className="field__error">
              {errors.options}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="field">
        <legend className="field__label">{t('votes.open.threshold')}</legend>
        {THRESHOLDS.map((threshold) => (
          <label key={threshold} className="checkbox open-vote__threshold">
            <input
              type="radio"
              name={`${id}-threshold`}
              value={threshold}
              checked={values.threshold === threshold}
              onChange={() => setValue('threshold', threshold)}
            />
            <span>
              {t(`votes.thresholds.${threshold}` as const)}
              <span className="field__hint">{t(`votes.thresholdHints.${values.method}.${threshold}` as const)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-secret`}
            checked={values.secret}
            onChange={(event) => setValue('secret', event.target.checked)}
            aria-describedby={`${id}-secret-hint`}
          />
          <label htmlFor={`${id}-secret`}>{t('votes.open.secret')}</label>
        </div>
        <p id={`${id}-secret-hint`} className="field__hint">
          {t('votes.open.secretHint')}
        </p>
      </div>
      <div className="form__actions">
        <Button type="submit" busy={form.busy} disabled={quorumMissing}>
          {t('votes.open.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('votes.open.cancel')}
        </Button>
      </div>
    </form>
  );
}
