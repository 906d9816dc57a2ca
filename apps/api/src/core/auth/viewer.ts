import type { EnumValue, PlatformRole } from '@concertation/shared-domain';

/** The signed-in person a request acts for, as read from their access token and account. */
export interface Viewer {
  userId: string;
  /** The session (token `jti`) this request was made with; signOut revokes it. */
  sessionId: string;
  platformRole: EnumValue<PlatformRole>;
  /** Confirmed organization only: a pending one gives no rights. */
  organizationId: string | null;
  /**
   * The viewer holds a role of TWO_FACTOR_REQUIRED_ROLES and has not turned two-factor sign-in on:
   * until they do, only the operations marked `@AllowedBeforeTwoFactor` answer (two-factor-gate.ts).
   * Absent: false (viewers made outside a sign-in, such as an e-mailed link's).
   */
  mustSetUpTwoFactor?: boolean;
}

export const isCoordinator = (viewer: Viewer | null): boolean => viewer?.platformRole === 'COORDINATOR';
