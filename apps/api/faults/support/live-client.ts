import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { sleep } from './timing';

/**
 * One subscriber as a browser tab would be: a graphql-ws client that, when its socket closes,
 * connects again (to the next address in `urls`, as a load balancer would send it elsewhere) and
 * resubscribes. Retries are bounded.
 */
export class LiveSubscriber {
  readonly events: Array<{ at: number; data: any }> = [];
  readonly errors: unknown[] = [];
  /** When each connection was acknowledged, and to which address. */
  readonly connections: Array<{ at: number; url: string }> = [];
  private readonly client: Client;
  private target = 0;
  private current = '';

  constructor(urls: string[], token: string, query: string, variables: Record<string, unknown>) {
    this.client = createClient({
      url: () => (this.current = urls[this.target % urls.length]),
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 30,
      shouldRetry: () => true,
      // Short, jittered waits, so that 100 clients do not all knock at once.
      retryWait: () => sleep(100 + Math.random() * 400),
      connectionParams: { authorization: `Bearer ${token}` },
      onNonLazyError: (err) => this.errors.push(err),
      on: {
        connected: () => this.connections.push({ at: Date.now(), url: this.current }),
        closed: () => this.target++,
      },
    });
    this.client.subscribe(
      { query, variables },
      {
        next: (result) => (result.errors ? this.errors.push(result.errors) : this.events.push({ at: Date.now(), data: result.data })),
        error: (err) => this.errors.push(err),
        complete: () => undefined,
      },
    );
  }

  /** When the first event received at or after `since` arrived, or null. */
  firstEventAfter(since: number, matching: (data: any) => boolean = () => true): number | null {
    return this.events.find((e) => e.at >= since && matching(e.data))?.at ?? null;
  }

  dispose(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}
