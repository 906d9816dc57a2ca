import { startTestApp, type TestApp } from './support/test-app';
import { connectLive, listenersOf, subscribe, waitForListener, waitUntil, type LiveClient, type LiveSubscription } from './support/live';
import { choiceLeaks, label, leaksIn, revealsWhatItShould } from './authorization/check';
import { SUBSCRIPTIONS } from './authorization/matrix';
import { VIEWERS, buildWorld, type Viewer, type World } from './authorization/world';

/** The error code a refused subscription ended with (a graphql-ws error message or an errors payload). */
function refusal(sub: LiveSubscription, ended: { how: string; error?: unknown }): string | undefined {
  const fromEnd = Array.isArray(ended.error) ? ended.error[0]?.extensions?.code : (ended.error as any)?.extensions?.code;
  return fromEnd ?? (sub.received[0]?.errors?.[0]?.extensions?.code as string | undefined);
}

/**
 * The authorization matrix, live: every subscription through a real graphql-ws client for every
 * viewer: who may subscribe, who receives the trigger's events (and who receives none), and that
 * no event carries what its subscriber may not see (observers never get in-camera markers, nor
 * anyone a ballot's choice that is not theirs to read).
 */
describe('authorization matrix: subscriptions', () => {
  let t: TestApp;
  let w: World;
  const sockets: LiveClient[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t.close();
  });

  it.each(SUBSCRIPTIONS.map((e) => [label(e), e] as const))('%s', async (_name, e) => {
    const subs = new Map<Viewer, LiveSubscription>();
    for (const viewer of VIEWERS) {
      const live = connectLive(t.url, w.token(viewer));
      sockets.push(live);
      await live.connected;
      subs.set(viewer, subscribe(live, e.document, e.variables(w)));
    }
    // Refused subscribers end with the exact code and receive no data.
    for (const viewer of VIEWERS.filter((v) => e.expect[v] !== 'ok')) {
      const sub = subs.get(viewer)!;
      const ended = await sub.ended();
      expect({ viewer, code: refusal(sub, ended) }).toEqual({ viewer, code: e.expect[viewer] });
      expect({ viewer, data: sub.received.filter((r) => r.data) }).toEqual({ viewer, data: [] });
    }
    const allowed = VIEWERS.filter((v) => e.expect[v] === 'ok');
    const topics = new Map<string, number>();
    for (const viewer of allowed) topics.set(e.topic(w, viewer), (topics.get(e.topic(w, viewer)) ?? 0) + 1);
    for (const [topic, count] of topics) await waitForListener(t.app, topic, count);

    await e.trigger(w);
    for (const viewer of e.receivers) {
      // One event, or every event up to the trigger's last one.
      const events: any[] = [];
      const seen = () => events.filter((event) => event.kind === e.until?.kind).length;
      do {
        // A trigger of many events fans each out to every viewer with the whole meeting read anew:
        // on a busy CI machine the last of them may take longer than one event usually does.
        const event = await subs.get(viewer)!.next(e.until ? 30_000 : 5_000);
        expect({ viewer, errors: event.errors }).toEqual({ viewer, errors: undefined });
        events.push(event.data?.[e.operation]);
      } while (e.until && seen() < e.until.count);
      e.check?.(w, viewer, events);
    }
    // The receivers got the last event: whatever anyone else was sent has arrived by now.
    for (const viewer of VIEWERS) {
      const sub = subs.get(viewer)!;
      const text = JSON.stringify(sub.received);
      expect({ viewer, leaks: leaksIn(text, viewer, e.expect[viewer] === 'ok') }).toEqual({ viewer, leaks: [] });
      expect({ viewer, choices: choiceLeaks(sub.received, viewer) }).toEqual({ viewer, choices: [] });
      if (e.expect[viewer] === 'ok') expect({ viewer, ended: sub.isEnded() }).toEqual({ viewer, ended: false });
      if (e.expect[viewer] === 'ok' && !e.receivers.includes(viewer)) expect({ viewer, received: sub.received }).toEqual({ viewer, received: [] });
      expect({ viewer, reveals: revealsWhatItShould(text, e, viewer) }).toEqual({ viewer, reveals: true });
      sub.stop();
    }
    // The next entry counts listeners on the same topics to know its own are live: these must be gone first.
    for (const topic of topics.keys()) await waitUntil(async () => (await listenersOf(t.app, topic)) === 0, `the listeners of ${topic} to end`);
  });
});
