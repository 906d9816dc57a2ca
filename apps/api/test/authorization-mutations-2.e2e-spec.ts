import { label, leaksIn, outcomeOf, runGql } from './authorization/check';
import { MUTATIONS } from './authorization/matrix';
import { VIEWERS, startWorld, type World } from './authorization/world';

/**
 * The authorization matrix, mutations: each one for every viewer of the world, on fresh rows
 * (see authorization/matrix.ts, derived from the "Who may do what" tables of docs/api-guide.md).
 */
describe('authorization matrix: mutations, second half', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());

  describe.each(MUTATIONS.slice(Math.ceil(MUTATIONS.length / 2)).map((e) => [label(e), e] as const))('%s', (_name, e) => {
    it.each(VIEWERS.map((v) => [v, e.expect[v]] as const))('%s → %s, and nothing it may not see', async (viewer, expected) => {
      const { result, text } = await runGql(w, e, viewer);
      expect({ viewer, outcome: outcomeOf(result), errors: expected === outcomeOf(result) ? undefined : result.errors }).toEqual({
        viewer,
        outcome: expected,
        errors: undefined,
      });
      if (expected !== 'ok') expect(result.data?.[e.operation] ?? null).toBeNull();
      expect({ viewer, leaks: leaksIn(text, viewer, expected === 'ok') }).toEqual({ viewer, leaks: [] });
    });
  });
});
