import { addMembership, createOrganization, createTable, createUser, seat, type FixtureUser } from './support/fixtures';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const OPEN = `mutation($item: ID!) { openVote(input: { agendaItemId: $item, question: "Adopter le protocole fictif ?", method: YES_NO_ABSTAIN, threshold: SIMPLE_MAJORITY }) { id } }`;
const CAST = `mutation($v: ID!, $o: ID!, $c: String!) { castBallot(voteId: $v, organizationId: $o, choice: $c) { choice } }`;
const CLOSE = `mutation($id: ID!) { closeVote(id: $id) { results { option count } decision { votesFor votesAgainst abstentions } } }`;
const CHOICES = ['YES', 'NO', 'ABSTAIN'];

/**
 * A hundred organizations at one table, each with one person present: ballots cast at the same
 * moment are each counted once, and a vote closed while ballots arrive counts exactly those it
 * took (each ballot is in the count or refused, never half).
 */
describe('votes under load: a hundred organizations at once', () => {
  let t: TestApp;
  let chair: FixtureUser;
  let tableId: string;
  const voters: Array<{ person: FixtureUser; organizationId: string }> = [];

  beforeAll(async () => {
    t = await startTestApp();
    tableId = await createTable(t, { level: 'NATIONAL', name: 'Table nationale fictive à cent organismes' });
    for (let i = 0; i < 100; i++) {
      const organizationId = await createOrganization(t, { name: `Organisme fictif n° ${i + 1}` });
      await addMembership(t, tableId, organizationId);
      const person = await createUser(t, { organizationId });
      await seat(t, tableId, person.id, i === 0 ? 'CHAIR' : 'MEMBER', organizationId);
      voters.push({ person, organizationId });
    }
    chair = voters[0].person;
  }, 60_000);
  afterAll(() => t.close());

  async function openVote(): Promise<string> {
    const meetingId = await insertMeeting(t, tableId, { status: 'IN_PROGRESS' });
    await t.dataSource.query(
      `INSERT INTO attendance (meeting_id, user_id, organization_id, status) SELECT $1, p.user_id, p.organization_id, 'PRESENT' FROM table_participant p WHERE p.table_id = $2`,
      [meetingId, tableId],
    );
    const r = await t.gql(OPEN, { item: await insertItem(t, meetingId) }, chair.token);
    expect(r.errors).toBeUndefined();
    return r.data.openVote.id;
  }

  const cast = (voteId: string, i: number) => t.gql(CAST, { v: voteId, o: voters[i].organizationId, c: CHOICES[i % 3] }, voters[i].person.token);

  it('loses no ballot and counts none twice when a hundred are cast at once', async () => {
    const voteId = await openVote();
    const results = await Promise.all(voters.map((_, i) => cast(voteId, i)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const closed = (await t.gql(CLOSE, { id: voteId }, chair.token)).data.closeVote;
    expect(closed.results).toEqual([
      { option: 'YES', count: 34 },
      { option: 'NO', count: 33 },
      { option: 'ABSTAIN', count: 33 },
    ]);
    expect(closed.decision).toEqual({ votesFor: 34, votesAgainst: 33, abstentions: 33 });
  });

  it('closing while ballots arrive counts exactly the ballots taken, and refuses the others', async () => {
    const voteId = await openVote();
    const ballots = voters.map((_, i) => cast(voteId, i));
    const closing = t.gql(CLOSE, { id: voteId }, chair.token);
    const [outcomes, closed] = await Promise.all([Promise.all(ballots), closing]);
    expect(closed.errors).toBeUndefined();
    const taken = outcomes.filter((r) => !r.errors).length;
    expect(outcomes.filter((r) => r.errors).map(codeOf)).toEqual(Array(100 - taken).fill('FORBIDDEN'));
    const counted = closed.data.closeVote.results.reduce((sum: number, r: { count: number }) => sum + r.count, 0);
    expect(counted).toBe(taken);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ballot WHERE vote_id = $1`, [voteId]);
    expect(n).toBe(taken);
  });
});
