/** The error codes of the contract, carried in `extensions.code`. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'TWO_FACTOR_REQUIRED';

/**
 * An error a service throws on purpose. Its message is safe to show to the caller: it never
 * carries SQL, a stack or another user's data.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Which input field was at fault, when one was. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'You must be signed in.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message);
export const notFound = (what = 'object') => new DomainError('NOT_FOUND', `No such ${what}.`);
export const badInput = (message: string, field?: string) => new DomainError('BAD_USER_INPUT', message, field);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const tooManyRequests = (message = 'Too many attempts; try again later.') => new DomainError('TOO_MANY_REQUESTS', message);
/** The password was right and the account asks for a one-time code too: the client asks for it and signs in again. */
export const twoFactorRequired = () => new DomainError('TWO_FACTOR_REQUIRED', 'This account asks for a one-time code: send it as `code`.');
