import { useCallback } from 'react';
import { useI18n, type MessageKey } from '@concertation/web-i18n';
import { firstAppError, type ErrorCode } from './errors';

const KEYS: Record<ErrorCode, MessageKey> = {
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  BAD_USER_INPUT: 'errors.badUserInput',
  CONFLICT: 'errors.conflict',
  TOO_MANY_REQUESTS: 'errors.tooManyRequests',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
};

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
