import { lazy } from 'react';

// One chunk per feature: the first screen loads only the shell and the feature it shows.
const auth = () => import('@concertation/web-feature-auth');
const directory = () => import('@concertation/web-feature-directory');
const tables = () => import('@concertation/web-feature-tables');
const meetings = () => import('@concertation/web-feature-meetings');
const notifications = () => import('@concertation/web-feature-notifications');

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

export const NotificationBell = lazy(() => notifications().then((module) => ({ default: module.NotificationBell })));
export const NotificationsPage = lazy(() => notifications().then((module) => ({ default: module.NotificationsPage })));

export const HomePage = lazy(() => import('./home-page').then((module) => ({ default: module.HomePage })));
