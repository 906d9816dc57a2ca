import { SetMetadata } from '@nestjs/common';
import type { TwoFactorRequiredRole } from '../config/app-config';
import { forbidden } from '../errors/domain-errors';
import type { Viewer } from './viewer';

/**
 * TWO_FACTOR_REQUIRED_ROLES, in one place. A person who holds one of those roles (COORDINATOR: the
 * platform role; CHAIR, SECRETARY: a seat at any table) and has not turned two-factor sign-in on
 * may call only what it takes to turn it on or leave: `me`, `beginTwoFactorSetup`,
 * `confirmTwoFactor` and `signOut`. Everything else, over HTTP, WebSocket or a REST endpoint, is
 * FORBIDDEN. The viewer carries whether this holds (`mustSetUpTwoFactor`), read with the session.
 */
export const ALLOWED_BEFORE_TWO_FACTOR = 'concertation:allowed-before-two-factor';

/** Marks one of the few operations a person who must set up two-factor sign-in may still call. */
export const AllowedBeforeTwoFactor = () => SetMetadata(ALLOWED_BEFORE_TWO_FACTOR, true);

export const TWO_FACTOR_SETUP_MESSAGE = 'Your role requires two-factor sign-in: turn it on (beginTwoFactorSetup, then confirmTwoFactor) before anything else.';

/** Throws FORBIDDEN when the viewer must set up two-factor sign-in and the operation is not one of those allowed meanwhile. */
export function assertTwoFactorGate(viewer: Viewer | null, allowedBeforeTwoFactor: boolean): void {
  if (viewer?.mustSetUpTwoFactor && !allowedBeforeTwoFactor) throw forbidden(TWO_FACTOR_SETUP_MESSAGE);
}

/**
 * SQL for "the user `alias` holds a role that requires two-factor sign-in", whether or not they
 * turned it on. The roles come from the validated configuration (a fixed set of words), never
 * from a request, so they are written into the statement as literals.
 */
export function twoFactorRequiredSql(roles: readonly TwoFactorRequiredRole[], alias: string): string {
  const seatRoles = roles.filter((role) => role !== 'COORDINATOR');
  const conditions = [
    ...(roles.includes('COORDINATOR') ? [`${alias}.platform_role = 'COORDINATOR'`] : []),
    ...(seatRoles.length > 0
      ? [`EXISTS (SELECT 1 FROM table_participant tp WHERE tp.user_id = ${alias}.id AND tp.role IN (${seatRoles.map((role) => `'${role}'`).join(', ')}))`]
      : []),
  ];
  return conditions.length === 0 ? 'false' : `(${conditions.join(' OR ')})`;
}

/** SQL for "the user `alias` must turn two-factor sign-in on before anything else". */
export function mustSetUpTwoFactorSql(roles: readonly TwoFactorRequiredRole[], alias: string): string {
  const required = twoFactorRequiredSql(roles, alias);
  return required === 'false' ? 'false' : `(NOT ${alias}.two_factor_enabled AND ${required})`;
}
