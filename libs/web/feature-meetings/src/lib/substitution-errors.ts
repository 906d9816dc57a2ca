import { useCallback } from 'react';
import { MAX_SUBSTITUTION_NOTE_LENGTH } from '@concertation/shared-domain';
import { firstAppError, useDescribeError } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';

export interface SubstitutionFailure {
  fields: { colleague?: string; note?: string };
  message: string | null;
}

/**
 * What a refused send or withdrawal says, in words: the server names the field it refuses
 * (its own message is in English, for developers), so each field gets the screen's sentence for it.
 */
export function useSubstitutionFailure(organizationName: string): (error: unknown) => SubstitutionFailure {
  const { t } = useI18n();
  const describe = useDescribeError();
  return useCallback(
    (error: unknown) => {
      const first = firstAppError(error);
      if (first?.code === 'BAD_USER_INPUT') {
        if (first.field === 'userId')
          return { fields: { colleague: t('meetings.substitutes.errors.colleague', { organization: organizationName }) }, message: null };
        if (first.field === 'note') return { fields: { note: t('validation.tooLong', { max: MAX_SUBSTITUTION_NOTE_LENGTH }) }, message: null };
        if (first.field === 'organizationId') return { fields: {}, message: t('meetings.substitutes.errors.organization', { organization: organizationName }) };
      }
      return {
        fields: {},
        message: describe(error, {
          FORBIDDEN: t('meetings.substitutes.errors.forbidden'),
          CONFLICT: t('meetings.substitutes.errors.conflict'),
          NOT_FOUND: t('meetings.substitutes.errors.notFound'),
          BAD_USER_INPUT: t('meetings.substitutes.errors.colleague', { organization: organizationName }),
        }),
      };
    },
    [t, describe, organizationName],
  );
}
