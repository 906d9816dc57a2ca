// The e-mail scenario's SMTP server, in its own process so that neither the driver nor the API
// shares its event loop. Forked by lib/email.mjs; answers {port} once listening, then on IPC:
// 'reset' (forget what arrived), 'report' (what arrived: counts by Message-ID, first and last
// acceptance times) and 'sample' (a few raw messages, for the plain nodemailer baseline).
import { SMTPServer } from 'smtp-server';

const SAMPLE_SIZE = 20;
let byId = new Map();
let accepted = 0;
let firstAt = null;
let lastAt = null;
let sample = [];

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  // The product's e-mails are a few tens of KB (HTML, text and an invitation).
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const head = raw.subarray(0, Math.min(raw.length, 16384)).toString('utf8');
      const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `(no id ${accepted})`;
      byId.set(id, (byId.get(id) ?? 0) + 1);
      accepted++;
      const now = Date.now();
      firstAt ??= now;
      lastAt = now;
      if (sample.length < SAMPLE_SIZE) sample.push(raw.toString('utf8'));
      callback();
    });
  },
});

// A client that drops its connection (an API process stopping) is no reason to stop receiving.
server.on('error', (err) => console.error(`smtp sink: ${err.message}`));
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));

process.on('message', (command) => {
  if (command === 'reset') {
    byId = new Map();
    accepted = 0;
    firstAt = lastAt = null;
    sample = [];
    process.send({ reset: true });
  } else if (command === 'report') {
    const counts = [...byId.values()];
    process.send({ accepted, distinct: byId.size, duplicated: counts.filter((n) => n > 1).length, firstAt, lastAt });
  } else if (command === 'sample') {
    process.send({ sample });
  } else if (command === 'stop') {
    server.close(() => process.exit(0));
  }
});
