import { isOfficerRole } from '@concertation/shared-domain';
import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { EmptyState, Section } from '@concertation/web-ui';
import { MemberOrganization } from './member-organization';
import { MembershipRequest } from './membership-request';
import { ParticipantsSection } from './participants-section';
import { PendingRequests } from './pending-requests';
import { useLayoutTable } from './use-layout-table';

/** `/tables/:id/members`: the member organizations, the requests to join (officers) and the people who sit at the table. */
export function TableMembersPage() {
  const { t } = useI18n();
  const { isCoordinator, me } = useSession();
  const table = useLayoutTable();
  if (!table) return null;

  const isOfficer = isOfficerRole(table.viewerRole);
  // Who may name an organization's representatives (the API decides; this only hides a button that would be refused).
  const canEditRepresentatives = (organizationId: string) =>
    isOfficer || isCoordinator || (table.viewerRole !== null && me?.organization?.id === organizationId);
  return (
    <>
      <Section title={t('tables.members')}>
        {table.memberships.length === 0 ? (
          <EmptyState title={t('tables.noMembers')} />
        ) : (
          <ul className="member-list">
            {table.memberships.map((membership) => (
              <MemberOrganization
                key={membership.id}
                table={table}
                membership={membership}
                canEdit={!table.archivedAt && canEditRepresentatives(membership.organization.id)}
              />
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
