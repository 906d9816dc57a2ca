// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/notifications.css';

export { NotificationBell } from './lib/notification-bell';
export { NotificationsPage } from './lib/notifications-page';
export { NotificationSettingsPage } from './lib/notification-settings-page';
export { EmailDeliveryPage } from './lib/email-delivery-page';
