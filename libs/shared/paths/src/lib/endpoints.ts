/**
 * The API's own HTTP paths, served beside the client on the same origin (apps/web's Vite
 * proxy forwards them in development). Not client routes: the router never sees them, and files
 * behind the bearer token are fetched by data-access's `downloadWithToken`, not linked to.
 */
export const endpoints = {
  /** GraphQL over HTTP and, on the same path, over WebSocket (graphql-ws). */
  graphql: '/graphql',
  /** POST, multipart field `file`. */
  uploads: '/uploads',
  attachment: (attachmentId: string) => `/attachments/${encodeURIComponent(attachmentId)}`,
  /** The meeting as an iCalendar event. */
  meetingIcs: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}.ics`,
  minutesMarkdown: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/minutes.md`,
  minutesPdf: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`,
  /** A person's calendar feed, behind the secret from `rotateCalendarFeed` instead of a token. */
  calendarFeed: (secret: string) => `/calendar/${encodeURIComponent(secret)}.ics`,
};
