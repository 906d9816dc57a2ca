import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Viewer } from '../auth/viewer';
import { ViewerResolverService } from '../auth/viewer-resolver.service';
import { RequestLoaders } from '../graphql/request-loaders';
import { PUB_SUB } from '../pubsub/pub-sub.provider';
import { Topics, type SessionRevocation } from '../pubsub/topics';
import { type ClosableSocket, LiveConnection } from './live-connection';

/** How often open connections re-check their session and their subscriptions. */
export const LIVE_RECHECK_MS = 5000;

/**
 * The open WebSockets of this process, by session and by user. A revoked session must end at
 * once everywhere (docs/api-guide.md, "Signing in and tokens"): revocations travel through the pub/sub, so that
 * every API process closes its own sockets of that session. A periodic re-check catches what no
 * message announces (an expired session, a revocation missed while Redis was away, a participant
 * removed from a table whose meeting they follow).
 */
@Injectable()
export class LiveConnections implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveConnections');
  /** Keyed by graphql-ws's per-socket `extra`, which every hook of one socket receives. */
  private readonly byKey = new Map<object, LiveConnection>();
  private readonly bySession = new Map<string, Set<LiveConnection>>();
  private readonly byUser = new Map<string, Set<LiveConnection>>();
  private revocationSubscription: Promise<number | null> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly viewers: ViewerResolverService,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis unreachable the start must not hang; the periodic re-check covers
    // revocations missed meanwhile.
    this.revocationSubscription = this.pubSub
      .subscribe(Topics.sessionRevocations, (message: SessionRevocation) => this.closeSessions(message), {})
      .catch((err: unknown) => {
        this.logger.warn(`cannot listen to session revocations: ${String(err)}`);
        return null;
      });
    this.timer = setInterval(() => void this.sweep(), LIVE_RECHECK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // With Redis away the subscription never settles: a shutdown must not wait for it.
    const id = await Promise.race([this.revocationSubscription, new Promise<null>((resolve) => setTimeout(resolve, 1000, null).unref())]);
    if (id !== null && id !== undefined) this.pubSub.unsubscribe(id);
    await this.sweeping;
  }

  // ─── Registry ────────────────────────────────────────────────────────────

  attach(key: object, socket: ClosableSocket, viewer: Viewer | null, address: string): LiveConnection {
    const connection = new LiveConnection(socket, viewer, address);
    this.byKey.set(key, connection);
    if (viewer) {
      addTo(this.bySession, viewer.sessionId, connection);
      addTo(this.byUser, viewer.userId, connection);
    }
    return connection;
  }

  detach(key: object): void {
    const connection = this.byKey.get(key);
    if (!connection) return;
    this.byKey.delete(key);
    if (connection.viewer) {
      removeFrom(this.bySession, connection.viewer.sessionId, connection);
      removeFrom(this.byUser, connection.viewer.userId, connection);
    }
  }

  of(key: object): LiveConnection | undefined {
    return this.byKey.get(key);
  }

  /** Closes every open socket of this process (graceful shutdown: 1001, clients reconnect elsewhere). */
  closeAll(code: number, reason: string): void {
    for (const connection of [...this.byKey.values()]) connection.close(code, reason);
  }

  /** Open connections of a user in this process (tests and diagnostics). */
  countOf(userId: string): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  // ─── Ending sessions ─────────────────────────────────────────────────────

  /** Closes this process's sockets of the revoked sessions (called for every revocation message). */
  closeSessions(revocation: SessionRevocation): void {
    if (!revocation || !Array.isArray(revocation.sessionIds)) return;
    for (const sessionId of revocation.sessionIds) {
      for (const connection of [...(this.bySession.get(sessionId) ?? [])]) {
        if (connection.viewer?.userId === revocation.userId) connection.endSession('Session revoked');
      }
    }
  }

  /**
   * Re-reads the session of every signed-in connection in one query: closes those whose session
   * is no longer live, refreshes the others' viewer, then re-checks their subscriptions.
   */
  sweep(): Promise<void> {
    this.sweeping ??= this.runSweep().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async runSweep(): Promise<void> {
    const connections = [...this.byKey.values()].filter((c) => c.viewer !== null);
    if (connections.length === 0) return;
    let live: Map<string, Viewer>;
    try {
      live = await this.viewers.liveViewers(connections.map((c) => c.viewer!.sessionId));
    } catch (err) {
      this.logger.warn(`session re-check failed: ${String(err)}`);
      return;
    }
    // One scope of shared reads for the whole sweep: 1,000 followers of a meeting re-check their
    // right to it with one read of the meeting and one batched read of their seats.
    const shared = new RequestLoaders();
    await Promise.all(
      connections.map(async (connection) => {
        const viewer = live.get(connection.viewer!.sessionId);
        if (!viewer) return connection.endSession('Session ended');
        connection.viewer = viewer;
        await connection.recheckStreams(shared);
      }),
    );
  }
}

function addTo<K>(index: Map<K, Set<LiveConnection>>, key: K, connection: LiveConnection): void {
  const set = index.get(key) ?? new Set<LiveConnection>();
  set.add(connection);
  index.set(key, set);
}

function removeFrom<K>(index: Map<K, Set<LiveConnection>>, key: K, connection: LiveConnection): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(connection);
  if (set.size === 0) index.delete(key);
}
