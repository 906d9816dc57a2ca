import { DEFAULT_DELIVERY_CHANNELS, DEFAULT_DIGEST_HOUR, NOTIFICATION_KINDS } from '@concertation/shared-domain';
import type { DeliveryChannel, NotificationKind, NotificationPreferenceInput, NotificationSettings } from '@concertation/web-data-access';

/** What the settings form holds: a channel for every kind, and the digest's hour. */
export interface NotificationChoices {
  channels: Record<NotificationKind, DeliveryChannel>;
  digestHour: number;
}

/** The server lists every kind; a kind it does not (yet) know keeps its default rather than no choice at all. */
export function choicesOf(settings: Pick<NotificationSettings, 'notificationPreferences' | 'digestHour'>): NotificationChoices {
  const channels = { ...DEFAULT_DELIVERY_CHANNELS } as Record<NotificationKind, DeliveryChannel>;
  for (const { kind, channel } of settings.notificationPreferences) channels[kind] = channel;
  return { channels, digestHour: settings.digestHour ?? DEFAULT_DIGEST_HOUR };
}

export function defaultChoices(): NotificationChoices {
  return { channels: { ...DEFAULT_DELIVERY_CHANNELS } as Record<NotificationKind, DeliveryChannel>, digestHour: DEFAULT_DIGEST_HOUR };
}

/** The kinds whose channel differs from what was saved: all the mutation needs, since it leaves the others as they are. */
export function changedPreferences(saved: NotificationChoices, current: NotificationChoices): NotificationPreferenceInput[] {
  return NOTIFICATION_KINDS.filter((kind) => saved.channels[kind] !== current.channels[kind]).map((kind) => ({ kind, channel: current.channels[kind] }));
}

export function sameChoices(a: NotificationChoices, b: NotificationChoices): boolean {
  return a.digestHour === b.digestHour && changedPreferences(a, b).length === 0;
}
