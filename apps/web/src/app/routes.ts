import { lazy } from 'react';

// One chunk per feature: the first screen loads only the shell and the feature it shows.
const auth = () => import('@concertation/web-feature-auth');
const directory = () => import('@concertation/web-feature-directory');
const tables = () => import('@concertation/web-feature-tables');
const meetings = () => import('@concertation/web-feature-meetings');
const notifications = () => import('@concertation/web-feature-notifications');
const minutes = () => import('@concertation/web-feature-minutes');
const actions = () => import('@concertation/web-feature-actions');
const search = () => import('@concertation/web-feature-search');
const consultations = () => import('@concertation/web-feature-consultations');
const referrals = () => import('@concertation/web-feature-referrals');
const protocols = () => import('@concertation/web-feature-protocols');
const network = () => import('@concertation/web-feature-network');

export const SignInPage = lazy(() => auth().then((module) => ({ default: module.SignInPage })));
export const RegisterPage = lazy(() => auth().then((module) => ({ default: module.RegisterPage })));
export const ForgotPasswordPage = lazy(() => auth().then((module) => ({ default: module.ForgotPasswordPage })));
export const ResetPasswordPage = lazy(() => auth().then((module) => ({ default: module.ResetPasswordPage })));
export const ProfilePage = lazy(() => auth().then((module) => ({ default: module.ProfilePage })));
export const AffiliationsPage = lazy(() => auth().then((module) => ({ default: module.AffiliationsPage })));

export const TablesDirectoryPage = lazy(() => directory().then((module) => ({ default: module.TablesDirectoryPage })));
export const OrganizationsDirectoryPage = lazy(() => directory().then((module) => ({ default: module.OrganizationsDirectoryPage })));
export const OrganizationPage = lazy(() => directory().then((module) => ({ default: module.OrganizationPage })));
export const CreateOrganizationPage = lazy(() => directory().then((module) => ({ default: module.CreateOrganizationPage })));
export const CreateTablePage = lazy(() => directory().then((module) => ({ default: module.CreateTablePage })));

export const TablePage = lazy(() => tables().then((module) => ({ default: module.TablePage })));
export const PlatformAuditPage = lazy(() => tables().then((module) => ({ default: module.PlatformAuditPage })));
export const MyTables = lazy(() => tables().then((module) => ({ default: module.MyTables })));
export const TableMeetingsPage = lazy(() => meetings().then((module) => ({ default: module.TableMeetingsPage })));
export const TableMeetingsPreview = lazy(() => meetings().then((module) => ({ default: module.TableMeetingsPreview })));
export const ScheduleMeetingPage = lazy(() => meetings().then((module) => ({ default: module.ScheduleMeetingPage })));
export const MyMeetingsPage = lazy(() => meetings().then((module) => ({ default: module.MyMeetingsPage })));
export const NextMeetings = lazy(() => meetings().then((module) => ({ default: module.NextMeetings })));
export const MeetingPage = lazy(() => meetings().then((module) => ({ default: module.MeetingPage })));
export const EditMeetingPage = lazy(() => meetings().then((module) => ({ default: module.EditMeetingPage })));
export const LiveRoomPage = lazy(() => meetings().then((module) => ({ default: module.LiveRoomPage })));

export const MinutesPage = lazy(() => minutes().then((module) => ({ default: module.MinutesPage })));
export const LiveMinutesPanel = lazy(() => minutes().then((module) => ({ default: module.LiveMinutesPanel })));

export const NotificationBell = lazy(() => notifications().then((module) => ({ default: module.NotificationBell })));
export const NotificationsPage = lazy(() => notifications().then((module) => ({ default: module.NotificationsPage })));

export const HeaderSearch = lazy(() => search().then((module) => ({ default: module.HeaderSearch })));
export const SearchPage = lazy(() => search().then((module) => ({ default: module.SearchPage })));

export const ProtocolsPage = lazy(() => protocols().then((module) => ({ default: module.ProtocolsPage })));
export const CreateProtocolPage = lazy(() => protocols().then((module) => ({ default: module.CreateProtocolPage })));
export const ProtocolPage = lazy(() => protocols().then((module) => ({ default: module.ProtocolPage })));

export const NetworkPage = lazy(() => network().then((module) => ({ default: module.NetworkPage })));

export const MyActionsPage = lazy(() => actions().then((module) => ({ default: module.MyActionsPage })));
export const TableActionsPage = lazy(() => actions().then((module) => ({ default: module.TableActionsPage })));
export const ActionItemPage = lazy(() => actions().then((module) => ({ default: module.ActionItemPage })));

export const HomePage = lazy(() => import('./home-page').then((module) => ({ default: module.HomePage })));

export const TableReferralsPage = lazy(() => referrals().then((module) => ({ default: module.TableReferralsPage })));
export const ReferItemForm = lazy(() => referrals().then((module) => ({ default: module.ReferItemForm })));

export const MyConsultationsPage = lazy(() => consultations().then((module) => ({ default: module.MyConsultationsPage })));
export const TableConsultationsPage = lazy(() => consultations().then((module) => ({ default: module.TableConsultationsPage })));
export const ConsultationBuilderPage = lazy(() => consultations().then((module) => ({ default: module.ConsultationBuilderPage })));
export const ConsultationPage = lazy(() => consultations().then((module) => ({ default: module.ConsultationPage })));
