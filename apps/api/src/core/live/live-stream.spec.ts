import { PubSub } from 'graphql-subscriptions';
import { createRequestContext, type LiveConnectionHandle, type RequestContext } from '../graphql/request-context';
import { ContextualEvent, liveStream } from './live-stream';

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

  it('admits each event with a fresh context, drops the events it does not concern and ends when no longer allowed', async () => {
    const contexts: RequestContext[] = [];
    let checks = 0;
    const stream = liveStream(base, pubSub.asyncIterableIterator<number>('t'), {
      concerns: (n, ctx) => {
        contexts.push(ctx);
        return n !== 2;
      },
      allowed: async () => ++checks < 3,
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

  it('maps each event to its payload with the same context, drops a null one, and delivers a repeated key once', async () => {
    const stream = liveStream(base, pubSub.asyncIterableIterator<{ id: string; n: number }>(['t', 'u']), {
      concerns: () => true,
      once: (event) => event.id,
      payload: async (event, ctx) => (event.n === 0 ? null : { doubled: event.n * 2, ctx }),
    });
    const first = stream.next();
    await tick();
    const one = { id: 'a', n: 1 };
    for (const [topic, event] of [
      ['t', { id: 'z', n: 0 }],
      ['t', one],
      ['u', one],
      ['u', { id: 'b', n: 2 }],
    ] as const)
      await pubSub.publish(topic, event);
    const a = (await first).value as ContextualEvent<{ doubled: number; ctx: RequestContext }>;
    const b = (await stream.next()).value as ContextualEvent<{ doubled: number; ctx: RequestContext }>;
    expect([a.payload.doubled, b.payload.doubled]).toEqual([2, 4]);
    expect(a.payload.ctx).toBe(a.context);
    await stream.return();
    expect(listeners(pubSub, 't') + listeners(pubSub, 'u')).toBe(0);
  });

  it('drops an event whose check fails, and goes on with the next', async () => {
    const stream = liveStream(base, pubSub.asyncIterableIterator<number>('t'), {
      concerns: () => true,
      payload: async (n) => {
        if (n === 1) throw new Error('database away');
        return n;
      },
    });
    const first = stream.next();
    await tick();
    for (const n of [1, 2]) await pubSub.publish('t', n);
    expect(((await first).value as ContextualEvent).payload).toBe(2);
    await stream.return();
  });

  it('lets return() reach the pub/sub at once, even while waiting for an event', async () => {
    const stream = liveStream(base, pubSub.asyncIterableIterator<number>('t'), { concerns: () => true });
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
      concerns: () => true,
      allowed: async (ctx) => ctx.viewer?.userId === 'u1' && allowed,
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
