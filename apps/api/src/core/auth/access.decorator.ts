import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation at all, before the domain's own policy looks at the object:
 * - `anyone`: also anonymous callers (sign-in, registration, `me`);
 * - `signedIn`: any valid token; the service's policy decides the rest;
 * - `coordinator`: platform coordinators only.
 * Every Query, Mutation and Subscription field must carry one; the guard refuses those that do not.
 */
export type AccessRule = 'anyone' | 'signedIn' | 'coordinator';

export const ACCESS_RULE = 'concertation:access-rule';

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);
