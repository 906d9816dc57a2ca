import { EventEmitter } from 'node:events';
import { logUnhandledRejections, UNHANDLED_REJECTION } from './unhandled-rejections';

describe('logUnhandledRejections', () => {
  it('logs a rejection nobody handled with its message and stack, instead of leaving Node to end the process', () => {
    const process = new EventEmitter();
    const lines: Array<Record<string, unknown>> = [];
    logUnhandledRejections(process, { error: (line: Record<string, unknown>) => void lines.push(line) });
    const lost = new Error('Connection terminated unexpectedly');
    process.emit('unhandledRejection', lost, Promise.resolve());
    process.emit('unhandledRejection', 'a bare reason', Promise.resolve());
    expect(lines).toEqual([
      { msg: `${UNHANDLED_REJECTION}: Connection terminated unexpectedly`, stack: lost.stack },
      expect.objectContaining({ msg: `${UNHANDLED_REJECTION}: a bare reason` }),
    ]);
  });
});
