import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { eventContext, type RequestContext } from '../graphql/request-context';
import { deliveryTurn } from './delivery-turns';
import { ContextualEvent } from './live-stream';

/** An async iterator with `return` and `throw`: graphql-ws ends a subscription through `return`. */
type ResultStream = Required<AsyncIterator<ExecutionResult, void, void>> & AsyncIterable<ExecutionResult, void, void>;

/**
 * graphql-js's `subscribe`, except that each event executes with its own context. graphql-js
 * would execute every event of a subscription with the one context made when it started, so
 * its DataLoaders would cache rows and permissions for the subscription's whole life: an
 * agenda item made in camera an hour ago would still be served from the first event's cache.
 */
export async function subscribePerEvent(args: ExecutionArgs): Promise<ResultStream | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const base = args.contextValue as RequestContext;
  return mapStream(source[Symbol.asyncIterator](), async (value) => {
    const event = value instanceof ContextualEvent ? value : null;
    await deliveryTurn();
    return execute({
      ...args,
      rootValue: event ? event.payload : value,
      contextValue: event ? event.context : eventContext(base),
    }) as Promise<ExecutionResult> | ExecutionResult;
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/** As graphql-js maps a stream: `return()` goes straight to the source, even while it waits. */
function mapStream(source: AsyncIterator<unknown>, map: (value: unknown) => Promise<ExecutionResult> | ExecutionResult): ResultStream {
  const close = async () => {
    try {
      await source.return?.();
    } catch {
      // Already closed.
    }
  };
  const step = async (result: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult, void>> => {
    if (result.done) return { value: undefined, done: true };
    try {
      return { value: await map(result.value), done: false };
    } catch (err) {
      await close();
      throw err;
    }
  };
  const stream: ResultStream = {
    next: async () => step(await source.next()),
    return: async () => {
      await close();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
