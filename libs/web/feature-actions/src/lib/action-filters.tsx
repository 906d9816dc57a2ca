import { useId } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Button, CheckboxGroup, SelectField, type SelectOption } from '@concertation/web-ui';
import { ACTION_STATUSES } from './due';
import { hasFilters, NO_FILTERS, type ActionFilters, type DueFilter } from './filters';

export interface ActionFiltersFormProps {
  filters: ActionFilters;
  tables: readonly SelectOption[];
  onChange: (filters: ActionFilters) => void;
}

/** Status boxes, a table, and « overdue » or « due soon »: each change applies at once. */
export function ActionFiltersForm({ filters, tables, onChange }: ActionFiltersFormProps) {
  const { t } = useI18n();
  const dueName = useId();
  const dueOptions: Array<{ value: DueFilter; label: string; hint?: string }> = [
    { value: null, label: t('actions.filters.anyDue') },
    { value: 'overdue', label: t('actions.filters.overdue') },
    { value: 'soon', label: t('actions.filters.soon'), hint: t('actions.filters.soonHint') },
  ];
  return (
    <form className="action-filters" onSubmit={(event) => event.preventDefault()} aria-label={t('actions.filters.title')}>
      <CheckboxGroup
        legend={t('actions.filters.status')}
        options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.status.${status}` as const) }))}
        values={filters.statuses}
        onChange={(values) => onChange({ ...filters, statuses: ACTION_STATUSES.filter((status) => values.includes(status)) })}
      />
      <SelectField
        label={t('actions.filters.table')}
        placeholder={t('actions.filters.allTables')}
        options={tables}
        value={filters.tableId ?? ''}
        onChange={(event) => onChange({ ...filters, tableId: event.target.value || null })}
      />
      <fieldset className="field checkbox-group">
        <legend className="field__label">{t('actions.filters.due')}</legend>
        <div className="checkbox-group__options">
          {dueOptions.map((option) => {
            const id = `${dueName}-${option.value ?? 'any'}`;
            return (
              <div key={id} className="checkbox">
                <input
                  type="radio"
                  id={id}
                  name={dueName}
                  checked={filters.due === option.value}
                  onChange={() => onChange({ ...filters, due: option.value })}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label htmlFor={id}>{option.label}</label>
                {option.hint && (
                  <span id={`${id}-hint`} className="field__hint action-filters__hint">
                    {option.hint}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      {hasFilters(filters) && (
        <div>
          <Button variant="ghost" size="small" onClick={() => onChange(NO_FILTERS)}>
            {t('actions.filters.clear')}
          </Button>
        </div>
      )}
    </form>
  );
}
