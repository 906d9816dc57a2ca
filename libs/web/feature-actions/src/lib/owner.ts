import type { ActionItemSummary, Viewer } from '@concertation/web-data-access';

type Owned = Pick<ActionItemSummary, 'assignee' | 'assigneeOrganization'>;

/** The assignee, or a (confirmed) user of the assignee organization: may change the status and post updates. */
export function isOwner(item: Owned, me: Viewer | null): boolean {
  if (!me) return false;
  return item.assignee?.id === me.id || (!!me.organization && item.assigneeOrganization?.id === me.organization.id);
}
