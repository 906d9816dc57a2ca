export * from './email-content';
export { renderNotificationEmail } from './notification-email';
export { renderDigestEmail } from './digest-email';
export { renderPasswordResetEmail } from './password-reset-email';
export { meetingTimeText } from './meeting-time';
