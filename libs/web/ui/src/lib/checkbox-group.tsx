import { useId, type ReactNode } from 'react';
import { cx } from './class-names';
import type { SelectOption } from './select-field';

export interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly SelectOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Lays the boxes out in columns; long lists (regions) stay readable. */
  columns?: boolean;
}

export function CheckboxGroup({ legend, options, values, onChange, hint, error, columns }: CheckboxGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...values, value] : values.filter((existing) => existing !== value));
  return (
    <fieldset
      className={cx('field', 'checkbox-group', error && 'field--invalid')}
      data-invalid={error ? 'true' : undefined}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className={cx('checkbox-group__options', columns && 'checkbox-group__options--columns')}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="checkbox">
              <input
                type="checkbox"
                id={optionId}
                checked={values.includes(option.value)}
                disabled={option.disabled}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
