import { Injectable } from '@nestjs/common';
import { isCoordinator, type Viewer } from '../../core/auth/viewer';

/** Who may see what inside an organization, and who may act in its name. */
@Injectable()
export class DirectoryPolicy {
  /** A confirmed user of the organization (a pending affiliation gives no rights). */
  isOwnPerson(viewer: Viewer | null, organizationId: string): boolean {
    return !!viewer && viewer.organizationId === organizationId;
  }

  /**
   * Its own people and coordinators see who works for an organization and every one of its
   * membership requests; they are also the ones who may ask a table to admit it.
   */
  canActFor(viewer: Viewer | null, organizationId: string): boolean {
    return isCoordinator(viewer) || this.isOwnPerson(viewer, organizationId);
  }
}
