import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';

/** Bytes per `file_chunk` row: small enough to stream, large enough to keep the row count low. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks read per query while streaming: at most 1 MiB of a file in memory at a time. */
const CHUNKS_PER_READ = 4;

/** Writes a file's bytes as `file_chunk` rows 0..n-1, in the caller's transaction. */
export async function writeChunks(manager: EntityManager, fileId: string, bytes: Buffer): Promise<void> {
  for (let seq = 0, offset = 0; offset < bytes.length; seq++, offset += CHUNK_BYTES) {
    await manager.query(`INSERT INTO file_chunk (file_id, seq, data) VALUES ($1, $2, $3)`, [fileId, seq, bytes.subarray(offset, offset + CHUNK_BYTES)]);
  }
}

/** `pg` returns bytea as a Buffer, PGlite as a Uint8Array. */
const asBuffer = (data: Buffer | Uint8Array): Buffer => (Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));

/** Waits until the client has taken what was written, or has gone; leaves no listener behind. */
async function drainedOrClosed(out: Writable): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([once(out, 'drain', { signal: stop.signal }), once(out, 'close', { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}

/**
 * Streams a file's chunks to `out` a few at a time, waiting for the client to drain before it
 * reads more: a download never holds the whole file in memory, nor a connection or the PGlite
 * session for longer than one small query. Returns the number of bytes written; it stops early
 * when the client goes away or the file disappears meanwhile.
 */
export async function streamChunks(dataSource: DataSource, fileId: string, out: Writable): Promise<number> {
  let written = 0;
  let next = 0;
  for (;;) {
    if (out.destroyed) return written;
    const rows: Array<{ seq: number; data: Buffer | Uint8Array }> = await dataSource.query(
      `SELECT seq, data FROM file_chunk WHERE file_id = $1 AND seq >= $2 ORDER BY seq LIMIT ${CHUNKS_PER_READ}`,
      [fileId, next],
    );
    if (rows.length === 0) return written;
    for (const row of rows) {
      // A gap means the file was removed while it was being read.
      if (Number(row.seq) !== next) return written;
      const chunk = asBuffer(row.data);
      written += chunk.length;
      next++;
      if (!out.write(chunk)) {
        await drainedOrClosed(out);
        if (out.destroyed) return written;
      }
    }
    if (rows.length < CHUNKS_PER_READ) return written;
  }
}
