import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '@concertation/web-i18n';
import { TextField, useDebouncedValue } from '@concertation/web-ui';

/**
 * Filters live in the address (?q=&level=&region=), so that a filtered list can be shared and the
 * Back button returns to it. The text box writes to the address once typing pauses.
 */
export function useFilterParams<Name extends string>(names: readonly Name[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<Name, string>;
  const setValue = (name: Name, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return [values, setValue] as const;
}

export function SearchBox({ label, value, onSearch }: { label: string; value: string; onSearch: (value: string) => void }) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text);
  const latest = useRef({ value, onSearch });
  useEffect(() => {
    latest.current = { value, onSearch };
  });
  // Only a pause in typing writes to the address; a change of the address from elsewhere must not loop back.
  useEffect(() => {
    if (debounced !== latest.current.value) latest.current.onSearch(debounced);
  }, [debounced]);
  return <TextField label={label} type="search" value={text} onChange={(event) => setText(event.target.value)} />;
}

export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <form role="search" aria-label={label} className="filter-bar" onSubmit={(event) => event.preventDefault()}>
      {children}
      <p className="visually-hidden">{t('directory.filtersApplyAsYouType')}</p>
    </form>
  );
}
