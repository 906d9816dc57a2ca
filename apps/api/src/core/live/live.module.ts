import { Global, Module } from '@nestjs/common';
import { LiveConnections } from './live-connections';

/** The WebSocket side of the API: the registry of open connections (graphql-ws is set up in graphql.config.ts). */
@Global()
@Module({ providers: [LiveConnections], exports: [LiveConnections] })
export class LiveModule {}
