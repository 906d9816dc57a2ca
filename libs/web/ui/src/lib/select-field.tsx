import type { SelectHTMLAttributes } from 'react';
import { FieldFrame, type FieldChrome } from './field';

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

export interface SelectFieldProps extends FieldChrome, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options: readonly SelectOption[];
  /** A first option with an empty value, e.g. « All levels » or « Choose… ». */
  placeholder?: string;
}

export function SelectField({ label, options, placeholder, hint, error, id, className, required, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className} required={required}>
      {(control) => (
        <select {...rest} {...control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {renderOptions(options)}
        </select>
      )}
    </FieldFrame>
  );
}
