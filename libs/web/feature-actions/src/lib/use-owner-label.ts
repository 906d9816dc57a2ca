import { useCallback } from 'react';
import type { ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { ownerLabel } from './owner';

/** `ownerLabel` in the interface's language. */
export function useOwnerLabel() {
  const { t } = useI18n();
  return useCallback((item: Pick<ActionItemSummary, 'assignee' | 'assigneeOrganization'>) => ownerLabel(item, t('actions.owner.nobody')), [t]);
}
