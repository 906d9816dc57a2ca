import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { LiveConnections } from '../live/live-connections';
import { operationNameOf, requestIdFrom } from './http-logger';

const logger = new Logger('Live');

type Hook = (...args: unknown[]) => unknown;
interface SocketCtx {
  extra: { request: IncomingMessage };
}

/** The id of one WebSocket, from its upgrade request (X-Request-Id when valid), for all its lines. */
const connectionIds = new WeakMap<object, string>();

function connectionId(ctx: SocketCtx): string {
  let id = connectionIds.get(ctx.extra);
  if (!id) {
    id = requestIdFrom(ctx.extra.request);
    connectionIds.set(ctx.extra, id);
  }
  return id;
}

/**
 * Logs the life of each WebSocket and its operations (connect, subscribe and complete with the
 * operation's name, close with its code) around graphql-ws's hooks, which it calls unchanged.
 * Never the payload: no query text, no variables, no connection params (they hold the token).
 */
export function withLiveLogging(options: GraphQLWsSubscriptionsConfig, live: LiveConnections): GraphQLWsSubscriptionsConfig {
  const hooks = options as unknown as Record<'onConnect' | 'onSubscribe' | 'onComplete' | 'onClose', Hook | undefined>;
  const viewerOf = (ctx: SocketCtx) => live.of(ctx.extra)?.viewer?.userId;
  const fields = (ctx: SocketCtx) => ({ reqId: connectionId(ctx), ...(viewerOf(ctx) ? { viewerId: viewerOf(ctx) } : {}) });
  const { onConnect, onSubscribe, onComplete, onClose } = hooks;
  return {
    ...options,
    onConnect: async (ctx: SocketCtx, ...rest: unknown[]) => {
      const accepted = onConnect ? await onConnect(ctx, ...rest) : true;
      logger.log({ msg: accepted === false ? 'live connection refused' : 'live connection opened', ...fields(ctx) });
      return accepted;
    },
    onSubscribe: async (ctx: SocketCtx, id: string, payload: unknown, ...rest: unknown[]) => {
      logger.log({ msg: 'live operation started', ...fields(ctx), operationId: id, operation: operationNameOf(payload) });
      return onSubscribe ? onSubscribe(ctx, id, payload, ...rest) : undefined;
    },
    onComplete: async (ctx: SocketCtx, id: string, payload: unknown, ...rest: unknown[]) => {
      logger.log({ msg: 'live operation completed', ...fields(ctx), operationId: id, operation: operationNameOf(payload) });
      return onComplete ? onComplete(ctx, id, payload, ...rest) : undefined;
    },
    onClose: async (ctx: SocketCtx, code?: number, ...rest: unknown[]) => {
      // Before the registry forgets the socket, so that the viewer is still known.
      logger.log({ msg: 'live connection closed', ...fields(ctx), code });
      return onClose ? onClose(ctx, code, ...rest) : undefined;
    },
  } as GraphQLWsSubscriptionsConfig;
}
