import { useId, type ReactNode } from 'react';
import type { ConsultationQuestion } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { cx, TextAreaField, VisuallyHidden } from '@concertation/web-ui';
import { answerOf, type AnswerValue, type AnswerValues } from './answers';

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

interface QuestionFieldProps {
  question: ConsultationQuestion;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
  error?: string;
  disabled: boolean;
}

/** « 2. Votre organisation applique-t-elle… (obligatoire) »: what each control is named after. */
function useQuestionLabel(question: ConsultationQuestion) {
  const { t } = useI18n();
  return `${question.position}. ${question.prompt}${question.required ? ` (${t('consultations.required')})` : ''}`;
}

/** Radios, boxes or a scale: a group whose legend is the question, with its error tied to it. */
function ChoiceField({ question, value, onChange, error, disabled }: QuestionFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const label = useQuestionLabel(question);
  const hintId = question.kind === 'SCALE' ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const multiple = question.kind === 'MULTIPLE_CHOICE';
  const choices: Array<{ value: string; label: ReactNode }> =
    question.kind === 'SCALE'
      ? SCALE_VALUES.map((scale) => ({
          value: String(scale),
          label: (
            <>
              <span aria-hidden="true">{scale}</span>
              <VisuallyHidden>{t('consultations.response.scaleValue', { value: scale })}</VisuallyHidden>
            </>
          ),
        }))
      : question.options.map((option) => ({ value: option, label: option }));
  const checked = (choice: string) => (question.kind === 'SCALE' ? value.scale === Number(choice) : value.choices.includes(choice));
  const toggle = (choice: string, on: boolean) => {
    if (question.kind === 'SCALE') onChange({ ...value, scale: Number(choice) });
    else if (multiple) onChange({ ...value, choices: on ? [...value.choices.filter((c) => c !== choice), choice] : value.choices.filter((c) => c !== choice) });
    else onChange({ ...value, choices: [choice] });
  };
  return (
    <fieldset
      className={cx('field', 'consultation-question', question.kind === 'SCALE' && 'consultation-question--scale', error && 'field--invalid')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      data-invalid={error ? 'true' : undefined}
    >
      <legend className="field__label">{label}</legend>
      {hintId && (
        <p id={hintId} className="field__hint">
          {t('consultations.response.scaleHint')}
        </p>
      )}
      <div className={question.kind === 'SCALE' ? 'consultation-scale' : 'checkbox-group__options'}>
        {choices.map((choice, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={choice.value} className="checkbox">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={optionId}
                name={id}
                value={choice.value}
                checked={checked(choice.value)}
                disabled={disabled}
                required={question.required && !multiple ? true : undefined}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{choice.label}</label>
            </div>
          );
        })}
      </div>
      {errorId && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function TextQuestionField({ question, value, onChange, error, disabled }: QuestionFieldProps) {
  const label = useQuestionLabel(question);
  return (
    <div data-invalid={error ? 'true' : undefined}>
      <TextAreaField
        label={label}
        required={question.required}
        disabled={disabled}
        rows={5}
        value={value.text}
        error={error}
        onChange={(event) => onChange({ ...value, text: event.target.value })}
      />
    </div>
  );
}

export interface QuestionnaireFieldsProps {
  questions: readonly ConsultationQuestion[];
  values: AnswerValues;
  onChange?: (questionId: string, value: AnswerValue) => void;
  errors?: Record<string, string>;
  /** The builder's preview and a closed consultation's answer: shown, not editable. */
  disabled?: boolean;
}

/** The questionnaire as an organization fills it in: one control (or group) per question, in order. */
export function QuestionnaireFields({ questions, values, onChange, errors = {}, disabled = false }: QuestionnaireFieldsProps) {
  return (
    <div className="consultation-questionnaire">
      {questions.map((question) => {
        const props: QuestionFieldProps = {
          question,
          value: answerOf(values, question.id),
          onChange: (value) => onChange?.(question.id, value),
          error: errors[question.id],
          disabled,
        };
        return question.kind === 'TEXT' ? <TextQuestionField key={question.id} {...props} /> : <ChoiceField key={question.id} {...props} />;
      })}
    </div>
  );
}
