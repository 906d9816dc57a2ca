import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { ballotWordsIn, countsOnlyLeaks, describeGqlCells, httpStatusOf, leaksIn, revealsWhatItShould, runHttp } from './authorization/check';
import { COVERED, HTTP, QUERIES } from './authorization/matrix';
import { BALLOT, MEETING_READERS, VIEWERS, worldOfThisFile } from './authorization/world';

/** Every path to a vote's ballots: the vote, the meeting's votes, its items' votes, its decisions' vote. */
const BALLOT_PATHS = `query($m: ID!, $v: ID!) {
  vote(id: $v) { id ballots { organization { id } choice } }
  meeting(id: $m) {
    votes { id ballots { organization { id } choice } }
    agenda { votes { id ballots { organization { id } choice } } }
    decisions { vote { id ballots { organization { id } choice } } }
  }
}`;
type VoteBallots = { id: string; ballots: Array<{ organization: { id: string }; choice: string | null }> };

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

  describe('a secret vote, once closed', () => {
    it.each(MEETING_READERS)("%s reads both organizations' ballots down every path, and a choice only where they cast it", async (viewer) => {
      const w = world();
      const r = await w.t.gql(BALLOT_PATHS, { m: w.meeting, v: w.secretVote }, w.token(viewer));
      expect(r.errors).toBeUndefined();
      const votes: VoteBallots[] = [
        r.data.vote,
        ...r.data.meeting.votes,
        ...r.data.meeting.agenda.flatMap((item: { votes: VoteBallots[] }) => item.votes),
        ...r.data.meeting.decisions.map((d: { vote: VoteBallots | null }) => d.vote).filter(Boolean),
      ].filter((vote) => vote.id === w.secretVote);
      // The vote itself, the meeting's list, its item's list and the decision its closing recorded.
      expect(votes).toHaveLength(4);
      // The member cast orgA's ballot; orgV's voter is no viewer. Officers read no choice but their own.
      const expected = [
        [w.orgA, viewer === 'member' ? BALLOT.secret : null],
        [w.orgV, null],
      ].sort();
      for (const vote of votes)
        expect({ viewer, ballots: vote.ballots.map((b) => [b.organization.id, b.choice]).sort() }).toEqual({ viewer, ballots: expected });
    });

    it('leaves no choice in the audit events themselves, which record each ballot cast', async () => {
      const w = world();
      const events = await w.t.dataSource.query(`SELECT * FROM audit_event`);
      expect(events.filter((event: { action: string; entity_id: string }) => event.action === 'ballot.cast' && event.entity_id === w.secretVote)).toHaveLength(
        2,
      );
      expect(ballotWordsIn(JSON.stringify(events))).toEqual([]);
    });
  });

  describe.each(HTTP.map((e) => [e.operation, e] as const))('%s', (_name, e) => {
    it.each(VIEWERS.map((v) => [v, e.expect[v]] as const))('%s → %s, and nothing it may not see', async (viewer, expected) => {
      const { status, text } = await runHttp(world(), e, viewer);
      expect({ viewer, status }).toEqual({ viewer, status: httpStatusOf(expected) });
      expect({ viewer, leaks: leaksIn(text, viewer, expected === 'ok') }).toEqual({ viewer, leaks: [] });
      expect({ viewer, reveals: revealsWhatItShould(text, e, viewer) }).toEqual({ viewer, reveals: true });
      if (e.countsOnly) expect({ viewer, texts: countsOnlyLeaks(text) }).toEqual({ viewer, texts: [] });
    });
  });
});
