import { useCallback } from 'react';
import { useI18n, type MessageKey } from '@concertation/web-i18n';
import { firstAppError, type ErrorCode } from './errors';
import { FileTransferError } from './files';

const KEYS: Record<ErrorCode, MessageKey> = {
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  BAD_USER_INPUT: 'errors.badUserInput',
  CONFLICT: 'errors.conflict',
  TOO_MANY_REQUESTS: 'errors.tooManyRequests',
  TWO_FACTOR_REQUIRED: 'errors.twoFactorRequired',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
};

/** Uploads and downloads answer with an HTTP status, not a GraphQL code. */
function transferKey(status: number): MessageKey {
  if (status === 413) return 'errors.fileTooLarge';
  if (status === 415) return 'errors.fileType';
  if (status === 401) return 'errors.unauthenticated';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 429) return 'errors.tooManyRequests';
  if (status === 0) return 'errors.network';
  return 'errors.unknown';
}

export type ErrorOverrides = Partial<Record<ErrorCode, string>>;

/**
 * Turns an error into a sentence a person understands, in the current language. A screen can say
 * better for a code it knows (sign-in: « wrong e-mail or password » for UNAUTHENTICATED).
 * For BAD_USER_INPUT without a field, the server's message says what is wrong, so it is appended.
 */
export function useDescribeError(): (error: unknown, overrides?: ErrorOverrides) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown, overrides?: ErrorOverrides) => {
      if (error instanceof FileTransferError) return t(transferKey(error.status));
      const first = firstAppError(error);
      if (!first) return '';
      const override = overrides?.[first.code];
      if (override) return override;
      const sentence = t(KEYS[first.code]);
      return first.code === 'BAD_USER_INPUT' && !first.field && first.message ? `${sentence} ${first.message}` : sentence;
    },
    [t],
  );
}
