import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'TWO_FACTOR_REQUIRED',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** The server's own words; shown beside a field for BAD_USER_INPUT. */
  message: string;
  /** The input field the server blames (`extensions.field`), last path segment only: `input.email` → `email`. */
  field: string | null;
}

function normalizeCode(code: unknown): ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'UNKNOWN';
}

function normalizeField(field: unknown): string | null {
  if (typeof field !== 'string' || !field) return null;
  const parts = field.split('.');
  return parts[parts.length - 1] || null;
}

function fromGraphQLError(error: GraphQLFormattedError): AppError {
  return { code: normalizeCode(error.extensions?.['code']), message: error.message, field: normalizeField(error.extensions?.['field']) };
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  return 'UNKNOWN';
}

/** Whatever Apollo or fetch threw, as a list of coded errors. */
export function toAppErrors(error: unknown): AppError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map(fromGraphQLError);
  if (ServerError.is(error)) {
    // Apollo Server answers some errors (bad queries, rate limits) with a 4xx status and a GraphQL body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return body.errors.map(fromGraphQLError);
    } catch {
      // Not JSON: fall through to the status.
    }
    return [{ code: codeForStatus(error.statusCode), message: error.message, field: null }];
  }
  if (error instanceof TypeError) return [{ code: 'NETWORK', message: error.message, field: null }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: 'UNKNOWN', message, field: null }];
}

export function firstAppError(error: unknown): AppError | null {
  return toAppErrors(error)[0] ?? null;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return toAppErrors(error).some((item) => item.code === code);
}

/** Server messages of BAD_USER_INPUT errors that name a field, keyed by that field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of toAppErrors(error)) {
    if (item.code === 'BAD_USER_INPUT' && item.field && !result[item.field]) result[item.field] = item.message;
  }
  return result;
}
