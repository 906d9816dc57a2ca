import { useId, type ReactNode } from 'react';
import { cx } from './class-names';

export interface FieldIds {
  controlId: string;
  hintId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

/** Ids that tie a control to its label, hint and error, so that screen readers announce them together. */
export function useFieldIds(id: string | undefined, hint: ReactNode, error: ReactNode): FieldIds {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

export function FieldHint({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!children || !id) return null;
  return (
    <p id={id} className="field__hint">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!children || !id) return null;
  return (
    <p id={id} className="field__error">
      {children}
    </p>
  );
}

/** What every labelled field takes besides its control's own attributes. */
export interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and tied to it with aria-describedby; marks it aria-invalid. */
  error?: string | null;
}

/** The attributes that tie a control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  className: 'field__control';
  'aria-required': true | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldFrameProps extends FieldChrome {
  id: string | undefined;
  className: string | undefined;
  required: boolean | undefined;
  /** Renders the control (input, textarea, select) with the attributes it is given. */
  children: (control: FieldControlProps) => ReactNode;
}

/** The label, hint and error around one control, the same for every kind of field. */
export function FieldFrame({ label, hint, error, id, className, required, children }: FieldFrameProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      {children({
        id: ids.controlId,
        className: 'field__control',
        'aria-required': required || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': ids.describedBy,
      })}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
