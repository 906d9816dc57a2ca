import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

type Callback = (err: Error | null, result?: unknown) => void;

/** The shape of a `pg` result that TypeORM reads: rows, rowCount (affected rows) and command. */
interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: unknown[];
}

function commandOf(sql: string): string {
  const match = /^\s*(?:--[^\n]*\n\s*)*([a-zA-Z]+)/.exec(sql);
  return match ? match[1].toUpperCase() : '';
}

/**
 * A `pg.Pool` look-alike over one PGlite instance, for TypeORM's postgres driver.
 *
 * PGlite is a single session: two transactions interleaved on it would see each other's
 * statements. So a "connection" here is a turn at the one session: `connect` waits until the
 * previous holder released it. TypeORM holds a connection for the whole of a transaction and
 * for a single query otherwise, so transactions are serialized and plain queries slot between them.
 */
export class PGliteSerialPool extends EventEmitter {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: () => Promise<PGlite>) {
    super();
  }

  connect(callback?: (err: Error | null, client?: PGliteClient, release?: (err?: unknown) => void) => void) {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => turn);
    const acquired = previous.then(async () => new PGliteClient(await this.db()));
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    if (!callback) return acquired.then((client) => Object.assign(client, { release: done }));
    acquired.then(
      (client) => callback(null, client, done),
      (err: Error) => {
        done();
        callback(err);
      },
    );
    return undefined;
  }

  async query(sql: string, params?: unknown[] | Callback, callback?: Callback) {
    const client = (await this.connect()) as PGliteClient & { release: () => void };
    try {
      return await client.query(sql, params, callback);
    } finally {
      client.release();
    }
  }

  end(callback?: (err: Error | null) => void) {
    this.db()
      .then((db) => db.close())
      .then(
        () => callback?.(null),
        (err: Error) => callback?.(err),
      );
  }
}

export class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[] | Callback, callback?: Callback): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = Array.isArray(params) ? params : undefined;
    try {
      const result = await this.run(sql, values);
      cb?.(null, result);
      return result;
    } catch (err) {
      if (cb) cb(err as Error);
      throw err;
    }
  }

  private async run(sql: string, values?: unknown[]): Promise<PgLikeResult> {
    if (values && values.length > 0) {
      const r = await this.db.query(sql, values);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command: commandOf(sql), fields: r.fields };
    }
    // Without parameters a string may hold several statements (migrations): TypeORM wants the last result.
    const results = await this.db.exec(sql);
    const last = results[results.length - 1];
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      command: commandOf(sql),
      fields: last?.fields ?? [],
    };
  }
}
