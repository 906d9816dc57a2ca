import { TABLE_ROLES } from '@concertation/shared-domain';
import type { MessageKey } from '@concertation/web-i18n';
import type { SelectOption } from '@concertation/web-ui';

export function roleOptions(t: (key: MessageKey) => string): SelectOption[] {
  return TABLE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}` as const) }));
}
