import { Global, Module } from '@nestjs/common';
import { LiveConnections } from './live-connections';
import { LiveTransport } from './live-transport';

/**
 * The WebSocket side of the API: the registry of open connections and the transport's limits
 * (graphql-ws is set up in graphql.config.ts).
 */
@Global()
@Module({ providers: [LiveConnections, LiveTransport], exports: [LiveConnections] })
export class LiveModule {}
