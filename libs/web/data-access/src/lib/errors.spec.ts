import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { fieldErrorsOf, firstAppError, toAppErrors } from './errors';

function graphQLErrors(...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('toAppErrors', () => {
  it('reads the code and the blamed field of each GraphQL error', () => {
    const error = graphQLErrors(
      { message: 'Password too short', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } },
      { message: 'Nope', extensions: { code: 'FORBIDDEN' } },
    );
    expect(toAppErrors(error)).toEqual([
      { code: 'BAD_USER_INPUT', message: 'Password too short', field: 'password' },
      { code: 'FORBIDDEN', message: 'Nope', field: null },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ password: 'Password too short' });
  });

  it('treats unknown codes as UNKNOWN and fetch failures as NETWORK', () => {
    expect(firstAppError(graphQLErrors({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))?.code).toBe('UNKNOWN');
    expect(firstAppError(new TypeError('Failed to fetch'))?.code).toBe('NETWORK');
    expect(toAppErrors(undefined)).toEqual([]);
  });

  it('reads GraphQL errors from a 4xx answer, and the status otherwise', () => {
    const withBody = new ServerError('Response not successful', {
      response: new Response('', { status: 400 }),
      bodyText: JSON.stringify({ errors: [{ message: 'Too deep', extensions: { code: 'BAD_USER_INPUT' } }] }),
    });
    expect(firstAppError(withBody)).toEqual({ code: 'BAD_USER_INPUT', message: 'Too deep', field: null });
    const limited = new ServerError('Response not successful', { response: new Response('', { status: 429 }), bodyText: 'slow down' });
    expect(firstAppError(limited)?.code).toBe('TOO_MANY_REQUESTS');
  });
});
