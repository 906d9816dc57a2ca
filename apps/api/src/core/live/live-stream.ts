import { Logger } from '@nestjs/common';
import { eventContext, type RequestContext } from '../graphql/request-context';
import { RequestLoaders } from '../graphql/request-loaders';

/** What to do with one event: hand it to the subscriber, drop it, or end the subscription. */
export type Verdict = 'deliver' | 'skip' | 'end';

/**
 * An event with the context it was admitted with: the subscription executes it with that same
 * context (fresh loaders, already warm with what the admission check read).
 */
export class ContextualEvent<T = unknown> {
  constructor(
    readonly payload: T,
    readonly context: RequestContext,
  ) {}
}

export interface LiveStreamRules<T> {
  /** Decides for each event, with a fresh context of the subscriber, whether they may have it. */
  admit(event: T, ctx: RequestContext): Promise<Verdict>;
  /** Without an event: is the subscription still allowed? Asked periodically; false ends it. */
  stillAllowed?(ctx: RequestContext): Promise<boolean>;
}

const logger = new Logger('LiveStream');
const DONE: IteratorResult<never> = { value: undefined, done: true };

/**
 * The pub/sub hands the same event object to every subscriber of this process: the rows they
 * read for it (the meeting, their seats) are read once, when the first of them asks, and batched
 * (2,000 subscribers cost a couple of statements per event, not thousands). Weak: the reads go
 * with the event once the last subscriber is done with it.
 */
const readsPerEvent = new WeakMap<object, RequestLoaders>();

function sharedReadsOf(event: unknown): RequestLoaders | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  let reads = readsPerEvent.get(event);
  if (!reads) {
    reads = new RequestLoaders();
    readsPerEvent.set(event, reads);
  }
  return reads;
}

/**
 * Wraps a pub/sub iterator into a subscription's event stream: every event is admitted (or not)
 * against the subscriber's permissions as they are at that moment, and the stream ends when they
 * lose the right to it, at an event or at the connection's periodic re-check. `return()` reaches
 * the pub/sub iterator at once, even while it waits for an event, so that nothing stays
 * subscribed after the client leaves.
 */
export function liveStream<T>(base: RequestContext, source: AsyncIterator<T>, rules: LiveStreamRules<T>): AsyncIterableIterator<ContextualEvent<T>> {
  let ended = false;
  let untrack: () => void = () => undefined;

  const end = async (): Promise<IteratorResult<ContextualEvent<T>>> => {
    if (!ended) {
      ended = true;
      untrack();
      await source.return?.();
    }
    return DONE;
  };

  const stream: AsyncIterableIterator<ContextualEvent<T>> = {
    async next() {
      while (!ended) {
        const result = await source.next();
        if (result.done || ended) return end();
        const ctx = eventContext(base, sharedReadsOf(result.value));
        let verdict: Verdict;
        try {
          verdict = await rules.admit(result.value, ctx);
        } catch (err) {
          // A failed check delivers nothing; the next event is checked again.
          logger.warn(`admission check failed: ${String(err)}`);
          verdict = 'skip';
        }
        if (ended) return DONE;
        if (verdict === 'end') return end();
        if (verdict === 'deliver') return { value: new ContextualEvent(result.value, ctx), done: false };
      }
      return DONE;
    },
    return: end,
    async throw(error: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  const stillAllowed = rules.stillAllowed;
  if (base.connection && stillAllowed) {
    untrack = base.connection.track({
      recheck: async (shared) => {
        if (!ended && !(await stillAllowed(eventContext(base, shared)))) await end();
      },
    });
  }
  return stream;
}
