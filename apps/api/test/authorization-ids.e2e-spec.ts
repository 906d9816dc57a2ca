import { label } from './authorization/check';
import { badIds, idArguments, runnerOf } from './authorization/ids';
import { MUTATIONS, QUERIES } from './authorization/matrix';
import { worldOfThisFile } from './authorization/world';

/**
 * Ids that are null, empty, malformed or of the wrong type never return a row (docs/api-guide.md,
 * Roles: "an unknown or malformed id fails with NOT_FOUND"; a null for a required ID is refused
 * as input). Each ID argument of each matrix operation, one at a time, the others left valid, as
 * a viewer the operation allows.
 */
const CASES = [...QUERIES, ...MUTATIONS].flatMap((e) => {
  const viewer = runnerOf(e);
  return viewer && !e.session ? idArguments(e).map((arg) => [`${label(e)} ${arg.argument}`, e, arg, viewer] as const) : [];
});

describe('authorization matrix: bad ids', () => {
  const world = worldOfThisFile();

  it('covers the ID arguments of the operations', () => {
    expect(CASES.length).toBeGreaterThan(50);
  });

  it.each(CASES)('%s', async (_name, e, arg, viewer) => {
    const w = world();
    for (const [what, value] of badIds(w, e, arg)) {
      const variables = { ...(await e.variables(w, viewer)), [arg.variable]: value };
      const r = await w.t.gql(e.document, variables, w.token(viewer));
      const code = r.errors?.[0]?.extensions?.code;
      const expected = what === 'null' ? 'BAD_USER_INPUT' : arg.list && e.operation === 'reorderAgenda' ? 'BAD_USER_INPUT' : 'NOT_FOUND';
      expect({ what, code, data: r.data?.[e.operation] ?? null }).toEqual({ what, code: expected, data: null });
    }
  });
});
