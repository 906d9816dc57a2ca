import { NavLink } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useI18n, type MessageKey } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import type { TableDetails } from './types';

export interface TableTab {
  key: 'overview' | 'meetings' | 'actions' | 'referrals' | 'consultations' | 'members' | 'report' | 'journal';
  to: string;
}

/**
 * Who may read the table's activity report, as the API decides: coordinators, and the officers of
 * the table or of a table above it (its parent, or that one's parent: the network has three levels).
 */
export function mayReadTableReport(table: Pick<TableDetails, 'viewerRole' | 'parent'>, coordinator: boolean): boolean {
  return coordinator || [table.viewerRole, table.parent?.viewerRole, table.parent?.parent?.viewerRole].some(isOfficerRole);
}

/**
 * The tabs the viewer has something behind: meetings, actions, referrals and consultations are for
 * those who sit at the table (the API gives others nothing), the report for those who may read it,
 * the log for its officers.
 */
export function tableTabs(table: Pick<TableDetails, 'id' | 'viewerRole' | 'parent'>, { coordinator = false }: { coordinator?: boolean } = {}): TableTab[] {
  const seated = table.viewerRole !== null;
  const tabs: Array<TableTab | false> = [
    { key: 'overview', to: paths.table(table.id) },
    seated && { key: 'meetings', to: paths.tableMeetings(table.id) },
    seated && { key: 'actions', to: paths.tableActions(table.id) },
    seated && { key: 'referrals', to: paths.tableReferrals(table.id) },
    seated && { key: 'consultations', to: paths.tableConsultations(table.id) },
    { key: 'members', to: paths.tableMembers(table.id) },
    mayReadTableReport(table, coordinator) && { key: 'report', to: paths.tableReport(table.id) },
    isOfficerRole(table.viewerRole) && { key: 'journal', to: paths.tableJournal(table.id) },
  ];
  return tabs.filter((tab): tab is TableTab => tab !== false);
}

/**
 * Links, not an ARIA tablist: each tab is a page with its own address (bookmarks, the back button),
 * and NavLink marks the current one with aria-current="page". On a phone the bar scrolls sideways on
 * its own; the page does not.
 */
export function TableTabs({ tabs }: { tabs: readonly TableTab[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('tables.tabs.label')} className="table-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} end={tab.key === 'overview'} className="table-tabs__link">
              {t(`tables.tabs.${tab.key}` as MessageKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
