import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/domain-errors';
import type { RequestContext } from '../graphql/request-context';
import type { Viewer } from './viewer';

function contextOf(execution: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(execution).getContext<RequestContext>();
}

/** The signed-in viewer; for operations whose access rule already requires one. */
export const CurrentViewer = createParamDecorator((_: unknown, execution: ExecutionContext): Viewer => {
  const viewer = contextOf(execution).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer or null (anonymous), for operations open to anyone and for field resolvers. */
export const OptionalViewer = createParamDecorator(
  (_: unknown, execution: ExecutionContext): Viewer | null => contextOf(execution).viewer,
);

/** The whole request context: viewer, loaders, address. */
export const ReqContext = createParamDecorator(
  (_: unknown, execution: ExecutionContext): RequestContext => contextOf(execution),
);
