import { Route, Routes } from 'react-router';
import { TableJournalPage } from '../lib/table-journal-page';
import { TableLayout } from '../lib/table-layout';
import { TableMembersPage } from '../lib/table-members-page';
import { TableOverviewPage } from '../lib/table-overview-page';

/** The table's routes as the app nests them (under `/tables/:id/*`), the other features' tabs as stand-ins. */
export function TableRoutes() {
  return (
    <Routes>
      <Route element={<TableLayout />}>
        <Route index element={<TableOverviewPage meetings={<p>Prochaines rencontres (autre fonction)</p>} />} />
        <Route path="meetings" element={<p>Calendrier (autre fonction)</p>} />
        <Route path="actions" element={<p>Tableau des suivis (autre fonction)</p>} />
        <Route path="referrals" element={<p>Références (autre fonction)</p>} />
        <Route path="consultations" element={<p>Consultations (autre fonction)</p>} />
        <Route path="members" element={<TableMembersPage />} />
        <Route path="report" element={<p>Rapport d’activité (autre fonction)</p>} />
        <Route path="journal" element={<TableJournalPage />} />
      </Route>
    </Routes>
  );
}

export const tablePath = '/tables/:id/*';
