import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * With the built web client served beside the API (as `npm start` does), the client's routes get
 * its index.html, and every path the API answers itself still reaches the API.
 */
describe('the web client and the API on one port', () => {
  let t: TestApp;
  let webRoot: string;
  const INDEX = '<!doctype html><title>client fictif</title>';

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'concertation-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    t = await startTestApp({ WEB_ROOT: webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const res = await fetch(`${t.url}${path}`);
    return { status: res.status, body: await res.text() };
  };
  const id = '00000000-0000-4000-8000-000000000000';

  it.each(['/', '/meetings', `/meetings/${id}`, `/meetings/${id}/minutes`, '/profile/notifications', '/email-delivery'])(
    'serves the client at %s',
    async (path) => {
      expect(await get(path)).toEqual({ status: 200, body: INDEX });
    },
  );

  it.each([
    [`/meetings/${id}.ics`, 401],
    [`/meetings/${id}/minutes.md`, 401],
    [`/meetings/${id}/minutes.pdf`, 401],
    [`/attachments/${id}`, 401],
    ['/calendar/pas-un-secret.ics', 404],
    ['/rsvp/pas-un-jeton', 404],
    ['/unsubscribe/pas-un-jeton', 404],
    ['/health', 200],
  ])('leaves %s to the API', async (path, status) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toBe(INDEX);
  });
});
