import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createUser } from './support/fixtures';

describe('the foundation over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers health when the database answers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('loads the reference regions in every database', async () => {
    const rows = await t.dataSource.query(`SELECT kind, count(*)::int AS n FROM region GROUP BY kind ORDER BY kind`);
    expect(rows).toEqual([
      { kind: 'ADMINISTRATIVE_REGION', n: 17 },
      { kind: 'PROVINCE', n: 10 },
      { kind: 'TERRITORY', n: 3 },
    ]);
  });

  it('treats a request without a token as anonymous and a bad token as UNAUTHENTICATED', async () => {
    expect((await t.gql('{ me { id } }')).data.me).toBeNull();
    expect(codeOf(await t.gql('{ me { id } }', {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
  });

  it('knows the viewer from a valid token', async () => {
    const user = await createUser(t, { displayName: 'Personne fictive A' });
    const result = await t.gql('{ me { id displayName } }', {}, user.token);
    expect(result.data.me).toEqual({ id: user.id, displayName: 'Personne fictive A' });
  });
});
