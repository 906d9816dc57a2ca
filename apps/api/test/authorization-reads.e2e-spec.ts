import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { describeGqlCells, httpStatusOf, leaksIn, revealsCamera, runHttp } from './authorization/check';
import { COVERED, HTTP, QUERIES } from './authorization/matrix';
import { IN_CAMERA_READERS, VIEWERS, worldOfThisFile } from './authorization/world';

/**
 * The authorization matrix, reads: every query and every file endpoint, for every viewer of the
 * world (see authorization/matrix.ts, derived from the "Who may do what" tables of docs/api-guide.md).
 */
describe('authorization matrix: queries and file endpoints', () => {
  const world = worldOfThisFile();

  it('has an entry for every Query, Mutation and Subscription field of schema.graphql', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((name) => !COVERED.has(name))).toEqual([]);
    expect([...COVERED].filter((name) => !fields.includes(name))).toEqual([]);
  });

  describeGqlCells(world, QUERIES);

  describe.each(HTTP.map((e) => [e.operation, e] as const))('%s', (_name, e) => {
    it.each(VIEWERS.map((v) => [v, e.expect[v]] as const))('%s → %s, and nothing it may not see', async (viewer, expected) => {
      const { status, text } = await runHttp(world(), e, viewer);
      expect({ viewer, status }).toEqual({ viewer, status: httpStatusOf(expected) });
      expect({ viewer, leaks: leaksIn(text, viewer, expected === 'ok') }).toEqual({ viewer, leaks: [] });
      if (e.revealsCamera && expected === 'ok' && IN_CAMERA_READERS.includes(viewer)) expect(revealsCamera(text)).toBe(true);
    });
  });
});
