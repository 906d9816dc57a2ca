import { Logger } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import type { LiveConnectionHandle } from '../graphql/request-context';
import type { RequestLoaders } from '../graphql/request-loaders';

/**
 * The close code of a refused or ended session (docs/api-guide.md, "Signing in and tokens"): a bad token at
 * `connection_init`, a revoked or expired session later. graphql-ws's own `Forbidden`.
 */
export const SESSION_CLOSE_CODE = 4403;

/** What the registry needs of a socket (a `ws` WebSocket). */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** A live stream of one subscription, re-checked periodically (it ends itself when no longer allowed). */
export interface RecheckedStream {
  recheck(shared?: RequestLoaders): Promise<void>;
}

const logger = new Logger('LiveConnection');

/** One open WebSocket of this process, with the viewer it was authenticated as (null: anonymous). */
export class LiveConnection implements LiveConnectionHandle {
  private readonly streams = new Set<RecheckedStream>();

  constructor(
    private readonly socket: ClosableSocket,
    /** Refreshed by each re-check of the session (role and organization may change). */
    public viewer: Viewer | null,
    readonly address: string,
  ) {}

  track(stream: RecheckedStream): () => void {
    this.streams.add(stream);
    return () => this.streams.delete(stream);
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** Closes the socket because its session ended; graphql-ws then ends its subscriptions. */
  endSession(reason: string): void {
    this.close(SESSION_CLOSE_CODE, reason);
  }

  close(code: number, reason: string): void {
    try {
      this.socket.close(code, reason);
    } catch (err) {
      logger.warn(`closing a socket failed: ${String(err)}`);
    }
  }

  /** Re-checks every subscription of the connection; each ends itself when it is no longer allowed. */
  async recheckStreams(shared?: RequestLoaders): Promise<void> {
    await Promise.all([...this.streams].map((stream) => stream.recheck(shared).catch((err: unknown) => logger.warn(`re-check failed: ${String(err)}`))));
  }
}
