import { auditMessageKey, isAuditAction, isAuditEntityType } from '@concertation/shared-domain';
import { useI18n, type MessageKey } from '@concertation/web-i18n';

/** `membership.decided` → « Demande d’adhésion tranchée »; never the code itself, even for an action this client does not know yet. */
export function useAuditActionLabel(): (action: string) => string {
  const { t } = useI18n();
  return (action) => (isAuditAction(action) ? t(`audit.actions.${auditMessageKey(action)}` as MessageKey) : t('audit.unknownAction'));
}

/** `agendaItem` → « Point de l’ordre du jour ». */
export function useAuditEntityLabel(): (entityType: string) => string {
  const { t } = useI18n();
  return (entityType) => (isAuditEntityType(entityType) ? t(`audit.entities.${entityType}` as MessageKey) : t('audit.entities.other'));
}
