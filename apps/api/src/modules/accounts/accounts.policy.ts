import { Injectable } from '@nestjs/common';
import { isCoordinator, type Viewer } from '../../core/auth/viewer';
import type { ViewerCircle } from './viewer-circle';

/** Who may read which part of a person's account (docs/api-reference.md, type User). */
@Injectable()
export class AccountsPolicy {
  /** The person themself and coordinators read everything of an account. */
  isSelfOrCoordinator(viewer: Viewer | null, userId: string): boolean {
    return !!viewer && (viewer.userId === userId || isCoordinator(viewer));
  }

  /** E-mail: the person, coordinators, and people who sit at a table with them. */
  maySeeEmail(viewer: Viewer | null, userId: string, circle: ViewerCircle): boolean {
    return this.isSelfOrCoordinator(viewer, userId) || (!!viewer && circle.tableMateIds.has(userId));
  }

  /** The organization they said they work for, before a coordinator confirms it. */
  maySeePendingOrganization(viewer: Viewer | null, userId: string): boolean {
    return this.isSelfOrCoordinator(viewer, userId);
  }

  /** Seats: all of them for the person and coordinators; others see seats at tables they sit at too. */
  maySeeSeat(viewer: Viewer | null, userId: string, tableId: string, circle: ViewerCircle): boolean {
    return this.isSelfOrCoordinator(viewer, userId) || (!!viewer && circle.tableIds.has(tableId));
  }
}
