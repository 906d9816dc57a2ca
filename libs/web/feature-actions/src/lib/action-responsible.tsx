import type { ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { ResponsiblePerson } from '@concertation/web-ui';

/** The item's person or organization responsible, in the one way the interface writes it. */
export function ActionResponsible({ item, labelled = false }: { item: Pick<ActionItemSummary, 'assignee' | 'assigneeOrganization'>; labelled?: boolean }) {
  const { t } = useI18n();
  return (
    <ResponsiblePerson
      person={item.assignee}
      organization={item.assigneeOrganization}
      nobody={t('actions.owner.nobody')}
      label={labelled ? t('actions.owner.label') : undefined}
    />
  );
}
