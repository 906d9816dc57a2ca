import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { ViewerResolverService } from '../auth/viewer-resolver.service';
import { formatError } from '../errors/format-error';
import { LiveConnections } from '../live/live-connections';
import { isSocketContext, liveSocketOptions, socketRequestContext } from '../live/live-socket';
import { QueryLimitsRule } from './query-limits';
import { createRequestContext, type RequestContext } from './request-context';

/**
 * Apollo on Express, code-first; the schema is built in memory and printed by `emit-schema`.
 * Subscriptions (and any operation) also run over graphql-ws on the same path.
 */
export function graphqlOptions(config: AppConfig, viewers: ViewerResolverService, live: LiveConnections): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    // Depth and alias limits; WebSocket operations get the same checks in live-socket.ts.
    validationRules: [QueryLimitsRule],
    includeStacktraceInErrorResponses: false,
    // Apollo's cache-control plugin hooks every field and costs ~30% here; nothing uses it.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    formatError,
    subscriptions: { 'graphql-ws': liveSocketOptions(live, viewers, '/graphql') },
    // Called by Apollo with `{ req }` for HTTP, and by graphql-ws with its socket context.
    context: async (arg: { req: Request } | unknown): Promise<RequestContext> => {
      if (isSocketContext(arg)) return socketRequestContext(live, arg);
      const { req } = arg as { req: Request };
      const lookup = await viewers.fromAuthorization(req.headers.authorization);
      return createRequestContext(lookup, req.ip ?? req.socket.remoteAddress ?? 'unknown', req);
    },
  };
}
