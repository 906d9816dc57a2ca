import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import * as page from './routes';

const signedIn = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;
const coordinator = (element: ReactNode) => <RequireAuth coordinator>{element}</RequireAuth>;

export function App() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={signedIn(<page.HomePage />)} />
        <Route path="sign-in" element={<page.SignInPage />} />
        <Route path="register" element={<page.RegisterPage />} />
        <Route path="forgot-password" element={<page.ForgotPasswordPage />} />
        <Route path="reset-password" element={<page.ResetPasswordPage />} />
        <Route path="profile" element={signedIn(<page.ProfilePage />)} />
        <Route path="directory/tables" element={signedIn(<page.TablesDirectoryPage />)} />
        <Route path="directory/tables/new" element={coordinator(<page.CreateTablePage />)} />
        <Route path="directory/organizations" element={signedIn(<page.OrganizationsDirectoryPage />)} />
        <Route path="directory/organizations/new" element={coordinator(<page.CreateOrganizationPage />)} />
        <Route path="tables/:id" element={signedIn(<page.TablePage meetings={<page.TableMeetingsPreview />} />)} />
        <Route path="tables/:id/meetings" element={signedIn(<page.TableMeetingsPage />)} />
        <Route path="tables/:id/meetings/new" element={signedIn(<page.ScheduleMeetingPage />)} />
        <Route path="meetings" element={signedIn(<page.MyMeetingsPage />)} />
        <Route path="meetings/:id" element={signedIn(<page.MeetingPage referForm={page.ReferItemForm} />)} />
        <Route path="meetings/:id/edit" element={signedIn(<page.EditMeetingPage />)} />
        <Route path="meetings/:id/live" element={signedIn(<page.LiveRoomPage minutes={page.LiveMinutesPanel} />)} />
        <Route path="meetings/:id/minutes" element={signedIn(<page.MinutesPage />)} />
        <Route path="notifications" element={signedIn(<page.NotificationsPage />)} />
        <Route path="actions" element={signedIn(<page.MyActionsPage />)} />
        <Route path="actions/:id" element={signedIn(<page.ActionItemPage />)} />
        <Route path="tables/:id/actions" element={signedIn(<page.TableActionsPage />)} />
        <Route path="tables/:id/referrals" element={signedIn(<page.TableReferralsPage />)} />
        <Route path="search" element={signedIn(<page.SearchPage />)} />
        <Route path="consultations" element={signedIn(<page.MyConsultationsPage />)} />
        <Route path="consultations/:id" element={signedIn(<page.ConsultationPage />)} />
        <Route path="tables/:id/consultations" element={signedIn(<page.TableConsultationsPage />)} />
        <Route path="tables/:id/consultations/new" element={signedIn(<page.ConsultationBuilderPage />)} />
        <Route path="network" element={signedIn(<page.NetworkPage />)} />
        <Route path="protocols" element={signedIn(<page.ProtocolsPage />)} />
        <Route path="protocols/new" element={signedIn(<page.CreateProtocolPage />)} />
        <Route path="protocols/:id" element={signedIn(<page.ProtocolPage />)} />
        <Route path="organizations/:id" element={signedIn(<page.OrganizationPage />)} />
        <Route path="affiliations" element={coordinator(<page.AffiliationsPage />)} />
        <Route path="audit" element={coordinator(<page.PlatformAuditPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
