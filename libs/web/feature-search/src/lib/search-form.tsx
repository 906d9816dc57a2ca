import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { normalizeSearchQuery } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { cx } from '@concertation/web-ui';

export interface SearchFormProps {
  /** The landmark's name: two search forms on one page must be told apart. */
  landmark: string;
  label: string;
  /** Shown to everyone; otherwise the label is for assistive technologies only and the placeholder shows. */
  visibleLabel?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  submitLabel: ReactNode;
  initialQuery?: string;
  className?: string;
}

/**
 * A search form: submitting goes to `/search?q=…`. A blank query is not sent: the field says why,
 * is marked invalid and keeps the focus.
 */
export function SearchForm({ landmark, label, visibleLabel = false, placeholder, hint, submitLabel, initialQuery = '', className }: SearchFormProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialQuery);
  const [error, setError] = useState<string | null>(null);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!normalizeSearchQuery(value)) {
      setError(t('search.blank'));
      input.current?.focus();
      return;
    }
    setError(null);
    navigate(paths.search(normalizeSearchQuery(value)));
  };

  return (
    <form role="search" aria-label={landmark} className={cx('search-form', error && 'search-form--invalid', className)} noValidate onSubmit={submit}>
      <label htmlFor={`${id}-input`} className={visibleLabel ? 'field__label' : 'visually-hidden'}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="search-form__row">
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          name="q"
          className="field__control search-form__input"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setValue(event.target.value);
            if (error) setError(null);
          }}
        />
        <button type="submit" className="search-form__submit">
          <svg className="search-form__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z" />
          </svg>
          <span className="search-form__submit-text">{submitLabel}</span>
        </button>
      </div>
      {error && (
        <p id={errorId} className="field__error search-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
