// Scenario 7 (issue 18): the e-mail outbox against a plain nodemailer loop, both to one local SMTP
// server (../smtp-sink.mjs) with the same connection pool as the API's MailTransport.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** The SMTP server process: `ask('report')` and the like answer over IPC. */
export async function startSink(root) {
  const child = fork(join(root, 'bench/smtp-sink.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  const ask = (command) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(command);
    });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.send('stop');
    });
  return { port, url: `smtp://127.0.0.1:${port}`, ask, stop };
}

/** Waits until the sink has accepted `count` e-mails, or `timeoutMs` has gone by; returns its last report. */
export async function waitForAccepted(sink, count, timeoutMs, onProgress = () => undefined) {
  const until = Date.now() + timeoutMs;
  let report = await sink.ask('report');
  let shown = 0;
  while (report.accepted < count && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    report = await sink.ask('report');
    if (report.accepted - shown >= 2000) {
      shown = report.accepted;
      onProgress(report);
    }
  }
  return report;
}

/**
 * The baseline: `count` e-mails sent one after the other by nodemailer with the API's pool options
 * (one connection kept open), each a raw copy of one the API sent (so the same size) under a Message-ID of its own.
 */
export async function plainLoop(sinkUrl, samples, count) {
  const transport = nodemailer.createTransport({
    url: sinkUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const started = Date.now();
  try {
    for (let i = 0; i < count; i++) {
      const raw = samples[i % samples.length].replace(/^Message-ID:\s*<[^>]+>/im, `Message-ID: <bench-plain-${i}@bench.invalid>`);
      await transport.sendMail({ envelope: { from: 'no-reply@bench.invalid', to: `bench-plain-${i}@bench.invalid` }, raw });
    }
  } finally {
    transport.close();
  }
  return { started };
}
