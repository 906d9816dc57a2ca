import 'reflect-metadata';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-errors';
import { createRequestContext } from '../graphql/request-context';
import { Access, type AccessRule } from './access.decorator';
import { AccessGuard } from './access.guard';
import { AllowedBeforeTwoFactor } from './two-factor-gate';
import type { Viewer } from './viewer';

const member: Viewer = { userId: 'u1', sessionId: 's1', platformRole: 'MEMBER', organizationId: null };
const coordinator: Viewer = { ...member, platformRole: 'COORDINATOR' };

function handlerWith(rule: AccessRule | null, allowedBeforeTwoFactor = false): () => void {
  class Resolver {
    operation() {
      return undefined;
    }
  }
  const descriptor = Object.getOwnPropertyDescriptor(Resolver.prototype, 'operation')!;
  if (rule) Access(rule)(Resolver.prototype, 'operation', descriptor);
  if (allowedBeforeTwoFactor) AllowedBeforeTwoFactor()(Resolver.prototype, 'operation', descriptor);
  return Resolver.prototype.operation;
}

/** An execution context shaped as @nestjs/graphql builds it: args are [root, args, context, info]. */
function graphqlCall(handler: () => void, viewer: Viewer | null, authError: DomainError | null = null): ExecutionContext {
  const ctx = createRequestContext({ viewer, error: authError }, '127.0.0.1');
  return {
    getType: () => 'graphql',
    getHandler: () => handler,
    getClass: () => Object,
    getArgs: () => [undefined, {}, ctx, {}],
    getArgByIndex: (i: number) => [undefined, {}, ctx, {}][i],
    switchToHttp: () => ({}) as never,
    switchToRpc: () => ({}) as never,
    switchToWs: () => ({}) as never,
  } as unknown as ExecutionContext;
}

function codeThrown(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'OTHER';
  }
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('refuses an operation that has no access rule, whoever calls it', () => {
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith(null), coordinator)))).toBe('FORBIDDEN');
  });

  it('lets anyone call an `anyone` operation, but not with a bad token', () => {
    expect(guard.canActivate(graphqlCall(handlerWith('anyone'), null))).toBe(true);
    const bad = new DomainError('UNAUTHENTICATED', 'bad token');
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith('anyone'), null, bad)))).toBe('UNAUTHENTICATED');
  });

  it('requires a viewer for `signedIn` and a coordinator for `coordinator`', () => {
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith('signedIn'), null)))).toBe('UNAUTHENTICATED');
    expect(guard.canActivate(graphqlCall(handlerWith('signedIn'), member))).toBe(true);
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith('coordinator'), member)))).toBe('FORBIDDEN');
    expect(guard.canActivate(graphqlCall(handlerWith('coordinator'), coordinator))).toBe(true);
  });

  it('lets a viewer who must set up two-factor sign-in call only the operations marked for it', () => {
    const pending: Viewer = { ...coordinator, mustSetUpTwoFactor: true };
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith('signedIn'), pending)))).toBe('FORBIDDEN');
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith('coordinator'), pending)))).toBe('FORBIDDEN');
    expect(codeThrown(() => guard.canActivate(graphqlCall(handlerWith('anyone'), pending)))).toBe('FORBIDDEN');
    expect(guard.canActivate(graphqlCall(handlerWith('signedIn', true), pending))).toBe(true);
    expect(guard.canActivate(graphqlCall(handlerWith('anyone', true), pending))).toBe(true);
    // Anonymous callers are no one's second factor: `anyone` stays open to them.
    expect(guard.canActivate(graphqlCall(handlerWith('anyone'), null))).toBe(true);
  });
});
