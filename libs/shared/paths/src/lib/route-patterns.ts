/**
 * The web client's routes as the router declares them. The router (apps/web) and every link
 * (through `paths`) read this one table, so that a route cannot change in one place only.
 * Every route with an id names it `:id`: the pages read it with `useParams().id`.
 */
export const routePatterns = {
  home: '/',
  signIn: '/sign-in',
  register: '/register',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  profile: '/profile',
  privacy: '/privacy',
  notificationSettings: '/profile/notifications',
  accountSecurity: '/profile/security',
  affiliations: '/affiliations',
  audit: '/audit',
  emailDelivery: '/email-delivery',

  tablesDirectory: '/directory/tables',
  createTable: '/directory/tables/new',
  organizationsDirectory: '/directory/organizations',
  createOrganization: '/directory/organizations/new',
  organization: '/organizations/:id',
  network: '/network',
  /** Every table's and region's activity over a period (coordinators). */
  networkReport: '/network/report',

  table: '/tables/:id',
  tableMeetings: '/tables/:id/meetings',
  scheduleMeeting: '/tables/:id/meetings/new',
  tableActions: '/tables/:id/actions',
  tableReferrals: '/tables/:id/referrals',
  tableConsultations: '/tables/:id/consultations',
  createConsultation: '/tables/:id/consultations/new',
  tableMembers: '/tables/:id/members',
  tableJournal: '/tables/:id/journal',
  tableReport: '/tables/:id/report',

  myMeetings: '/meetings',
  meeting: '/meetings/:id',
  editMeeting: '/meetings/:id/edit',
  liveMeeting: '/meetings/:id/live',
  minutes: '/meetings/:id/minutes',

  myActions: '/actions',
  actionItem: '/actions/:id',
  myConsultations: '/consultations',
  consultation: '/consultations/:id',
  editConsultation: '/consultations/:id/edit',
  protocols: '/protocols',
  createProtocol: '/protocols/new',
  protocol: '/protocols/:id',
  notifications: '/notifications',
  search: '/search',
} as const;

export type RouteName = keyof typeof routePatterns;
