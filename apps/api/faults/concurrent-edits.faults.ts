import { codeOf } from './support/api-process';
import { type FaultEnvironment, meetingInProgress, startEnvironment, tableWithPeople } from './support/environment';
import { report } from './support/timing';

const EDIT = `mutation ($m: ID!, $v: Int!, $input: MinutesInput!) { editMinutes(meetingId: $m, expectedVersion: $v, input: $input) { version summary } }`;
const READ = `query ($m: ID!) { meeting(id: $m) { minutes { version } } }`;
const WRITERS = 50;

describe('50 concurrent editMinutes on one version, over two API processes', () => {
  let env: FaultEnvironment;
  beforeAll(async () => {
    env = await startEnvironment(2);
  });
  afterAll(() => env?.close());

  it('lets exactly one through; the 49 others get CONFLICT and change nothing', async () => {
    const [a, b] = env.apis;
    const cast = await tableWithPeople(env.db);
    const { meetingId } = await meetingInProgress(env.db, cast.tableId);
    // Minutes are created on first read, at version 1.
    const before = await a.gql(READ, { m: meetingId }, cast.secretary.token);
    expect(before.data.meeting.minutes.version).toBe(1);

    // Half on each process, both officers, all naming version 1, all at once.
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        (i % 2 ? b : a).gql(EDIT, { m: meetingId, v: 1, input: { summary: `Résumé fictif n° ${i}` } }, i % 3 ? cast.secretary.token : cast.chair.token, 30_000),
      ),
    );
    const winners = results.map((r, i) => ({ r, i })).filter(({ r }) => !r.errors && r.data?.editMinutes);
    const codes = results.filter((r) => r.errors).map(codeOf);
    report('concurrent editMinutes', {
      requests: WRITERS,
      succeeded: winners.length,
      conflicts: codes.filter((c) => c === 'CONFLICT').length,
      otherErrors: codes.filter((c) => c !== 'CONFLICT'),
    });

    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array(WRITERS - 1).fill('CONFLICT'));
    expect(winners[0].r.data.editMinutes).toEqual({ version: 2, summary: `Résumé fictif n° ${winners[0].i}` });
    // The database holds exactly the winner's edit: one revision, version 2, its summary.
    const rows = await env.db.query(
      `SELECT m.version, m.summary, (SELECT count(*)::int FROM minutes_revision r WHERE r.minutes_id = m.id) AS revisions FROM minutes m WHERE m.meeting_id = $1`,
      [meetingId],
    );
    expect(rows.rows).toEqual([{ version: 2, summary: `Résumé fictif n° ${winners[0].i}`, revisions: 1 }]);
  });
});
