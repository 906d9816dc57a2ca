import { useCallback } from 'react';
import { fieldErrorsOf } from './errors';
import { useDescribeError, type ErrorOverrides } from './describe-error';

export interface FormFailureOptions {
  /** The screen's own sentence for a code it knows (CONFLICT: « this e-mail is taken »). */
  overrides?: ErrorOverrides;
  /**
   * Server field → form field, first match wins (`{ assigneeId: 'assignee', assigneeOrganizationId: 'assignee' }`).
   * When given, the server's other fields are dropped: the form has nowhere to show them.
   */
  fields?: Readonly<Record<string, string>>;
  /** No sentence above the form when the server named fields: the messages beside them say it. */
  quietWithFields?: boolean;
}

/** What a form shows for a refused mutation (the shape web-ui's `useForm` takes). */
export interface FormFailure {
  fields: Record<string, string>;
  message: string | null;
}

/**
 * How a form shows a failed mutation: the server's BAD_USER_INPUT messages beside the fields they
 * name, and a sentence in the viewer's language for the rest.
 */
export function useFormFailure(): (error: unknown, options?: FormFailureOptions) => FormFailure {
  const describe = useDescribeError();
  return useCallback(
    (error: unknown, { overrides, fields: rename, quietWithFields = false }: FormFailureOptions = {}) => {
      const server = fieldErrorsOf(error);
      const fields: Record<string, string> = rename ? {} : server;
      if (rename) {
        for (const [from, to] of Object.entries(rename)) if (server[from] && !fields[to]) fields[to] = server[from];
      }
      const named = Object.keys(fields).length > 0;
      return { fields, message: quietWithFields && named ? null : describe(error, overrides) };
    },
    [describe],
  );
}
