import type { Logger } from '@nestjs/common';

/** The words every such log line starts with: the fault suite looks for them in the processes' logs (hence no Nest import here). */
export const UNHANDLED_REJECTION = 'unhandled rejection';

/**
 * Node ends the process on a promise rejected with no handler. In a server that usually means a
 * query started beside another one and never awaited once the other failed: the database going
 * away fails both at once. Its result was lost either way; ending the process would also drop every
 * request and live subscription it serves. So the process logs the error, with its stack, at error
 * level, and goes on. An uncaught exception still ends it: that one may leave state half-changed.
 */
export function logUnhandledRejections(target: NodeJS.EventEmitter, logger: Pick<Logger, 'error'>): void {
  target.on('unhandledRejection', (reason) => {
    const err = reason instanceof Error ? reason : new Error(String(reason));
    logger.error({ msg: `${UNHANDLED_REJECTION}: ${err.message}`, stack: err.stack });
  });
}
