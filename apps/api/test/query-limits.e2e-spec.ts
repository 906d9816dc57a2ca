import { getIntrospectionQuery } from 'graphql';
import { createUser } from './support/fixtures';
import { connectLive, subscribe, type LiveClient } from './support/live';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

/** A valid selection `levels` fields deep, down the user → participations → table graph, ending on `id`. */
function nested(levels: number): string {
  const path = [
    'me',
    'participations',
    'table',
    'parent',
    'parent',
    'children',
    'participants',
    'user',
    'participations',
    'table',
    'children',
    'parent',
    'children',
  ];
  return path.slice(0, levels - 1).reduceRight((inner, field) => `${field} { ${inner} }`, 'id');
}

function aliases(count: number): string {
  return Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ');
}

describe('query limits (API guide, Limits: depth ≤ 12, aliases ≤ 50), over HTTP and WebSocket', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await createUser(t)).token;
  });
  afterAll(() => t.close());

  it('counts depth as nested fields and runs a query 12 deep', async () => {
    const ok = await t.gql(`{ ${nested(12)} }`, {}, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.me).not.toBeUndefined();
  });

  it('refuses a query 13 deep before it runs, fragments included', async () => {
    const deep = await t.gql(`{ ${nested(13)} }`, {}, token);
    expect(codeOf(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.data).toBeUndefined();
    const viaFragments = await t.gql(
      `query { me { ...P } } fragment P on User { participations { table { ...T } } }
       fragment T on RoundTable { parent { parent { children { participants { user { participations { table { children { parent { name } } } } } } } } } }`,
      {},
      token,
    );
    expect(codeOf(viaFragments)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('allows 50 aliases and refuses 51', async () => {
    expect((await t.gql(`{ ${aliases(50)} }`, {}, token)).errors).toBeUndefined();
    expect(codeOf(await t.gql(`{ ${aliases(51)} }`, {}, token))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not apply the limits to introspection', async () => {
    const introspection = await t.gql(getIntrospectionQuery(), {}, token);
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data.__schema.queryType.name).toBe('Query');
  });

  describe('over WebSocket, where Apollo’s validation rules do not run', () => {
    let live: LiveClient;
    beforeAll(async () => {
      live = connectLive(t.url, token);
      await live.connected;
    });
    afterAll(() => live.dispose());

    it('refuses a subscription with too many aliases or too deep a selection', async () => {
      const tooManyAliases = subscribe(live, `subscription { ${Array.from({ length: 51 }, (_, i) => `n${i}: notificationReceived { id }`).join(' ')} }`);
      const refused = await tooManyAliases.ended();
      expect(refused.how).toBe('error');
      expect(JSON.stringify(refused.error)).toContain('GRAPHQL_VALIDATION_FAILED');

      const tooDeep = subscribe(
        live,
        `subscription { notificationReceived { table { parent { parent { children { participants { user { participations { table { children { parent { children { name } } } } } } } } } } } } }`,
      );
      const deepRefused = await tooDeep.ended();
      expect(deepRefused.how).toBe('error');
      expect(JSON.stringify(deepRefused.error)).toMatch(/levels deep/);
    });
  });
});
