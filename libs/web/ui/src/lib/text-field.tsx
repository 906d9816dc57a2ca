import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { cx } from './class-names';
import { FieldError, FieldHint, useFieldIds } from './field';

interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and tied to it with aria-describedby; marks it aria-invalid. */
  error?: string | null;
}

export type TextFieldProps = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

export function TextField({ label, hint, error, id, className, required, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <input
        {...rest}
        id={ids.controlId}
        className="field__control"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

export function TextAreaField({ label, hint, error, id, className, required, rows = 4, ...rest }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <textarea
        {...rest}
        rows={rows}
        id={ids.controlId}
        className="field__control"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
