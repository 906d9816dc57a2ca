import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { routePatterns } from '@concertation/shared-paths';
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
        <Route path={routePatterns.signIn} element={<page.SignInPage />} />
        <Route path={routePatterns.register} element={<page.RegisterPage />} />
        <Route path={routePatterns.forgotPassword} element={<page.ForgotPasswordPage />} />
        <Route path={routePatterns.resetPassword} element={<page.ResetPasswordPage />} />
        <Route path={routePatterns.profile} element={signedIn(<page.ProfilePage />)} />
        {/* Read before registering too: open to everyone. */}
        <Route path={routePatterns.privacy} element={<page.PrivacyPage />} />
        <Route path={routePatterns.notificationSettings} element={signedIn(<page.NotificationSettingsPage />)} />
        <Route path={routePatterns.accountSecurity} element={signedIn(<page.AccountSecurityPage />)} />
        <Route path={routePatterns.tablesDirectory} element={signedIn(<page.TablesDirectoryPage />)} />
        <Route path={routePatterns.createTable} element={coordinator(<page.CreateTablePage />)} />
        <Route path={routePatterns.organizationsDirectory} element={signedIn(<page.OrganizationsDirectoryPage />)} />
        <Route path={routePatterns.createOrganization} element={coordinator(<page.CreateOrganizationPage />)} />
        {/* A table's tabs: the layout draws its header, breadcrumb and tabs; each tab, its content only. */}
        <Route path={routePatterns.table} element={signedIn(<page.TableLayout />)}>
          <Route index element={<page.TableOverviewPage meetings={<page.TableMeetingsPreview />} />} />
          <Route path={routePatterns.tableMeetings} element={<page.TableMeetingsPage />} />
          <Route path={routePatterns.tableActions} element={<page.TableActionsPage />} />
          <Route path={routePatterns.tableReferrals} element={<page.TableReferralsPage />} />
          <Route path={routePatterns.tableConsultations} element={<page.TableConsultationsPage />} />
          <Route path={routePatterns.tableMembers} element={<page.TableMembersPage />} />
          <Route path={routePatterns.tableJournal} element={<page.TableJournalPage />} />
          <Route path={routePatterns.tableReport} element={<page.TableReportPage />} />
        </Route>
        <Route path={routePatterns.scheduleMeeting} element={signedIn(<page.ScheduleMeetingPage />)} />
        <Route path={routePatterns.myMeetings} element={signedIn(<page.MyMeetingsPage />)} />
        <Route path={routePatterns.meeting} element={signedIn(<page.MeetingPage referForm={page.ReferItemForm} />)} />
        <Route path={routePatterns.editMeeting} element={signedIn(<page.EditMeetingPage />)} />
        <Route path={routePatterns.liveMeeting} element={signedIn(<page.LiveRoomPage minutes={page.LiveMinutesPanel} />)} />
        <Route path={routePatterns.minutes} element={signedIn(<page.MinutesPage />)} />
        <Route path={routePatterns.notifications} element={signedIn(<page.NotificationsPage />)} />
        <Route path={routePatterns.myActions} element={signedIn(<page.MyActionsPage />)} />
        <Route path={routePatterns.actionItem} element={signedIn(<page.ActionItemPage />)} />
        <Route path={routePatterns.search} element={signedIn(<page.SearchPage />)} />
        <Route path={routePatterns.myConsultations} element={signedIn(<page.MyConsultationsPage />)} />
        <Route path={routePatterns.consultation} element={signedIn(<page.ConsultationPage />)} />
        <Route path={routePatterns.createConsultation} element={signedIn(<page.ConsultationBuilderPage />)} />
        <Route path={routePatterns.editConsultation} element={signedIn(<page.EditConsultationPage />)} />
        <Route path={routePatterns.network} element={signedIn(<page.NetworkPage />)} />
        <Route path={routePatterns.networkReport} element={coordinator(<page.NetworkReportPage />)} />
        <Route path={routePatterns.protocols} element={signedIn(<page.ProtocolsPage />)} />
        <Route path={routePatterns.createProtocol} element={signedIn(<page.CreateProtocolPage />)} />
        <Route path={routePatterns.protocol} element={signedIn(<page.ProtocolPage />)} />
        <Route path={routePatterns.organization} element={signedIn(<page.OrganizationPage />)} />
        <Route path={routePatterns.affiliations} element={coordinator(<page.AffiliationsPage />)} />
        <Route path={routePatterns.audit} element={coordinator(<page.PlatformAuditPage />)} />
        <Route path={routePatterns.emailDelivery} element={coordinator(<page.EmailDeliveryPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
