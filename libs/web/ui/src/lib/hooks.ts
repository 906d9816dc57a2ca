import { useEffect, useRef, useState, type RefObject } from 'react';

/** The value, once it has stopped changing for `delay` ms: search boxes ask the server once per pause, not per key. */
export function useDebouncedValue<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * After a submit that failed validation, moves focus to the first invalid control, so that keyboard
 * and screen-reader users land on what to fix. `attempt` grows with each submit. A group of
 * controls without an aria-invalid of its own (checkboxes) marks itself `data-invalid="true"`.
 */
export function useFocusFirstInvalid(formRef: RefObject<HTMLElement | null>, attempt: number): void {
  const last = useRef(attempt);
  useEffect(() => {
    if (attempt === last.current) return;
    last.current = attempt;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus();
  }, [attempt, formRef]);
}
