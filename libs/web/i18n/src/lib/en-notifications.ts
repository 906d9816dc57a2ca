import type { Messages } from './types';

/** English for fr-notifications.ts: typed by the French source. */
export const enNotifications: Pick<Messages, 'notifications'> = {
  notifications: {
    title: 'Notifications',
    listTitle: 'All your notifications',
    loading: 'Loading notifications…',
    bellLabel: { one: 'Notifications: {count} unread', other: 'Notifications: {count} unread' },
    bellNone: 'Notifications: none unread',
    unreadCount: { one: 'You have {count} unread notification.', other: 'You have {count} unread notifications.' },
    allRead: 'You have read everything.',
    received: 'New notification: {title}',
    unreadPrefix: 'Unread:',
    markRead: 'Mark as read',
    markReadFor: 'Mark as read: {title}',
    markAllRead: 'Mark all as read',
    seeAll: 'See all notifications',
    empty: 'No notifications.',
    emptyHint: 'You will be told here about meetings scheduled, changed or cancelled, and agendas published.',
    kinds: {
      MEETING_SCHEDULED: 'Meeting scheduled',
      MEETING_CHANGED: 'Meeting changed',
      MEETING_CANCELLED: 'Meeting cancelled',
      AGENDA_PUBLISHED: 'Agenda published',
      MINUTES_CIRCULATED: 'Minutes circulated',
      ACTION_ITEM_ASSIGNED: 'Action item assigned',
      ACTION_ITEM_DUE: 'Action item due',
      MEMBERSHIP_REQUESTED: 'Membership request',
      MEMBERSHIP_DECIDED: 'Membership decided',
      AFFILIATION_REQUESTED: 'Affiliation requested',
      AFFILIATION_DECIDED: 'Affiliation decided',
      REFERRAL_RECEIVED: 'Referral received',
      REFERRAL_ANSWERED: 'Referral answered',
      CONSULTATION_OPENED: 'Consultation opened',
      PROTOCOL_PUBLISHED: 'Protocol published',
    },
  },
};
