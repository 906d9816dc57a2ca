import { NOTIFICATION_KIND_TEXTS } from '@concertation/shared-domain';
import type { NotificationKind } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';

/** A kind's name and plain-language description in the interface's language, the same words its e-mails use. */
export function useKindTexts(): (kind: NotificationKind) => { name: string; description: string } {
  const { language } = useI18n();
  const texts = NOTIFICATION_KIND_TEXTS[language === 'fr' ? 'FR' : 'EN'];
  return (kind) => texts[kind];
}
