import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the SMTP server received it: envelope, raw source and the parsed message. */
export interface ReceivedEmail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
  /** The `text/calendar` alternative's source, when the e-mail carries an invitation. */
  calendar: string | null;
}

/**
 * A real SMTP server on loopback for the tests: it accepts everything, parses it with mailparser
 * and keeps it, so that tests read e-mails as a mail program would.
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  private waiters: Array<() => void> = [];

  private readonly server: SMTPServer;

  private constructor(options: { refuse?: (address: string) => boolean }) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (options.refuse?.(address.address)) {
          const refusal = Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 });
          return callback(refusal);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed, calendar: calendarOf(parsed) });
              for (const wake of this.waiters.splice(0)) wake();
              callback();
            })
            .catch((err: Error) => callback(err));
        });
      },
    });
  }

  /** `refuse`: recipients the server turns down for good (550), as for an unknown mailbox. */
  static async start(options: { refuse?: (address: string) => boolean } = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(options);
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(email: string): ReceivedEmail[] {
    return this.received.filter((m) => m.to.includes(email.toLowerCase()));
  }

  /** Resolves once `probe` finds something among what arrived; rejects after `timeoutMs`. */
  async waitFor<T>(probe: (received: ReceivedEmail[]) => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = probe(this.received);
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clear(): void {
    this.received.length = 0;
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A header's value as sent (unfolded), or undefined: mailparser turns some (List-*) into structures. */
export function headerOf(email: ReceivedEmail, name: string): string | undefined {
  const line = email.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/** The `text/calendar` alternative (mailparser lists it among the attachments), decoded. */
function calendarOf(parsed: ParsedMail): string | null {
  const part = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return part ? part.content.toString('utf8') : null;
}
