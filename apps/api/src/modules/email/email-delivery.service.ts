import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import type { EmailDeliveryModel, EmailFailureModel } from './models/email-delivery.model';
import { OutboxService } from './outbox.service';

export interface OutboxCounts {
  pending: number;
  sentLastDay: number;
  failed: number;
}

const RECENT_FAILURES = 50;

/** What coordinators (and /health/ready) see of the outbox, and putting failed e-mails back in line. */
@Injectable()
export class EmailDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async counts(): Promise<OutboxCounts & { oldestPendingAt: Date | null }> {
    const [row]: Array<{ pending: number; sent: number; failed: number; oldest: Date | null }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              count(*) FILTER (WHERE status = 'SENT' AND sent_at > now() - interval '24 hours')::int AS sent,
              count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
              min(created_at) FILTER (WHERE status = 'PENDING') AS oldest
         FROM email_outbox
        WHERE status <> 'SENT' OR created_at > now() - interval '48 hours'`,
    );
    return { pending: row.pending, sentLastDay: row.sent, failed: row.failed, oldestPendingAt: row.oldest ? new Date(row.oldest) : null };
  }

  async state(): Promise<EmailDeliveryModel> {
    const failures: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT o.id, o.purpose, n.kind AS notification_kind, o.created_at, o.attempts, o.last_error, o.recipient_id
         FROM email_outbox o LEFT JOIN notification n ON n.id = o.notification_id
        WHERE o.status = 'FAILED'
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT ${RECENT_FAILURES}`,
    );
    return {
      ...(await this.counts()),
      recentFailures: failures.map((r): EmailFailureModel => ({
        id: r.id as string,
        purpose: r.purpose as EmailFailureModel['purpose'],
        notificationKind: (r.notification_kind as EmailFailureModel['notificationKind']) ?? null,
        queuedAt: new Date(r.created_at as string),
        attempts: Number(r.attempts),
        lastError: (r.last_error as string | null) ?? null,
        recipientId: r.recipient_id as string,
      })),
    };
  }

  /** Puts every failed e-mail back in line with a new 24-hour window; says how many. */
  async retryFailed(viewer: Viewer): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // A reset link was wiped when it failed: it cannot be sent again (the person asks for a new one).
      const rows: unknown[] = await manager.query(
        `WITH queued AS (
           UPDATE email_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now(), created_at = now(), last_error = NULL
            WHERE status = 'FAILED' AND purpose <> 'PASSWORD_RESET'
            RETURNING id)
         SELECT id FROM queued`,
      );
      if (rows.length > 0) {
        await this.audit.record(manager, { actorId: viewer.userId, action: 'email.retried', entityType: 'user', entityId: viewer.userId });
        this.outbox.wakeSenders(manager);
      }
      return rows.length;
    });
  }
}
