import type { EnumValue, PlatformRole } from '@concertation/shared-domain';

/** The signed-in person a request acts for, as read from their access token and account. */
export interface Viewer {
  userId: string;
  /** The session (token `jti`) this request was made with; signOut revokes it. */
  sessionId: string;
  platformRole: EnumValue<PlatformRole>;
  /** Confirmed organization only: a pending one gives no rights. */
  organizationId: string | null;
}

export const isCoordinator = (viewer: Viewer | null): boolean => viewer?.platformRole === 'COORDINATOR';
