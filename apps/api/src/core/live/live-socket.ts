import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, parse, specifiedRules, validate } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { ViewerResolverService } from '../auth/viewer-resolver.service';
import { MAX_TOKENS, socketRules, withoutSuggestions } from '../graphql/operation-rules';
import { formatError } from '../errors/format-error';
import { createRequestContext, type RequestContext } from '../graphql/request-context';
import { LiveConnections } from './live-connections';
import { subscribePerEvent } from './subscribe-per-event';
import { clientAddress, type ProxyNetwork } from '../config/trusted-proxies';

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
  const context = createRequestContext(
    { viewer: connection?.viewer ?? null, error: null },
    connection?.address ?? ctx.extra.request.socket.remoteAddress ?? 'unknown',
  );
  context.connection = connection;
  return context;
}

/**
 * graphql-ws at `/graphql` (subprotocol graphql-transport-ws). The token comes in
 * `connectionParams.authorization` as `Bearer <token>`: a bad, expired or revoked one closes the
 * socket with 4403 (graphql-ws's answer to `onConnect` returning false); none at all makes an
 * anonymous connection, whose subscriptions then fail with UNAUTHENTICATED.
 */
export function liveSocketOptions(
  live: LiveConnections,
  viewers: ViewerResolverService,
  path: string,
  { production = false, trustedProxies = ['loopback'] }: { production?: boolean; trustedProxies?: readonly ProxyNetwork[] } = {},
): GraphQLWsSubscriptionsConfig {
  const addressOf = (request: IncomingMessage) => clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustedProxies);
  // Apollo's validation rules and parse options never see WebSocket operations: graphql-ws gets
  // the same ones here (see operation-rules.ts), so that both transports refuse the same queries.
  const rules = [...specifiedRules, ...socketRules(production)];
  const parsed = new ParsedDocuments();
  const formatRequestError = (error: GraphQLError) => formatSocketRequestError(error, production);
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
    // A request that does not parse (or holds too many tokens) is answered as an error of that
    // operation, not by closing the socket; graphql-ws then takes the parsed document from `parse`.
    onSubscribe: (_ctx, _id, payload) => {
      try {
        parsed.parse(payload.query);
        return undefined;
      } catch (err) {
        return [err instanceof GraphQLError ? err : new GraphQLError('Syntax error.')];
      }
    },
    parse: (query) => parsed.parse(typeof query === 'string' ? query : query.body),
    validate: (schema, document) => validate(schema, document, rules),
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
function formatSocketRequestError(error: GraphQLError, production: boolean): GraphQLFormattedError {
  if (!error.originalError && !error.extensions?.code) {
    const code = error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
    const message = production ? withoutSuggestions(error.message) : error.message;
    return { message, locations: error.locations, extensions: { code } };
  }
  return formatError(error.toJSON(), error);
}

/**
 * Parses with the token limit, and keeps the last documents so that graphql-ws's own `parse`
 * (called right after `onSubscribe`) does not parse the same query twice. Documents are never
 * mutated, so sharing one between sockets is safe.
 */
class ParsedDocuments {
  private readonly recent = new Map<string, DocumentNode>();

  parse(query: string): DocumentNode {
    const known = this.recent.get(query);
    if (known) return known;
    const document = parse(query, { maxTokens: MAX_TOKENS });
    if (this.recent.size >= 32) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(query, document);
    return document;
  }
}
