import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** One e-mail as it leaves: its words already in the recipient's language. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<…@…>`: the same on every attempt, so that a receiver can tell a retry from a new e-mail. */
  messageId: string;
  headers?: Record<string, string>;
  /** An iTIP calendar object, sent as the `text/calendar; method=…` alternative calendar programs act on. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** Bounds on one SMTP exchange: an outbox lease must outlast them (see OutboxSender). */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Hands e-mails to SMTP_URL's server, or, with no SMTP server configured (the embedded default),
 * writes each as an `.eml` file under DATA_DIR/outbox, which a mail program opens as it would
 * have received it.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly outbox: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) {
      // One connection kept open and reused: a burst of notifications costs one handshake.
      this.transport = nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: 1, ...SMTP_TIMEOUTS } as never);
      this.outbox = null;
    } else {
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outbox = join(config.dataDir, 'outbox');
    }
  }

  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      headers: email.headers,
      ...(email.calendar ? { icalEvent: { method: email.calendar.method, content: email.calendar.content, filename: 'invitation.ics' } } : {}),
    });
    if (this.outbox) {
      await mkdir(this.outbox, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${email.messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`;
      const file = join(this.outbox, name);
      await writeFile(file, (info as unknown as { message: Buffer }).message, { mode: 0o600 });
      this.logger.log(`No SMTP_URL: an e-mail was written to ${file}`);
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/**
 * Whether the SMTP server refused this e-mail for good (a 5xx reply: no such mailbox, message
 * refused), as opposed to not answering or answering "later" (4xx), which is worth retrying.
 */
export function isPermanentRefusal(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** The address of MAIL_FROM (`Name <address>` or a bare address), for an invitation's ORGANIZER. */
export function addressOf(mailbox: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox);
  if (match) return { name: match[1].trim() || match[2], email: match[2].trim() };
  return { name: mailbox.trim(), email: mailbox.trim() };
}
