/**
 * The API's own HTTP paths, served beside the client on the same origin (apps/web's Vite
 * proxy forwards them in development). Not client routes: the router never sees them, and files
 * behind the bearer token are fetched by data-access's `downloadWithToken`, not linked to.
 */
const withPeriod = (path: string, { from, to }: { from: string; to: string }) => `${path}?${new URLSearchParams({ from, to }).toString()}`;

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
  /** A table's activity report over `from`–`to` (YYYY-MM-DD, inclusive): CSV (UTF-8, header rows) or PDF. */
  tableReportCsv: (tableId: string, period: { from: string; to: string }) => withPeriod(`/reports/tables/${encodeURIComponent(tableId)}.csv`, period),
  tableReportPdf: (tableId: string, period: { from: string; to: string }) => withPeriod(`/reports/tables/${encodeURIComponent(tableId)}.pdf`, period),
  /** Every table's activity over the period, as CSV (coordinators). */
  networkReportCsv: (period: { from: string; to: string }) => withPeriod('/reports/network.csv', period),
  /** GET, bearer token: everything the platform holds about the viewer, as a JSON file. */
  myData: '/me/data.json',
  /** A person's calendar feed, behind the secret from `rotateCalendarFeed` instead of a token. */
  calendarFeed: (secret: string) => `/calendar/${encodeURIComponent(secret)}.ics`,
  /** An invitation's answer links in e-mails: a page that confirms (GET), then records (POST), without sign-in. */
  rsvp: (token: string) => `/rsvp/${encodeURIComponent(token)}`,
  /** One-click unsubscribe from e-mails (RFC 8058): GET confirms, POST stops that kind of e-mail. */
  unsubscribe: (token: string) => `/unsubscribe/${encodeURIComponent(token)}`,
};
