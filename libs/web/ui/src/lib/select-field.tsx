import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cx } from './class-names';
import { FieldError, FieldHint, useFieldIds } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Options with a group are shown under an <optgroup> of that label, in order of first appearance. */
  group?: string;
}

function renderOptions(options: readonly SelectOption[]) {
  const option = (item: SelectOption) => (
    <option key={item.value} value={item.value} disabled={item.disabled}>
      {item.label}
    </option>
  );
  if (!options.some((item) => item.group)) return options.map(option);
  const groups = new Map<string, SelectOption[]>();
  for (const item of options) {
    const label = item.group ?? '';
    groups.set(label, [...(groups.get(label) ?? []), item]);
  }
  return Array.from(groups, ([label, items]) =>
    label ? (
      <optgroup key={label} label={label}>
        {items.map(option)}
      </optgroup>
    ) : (
      items.map(option)
    ),
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first option with an empty value, e.g. « All levels » or « Choose… ». */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
}

export function SelectField({ label, options, placeholder, hint, error, id, className, required, ...rest }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <select
        {...rest}
        id={ids.controlId}
        className="field__control"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {renderOptions(options)}
      </select>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
