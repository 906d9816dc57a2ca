import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError, parse } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { ViewerResolverService } from '../auth/viewer-resolver.service';
import { queryLimitErrors } from '../graphql/query-limits';
import { formatError } from '../errors/format-error';
import { createRequestContext, type RequestContext } from '../graphql/request-context';
import { LiveConnections } from './live-connections';
import { subscribePerEvent } from './subscribe-per-event';

const logger = new Logger('LiveSocket');

/** What graphql-ws's `ws` adapter hands every hook of one socket. */
export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

export type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** Tells graphql-ws's per-operation context call from Apollo's HTTP one (`{ req, res }`). */
export function isSocketContext(value: unknown): value is SocketContext {
  return typeof value === 'object' && value !== null && 'extra' in value && 'subscriptions' in value;
}

/**
 * The context of one operation over a WebSocket: the connection's viewer, as authenticated at
 * `connection_init` and re-checked since. A socket the registry does not know is anonymous.
 */
export function socketRequestContext(live: LiveConnections, ctx: SocketContext): RequestContext {
  const connection = live.of(ctx.extra);
  const context = createRequestContext({ viewer: connection?.viewer ?? null, error: null }, connection?.address ?? addressOf(ctx.extra.request));
  context.connection = connection;
  return context;
}

/**
 * graphql-ws at `/graphql` (subprotocol graphql-transport-ws). The token comes in
 * `connectionParams.authorization` as `Bearer <token>`: a bad, expired or revoked one closes the
 * socket with 4403 (graphql-ws's answer to `onConnect` returning false); none at all makes an
 * anonymous connection, whose subscriptions then fail with UNAUTHENTICATED.
 */
export function liveSocketOptions(live: LiveConnections, viewers: ViewerResolverService, path: string): GraphQLWsSubscriptionsConfig {
  const options: Partial<ServerOptions<Record<string, unknown> | undefined, SocketExtra>> & { path: string } = {
    path,
    onConnect: async (ctx) => {
      const params = ctx.connectionParams ?? {};
      let lookup: Awaited<ReturnType<ViewerResolverService['fromAuthorization']>>;
      try {
        lookup = await viewers.fromAuthorization(params.authorization ?? params.Authorization);
      } catch (err) {
        // The database failed, not the token: graphql-ws closes with 4500 (the client retries),
        // with a message that says nothing of the cause.
        logger.error(`connection_init failed: ${String(err)}`);
        throw new Error('Internal server error', { cause: err });
      }
      if (lookup.error) return false;
      live.attach(ctx.extra, ctx.extra.socket, lookup.viewer, addressOf(ctx.extra.request));
      return true;
    },
    onClose: (ctx) => live.detach(ctx.extra),
    // A request that does not parse is answered as an error of that operation, not by closing the socket.
    // Apollo's validation rules never see WebSocket operations, so the query limits run here too.
    onSubscribe: (_ctx, _id, payload) => {
      try {
        const errors = queryLimitErrors(parse(payload.query));
        return errors.length ? errors : undefined;
      } catch (err) {
        return [err instanceof GraphQLError ? err : new GraphQLError('Syntax error.')];
      }
    },
    // Apollo's formatError does not run on WebSocket results: shape them the same way here.
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    onError: (_ctx, _id, _payload, errors) => errors.map(formatRequestError),
    subscribe: subscribePerEvent,
  };
  // `subscribe` and `onError` are not in Nest's type of these options, but Nest hands the whole
  // object to graphql-ws's useServer, after its defaults.
  return options as GraphQLWsSubscriptionsConfig;
}

/** Errors raised before execution (parse, validation) carry no code: they are about the request. */
function formatRequestError(error: GraphQLError): GraphQLFormattedError {
  if (!error.originalError && !error.extensions?.code) {
    const code = error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
    return { message: error.message, locations: error.locations, extensions: { code } };
  }
  return formatError(error.toJSON(), error);
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The caller's address as Express reads it with `trust proxy: loopback` (create-app.ts): behind
 * a local reverse proxy, the nearest address of X-Forwarded-For that is not the proxy's own.
 */
function addressOf(request: IncomingMessage): string {
  let address = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  if (!LOOPBACK.test(address) || typeof forwarded !== 'string') return address;
  const hops = forwarded.split(',').map((hop) => hop.trim()).filter(Boolean);
  while (LOOPBACK.test(address) && hops.length > 0) address = hops.pop()!;
  return address;
}
