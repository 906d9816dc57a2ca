import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { isPermanentRefusal, MailTransport } from '../../core/mail/mail-transport';
import { EventBus } from '../../core/pubsub/event-bus';
import { Topics } from '../../core/pubsub/topics';
import { EmailComposer } from './email-composer';
import type { EmailOutboxEntity } from './email-outbox.entity';

/** A claim lasts longer than one SMTP exchange can (see MailTransport's timeouts: 40 s at most). */
const LEASE_SECONDS = 60;
/**
 * The claim is renewed once this long has gone by since it was taken or last renewed, so that
 * every e-mail leaves with at least 45 s of its lease left, more than one SMTP exchange can take.
 */
const RENEW_AFTER_MS = (LEASE_SECONDS - 45) * 1000;
/**
 * E-mails claimed at once: enough that their reads are shared (one meeting's invitations read it
 * once), few enough that a crash leaves at most a minute's delay on fifty.
 */
const BATCH = 50;
/** Looks for due retries and for e-mails another process wrote while this one's wake-up was lost. */
const POLL_MS = 5000;
/** After this long without reaching SMTP, an e-mail is given up (FAILED). */
const GIVE_UP_AFTER_MS = 24 * 3600_000;
const MAX_DELAY_SECONDS = 3600;

export interface DeliveryPass {
  sent: number;
  failed: number;
  /** Put back for a later attempt: the SMTP server did not answer or said "later". */
  deferred: number;
}

type ClaimedRow = Pick<EmailOutboxEntity, 'id' | 'purpose' | 'recipientId' | 'notificationId' | 'payload' | 'attempts' | 'createdAt'>;

