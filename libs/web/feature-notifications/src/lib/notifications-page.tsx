import { Link } from 'react-router';
import { useDescribeError, useNotifications } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, EmptyState, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { NotificationList } from './notification-list';
import { useMarkRead } from './use-mark-read';

/** `/notifications`: every notification, newest first, with « load more » and « mark all read ». */
export function NotificationsPage() {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const list = useNotifications();
  const { markOne, markAll, busyId, loading, error } = useMarkRead();

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={list.unreadCount > 0 ? tp('notifications.unreadCount', list.unreadCount) : t('notifications.allRead')}
        actions={
          <div className="button-row notifications-page__actions">
            <Link to={paths.notificationSettings()}>{t('notifications.settingsLink')}</Link>
            {list.unreadCount > 0 && (
              <Button variant="secondary" busy={loading && !busyId} onClick={markAll}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </div>
        }
      />
      <Section title={t('notifications.listTitle')}>
        {error && <ErrorMessage>{error}</ErrorMessage>}
        {list.loading ? (
          <Loading label={t('notifications.loading')} />
        ) : list.error && list.items.length === 0 ? (
          <ErrorMessage>{describe(list.error)}</ErrorMessage>
        ) : list.items.length === 0 ? (
          <EmptyState title={t('notifications.empty')}>{t('notifications.emptyHint')}</EmptyState>
        ) : (
          <NotificationList
            notifications={list.items}
            busyId={busyId}
            onMarkRead={markOne}
            onOpen={(notification) => !notification.readAt && markOne(notification.id)}
          />
        )}
        {list.hasNextPage && (
          <div className="load-more">
            <Button variant="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </Section>
    </>
  );
}
