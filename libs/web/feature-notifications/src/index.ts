export { NotificationBell } from './lib/notification-bell';
export { NotificationsPage } from './lib/notifications-page';
