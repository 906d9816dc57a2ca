// Holds a share of the live subscribers (scenario 3) in its own process, so that the driver's event
// loop stays healthy. Forked by run.mjs; told {urls, tokens, meetingId} over IPC; answers 'ready'
// once every socket is acknowledged, then answers 'count' with the events received so far, and on
// 'stop' reports what each subscriber received.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const SUBSCRIPTION = 'subscription Live($meetingId: ID!) { meetingEvents(meetingId: $meetingId) { kind at meeting { id title status } } }';

process.once('message', async ({ urls, tokens, meetingId }) => {
  const clients = [];
  const received = tokens.map(() => []); // per subscriber: [key, latencyMs]
  let errors = 0;
  let retries = 0; // sockets closed before their init was read, and opened again
  await Promise.all(
    tokens.map(
      (token, i) =>
        new Promise((resolve) => {
          const client = createClient({
            url: urls[i % urls.length],
            webSocketImpl: WebSocket,
            lazy: false,
            // As the web client does (it retries for ever): 5,000 sockets opened in the same instant
            // is a reconnect storm, in which the server may close some with 4408 (no init read
            // within its 3 s) before it gets to their init; each retry is counted and reported.
            retryAttempts: 3,
            connectionParams: { authorization: `Bearer ${token}` },
            onNonLazyError: () => {
              errors++;
              resolve();
            },
            on: {
              connected: () => resolve(),
              closed: (event) => {
                if (event?.code === 4408) retries++;
              },
            },
          });
          clients.push(client);
          client.subscribe(
            { query: SUBSCRIPTION, variables: { meetingId } },
            {
              next: (r) => {
                const e = r.data?.meetingEvents;
                if (!e) {
                  errors++;
                  return;
                }
                received[i].push([`${e.kind}@${e.at}`, Date.now() - Date.parse(e.at)]);
              },
              error: () => errors++,
              complete: () => undefined,
            },
          );
        }),
    ),
  );
  process.send({ type: 'ready', errors, retries });
  process.on('message', async (command) => {
    // 'count': how many events have arrived so far, over every subscriber (to wait for a burst to settle).
    if (command === 'count') {
      process.send({ type: 'count', received: received.reduce((sum, list) => sum + list.length, 0) });
      return;
    }
    // Exit only once the report is flushed: process.exit() may drop a pending IPC message.
    await new Promise((resolve) => process.send({ type: 'report', received, errors }, resolve));
    await Promise.all(clients.map((c) => c.dispose()));
    process.disconnect();
    process.exit(0);
  });
});
