// Scenario 8 (issue 15): the vote that 300 organizations cast in, set up the same way for the run
// (bench/run.mjs) and the profile (bench/profile.mjs, BENCH_PROFILE=votes).
import { LIVE_MEETING, uuidOf } from './seed.mjs';

export const CAST_BALLOT = 'mutation($v: ID!, $o: ID!, $c: String!) { castBallot(voteId: $v, organizationId: $o, choice: $c) { choice } }';

/**
 * Users 0..voters-1 (user o sits for organization o) become PRESENT members of the live meeting;
 * observers never vote, so the voters' seats become MEMBER (user 0 stays the chair). Then the
 * chair opens a vote on the meeting's first item. Returns the vote's id and the organizations' ids.
 */
export async function openBenchVote(seeder, voters, openVote) {
  const meetingId = await uuidOf('meeting', LIVE_MEETING);
  const tableId = await uuidOf('table', 0);
  const voterIds = await Promise.all(Array.from({ length: voters }, (_, o) => uuidOf('user', o)));
  const orgIds = await Promise.all(Array.from({ length: voters }, (_, o) => uuidOf('org', o)));
  await seeder.query(`UPDATE table_participant SET role = 'MEMBER' WHERE table_id = $1 AND user_id = ANY($2::uuid[]) AND role = 'OBSERVER'`, [
    tableId,
    voterIds,
  ]);
  await seeder.query(
    `INSERT INTO attendance (meeting_id, user_id, organization_id, status)
     SELECT $1, u, o, 'PRESENT' FROM unnest($2::uuid[], $3::uuid[]) AS x(u, o)
     ON CONFLICT (meeting_id, user_id) DO UPDATE SET status = 'PRESENT', organization_id = EXCLUDED.organization_id`,
    [meetingId, voterIds, orgIds],
  );
  const opened = await openVote('mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }', {
    input: {
      agendaItemId: await uuidOf('agenda', 0),
      question: 'Question fictive du banc d’essai',
      method: 'YES_NO_ABSTAIN',
      threshold: 'SIMPLE_MAJORITY',
      secret: false,
    },
  });
  if (opened.errors) throw new Error(`openVote: ${JSON.stringify(opened.errors)}`);
  return { voteId: opened.data.openVote.id, orgIds };
}
