import { lazy } from 'react';

// One chunk per feature: the first screen loads only the shell and the feature it shows.
const auth = () => import('@concertation/web-feature-auth');
const directory = () => import('@concertation/web-feature-directory');
const tables = () => import('@concertation/web-feature-tables');

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
export const HomePage = lazy(() => import('./home-page').then((module) => ({ default: module.HomePage })));
