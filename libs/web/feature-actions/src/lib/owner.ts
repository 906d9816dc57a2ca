import type { ActionItemSummary, Viewer } from '@concertation/web-data-access';

type Owned = Pick<ActionItemSummary, 'assignee' | 'assigneeOrganization'>;

/** Who answers for the item: a person (with their organization when both are named), or an organization. */
export function ownerLabel(item: Owned, nobody: string): string {
  const organization = item.assigneeOrganization ? (item.assigneeOrganization.acronym ?? item.assigneeOrganization.name) : null;
  if (item.assignee) return organization ? `${item.assignee.displayName} (${organization})` : item.assignee.displayName;
  return item.assigneeOrganization?.name ?? nobody;
}

/** The assignee, or a (confirmed) user of the assignee organization: may change the status and post updates. */
export function isOwner(item: Owned, me: Viewer | null): boolean {
  if (!me) return false;
  return item.assignee?.id === me.id || (!!me.organization && item.assigneeOrganization?.id === me.organization.id);
}
