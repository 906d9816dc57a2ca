import { DeliveryChannel, NotificationKind, type EnumValue } from './enums';

/**
 * The channel of each kind of notification until the person chooses: e-mail right away for what
 * asks them to act or to put a date in their calendar, the daily digest for the rest.
 */
export const DEFAULT_DELIVERY_CHANNELS: Readonly<Record<EnumValue<NotificationKind>, EnumValue<DeliveryChannel>>> = {
  MEETING_SCHEDULED: 'EMAIL',
  MEETING_CHANGED: 'EMAIL',
  MEETING_CANCELLED: 'EMAIL',
  AGENDA_PUBLISHED: 'EMAIL',
  MINUTES_CIRCULATED: 'EMAIL',
  ACTION_ITEM_ASSIGNED: 'EMAIL',
  ACTION_ITEM_DUE: 'DIGEST',
  MEMBERSHIP_REQUESTED: 'DIGEST',
  MEMBERSHIP_DECIDED: 'EMAIL',
  AFFILIATION_REQUESTED: 'DIGEST',
  AFFILIATION_DECIDED: 'EMAIL',
  REFERRAL_RECEIVED: 'EMAIL',
  REFERRAL_ANSWERED: 'DIGEST',
  CONSULTATION_OPENED: 'EMAIL',
  PROTOCOL_PUBLISHED: 'DIGEST',
  PROXY_RECEIVED: 'EMAIL',
  SUBSTITUTE_INVITED: 'EMAIL',
};

export const NOTIFICATION_KINDS: readonly EnumValue<NotificationKind>[] = Object.values(NotificationKind);
export const DELIVERY_CHANNELS: readonly EnumValue<DeliveryChannel>[] = Object.values(DeliveryChannel);

/** The daily digest's local hour until the person chooses another (0–23). */
export const DEFAULT_DIGEST_HOUR = 7;

/** Whether `hour` is an hour of the day a digest can be sent at. */
export const isDigestHour = (hour: number): boolean => Number.isInteger(hour) && hour >= 0 && hour <= 23;
