import { Logger } from '@nestjs/common';
import { DomainError } from '../errors/domain-errors';
import { eventContext, type RequestContext } from '../graphql/request-context';
import { RequestLoaders } from '../graphql/request-loaders';

/**
 * An event with the context it was admitted with: the subscription executes it with that same
 * context (fresh loaders, already warm with what the admission check read).
 */
export class ContextualEvent<T = unknown> {
  constructor(
    readonly payload: T,
    readonly context: RequestContext,
    /** The subscriber's access class for this event, when the stream has classes (once-per-access-class.ts). */
    readonly accessClass?: string,
  ) {}
}

/**
 * What one subscription asks of its stream. Every check and read gets a fresh context of the
 * subscriber (their viewer as last re-checked, new loaders): nothing is cached across events.
 */
export interface LiveStreamSpec<E, P> {
  /** Whether the event is about what this subscriber follows; others are dropped. */
  concerns(event: E, ctx: RequestContext): boolean;
  /**
   * The subscriber's right to the stream, asked at every event it concerns and at the
   * connection's periodic re-check: false ends the subscription.
   */
  allowed?(ctx: RequestContext): Promise<boolean>;
  /** For an event that may arrive on more than one topic: its key, so that it is delivered once. */
  once?(event: E): string;
  /** What the subscriber receives, read with their rights; null drops the event. Without it, the event as published. */
  payload?(event: E, ctx: RequestContext): Promise<P | null>;
  /**
   * The subscriber's access class, asked once admitted: every fact of the viewer that a field
   * marked SameForAccessClass may depend on. Subscribers of one class then share one execution of
   * a document made only of such fields. Without it, every subscriber executes their own.
   */
  accessClass?(event: E, ctx: RequestContext): Promise<string>;
}

/** An async iterator with `return` and `throw` (graphql-ws ends a subscription through `return`). */
export type LiveIterator<T> = Required<AsyncIterator<T, void, void>> & AsyncIterableIterator<T, void, void>;

/** What one value of a source becomes: delivered as `value`, dropped, or the end of the stream. */
export type Step<T> = { value: T } | 'skip' | 'end';

const logger = new Logger('LiveStream');
const DONE: IteratorReturnResult<void> = { value: undefined, done: true };

/** How many recent event keys a stream remembers for `once`. */
const SEEN_LIMIT = 200;

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
 * The stream of every subscription: wraps the pub/sub iterator of its topic(s) so that each
 * event is admitted (or not) against the subscriber's permissions as they are at that moment and
 * mapped to what they receive, and ends when they lose the right to it, at an event or at the
 * connection's periodic re-check. `return()` reaches the pub/sub iterator at once, even while it
 * waits for an event, so that nothing stays subscribed after the client leaves.
 */
export function liveStream<E, P = E>(base: RequestContext, source: AsyncIterator<E>, spec: LiveStreamSpec<E, P>): LiveIterator<ContextualEvent<P>> {
  const seen: string[] = [];
  const firstTime = (key: string): boolean => {
    if (seen.includes(key)) return false;
    seen.push(key);
    if (seen.length > SEEN_LIMIT) seen.shift();
    return true;
  };

  const admit = async (event: E): Promise<Step<ContextualEvent<P>>> => {
    const ctx = eventContext(base, sharedReadsOf(event));
    try {
      if (!spec.concerns(event, ctx)) return 'skip';
      if (spec.allowed && !(await spec.allowed(ctx))) return 'end';
      if (spec.once && !firstTime(spec.once(event))) return 'skip';
      const payload = spec.payload ? await spec.payload(event, ctx) : (event as unknown as P);
      if (payload === null) return 'skip';
      return { value: new ContextualEvent(payload, ctx, spec.accessClass ? await spec.accessClass(event, ctx) : undefined) };
    } catch (err) {
      // A failed check delivers nothing; the next event is checked again.
      logger.warn(`admission check failed: ${String(err)}`);
      return 'skip';
    }
  };

  let untrack: () => void = () => undefined;
  const stream = transformStream(source, admit, () => untrack());
  const allowed = spec.allowed;
  if (base.connection && allowed) {
    untrack = base.connection.track({
      recheck: async (shared) => {
        if (!stream.ended() && !(await allowed(eventContext(base, shared)))) await stream.return();
      },
    });
  }
  return stream;
}

/**
 * A read that refuses with a DomainError (NOT_FOUND, FORBIDDEN) as the permission checks of a
 * stream see it: null, not an error. Any other error (the database) goes on.
 */
export async function unlessRefused<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof DomainError) return null;
    throw err;
  }
}

/**
 * The one hand-written async iterator of the live side: each value of `source` goes through
 * `step`, which delivers, drops or ends. An async generator would not do: its `return()` waits
 * for the pending `next()`, and a pub/sub iterator may wait for an event forever; here `return()`
 * reaches the source at once. A `step` that throws ends the stream and the error goes to the
 * caller (drop the value inside `step` to carry on instead).
 */
export function transformStream<A, B>(
  source: AsyncIterator<A>,
  step: (value: A) => Promise<Step<B>>,
  onEnd: () => void = () => undefined,
): LiveIterator<B> & { ended(): boolean } {
  let ended = false;
  const end = async (): Promise<IteratorReturnResult<void>> => {
    if (!ended) {
      ended = true;
      onEnd();
      try {
        await source.return?.();
      } catch {
        // Already closed.
      }
    }
    return DONE;
  };

  const stream: LiveIterator<B> & { ended(): boolean } = {
    async next() {
      while (!ended) {
        const result = await source.next();
        if (result.done || ended) return end();
        let outcome: Step<B>;
        try {
          outcome = await step(result.value);
        } catch (err) {
          await end();
          throw err;
        }
        if (ended) return DONE;
        if (outcome === 'end') return end();
        if (outcome !== 'skip') return { value: outcome.value, done: false };
      }
      return DONE;
    },
    return: end,
    async throw(error: unknown) {
      await end();
      throw error;
    },
    ended: () => ended,
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
