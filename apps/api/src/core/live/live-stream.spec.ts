import { PubSub } from 'graphql-subscriptions';
import { createRequestContext, type LiveConnectionHandle, type RequestContext } from '../graphql/request-context';
import { ContextualEvent, liveStream, type Verdict } from './live-stream';

const listeners = (pubSub: PubSub, topic: string) => (pubSub as unknown as { ee: { listenerCount(t: string): number } }).ee.listenerCount(topic);
const tick = () => new Promise((resolve) => setImmediate(resolve));

function connectionWith(viewerId: string) {
  const tracked = new Set<{ recheck(): Promise<void> }>();
  const handle: LiveConnectionHandle & { tracked: typeof tracked } = {
    viewer: { userId: viewerId, sessionId: 's', platformRole: 'MEMBER', organizationId: null },
    track: (stream) => {
      tracked.add(stream);
      return () => tracked.delete(stream);
    },
    tracked,
  };
  return handle;
}

describe('liveStream', () => {
  let pubSub: PubSub;
  let base: RequestContext;
  beforeEach(() => {
    pubSub = new PubSub();
    base = createRequestContext({ viewer: null, error: null }, '127.0.0.1');
  });

  it('admits each event with a fresh context, drops skipped ones and ends on `end`', async () => {
    const verdicts: Verdict[] = ['deliver', 'skip', 'deliver', 'end'];
    const contexts: RequestContext[] = [];
    const stream = liveStream(base, pubSub.asyncIterableIterator<number>('t'), {
      admit: async (_n, ctx) => {
        contexts.push(ctx);
        return verdicts.shift()!;
      },
    });
    const first = stream.next();
    await tick();
    for (const n of [1, 2, 3, 4, 5]) await pubSub.publish('t', n);
    const a = await first;
    const b = await stream.next();
    const c = await stream.next();
    expect([a.value instanceof ContextualEvent && a.value.payload, b.value instanceof ContextualEvent && b.value.payload]).toEqual([1, 3]);
    expect(c.done).toBe(true);
    // Four checks, four distinct contexts, none of them the subscription's own.
    expect(new Set(contexts.map((ctx) => ctx.loaders)).size).toBe(4);
    expect(contexts.some((ctx) => ctx.loaders === base.loaders)).toBe(false);
    expect((a.value as ContextualEvent).context).toBe(contexts[0]);
    expect(listeners(pubSub, 't')).toBe(0);
  });

  it('lets return() reach the pub/sub at once, even while waiting for an event', async () => {
    const stream = liveStream(base, pubSub.asyncIterableIterator<number>('t'), { admit: async () => 'deliver' });
    const pending = stream.next();
    await tick();
    expect(listeners(pubSub, 't')).toBe(1);
    await stream.return!();
    expect((await pending).done).toBe(true);
    expect(listeners(pubSub, 't')).toBe(0);
  });

  it('is re-checked through its connection, ends when no longer allowed, and untracks itself', async () => {
    const connection = connectionWith('u1');
    base.connection = connection;
    let allowed = true;
    const stream = liveStream(base, pubSub.asyncIterableIterator<number>('t'), {
      admit: async () => 'deliver',
      stillAllowed: async (ctx) => ctx.viewer?.userId === 'u1' && allowed,
    });
    const pending = stream.next();
    await tick();
    expect(connection.tracked.size).toBe(1);
    await Promise.all([...connection.tracked].map((s) => s.recheck()));
    expect(listeners(pubSub, 't')).toBe(1);
    allowed = false;
    await Promise.all([...connection.tracked].map((s) => s.recheck()));
    expect((await pending).done).toBe(true);
    expect(listeners(pubSub, 't')).toBe(0);
    expect(connection.tracked.size).toBe(0);
  });
});
