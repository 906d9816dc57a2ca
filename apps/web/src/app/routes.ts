import { lazy } from 'react';
import { withNamespaces } from '@concertation/web-i18n';

// One chunk per feature: the first screen loads only the shell and the feature it shows. Each chunk
// comes with the namespaces of texts its screens read (its own, and the few another feature gives),
// so no screen renders before its texts are there.
// The profile holds « Mes données » and the erasure of the account, whose texts are the privacy page's.
const auth = () => withNamespaces(import('@concertation/web-feature-auth'), 'auth', 'privacy');
const directory = () => withNamespaces(import('@concertation/web-feature-directory'), 'directory', 'tables', 'network');
const tables = () => withNamespaces(import('@concertation/web-feature-tables'), 'tables', 'directory', 'actions', 'referrals', 'consultations');
const meetings = () => withNamespaces(import('@concertation/web-feature-meetings'), 'meetings', 'tables', 'minutes', 'referrals');
const notifications = () => withNamespaces(import('@concertation/web-feature-notifications'), 'notifications');
const minutes = () => withNamespaces(import('@concertation/web-feature-minutes'), 'minutes');
const actions = () => withNamespaces(import('@concertation/web-feature-actions'), 'actions');
const search = () => withNamespaces(import('@concertation/web-feature-search'), 'search');
const consultations = () => withNamespaces(import('@concertation/web-feature-consultations'), 'consultations', 'tables');
const referrals = () => withNamespaces(import('@concertation/web-feature-referrals'), 'referrals', 'tables', 'minutes');
const protocols = () => withNamespaces(import('@concertation/web-feature-protocols'), 'protocols');
const network = () => withNamespaces(import('@concertation/web-feature-network'), 'network');
const reports = () => withNamespaces(import('@concertation/web-feature-reports'), 'reports');

export const SignInPage = lazy(() => auth().then((module) => ({ default: module.SignInPage })));
export const RegisterPage = lazy(() => auth().then((module) => ({ default: module.RegisterPage })));
export const ForgotPasswordPage = lazy(() => auth().then((module) => ({ default: module.ForgotPasswordPage })));
export const ResetPasswordPage = lazy(() => auth().then((module) => ({ default: module.ResetPasswordPage })));
export const ProfilePage = lazy(() => auth().then((module) => ({ default: module.ProfilePage })));
export const AccountSecurityPage = lazy(() => auth().then((module) => ({ default: module.AccountSecurityPage })));
export const AffiliationsPage = lazy(() => auth().then((module) => ({ default: module.AffiliationsPage })));
export const PrivacyPage = lazy(() => auth().then((module) => ({ default: module.PrivacyPage })));

export const TablesDirectoryPage = lazy(() => directory().then((module) => ({ default: module.TablesDirectoryPage })));
export const OrganizationsDirectoryPage = lazy(() => directory().then((module) => ({ default: module.OrganizationsDirectoryPage })));
export const OrganizationPage = lazy(() => directory().then((module) => ({ default: module.OrganizationPage })));
export const CreateOrganizationPage = lazy(() => directory().then((module) => ({ default: module.CreateOrganizationPage })));
export const CreateTablePage = lazy(() => directory().then((module) => ({ default: module.CreateTablePage })));

export const TableLayout = lazy(() => tables().then((module) => ({ default: module.TableLayout })));
export const TableOverviewPage = lazy(() => tables().then((module) => ({ default: module.TableOverviewPage })));
export const TableMembersPage = lazy(() => tables().then((module) => ({ default: module.TableMembersPage })));
export const TableJournalPage = lazy(() => tables().then((module) => ({ default: module.TableJournalPage })));
export const PlatformAuditPage = lazy(() => tables().then((module) => ({ default: module.PlatformAuditPage })));
export const TableMeetingsPage = lazy(() => meetings().then((module) => ({ default: module.TableMeetingsPage })));
export const TableMeetingsPreview = lazy(() => meetings().then((module) => ({ default: module.TableMeetingsPreview })));
export const ScheduleMeetingPage = lazy(() => meetings().then((module) => ({ default: module.ScheduleMeetingPage })));
export const MyMeetingsPage = lazy(() => meetings().then((module) => ({ default: module.MyMeetingsPage })));
export const MeetingPage = lazy(() => meetings().then((module) => ({ default: module.MeetingPage })));
export const EditMeetingPage = lazy(() => meetings().then((module) => ({ default: module.EditMeetingPage })));
export const LiveRoomPage = lazy(() => meetings().then((module) => ({ default: module.LiveRoomPage })));

export const MinutesPage = lazy(() => minutes().then((module) => ({ default: module.MinutesPage })));
export const LiveMinutesPanel = lazy(() => minutes().then((module) => ({ default: module.LiveMinutesPanel })));

export const NotificationBell = lazy(() => notifications().then((module) => ({ default: module.NotificationBell })));
export const NotificationsPage = lazy(() => notifications().then((module) => ({ default: module.NotificationsPage })));
export const NotificationSettingsPage = lazy(() => notifications().then((module) => ({ default: module.NotificationSettingsPage })));
export const EmailDeliveryPage = lazy(() => notifications().then((module) => ({ default: module.EmailDeliveryPage })));

export const HeaderSearch = lazy(() => search().then((module) => ({ default: module.HeaderSearch })));
export const SearchPage = lazy(() => search().then((module) => ({ default: module.SearchPage })));

export const ProtocolsPage = lazy(() => protocols().then((module) => ({ default: module.ProtocolsPage })));
export const CreateProtocolPage = lazy(() => protocols().then((module) => ({ default: module.CreateProtocolPage })));
export const ProtocolPage = lazy(() => protocols().then((module) => ({ default: module.ProtocolPage })));

export const NetworkPage = lazy(() => network().then((module) => ({ default: module.NetworkPage })));

export const TableReportPage = lazy(() => reports().then((module) => ({ default: module.TableReportPage })));
export const NetworkReportPage = lazy(() => reports().then((module) => ({ default: module.NetworkReportPage })));

export const MyActionsPage = lazy(() => actions().then((module) => ({ default: module.MyActionsPage })));
export const TableActionsPage = lazy(() => actions().then((module) => ({ default: module.TableActionsPage })));
export const ActionItemPage = lazy(() => actions().then((module) => ({ default: module.ActionItemPage })));

export const HomePage = lazy(() => withNamespaces(import('./home/home-page'), 'directory').then((module) => ({ default: module.HomePage })));

export const TableReferralsPage = lazy(() => referrals().then((module) => ({ default: module.TableReferralsPage })));
export const ReferItemForm = lazy(() => referrals().then((module) => ({ default: module.ReferItemForm })));

export const MyConsultationsPage = lazy(() => consultations().then((module) => ({ default: module.MyConsultationsPage })));
export const TableConsultationsPage = lazy(() => consultations().then((module) => ({ default: module.TableConsultationsPage })));
export const ConsultationBuilderPage = lazy(() => consultations().then((module) => ({ default: module.ConsultationBuilderPage })));
export const EditConsultationPage = lazy(() => consultations().then((module) => ({ default: module.EditConsultationPage })));
export const ConsultationPage = lazy(() => consultations().then((module) => ({ default: module.ConsultationPage })));
