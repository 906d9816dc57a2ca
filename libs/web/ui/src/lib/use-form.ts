import { useRef, useState, type FormEvent } from 'react';
import { useFocusFirstInvalid } from './hooks';

/** A message per field; a field without one is valid. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string | null>>;

/** What a refused action shows: messages beside the fields it names, a sentence above the form. */
export interface FormFailure<Field extends string = string> {
  fields?: FieldErrors<Field>;
  message?: string | null;
}

/** Turns what an action threw into what the form shows (a screen's own words for the codes it knows). */
export type DescribeFailure<Field extends string = string> = (error: unknown) => FormFailure<Field>;

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

type FieldOf<Values> = Extract<keyof Values, string>;
/** The fields a text input or a select fills: their value is a string (or a union of strings). */
type TextFieldOf<Values> = { [Key in FieldOf<Values>]: Values[Key] extends string ? Key : never }[FieldOf<Values>];

/**
 * The state every form of the client keeps: its values, a message per field, a sentence for the
 * whole form (an error, or a notice of what was done), and whether its action is running. After
 * each refused attempt (by the form's own checks or by the server) focus goes to the first field
 * to fix.
 *
 * `describeFailure` says what a failed action shows; the data layer offers one (`useFormFailure`).
 */
export function useForm<Values extends object>(initial: Values | (() => Values), describeFailure: DescribeFailure<FieldOf<Values>>) {
  type Field = FieldOf<Values>;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const setValue = <Key extends Field>(field: Key, value: Values[Key]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // What was said about a field no longer holds once it is changed.
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  /** The `onChange` of the input or select that fills `field`. */
  const set =
    <Key extends TextFieldOf<Values>>(field: Key) =>
    (event: { target: { value: string } }) =>
      setValue(field, event.target.value as Values[Key]);

  /** Shows a refusal and sends focus to the first field it names. */
  const fail = (failure: FormFailure<Field>) => {
    setErrors(failure.fields ?? {});
    setFormError(failure.message ?? null);
    setAttempt((count) => count + 1);
  };

  /** Runs the form's action; what it throws is shown. Resolves with whether it succeeded. */
  const run = async (action: () => unknown, onFailure: DescribeFailure<Field> = describeFailure): Promise<boolean> => {
    setFormError(null);
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      fail(onFailure(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** The form's `onSubmit`: checks the values, stops at the first field to fix, else runs the action. */
  const submit =
    (validate: (values: Values) => FieldErrors<Field>, action: (values: Values) => unknown, onFailure?: DescribeFailure<Field>) =>
    async (event?: FormEvent) => {
      event?.preventDefault();
      // What the last attempt said no longer holds.
      setFormError(null);
      setNotice(null);
      const found = validate(values);
      setErrors(found);
      if (hasFieldErrors(found)) {
        setAttempt((count) => count + 1);
        return;
      }
      await run(() => action(values), onFailure);
    };

  return { values, setValues, setValue, set, errors, formError, notice, setNotice, busy, formRef, submit, run };
}
