import type { Viewer } from '../../core/auth/viewer';
import type { RequestContext } from '../../core/graphql/request-context';

/**
 * After register, login, changePassword or resetPassword the request answers as the person the
 * new token stands for: `AuthPayload.user` is the viewer, so its e-mail and pending organization
 * resolve as theirs, and it is never a revoked session.
 */
export function signedInAs(ctx: RequestContext, viewer: Viewer): void {
  ctx.viewer = viewer;
}