/**
 * Sends what the outbox holds. Every process runs one; a claim takes due rows with
 * `FOR UPDATE SKIP LOCKED` and leases them, so that two processes never take the same e-mail,
 * and a process killed mid-send only delays its e-mails until the lease ends. While the SMTP
 * server does not answer, e-mails wait with growing delays (MAIL_RETRY_SECONDS, doubling, at most
 * an hour) and are given up after 24 hours; a 5xx refusal fails at once. With EMAIL_SENDING=0
 * (the API tests' default) nothing runs by itself: tests call `deliverDue()`.
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private wakeUps: AsyncIterableIterator<unknown> | null = null;
  private running: Promise<DeliveryPass> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly composer: EmailComposer,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.emailSending) return;
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    void this.listen();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.wakeUps?.return?.();
    await this.running?.catch(() => undefined);
  }

  /** Sends every e-mail due now, then says what became of them. A pass in progress is joined, then run once more. */
  async deliverDue(): Promise<DeliveryPass> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.passes().finally(() => (this.running = null));
    return this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    void this.deliverDue().catch((err: unknown) => this.logger.warn(`An outbox pass failed: ${String(err)}`));
  }

  private async listen(): Promise<void> {
    this.wakeUps = this.events.asyncIterator(Topics.emailOutbox);
    // Each event only says "look now": its payload is empty.
    for (let next = await this.wakeUps.next(); !next.done; next = await this.wakeUps.next()) this.wake();
  }

  private async passes(): Promise<DeliveryPass> {
    const total: DeliveryPass = { sent: 0, failed: 0, deferred: 0 };
    do {
      this.again = false;
      for (;;) {
        const pass = await this.onePass();
        total.sent += pass.sent;
        total.failed += pass.failed;
        total.deferred += pass.deferred;
        // A batch short of full, or SMTP not answering: nothing more to do now.
        if (pass.claimed < BATCH || pass.unreachable || this.stopped) break;
      }
    } while (this.again && !this.stopped);
    return total;
  }

  /**
   * Claims a batch, writes its e-mails with shared reads, then sends them one after the other on
   * the one SMTP connection; each is marked sent while the next one leaves, so that the database
   * and the SMTP server are never waited for in turn.
   */
  private async onePass(): Promise<DeliveryPass & { claimed: number; unreachable: boolean }> {
    const rows = await this.claim();
    let leaseTakenAt = Date.now();
    const pass = { sent: 0, failed: 0, deferred: 0, claimed: rows.length, unreachable: false };
    const composed = rows.length ? await this.composer.composeAll(rows) : [];
    const marking: Array<Promise<void>> = [];
    const lost = new Set<string>();
    for (const [index, row] of rows.entries()) {
      if (this.stopped) {
        await this.release(rows.slice(index));
        break;
      }
      const written = composed[index];
      if ('error' in written) {
        this.logger.error(`Could not write e-mail ${row.id}: ${String(written.error)}`);
        await this.fail(row, `could not be written: ${String(written.error)}`);
        pass.failed++;
        continue;
      }
      const email = written.email;
      if (!email) {
        // What it was about is gone (the person erased, say): there is nothing to send.
        await this.fail(row, 'nothing left to send');
        pass.failed++;
        continue;
      }
      // Slow exchanges may have used up the batch's lease: take the rest of the batch again, but for
      // rows another process has claimed since (its claim counted one more attempt).
      if (Date.now() - leaseTakenAt >= RENEW_AFTER_MS) {
        const rest = rows.slice(index);
        const kept = await this.renewLeases(rest);
        for (const r of rest) if (!kept.has(r.id)) lost.add(r.id);
        leaseTakenAt = Date.now();
      }
      if (lost.has(row.id)) continue;
      try {
        await this.transport.send(email);
      } catch (err) {
        if (isPermanentRefusal(err)) {
          await this.fail(row, describe(err));
          pass.failed++;
          continue;
        }
        await this.defer(row, describe(err));
        pass.deferred++;
        // The server does not answer: the rest of the batch waits for the next pass.
        await this.release(rows.slice(index + 1));
        pass.unreachable = true;
        break;
      }
      const marked = this.markSent(row);
      // Handled at once, awaited below: were it to fail while the next e-mail is being sent, a
      // rejection nobody listened to yet would be reported as unhandled.
      marked.catch(() => undefined);
      marking.push(marked);
      pass.sent++;
    }
    await Promise.all(marking);
    return pass;
  }

  private claim(): Promise<ClaimedRow[]> {
    return this.dataSource.transaction(async (manager) => {
      // As a CTE, so that the driver hands back plain rows (a bare UPDATE … RETURNING comes back as [rows, count]).
      const rows: Array<Record<string, unknown>> = await manager.query(
        `WITH claimed AS (
           UPDATE email_outbox o SET lease_until = now() + interval '${LEASE_SECONDS} seconds', attempts = o.attempts + 1
            WHERE o.id IN (
              SELECT id FROM email_outbox
               WHERE status = 'PENDING' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
               ORDER BY next_attempt_at, id
               LIMIT ${BATCH}
               FOR UPDATE SKIP LOCKED)
           RETURNING o.id, o.purpose, o.recipient_id, o.notification_id, o.payload, o.attempts, o.created_at)
         SELECT * FROM claimed`,
      );
      return rows
        .map((r) => ({
          id: r.id as string,
          purpose: r.purpose as ClaimedRow['purpose'],
          recipientId: r.recipient_id as string,
          notificationId: (r.notification_id as string | null) ?? null,
          payload: (r.payload as Record<string, unknown>) ?? {},
          attempts: Number(r.attempts),
          createdAt: new Date(r.created_at as string),
        }))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    });
  }

  /** A fresh lease for the claimed rows whose claim is still this pass's: the ids of those (not those another process holds now). */
  private async renewLeases(rows: readonly ClaimedRow[]): Promise<Set<string>> {
    const renewed: Array<{ id: string }> = await this.dataSource.query(
      `WITH renewed AS (
         UPDATE email_outbox o SET lease_until = now() + interval '${LEASE_SECONDS} seconds'
           FROM unnest($1::uuid[], $2::int[]) AS mine(id, attempts)
          WHERE o.id = mine.id AND o.attempts = mine.attempts AND o.status = 'PENDING'
          RETURNING o.id)
       SELECT id FROM renewed`,
      [rows.map((r) => r.id), rows.map((r) => r.attempts)],
    );
    return new Set(renewed.map((r) => r.id));
  }

  private async markSent(row: ClaimedRow): Promise<void> {
    // A reset link is a credential: it is not kept once it has left.
    await this.dataSource.query(
      `UPDATE email_outbox SET status = 'SENT', sent_at = now(), lease_until = NULL, last_error = NULL,
              payload = CASE WHEN purpose = 'PASSWORD_RESET' THEN '{}'::jsonb ELSE payload END
        WHERE id = $1`,
      [row.id],
    );
  }

  private async fail(row: ClaimedRow, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_outbox SET status = 'FAILED', lease_until = NULL, last_error = $2,
              payload = CASE WHEN purpose = 'PASSWORD_RESET' THEN '{}'::jsonb ELSE payload END
        WHERE id = $1`,
      [row.id, reason.slice(0, 500)],
    );
  }

  private async defer(row: ClaimedRow, reason: string): Promise<void> {
    if (Date.now() - row.createdAt.getTime() >= GIVE_UP_AFTER_MS) {
      await this.fail(row, `given up after 24 hours: ${reason}`);
      return;
    }
    const delay = Math.min(this.config.mailRetrySeconds * 2 ** Math.max(0, row.attempts - 1), MAX_DELAY_SECONDS);
    await this.dataSource.query(
      `UPDATE email_outbox SET lease_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
      [row.id, reason.slice(0, 500), delay],
    );
  }

  /** Gives claimed rows back untouched, for the next pass (their attempt did not happen). */
  private async release(rows: ClaimedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(`UPDATE email_outbox SET lease_until = NULL, attempts = attempts - 1 WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  }
}

/** What went wrong, for coordinators: the SMTP reply or the network error, never the message. */
function describe(err: unknown): string {
  const e = err as { responseCode?: number; response?: string; code?: string; message?: string };
  if (e.responseCode) return `SMTP ${e.responseCode}: ${e.response ?? ''}`.trim();
  return e.code ? `${e.code}: ${e.message ?? ''}` : String(e.message ?? err);
}
