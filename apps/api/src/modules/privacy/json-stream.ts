import type { Writable } from 'node:stream';

/** The reader went away before the end: nothing more is read or written for them. */
export class ReaderGone extends Error {
  constructor() {
    super('The client closed the connection.');
    this.name = 'ReaderGone';
  }
}

/**
 * Writes one JSON object to a stream as it is read, member by member and list item by list item,
 * waiting whenever the stream's buffer is full: memory holds what one step writes, however
 * long the lists. Members and items each start on their own line, so that a person can read the
 * file too.
 */
export class JsonObjectStream {
  private members = 0;

  constructor(private readonly out: Writable) {}

  async open(): Promise<void> {
    await this.write('{');
  }

  async close(): Promise<void> {
    await this.write('\n}\n');
  }

  /** A member whose whole value is at hand (a profile, a handful of preferences). */
  async member(name: string, value: unknown): Promise<void> {
    await this.write(`${this.separator()}\n  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  }

  /** A member whose value is a list arriving in pages: each page is written before the next is read. */
  async list(name: string, pages: AsyncIterable<readonly unknown[]>): Promise<void> {
    await this.write(`${this.separator()}\n  ${JSON.stringify(name)}: [`);
    let items = 0;
    for await (const page of pages) {
      if (page.length === 0) continue;
      await this.write(page.map((item) => `${items++ === 0 ? '' : ','}\n    ${JSON.stringify(item)}`).join(''));
    }
    await this.write(items === 0 ? ']' : '\n  ]');
  }

  private separator(): string {
    return this.members++ === 0 ? '' : ',';
  }

  private write(chunk: string): Promise<void> {
    if (this.out.destroyed || this.out.writableEnded) return Promise.reject(new ReaderGone());
    if (this.out.write(chunk)) return Promise.resolve();
    return drained(this.out);
  }
}

/** Resolves once the stream takes more, rejects if it closes first (the client left). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new ReaderGone());
    };
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}
