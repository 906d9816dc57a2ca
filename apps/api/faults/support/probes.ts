import { type ApiProcess, codeOf } from './api-process';
import { postgresAccepts } from './services';
import { sleep } from './timing';

const CREATE = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id title } }`;

export interface Ack {
  id: string;
  title: string;
  at: number;
  api: string;
}

/**
 * A steady write load: `writers` loops, each sending one createActionItem at a time to the API
 * processes in turn, logging every acknowledged id. Bounded by `maxWrites` and `maxMs`.
 */
export class WriteLoad {
  readonly acked: Ack[] = [];
  readonly failed: Array<{ at: number; api: string; status: number; code?: string }> = [];
  private stopped = false;
  private loops: Array<Promise<void>> = [];

  constructor(
    private readonly apis: ApiProcess[],
    private readonly token: string,
    private readonly tableId: string,
    private readonly limits = { writers: 4, maxWrites: 3000, maxMs: 120_000, pauseMs: 25 },
  ) {}

  start(): void {
    const started = Date.now();
    let sent = 0;
    this.loops = Array.from({ length: this.limits.writers }, async (_, writer) => {
      for (let n = 0; !this.stopped && sent < this.limits.maxWrites && Date.now() - started < this.limits.maxMs; n++) {
        sent++;
        const api = this.apis[(writer + n) % this.apis.length];
        const title = `Suivi fictif ${writer}-${n}`;
        const r = await api.gql(CREATE, { input: { tableId: this.tableId, title } }, this.token, 5000);
        const item = r.errors ? null : r.data?.createActionItem;
        if (item?.title === title) this.acked.push({ id: item.id, title, at: Date.now(), api: api.name });
        else this.failed.push({ at: Date.now(), api: api.name, status: r.status, code: codeOf(r) });
        // Failing fast while the database is away must not become a busy loop.
        await sleep(item ? this.limits.pauseMs : 100);
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** How many writes failed, by HTTP status and error code (status 0: no answer at all). */
  failureCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const f of this.failed) counts[`${f.status} ${f.code ?? ''}`.trim()] = (counts[`${f.status} ${f.code ?? ''}`.trim()] ?? 0) + 1;
    return counts;
  }

  /** The first acknowledgement by `api` at or after `since`, or null. */
  firstAckAfter(api: string, since: number): Ack | null {
    return this.acked.find((a) => a.api === api && a.at >= since) ?? null;
  }
}

/** Samples, every `everyMs`, each process's /health and whether PostgreSQL accepts connections. */
export class Watch {
  readonly health: Array<{ at: number; api: string; status: number }> = [];
  readonly postgres: Array<{ at: number; up: boolean }> = [];
  private stopped = false;
  private loops: Array<Promise<void>> = [];

  constructor(
    private readonly apis: ApiProcess[],
    private readonly databaseUrl: string,
    private readonly everyMs = 100,
    private readonly maxMs = 120_000,
  ) {}

  start(): void {
    const started = Date.now();
    const loop = async (sample: () => Promise<void>) => {
      while (!this.stopped && Date.now() - started < this.maxMs) {
        await sample();
        await sleep(this.everyMs);
      }
    };
    this.loops = [
      // A sample is dated when it was asked, not when it was answered.
      ...this.apis.map((api) =>
        loop(async () => {
          const at = Date.now();
          this.health.push({ at, api: api.name, status: await api.health() });
        }),
      ),
      loop(async () => {
        const at = Date.now();
        this.postgres.push({ at, up: await postgresAccepts(this.databaseUrl) });
      }),
    ];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** When PostgreSQL was first seen accepting connections after `since` (having been seen down before). */
  acceptingAgainAt(since: number): number | null {
    const after = this.postgres.filter((p) => p.at >= since);
    const down = after.findIndex((p) => !p.up);
    if (down < 0) return null;
    return after.slice(down).find((p) => p.up)?.at ?? null;
  }

  healthBetween(api: string, from: number, to: number): number[] {
    return this.health.filter((h) => h.api === api && h.at >= from && h.at <= to).map((h) => h.status);
  }
}
