import { anchors } from './anchors';
import { routePatterns } from './route-patterns';

/** The id encoded, so that any id yields one path segment (as react-router's `generatePath` does; the API builds links too, without React). */
const withId = (pattern: `${string}:id${string}`, id: string) => pattern.replace(':id', encodeURIComponent(id));

/** The query, without the parameters left unset; no `?` at all when none is set. */
function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  return search ? `${path}?${search}` : path;
}

/** Scrolled to by the page (feature-search's `useScrollToHash` decodes it). */
const withAnchor = (path: string, anchor: string | undefined) => (anchor === undefined ? path : `${path}#${encodeURIComponent(anchor)}`);

/** A report's period, calendar days YYYY-MM-DD, both inclusive; left out, the page picks its default. */
export interface ReportPeriod {
  from?: string;
  to?: string;
}

export interface SignInOptions {
  /** Where to go once signed in: a path of this client (the sign-in page ignores anything else). */
  next?: string;
  /** The server refused the stored token: the page says the session has expired. */
  expired?: boolean;
}

/** One function per route, built on `routePatterns`: every link and `navigate` of the web client, and every link the API writes (e-mails, calendars), uses them. */
export const paths = {
  home: () => routePatterns.home,
  signIn: ({ next, expired = false }: SignInOptions = {}) => withQuery(routePatterns.signIn, { expired: expired ? '1' : undefined, next }),
  register: () => routePatterns.register,
  forgotPassword: () => routePatterns.forgotPassword,
  /** With `token`, the link a reset e-mail carries. */
  resetPassword: ({ token }: { token?: string } = {}) => withQuery(routePatterns.resetPassword, { token }),
  profile: () => routePatterns.profile,
  /** What the platform keeps about people, why, for how long, and how to get it or erase it; open to everyone, signed in or not. */
  privacy: () => routePatterns.privacy,
  /** How the viewer hears of each kind of notification (in the application, by e-mail, in the digest). */
  notificationSettings: () => routePatterns.notificationSettings,
  /** Two-step verification and the signed-in devices; where someone whose role requires it is sent until it is on. */
  accountSecurity: () => routePatterns.accountSecurity,
  /** E-mails waiting, sent and failed (coordinators). */
  emailDelivery: () => routePatterns.emailDelivery,
  affiliations: () => routePatterns.affiliations,
  /** The platform's audit log (coordinators); `action` and `actor` filter it. */
  audit: ({ action, actor }: { action?: string; actor?: string } = {}) => withQuery(routePatterns.audit, { action, actor }),

  tablesDirectory: () => routePatterns.tablesDirectory,
  createTable: () => routePatterns.createTable,
  organizationsDirectory: () => routePatterns.organizationsDirectory,
  createOrganization: () => routePatterns.createOrganization,
  organization: (organizationId: string) => withId(routePatterns.organization, organizationId),
  network: () => routePatterns.network,
  /** With a period, the report of those days (the page reads `from` and `to` back). */
  networkReport: ({ from, to }: ReportPeriod = {}) => withQuery(routePatterns.networkReport, { from, to }),

  table: (tableId: string) => withId(routePatterns.table, tableId),
  tableMeetings: (tableId: string) => withId(routePatterns.tableMeetings, tableId),
  scheduleMeeting: (tableId: string) => withId(routePatterns.scheduleMeeting, tableId),
  tableActions: (tableId: string) => withId(routePatterns.tableActions, tableId),
  /** With `referral`, scrolled to that referral's card. */
  tableReferrals: (tableId: string, { referral }: { referral?: string } = {}) =>
    withAnchor(withId(routePatterns.tableReferrals, tableId), referral === undefined ? undefined : anchors.referral(referral)),
  tableConsultations: (tableId: string) => withId(routePatterns.tableConsultations, tableId),
  createConsultation: (tableId: string) => withId(routePatterns.createConsultation, tableId),
  /** Member organizations, pending requests and the people who sit at the table. */
  tableMembers: (tableId: string) => withId(routePatterns.tableMembers, tableId),
  /** The table's audit log, for its officers; `action` and `actor` filter it. */
  tableJournal: (tableId: string, { action, actor }: { action?: string; actor?: string } = {}) =>
    withQuery(withId(routePatterns.tableJournal, tableId), { action, actor }),
  /** The table's activity report, for its officers, those of the tables above it and coordinators. */
  tableReport: (tableId: string, { from, to }: ReportPeriod = {}) => withQuery(withId(routePatterns.tableReport, tableId), { from, to }),

  myMeetings: () => routePatterns.myMeetings,
  /** With `agendaItem`, scrolled to that item's card. */
  meeting: (meetingId: string, { agendaItem }: { agendaItem?: string } = {}) =>
    withAnchor(withId(routePatterns.meeting, meetingId), agendaItem === undefined ? undefined : anchors.agendaItem(agendaItem)),
  editMeeting: (meetingId: string) => withId(routePatterns.editMeeting, meetingId),
  liveMeeting: (meetingId: string) => withId(routePatterns.liveMeeting, meetingId),
  /** With `decision`, scrolled to that decision. */
  minutes: (meetingId: string, { decision }: { decision?: string } = {}) =>
    withAnchor(withId(routePatterns.minutes, meetingId), decision === undefined ? undefined : anchors.decision(decision)),

  myActions: () => routePatterns.myActions,
  actionItem: (actionItemId: string) => withId(routePatterns.actionItem, actionItemId),
  myConsultations: () => routePatterns.myConsultations,
  consultation: (consultationId: string) => withId(routePatterns.consultation, consultationId),
  editConsultation: (consultationId: string) => withId(routePatterns.editConsultation, consultationId),
  protocols: () => routePatterns.protocols,
  createProtocol: () => routePatterns.createProtocol,
  protocol: (protocolId: string) => withId(routePatterns.protocol, protocolId),
  notifications: () => routePatterns.notifications,
  /** The results page for words already normalized (data-access's `normalizeSearchQuery`). */
  search: (query: string) => withQuery(routePatterns.search, { q: query }),
};
