import { describeGqlCells } from './authorization/check';
import { MUTATIONS } from './authorization/matrix';
import { worldOfThisFile } from './authorization/world';

/**
 * The authorization matrix, mutations: each one for every viewer of the world, on fresh rows
 * (see authorization/matrix.ts, derived from the "Who may do what" tables of docs/api-guide.md).
 */
describe('authorization matrix: mutations, first half', () => {
  describeGqlCells(worldOfThisFile(), MUTATIONS.slice(0, Math.ceil(MUTATIONS.length / 2)));
});
