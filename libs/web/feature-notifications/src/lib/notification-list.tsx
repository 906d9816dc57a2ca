import { Link } from 'react-router';
import type { NotificationItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, Button, cx } from '@concertation/web-ui';

/**
 * Where a notification leads: circulated minutes to the meeting's minutes; an action item to its
 * page (the viewer's action items when it names none); a referral to its card on the referrals
 * page of the notification's table (the receiving one for REFERRAL_RECEIVED, the sending one for
 * REFERRAL_ANSWERED); an opened consultation to its page (the viewer's consultations when it
 * names none); otherwise its meeting, else its table.
 */
export function notificationTarget(notification: NotificationItem): string | null {
  if (notification.kind === 'MINUTES_CIRCULATED' && notification.meeting) return paths.minutes(notification.meeting.id);
  if (notification.kind === 'ACTION_ITEM_ASSIGNED' || notification.kind === 'ACTION_ITEM_DUE') {
    return notification.subjectId ? paths.actionItem(notification.subjectId) : paths.myActions();
  }
  if ((notification.kind === 'REFERRAL_RECEIVED' || notification.kind === 'REFERRAL_ANSWERED') && notification.table) {
    return paths.tableReferrals(notification.table.id, { referral: notification.subjectId || undefined });
  }
  if (notification.kind === 'CONSULTATION_OPENED') return notification.subjectId ? paths.consultation(notification.subjectId) : paths.myConsultations();
  if (notification.meeting) return paths.meeting(notification.meeting.id);
  if (notification.table) return paths.table(notification.table.id);
  return null;
}

export interface NotificationListProps {
  notifications: readonly NotificationItem[];
  onMarkRead: (id: string) => void;
  /** Following a link also marks it read (and closes the bell's panel). */
  onOpen?: (notification: NotificationItem) => void;
  busyId?: string | null;
  headingLevel?: 2 | 3;
}

export function NotificationList({ notifications, onMarkRead, onOpen, busyId, headingLevel = 3 }: NotificationListProps) {
  const { t, formatDateTime } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="notification-list">
      {notifications.map((notification) => {
        const target = notificationTarget(notification);
        const unread = !notification.readAt;
        return (
          <li key={notification.id} className={cx('notification', unread && 'notification--unread')}>
            <Heading className="notification__title">
              {unread && <span className="visually-hidden">{t('notifications.unreadPrefix')} </span>}
              {target ? (
                <Link to={target} onClick={() => onOpen?.(notification)}>
                  {notification.title}
                </Link>
              ) : (
                notification.title
              )}
            </Heading>
            {notification.body && <p className="notification__body">{notification.body}</p>}
            <p className="notification__meta muted">
              <Badge>{t(`notifications.kinds.${notification.kind}` as const)}</Badge>{' '}
              <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
              {notification.table && <> · {notification.table.name}</>}
            </p>
            {unread && (
              <Button
                size="small"
                variant="ghost"
                busy={busyId === notification.id}
                aria-label={t('notifications.markReadFor', { title: notification.title })}
                onClick={() => onMarkRead(notification.id)}
              >
                {t('notifications.markRead')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
