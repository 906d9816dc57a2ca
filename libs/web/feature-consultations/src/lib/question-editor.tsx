import { useId, type Ref } from 'react';
import type { QuestionKind } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, cx, SelectField, TextAreaField, TextField } from '@concertation/web-ui';
import { isChoiceKind, MAX_OPTIONS, optionField, optionsField, promptField, QUESTION_KINDS, type BuilderErrors, type QuestionDraft } from './builder-model';

export type MoveDirection = -1 | 1;

export interface QuestionEditorProps {
  question: QuestionDraft;
  index: number;
  count: number;
  errors: BuilderErrors;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (step: MoveDirection) => void;
  onRemove: () => void;
  /** The builder moves focus to these after a move, so that the keyboard stays on the moved question. */
  upRef?: Ref<HTMLButtonElement>;
  downRef?: Ref<HTMLButtonElement>;
}

/** One question of the builder: its kind, wording, options and whether an answer is required, with its place in the list. */
export function QuestionEditor({ question, index, count, errors, onChange, onMove, onRemove, upRef, downRef }: QuestionEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const position = index + 1;
  const optionsError = errors[optionsField(question.key)];
  const optionsErrorId = optionsError ? `${id}-options-error` : undefined;

  const setOption = (at: number, value: string) => onChange({ options: question.options.map((option, i) => (i === at ? value : option)) });
  const removeOption = (at: number) => onChange({ options: question.options.filter((_, i) => i !== at) });
  const changeKind = (kind: QuestionKind) =>
    // A choice question needs options: two empty ones to fill when there were none.
    onChange({ kind, options: isChoiceKind(kind) && question.options.length === 0 ? ['', ''] : question.options });

  return (
    <fieldset className="question-editor" data-question={question.key}>
      <legend className="question-editor__legend">{t('consultations.builder.question', { position })}</legend>
      <SelectField
        label={t('consultations.builder.kind')}
        options={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`consultations.kinds.${kind}` as const) }))}
        value={question.kind}
        onChange={(event) => changeKind(event.target.value as QuestionKind)}
      />
      <TextAreaField
        id={`${question.key}-prompt`}
        label={t('consultations.builder.prompt')}
        required
        rows={2}
        value={question.prompt}
        error={errors[promptField(question.key)]}
        onChange={(event) => onChange({ prompt: event.target.value })}
      />
      {isChoiceKind(question.kind) && (
        <fieldset
          className={cx('field', 'fieldset', optionsError && 'field--invalid')}
          aria-describedby={optionsErrorId}
          data-invalid={optionsError ? 'true' : undefined}
        >
          <legend className="field__label">{t('consultations.builder.options')}</legend>
          <ol className="question-editor__options">
            {question.options.map((option, at) => (
              // Options have no identity of their own before they are saved: their place is their key.
              <li key={at} className="question-editor__option">
                <TextField
                  label={t('consultations.builder.option', { position: at + 1 })}
                  required
                  value={option}
                  error={errors[optionField(question.key, at)]}
                  onChange={(event) => setOption(at, event.target.value)}
                />
                <Button variant="ghost" size="small" disabled={question.options.length <= 2} onClick={() => removeOption(at)}>
                  {t('consultations.builder.removeOption', { position: at + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          {optionsError && (
            <p id={optionsErrorId} className="field__error">
              {optionsError}
            </p>
          )}
          <div>
            <Button
              variant="secondary"
              size="small"
              disabled={question.options.length >= MAX_OPTIONS}
              onClick={() => onChange({ options: [...question.options, ''] })}
            >
              {t('consultations.builder.addOption')}
            </Button>
          </div>
        </fieldset>
      )}
      <div className="checkbox">
        <input id={`${id}-required`} type="checkbox" checked={question.required} onChange={(event) => onChange({ required: event.target.checked })} />
        <label htmlFor={`${id}-required`}>{t('consultations.builder.requiredLabel')}</label>
      </div>
      <div className="button-row">
        <Button
          ref={upRef}
          variant="secondary"
          size="small"
          disabled={index === 0}
          aria-label={t('consultations.builder.moveUpLabel', { position })}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>
          {t('consultations.builder.moveUp')}
        </Button>
        <Button
          ref={downRef}
          variant="secondary"
          size="small"
          disabled={index === count - 1}
          aria-label={t('consultations.builder.moveDownLabel', { position })}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓ </span>
          {t('consultations.builder.moveDown')}
        </Button>
        <Button variant="danger" size="small" aria-label={t('consultations.builder.removeLabel', { position })} onClick={onRemove}>
          {t('consultations.builder.remove')}
        </Button>
      </div>
    </fieldset>
  );
}
