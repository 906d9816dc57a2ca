import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors/domain-errors';
import type { RequestContext } from '../graphql/request-context';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { ALLOWED_BEFORE_TWO_FACTOR, assertTwoFactorGate } from './two-factor-gate';
import { isCoordinator } from './viewer';

/**
 * The first gate of every operation. Fails closed: an operation without an `@Access` rule is
 * refused, so that forgetting the rule can never open an operation to everyone. It also holds
 * back those who must set up two-factor sign-in first (two-factor-gate.ts), over HTTP and
 * WebSocket alike: Nest runs it for every resolver call, whatever the transport.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!rule) throw forbidden('This operation has no access rule.');
    if (ctx.authError) throw ctx.authError;
    assertTwoFactorGate(ctx.viewer, this.reflector.get<boolean | undefined>(ALLOWED_BEFORE_TWO_FACTOR, context.getHandler()) === true);
    if (rule === 'anyone') return true;
    if (!ctx.viewer) throw unauthenticated();
    if (rule === 'coordinator' && !isCoordinator(ctx.viewer)) throw forbidden('Only coordinators may do this.');
    return true;
  }
}
