import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useNotificationReceived, useNotifications, useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, ErrorMessage, Loading } from '@concertation/web-ui';
import { NotificationList } from './notification-list';
import { useMarkRead } from './use-mark-read';
import { useRefetchOnLocale } from './use-refetch-on-locale';

const SHOWN = 5;

function BellIcon() {
  return (
    <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/**
 * The header's bell: the live unread count in the button's name, new notifications announced
 * politely, and a panel with the latest ones. Escape or a click elsewhere closes the panel.
 */
export function NotificationBell() {
  const { t, tp } = useI18n();
  const { isSignedIn } = useSession();
  const location = useLocation();
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const list = useNotifications({ skip: !isSignedIn });
  const { markOne, markAll, busyId, loading, error } = useMarkRead();
  // The bell is in every signed-in page's header: it keeps the cached texts in the profile's language.
  useRefetchOnLocale();
  useNotificationReceived({ skip: !isSignedIn, onReceived: (notification) => setAnnouncement(t('notifications.received', { title: notification.title })) });

  // Another page: the panel has done its job.
  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  if (!isSignedIn) return null;
  const unread = list.unreadCount;
  const label = unread > 0 ? tp('notifications.bellLabel', unread) : t('notifications.bellNone');

  return (
    <div
      className="bell"
      ref={wrapper}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="header-button bell__button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {open && (
        <div id={panelId} className="bell__panel" role="region" aria-label={t('notifications.title')}>
          <div className="bell__panel-header">
            <h2 className="bell__panel-title">{t('notifications.title')}</h2>
            {unread > 0 && (
              <Button size="small" variant="ghost" busy={loading && !busyId} onClick={markAll}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </div>
          {error && <ErrorMessage>{error}</ErrorMessage>}
          {list.loading ? (
            <Loading label={t('notifications.loading')} />
          ) : list.items.length === 0 ? (
            <p className="muted">{t('notifications.empty')}</p>
          ) : (
            <NotificationList
              notifications={list.items.slice(0, SHOWN)}
              busyId={busyId}
              onMarkRead={markOne}
              onOpen={(notification) => {
                if (!notification.readAt) void markOne(notification.id);
                setOpen(false);
              }}
            />
          )}
          <p className="bell__all">
            <Link to={paths.notifications()} onClick={() => setOpen(false)}>
              {t('notifications.seeAll')}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
