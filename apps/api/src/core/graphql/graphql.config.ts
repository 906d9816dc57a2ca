import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { ViewerResolverService } from '../auth/viewer-resolver.service';
import { formatError } from '../errors/format-error';
import { createRequestContext, type RequestContext } from './request-context';

/** Apollo on Express, code-first; the schema is built in memory and printed by `emit-schema`. */
export function graphqlOptions(config: AppConfig, viewers: ViewerResolverService): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Apollo's cache-control plugin hooks every field and costs ~30% here; nothing uses it.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    formatError,
    context: async ({ req }: { req: Request }): Promise<RequestContext> => {
      const lookup = await viewers.fromAuthorization(req.headers.authorization);
      return createRequestContext(lookup, req.ip ?? req.socket.remoteAddress ?? 'unknown', req);
    },
  };
}
