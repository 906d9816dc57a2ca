import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldFrame, type FieldChrome } from './field';

export type TextFieldProps = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

export function TextField({ label, hint, error, id, className, required, ...rest }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className} required={required}>
      {(control) => <input {...rest} {...control} />}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

export function TextAreaField({ label, hint, error, id, className, required, rows = 4, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className} required={required}>
      {(control) => <textarea {...rest} rows={rows} {...control} />}
    </FieldFrame>
  );
}
