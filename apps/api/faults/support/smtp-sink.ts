import type { Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** One e-mail as the sink accepted it. */
export interface ReceivedEmail {
  messageId: string;
  /** The envelope's RCPT TO addresses, lower-cased. */
  recipients: string[];
  /** The AUTH user of its connection: which API process sent it, when each logs in as itself. */
  client: string | null;
  at: number;
}

/** What the sink does with a message whose DATA has fully arrived, before it answers. */
export type Verdict = 'accept' | 'reject';

/**
 * A real SMTP server on a loopback port that keeps what it is sent: it stops as a crashed server
 * would (connections cut, port closed) and starts again on the same port. Any AUTH is welcome and
 * names the connection's client. `beforeAnswer` sees each message (numbered from 1 in the order
 * its DATA began) once it has been read, before the 250 or the refusal: a message refused there
 * was never accepted and is not kept.
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  beforeAnswer: ((email: ReceivedEmail, offered: number) => Promise<Verdict> | Verdict) | null = null;
  /** How many DATA commands began, accepted or not. */
  private offered = 0;
  private server: SMTPServer | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly listeners = new Set<() => void>();
  private readonly seen = new Map<string, number>();

  private constructor(private port: number) {}

  /** On `port`, or on a free one when it is 0. */
  static async start(port = 0): Promise<SmtpSink> {
    const sink = new SmtpSink(port);
    await sink.start();
    return sink;
  }

  /** SMTP_URL for a process that logs in as `client`. */
  urlFor(client: string): string {
    return `smtp://${encodeURIComponent(client)}:faults@127.0.0.1:${this.port}`;
  }

  get listening(): boolean {
    return this.server !== null;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      // Plain text on loopback: nodemailer would otherwise try STARTTLS against a self-signed certificate.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: true,
      logger: false,
      size: 10 * 1024 * 1024,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? null }),
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          (accepted) => callback(accepted ? null : Object.assign(new Error('Refused by the fault suite'), { responseCode: 451 })),
          (err: Error) => callback(err),
        );
      },
    });
    server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
  }

  /** Down at once, as a crash: open connections are cut without a goodbye, and the port refuses. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** Forgets what was received (between tests). */
  clear(): void {
    this.received.length = 0;
    this.seen.clear();
    this.offered = 0;
  }

  /** How many times each Message-ID was accepted. */
  counts(): ReadonlyMap<string, number> {
    return this.seen;
  }

  /** The Message-IDs accepted more than once. */
  duplicates(): string[] {
    return [...this.counts()].filter(([, n]) => n > 1).map(([id]) => id);
  }

  /** Resolves as soon as `count` distinct Message-IDs have been accepted; rejects after `timeoutMs`. */
  waitForDistinct(count: number, timeoutMs: number): Promise<number> {
    return this.until(
      () => this.seen.size >= count,
      () => `${count} distinct e-mails (${this.seen.size} so far)`,
      timeoutMs,
    );
  }

  /** The next e-mail accepted within `ms`, or null if none comes: a quiet period, ended early by an arrival. */
  async nextWithin(ms: number): Promise<ReceivedEmail | null> {
    const before = this.received.length;
    try {
      await this.until(
        () => this.received.length > before,
        () => 'another e-mail',
        ms,
      );
      return this.received[before];
    } catch {
      return null;
    }
  }

  /** Checked on every arrival, not on a clock. */
  private until(check: () => boolean, what: () => string, timeoutMs: number): Promise<number> {
    if (check()) return Promise.resolve(Date.now());
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!check()) return;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(Date.now());
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<boolean> {
    const offered = ++this.offered;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const parsed = await simpleParser(Buffer.concat(chunks));
    const messageId = parsed.messageId ?? '';
    const email: ReceivedEmail = {
      messageId: messageId.startsWith('<') ? messageId : `<${messageId}>`,
      recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
      client: typeof session.user === 'string' ? session.user : null,
      at: Date.now(),
    };
    if ((await this.beforeAnswer?.(email, offered)) === 'reject') return false;
    email.at = Date.now();
    this.received.push(email);
    this.seen.set(email.messageId, (this.seen.get(email.messageId) ?? 0) + 1);
    for (const listener of [...this.listeners]) listener();
    return true;
  }
}
