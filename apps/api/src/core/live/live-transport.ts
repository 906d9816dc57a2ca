import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import type { WebSocketServer } from 'ws';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { originAllowed } from './origin-policy';

/** The largest WebSocket message accepted: a bigger one closes the socket with 1009 (Message Too Big). */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/**
 * Limits of the WebSocket transport that graphql-ws does not set: the message size and the
 * Origin allow-list, checked at the handshake (a refused page gets HTTP 403 and no socket).
 * Nest creates the `ws` server inside its Apollo driver without these options; `ws` reads them
 * at every handshake, so they are set on it once the GraphQL module has started. If that server
 * cannot be found (a changed Nest internal), the start fails rather than run without limits.
 */
@Injectable()
export class LiveTransport implements OnApplicationBootstrap {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.webSocketServer();
    server.options.maxPayload = MAX_SOCKET_MESSAGE_BYTES;
    server.options.verifyClient = (info: { origin?: string; req: IncomingMessage }, done: (allowed: boolean, code?: number, message?: string) => void) => {
      const allowed = originAllowed(info.req.headers.origin, info.req.headers.host, this.config);
      done(allowed, allowed ? undefined : 403, allowed ? undefined : 'Origin not allowed');
    };
  }

  private webSocketServer(): WebSocketServer {
    const graphql = this.moduleRef.get(GraphQLModule, { strict: false }) as unknown as {
      graphQlAdapter?: { _subscriptionService?: { wss?: WebSocketServer } };
    };
    const wss = graphql?.graphQlAdapter?._subscriptionService?.wss;
    if (!wss || typeof wss.options !== 'object') throw new Error('The GraphQL WebSocket server was not found: its limits cannot be set.');
    return wss;
  }
}
