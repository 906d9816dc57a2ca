import { Link } from 'react-router';
import type { NotificationItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { notificationPath } from '@concertation/shared-paths';
import { Badge, Button, cx } from '@concertation/web-ui';
import { useKindTexts } from './kind-texts';

/** Where a notification leads: the same place as from its e-mail (`notificationPath`). */
export function notificationTarget(notification: NotificationItem): string | null {
  return notificationPath({
    kind: notification.kind,
    meetingId: notification.meeting?.id ?? null,
    tableId: notification.table?.id ?? null,
    subjectId: notification.subjectId ?? null,
  });
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
  const kindTexts = useKindTexts();
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
              <Badge>{kindTexts(notification.kind).name}</Badge> <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
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
