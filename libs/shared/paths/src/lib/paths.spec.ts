import { matchPath, matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints';
import { paths } from './paths';
import { routePatterns, type RouteName } from './route-patterns';

/** An id with every character that would break a path if it were not encoded. */
const id = 'a b/c?d#e%f';

/** One address per route, from its builder: the compiler refuses a route left out. */
const built: Record<RouteName, string> = {
  home: paths.home(),
  signIn: paths.signIn({ next: '/tables/42', expired: true }),
  register: paths.register(),
  forgotPassword: paths.forgotPassword(),
  resetPassword: paths.resetPassword({ token: 'abc' }),
  profile: paths.profile(),
  privacy: paths.privacy(),
  notificationSettings: paths.notificationSettings(),
  accountSecurity: paths.accountSecurity(),
  affiliations: paths.affiliations(),
  audit: paths.audit({ action: 'session.opened' }),
  emailDelivery: paths.emailDelivery(),
  tablesDirectory: paths.tablesDirectory(),
  createTable: paths.createTable(),
  organizationsDirectory: paths.organizationsDirectory(),
  createOrganization: paths.createOrganization(),
  organization: paths.organization(id),
  network: paths.network(),
  networkReport: paths.networkReport({ from: '2026-04-01', to: '2027-03-31' }),
  table: paths.table(id),
  tableMeetings: paths.tableMeetings(id),
  scheduleMeeting: paths.scheduleMeeting(id),
  tableActions: paths.tableActions(id),
  tableReferrals: paths.tableReferrals(id, { referral: id }),
  tableConsultations: paths.tableConsultations(id),
  createConsultation: paths.createConsultation(id),
  tableMembers: paths.tableMembers(id),
  tableJournal: paths.tableJournal(id, { action: 'meeting.scheduled', actor: id }),
  tableReport: paths.tableReport(id, { from: '2026-04-01', to: '2027-03-31' }),
  myMeetings: paths.myMeetings(),
  meeting: paths.meeting(id, { agendaItem: id }),
  editMeeting: paths.editMeeting(id),
  liveMeeting: paths.liveMeeting(id),
  minutes: paths.minutes(id, { decision: id }),
  myActions: paths.myActions(),
  actionItem: paths.actionItem(id),
  myConsultations: paths.myConsultations(),
  consultation: paths.consultation(id),
  editConsultation: paths.editConsultation(id),
  protocols: paths.protocols(),
  createProtocol: paths.createProtocol(),
  protocol: paths.protocol(id),
  notifications: paths.notifications(),
  search: paths.search('plan'),
};

const routeNames = Object.keys(routePatterns) as RouteName[];
const routeTable = routeNames.map((name) => ({ id: name, path: routePatterns[name] }));
const pathnameOf = (url: string) => new URL(url, 'http://localhost').pathname;

describe('paths', () => {
  it('has one builder per route pattern', () => {
    expect(Object.keys(paths).sort()).toEqual([...routeNames].sort());
  });

  it.each(routeNames)('builds an address that %s’s pattern matches, with the id encoded in one segment', (name) => {
    const match = matchPath(routePatterns[name], pathnameOf(built[name]));
    expect(match).not.toBeNull();
    if (routePatterns[name].includes(':id')) {
      expect(decodeURIComponent(match?.params['id'] ?? '')).toBe(id);
    }
  });

  it.each(routeNames)('leads to %s and to no other route when the router ranks every pattern', (name) => {
    const matches = matchRoutes(routeTable, pathnameOf(built[name]));
    expect(matches?.at(-1)?.route.id).toBe(name);
    if (routePatterns[name].includes(':id')) expect(matches?.at(-1)?.params['id']).toBe(id);
  });

  it('spells the addresses the way the product has always linked them', () => {
    expect(paths.home()).toBe('/');
    expect(paths.table('table-1')).toBe('/tables/table-1');
    expect(paths.scheduleMeeting('table-1')).toBe('/tables/table-1/meetings/new');
    expect(paths.meeting('meeting-1')).toBe('/meetings/meeting-1');
    expect(paths.minutes('meeting-1')).toBe('/meetings/meeting-1/minutes');
    expect(paths.actionItem('action-1')).toBe('/actions/action-1');
    expect(paths.meeting('meeting-1', { agendaItem: 'item-7' })).toBe('/meetings/meeting-1#item-item-7');
    expect(paths.minutes('meeting-1', { decision: 'decision-3' })).toBe('/meetings/meeting-1/minutes#decision-decision-3');
    expect(paths.tableReferrals('table-1', { referral: 'referral-1' })).toBe('/tables/table-1/referrals#referral-referral-1');
    expect(paths.tableReferrals('table-1')).toBe('/tables/table-1/referrals');
  });

  it('encodes the id in an anchor', () => {
    const url = new URL(paths.meeting('m', { agendaItem: 'x y#z' }), 'http://localhost');
    expect(url.hash).toBe('#item-x%20y%23z');
    expect(decodeURIComponent(url.hash.slice(1))).toBe('item-x y#z');
  });

  it('sends to sign-in with where to come back to, and says when the session expired', () => {
    expect(paths.signIn()).toBe('/sign-in');
    expect(paths.signIn({ next: '/tables/42?status=OPEN' })).toBe('/sign-in?next=%2Ftables%2F42%3Fstatus%3DOPEN');
    expect(paths.signIn({ next: '/meetings', expired: true })).toBe('/sign-in?expired=1&next=%2Fmeetings');
  });

  it('carries a reset token in the query, where the reset page reads it', () => {
    expect(paths.resetPassword()).toBe('/reset-password');
    expect(paths.resetPassword({ token: 'k9+/=' })).toBe('/reset-password?token=k9%2B%2F%3D');
  });

  it('carries the audit log’s filters in the query, where the journal reads them back', () => {
    expect(paths.tableMembers('table-1')).toBe('/tables/table-1/members');
    expect(paths.tableJournal('table-1')).toBe('/tables/table-1/journal');
    expect(paths.tableJournal('table-1', { action: 'agenda.published', actor: 'user-2' })).toBe('/tables/table-1/journal?action=agenda.published&actor=user-2');
    expect(paths.audit()).toBe('/audit');
    expect(paths.audit({ actor: 'user-2' })).toBe('/audit?actor=user-2');
  });

  it('carries a report’s period in the query, where the report page reads it back', () => {
    expect(paths.tableReport('table-1')).toBe('/tables/table-1/report');
    expect(paths.tableReport('table-1', { from: '2026-04-01', to: '2027-03-31' })).toBe('/tables/table-1/report?from=2026-04-01&to=2027-03-31');
    expect(paths.networkReport()).toBe('/network/report');
    expect(paths.networkReport({ from: '2026-01-01', to: '2026-03-31' })).toBe('/network/report?from=2026-01-01&to=2026-03-31');
  });

  it('puts the search words in the query, where the search page reads them back', () => {
    const words = 'plan d’action & suivi #2';
    const url = new URL(paths.search(words), 'http://localhost');
    expect(url.pathname).toBe('/search');
    expect(url.searchParams.get('q')).toBe(words);
    expect(url.hash).toBe('');
  });
});

describe('endpoints', () => {
  it('names the API’s paths, ids encoded', () => {
    expect(endpoints.graphql).toBe('/graphql');
    expect(endpoints.uploads).toBe('/uploads');
    expect(endpoints.attachment('a1')).toBe('/attachments/a1');
    expect(endpoints.meetingIcs('meeting-1')).toBe('/meetings/meeting-1.ics');
    expect(endpoints.minutesMarkdown('meeting-1')).toBe('/meetings/meeting-1/minutes.md');
    expect(endpoints.minutesPdf('meeting-1')).toBe('/meetings/meeting-1/minutes.pdf');
    expect(endpoints.attachment('a/b?c')).toBe('/attachments/a%2Fb%3Fc');
    expect(endpoints.minutesPdf('a/b')).toBe('/meetings/a%2Fb/minutes.pdf');
    expect(endpoints.calendarFeed('s3cr3t')).toBe('/calendar/s3cr3t.ics');
    expect(endpoints.rsvp('a.b')).toBe('/rsvp/a.b');
    expect(endpoints.unsubscribe('a/b')).toBe('/unsubscribe/a%2Fb');
    const period = { from: '2026-04-01', to: '2027-03-31' };
    expect(endpoints.tableReportCsv('table-1', period)).toBe('/reports/tables/table-1.csv?from=2026-04-01&to=2027-03-31');
    expect(endpoints.tableReportPdf('a/b', period)).toBe('/reports/tables/a%2Fb.pdf?from=2026-04-01&to=2027-03-31');
    expect(endpoints.networkReportCsv(period)).toBe('/reports/network.csv?from=2026-04-01&to=2027-03-31');
    expect(endpoints.myData).toBe('/me/data.json');
  });
});
