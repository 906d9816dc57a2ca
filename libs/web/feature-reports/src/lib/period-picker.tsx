import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, SelectField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import {
  choiceOf,
  fiscalYear,
  fiscalYearsOffered,
  fiscalYearStartOf,
  hasPeriodErrors,
  last12Months,
  periodErrors,
  presetPeriod,
  thisQuarter,
  type Period,
  type PeriodChoice,
  type PeriodErrors,
} from './period';
import { useReportFormat } from './report-format';

export interface PeriodPickerProps {
  /** The viewer's calendar day, which the presets count from. */
  today: string;
  /** The period shown, null when the address asks for one that cannot be. */
  period: Period | null;
  /** The dates the address gives, for the custom fields. */
  requested: Period;
  /** What is wrong with the address's dates. */
  errors: PeriodErrors;
  onChoose: (period: Period) => void;
}

type Kind = PeriodChoice['kind'];

interface FormState {
  kind: Kind;
  startYear: number;
  from: string;
  to: string;
  errors: PeriodErrors;
}

function initialState({ today, period, requested, errors }: PeriodPickerProps): FormState {
  const choice: PeriodChoice = period ? choiceOf(period, today) : { kind: 'custom' };
  return {
    kind: choice.kind,
    startYear: choice.kind === 'fiscalYear' ? choice.startYear : fiscalYearStartOf(today),
    from: requested.from,
    to: requested.to,
    errors,
  };
}

function Choice({
  name,
  kind,
  checked,
  onSelect,
  label,
  hint,
  children,
}: {
  name: string;
  kind: Kind;
  checked: boolean;
  onSelect: (kind: Kind) => void;
  label: string;
  hint?: string;
  children?: ReactNode;
}) {
  const id = `${name}-${kind}`;
  return (
    <div className="period-picker__choice">
      <div className="checkbox">
        <input type="radio" id={id} name={name} checked={checked} onChange={() => onSelect(kind)} aria-describedby={hint ? `${id}-hint` : undefined} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field__hint period-picker__hint">
          {hint}
        </p>
      )}
      {checked && children}
    </div>
  );
}

/**
 * The period of a report: this quarter, the last twelve months, a fiscal year (1 April – 31 March,
 * as Quebec's public bodies count), or two dates. Nothing moves until « Show the report »: the
 * address then changes, so that the report can be shared and the back button returns to the last one.
 */
export function PeriodPicker(props: PeriodPickerProps) {
  const { today, requested, onChoose } = props;
  const { t } = useI18n();
  const format = useReportFormat();
  const name = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(() => initialState(props));
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  // A new address (the back button, a shared link, a choice just made) resets the form to what it shows.
  const addressKey = `${requested.from}|${requested.to}`;
  const [shownKey, setShownKey] = useState(addressKey);
  if (addressKey !== shownKey) {
    setShownKey(addressKey);
    setState(initialState(props));
  }

  const update = (change: Partial<FormState>) => setState((current) => ({ ...current, ...change }));
  const range = (period: Period) => t('reports.period.range', { from: format.day(period.from), to: format.day(period.to) });
  const years = [...new Set([...fiscalYearsOffered(today), state.startYear])].sort((a, b) => b - a);
  const errorText = (error: PeriodErrors['from']) => (error ? t(`reports.period.errors.${error}` as const) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.kind === 'custom') {
      const errors = periodErrors(state.from, state.to);
      update({ errors });
      if (hasPeriodErrors(errors)) {
        setAttempt((count) => count + 1);
        return;
      }
      onChoose({ from: state.from, to: state.to });
      return;
    }
    update({ errors: {} });
    onChoose(presetPeriod(state.kind === 'fiscalYear' ? { kind: 'fiscalYear', startYear: state.startYear } : { kind: state.kind }, today));
  };

  return (
    <form ref={formRef} className="period-picker" onSubmit={submit} noValidate>
      {hasPeriodErrors(props.errors) && state.kind === 'custom' && <Alert tone="warning">{t('reports.period.addressError')}</Alert>}
      <fieldset className="period-picker__choices">
        <legend className="field__label">{t('reports.period.legend')}</legend>
        <Choice
          name={name}
          kind="thisQuarter"
          checked={state.kind === 'thisQuarter'}
          onSelect={(kind) => update({ kind })}
          label={t('reports.period.thisQuarter')}
          hint={range(thisQuarter(today))}
        />
        <Choice
          name={name}
          kind="last12Months"
          checked={state.kind === 'last12Months'}
          onSelect={(kind) => update({ kind })}
          label={t('reports.period.last12Months')}
          hint={range(last12Months(today))}
        />
        <Choice
          name={name}
          kind="fiscalYear"
          checked={state.kind === 'fiscalYear'}
          onSelect={(kind) => update({ kind })}
          label={t('reports.period.fiscalYear')}
        >
          <SelectField
            className="period-picker__field"
            label={t('reports.period.fiscalYearSelect')}
            hint={range(fiscalYear(state.startYear))}
            value={String(state.startYear)}
            onChange={(event) => update({ startYear: Number(event.target.value) })}
            options={years.map((year) => ({ value: String(year), label: t('reports.period.fiscalYearOption', { start: year, end: year + 1 }) }))}
          />
        </Choice>
        <Choice name={name} kind="custom" checked={state.kind === 'custom'} onSelect={(kind) => update({ kind })} label={t('reports.period.custom')}>
          <div className="period-picker__dates">
            <TextField
              className="period-picker__field"
              type="date"
              label={t('reports.period.from')}
              value={state.from}
              required
              error={errorText(state.errors.from)}
              onChange={(event) => update({ from: event.target.value })}
            />
            <TextField
              className="period-picker__field"
              type="date"
              label={t('reports.period.to')}
              hint={t('reports.period.customHint')}
              value={state.to}
              required
              error={errorText(state.errors.to)}
              onChange={(event) => update({ to: event.target.value })}
            />
          </div>
        </Choice>
      </fieldset>
      <div className="button-row">
        <Button type="submit">{t('reports.period.apply')}</Button>
      </div>
    </form>
  );
}
