import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from './support/test-app';

/** GraphQL over HTTP conformance (graphql-http's serverAudits) of POST/GET /graphql, as served. */
describe('graphql-http audit suite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('passes every MUST audit', async () => {
    const results = await auditServer({ url: `${t.url}/graphql` });
    const must = results.filter((r) => r.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThan(10);
    const failed = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(failed).toEqual([]);
    expect(must.every((r) => r.status === 'ok')).toBe(true);
  });
});
