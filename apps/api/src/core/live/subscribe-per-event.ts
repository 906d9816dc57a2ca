import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { eventContext, type RequestContext } from '../graphql/request-context';
import { deliveryTurn } from './delivery-turns';
import { ContextualEvent, type LiveIterator, transformStream } from './live-stream';
import { executeOncePerAccessClass, sameForAccessClass } from './once-per-access-class';

/**
 * graphql-js's `subscribe`, except that each event executes with its own context. graphql-js
 * would execute every event of a subscription with the one context made when it started, so
 * its DataLoaders would cache rows and permissions for the subscription's whole life: an
 * agenda item made in camera an hour ago would still be served from the first event's cache.
 * Subscribers of one access class who follow with the same document share its execution for each
 * event, when every field it selects is the same within a class (once-per-access-class.ts).
 */
export async function subscribePerEvent(args: ExecutionArgs): Promise<LiveIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const base = args.contextValue as RequestContext;
  // As graphql-js maps a stream: `return()` goes straight to the source, even while it waits.
  return transformStream(source[Symbol.asyncIterator](), async (value: unknown) => {
    const event = value instanceof ContextualEvent ? value : null;
    await deliveryTurn();
    const run = async () =>
      execute({
        ...args,
        rootValue: event ? event.payload : value,
        contextValue: event ? event.context : eventContext(base),
      });
    const accessClass = event?.accessClass;
    const payload = event?.payload;
    const result =
      accessClass !== undefined && typeof payload === 'object' && payload !== null && sameForAccessClass(args.schema, args.document, args.operationName)
        ? await executeOncePerAccessClass(payload, args.document, args.operationName, args.variableValues, accessClass, run)
        : await run();
    return { value: result as ExecutionResult };
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}
