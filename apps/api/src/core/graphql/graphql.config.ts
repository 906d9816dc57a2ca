import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { ViewerResolverService } from '../auth/viewer-resolver.service';
import { formatError } from '../errors/format-error';
import { LiveConnections } from '../live/live-connections';
import { isSocketContext, liveSocketOptions, socketRequestContext } from '../live/live-socket';
import { noteViewer } from '../observability/http-logger';
import { withLiveLogging } from '../observability/live-logging';
import './enums';
import { limitRules, MAX_TOKENS } from './operation-rules';
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
    // Depth, alias and cost limits, and a token limit at parse; WebSocket operations get the same
    // checks in live-socket.ts. (`npm run bench` measures their cost by switching them off.)
    validationRules: limitRules(),
    parseOptions: { maxTokens: MAX_TOKENS },
    // Production: no "Did you mean …?" in validation errors (introspection is off there too).
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // Apollo's cache-control plugin hooks every field and costs ~30% here; nothing uses it.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    formatError,
    subscriptions: { 'graphql-ws': withLiveLogging(liveSocketOptions(live, viewers, '/graphql', { production, trustedProxies: config.trustedProxies }), live) },
    // Called by Apollo with `{ req }` for HTTP, and by graphql-ws with its socket context.
    context: async (arg: { req: Request } | unknown): Promise<RequestContext> => {
      if (isSocketContext(arg)) return socketRequestContext(live, arg);
      const { req } = arg as { req: Request };
      const lookup = await viewers.fromAuthorization(req.headers.authorization);
      noteViewer(req, lookup.viewer?.userId);
      return createRequestContext(lookup, req.ip ?? req.socket.remoteAddress ?? 'unknown', req);
    },
  };
}
