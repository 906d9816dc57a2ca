import { matchPath } from 'react-router';
import { paths, routePatterns, type RouteName } from '@concertation/shared-paths';
import type { MessageKey } from '@concertation/web-i18n';

export interface NavSection {
  label: MessageKey;
  to: string;
  /** The routes that belong to this part of the site: a table's tabs are under « Tables », a meeting's pages under « Meetings ». */
  routes: readonly RouteName[];
  coordinatorOnly?: boolean;
}

export const NAV_SECTIONS: readonly NavSection[] = [
  { label: 'nav.home', to: paths.home(), routes: ['home'] },
  { label: 'nav.meetings', to: paths.myMeetings(), routes: ['myMeetings', 'meeting', 'editMeeting', 'liveMeeting', 'minutes'] },
  { label: 'nav.actions', to: paths.myActions(), routes: ['myActions', 'actionItem'] },
  { label: 'nav.consultations', to: paths.myConsultations(), routes: ['myConsultations', 'consultation', 'editConsultation'] },
  {
    label: 'nav.tables',
    to: paths.tablesDirectory(),
    routes: [
      'tablesDirectory',
      'createTable',
      'table',
      'tableMeetings',
      'scheduleMeeting',
      'tableActions',
      'tableReferrals',
      'tableConsultations',
      'createConsultation',
      'tableMembers',
      'tableJournal',
      'tableReport',
    ],
  },
  { label: 'nav.organizations', to: paths.organizationsDirectory(), routes: ['organizationsDirectory', 'createOrganization', 'organization'] },
  { label: 'nav.network', to: paths.network(), routes: ['network'] },
  { label: 'nav.protocols', to: paths.protocols(), routes: ['protocols', 'createProtocol', 'protocol'] },
  { label: 'nav.reports', to: paths.networkReport(), routes: ['networkReport'], coordinatorOnly: true },
  { label: 'nav.affiliations', to: paths.affiliations(), routes: ['affiliations'], coordinatorOnly: true },
  { label: 'nav.audit', to: paths.audit(), routes: ['audit'], coordinatorOnly: true },
  { label: 'nav.emailDelivery', to: paths.emailDelivery(), routes: ['emailDelivery'], coordinatorOnly: true },
];

/** Pages of no section: signing in and out, one's own profile, notification settings and account security, the privacy page, notifications and search results. */
export const OUTSIDE_SECTIONS: readonly RouteName[] = [
  'signIn',
  'register',
  'forgotPassword',
  'resetPassword',
  'profile',
  'privacy',
  'notificationSettings',
  'accountSecurity',
  'notifications',
  'search',
];

/** The section the page at `pathname` belongs to, if any (the profile, search and notifications belong to none). */
export function currentSection(pathname: string): NavSection | undefined {
  return NAV_SECTIONS.find((section) => section.routes.some((route) => matchPath({ path: routePatterns[route], end: true }, pathname)));
}
