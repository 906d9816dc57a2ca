import { Link } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { EmptyState, Section } from '@concertation/web-ui';
import { MembershipRequest } from './membership-request';
import { ParticipantsSection } from './participants-section';
import { PendingRequests } from './pending-requests';
import { useLayoutTable } from './use-layout-table';

/** `/tables/:id/members`: the member organizations, the requests to join (officers) and the people who sit at the table. */
export function TableMembersPage() {
  const { t } = useI18n();
  const { isCoordinator } = useSession();
  const table = useLayoutTable();
  if (!table) return null;

  const isOfficer = isOfficerRole(table.viewerRole);
  return (
    <>
      <Section title={t('tables.members')}>
        {table.memberships.length === 0 ? (
          <EmptyState title={t('tables.noMembers')} />
        ) : (
          <ul className="item-list">
            {table.memberships.map((membership) => (
              <li key={membership.id}>
                <Link to={paths.organization(membership.organization.id)}>{membership.organization.name}</Link>
              </li>
            ))}
          </ul>
        )}
        <MembershipRequest table={table} />
      </Section>
      {(isOfficer || isCoordinator) && (
        <Section title={t('tables.pending.title')}>
          <PendingRequests tableId={table.id} />
        </Section>
      )}
      <ParticipantsSection table={table} canManage={table.viewerRole === 'CHAIR' || isCoordinator} canSee={table.viewerRole !== null || isCoordinator} />
    </>
  );
}
