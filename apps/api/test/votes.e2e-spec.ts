import { addMembership, createOrganization, createUser, seat, tableWithCast, type FixtureUser } from './support/fixtures';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { liveSockets, waitForListener } from './support/live';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { Topics } from '../src/core/pubsub/topics';

const OPEN = `mutation($input: OpenVoteInput!) { openVote(input: $input) { id status options eligibleOrganizations { id } } }`;
const CAST = `mutation($v: ID!, $o: ID!, $c: String!) { castBallot(voteId: $v, organizationId: $o, choice: $c) { organization { id } choice byProxy castBy { id } } }`;
const CLOSE = `mutation($id: ID!) { closeVote(id: $id) { id status passed winningOption results { option count } decision { id outcome votesFor votesAgainst abstentions text vote { id } } } }`;
const CANCEL = `mutation($id: ID!) { cancelVote(id: $id) { status passed results { count } } }`;
const VOTE = `query($id: ID!) { vote(id: $id) { status results { option count } passed votedOrganizations { id } ballots { organization { id } choice castBy { id } byProxy } } }`;
const ATTEND = `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`;

describe('votes: one ballot per organization, counted at closing into the decision', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  /** Two more member organizations, each with one MEMBER at the table. */
  let orgB: string;
  let orgC: string;
  let personB: FixtureUser;
  let personC: FixtureUser;
  const sockets = liveSockets();

  beforeAll(async () => {
    t = await startTestApp();
    cast = await tableWithCast(t);
    orgB = await createOrganization(t, { name: 'Centre jeunesse fictif' });
    orgC = await createOrganization(t, { name: 'École fictive' });
    for (const org of [orgB, orgC]) await addMembership(t, cast.tableId, org);
    personB = await createUser(t, { organizationId: orgB });
    personC = await createUser(t, { organizationId: orgC });
    await seat(t, cast.tableId, personB.id, 'MEMBER', orgB);
    await seat(t, cast.tableId, personC.id, 'MEMBER', orgC);
  });
  afterAll(() => t.close());

  /** A meeting in progress with an item, the given people recorded present (quorum: 2 of 3 organizations). */
  async function room(present: FixtureUser[] = [cast.member, personB, personC]) {
    const meetingId = await insertMeeting(t, cast.tableId, { status: 'IN_PROGRESS' });
    const itemId = await insertItem(t, meetingId, { title: 'Budget fictif' });
    for (const person of present) expect((await t.gql(ATTEND, { m: meetingId, u: person.id }, cast.chair.token)).errors).toBeUndefined();
    return { meetingId, itemId };
  }
  const open = async (itemId: string, input: Record<string, unknown> = {}, token = cast.chair.token) =>
    t.gql(
      OPEN,
      { input: { agendaItemId: itemId, question: 'Adopter le budget fictif ?', method: 'YES_NO_ABSTAIN', threshold: 'SIMPLE_MAJORITY', ...input } },
      token,
    );
  const castBallot = (token: string, v: string, o: string, c: string) => t.gql(CAST, { v, o, c }, token);

  it('lets officers open a vote on an item of a meeting in progress with quorum, fixing the eligible organizations', async () => {
    const { itemId } = await room();
    const r = await open(itemId);
    expect(r.errors).toBeUndefined();
    expect(r.data.openVote.status).toBe('OPEN');
    expect(r.data.openVote.options).toEqual(['YES', 'NO', 'ABSTAIN']);
    expect(r.data.openVote.eligibleOrganizations.map((o: { id: string }) => o.id).sort()).toEqual([cast.organizationId, orgB, orgC].sort());
    const audit = await t.dataSource.query(`SELECT action, entity_type FROM audit_event WHERE entity_id = $1`, [r.data.openVote.id]);
    expect(audit).toEqual([{ action: 'vote.opened', entity_type: 'vote' }]);
  });

  it('refuses to open a vote without quorum, outside a meeting in progress, by a member, or with bad options', async () => {
    const { itemId } = await room([cast.member]);
    expect(codeOf(await open(itemId))).toBe('FORBIDDEN');
    const scheduled = await insertMeeting(t, cast.tableId);
    expect(codeOf(await open(await insertItem(t, scheduled)))).toBe('FORBIDDEN');
    const { itemId: ready } = await room();
    expect(codeOf(await open(ready, {}, cast.member.token))).toBe('FORBIDDEN');
    const field = (r: any) => [codeOf(r), r.errors?.[0]?.extensions?.field];
    expect(field(await open(ready, { options: ['Oui'] }))).toEqual(['BAD_USER_INPUT', 'options']);
    expect(field(await open(ready, { method: 'CHOICE', options: ['Seule option'] }))).toEqual(['BAD_USER_INPUT', 'options']);
    expect(field(await open(ready, { method: 'CHOICE', options: ['A', 'a'] }))).toEqual(['BAD_USER_INPUT', 'options']);
    expect(codeOf(await open(ready, { question: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await open(ready, { question: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await open('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('takes one ballot per organization from a present voter, replaced until closed; counts it and records the decision', async () => {
    const { meetingId, itemId } = await room();
    const voteId = (await open(itemId)).data.openVote.id;
    expect((await castBallot(cast.member.token, voteId, cast.organizationId, 'NO')).data.castBallot).toEqual({
      organization: { id: cast.organizationId },
      choice: 'NO',
      byProxy: false,
      castBy: { id: cast.member.id },
    });
    // Another person of the same organization, present, replaces the organization's ballot.
    await t.gql(ATTEND, { m: meetingId, u: cast.secretary.id }, cast.chair.token);
    await castBallot(cast.secretary.token, voteId, cast.organizationId, 'YES');
    await castBallot(personB.token, voteId, orgB, 'YES');
    await castBallot(personC.token, voteId, orgC, 'ABSTAIN');

    // While open: turnout for everyone, each one's own ballots only, no results.
    const during = (await t.gql(VOTE, { id: voteId }, personB.token)).data.vote;
    expect(during.votedOrganizations).toHaveLength(3);
    expect(during.ballots).toEqual([{ organization: { id: orgB }, choice: 'YES', castBy: { id: personB.id }, byProxy: false }]);
    expect(during.results).toBeNull();
    expect(during.passed).toBeNull();

    const closed = (await t.gql(CLOSE, { id: voteId }, cast.chair.token)).data.closeVote;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      passed: true,
      winningOption: null,
      results: [
        { option: 'YES', count: 2 },
        { option: 'NO', count: 0 },
        { option: 'ABSTAIN', count: 1 },
      ],
      decision: { outcome: 'ADOPTED', votesFor: 2, votesAgainst: 0, abstentions: 1, text: 'Adopter le budget fictif ?', vote: { id: voteId } },
    });
    // Once closed, every ballot with its choice (an open vote).
    expect((await t.gql(VOTE, { id: voteId }, cast.observer.token)).data.vote.ballots).toHaveLength(3);
    expect(codeOf(await castBallot(personB.token, voteId, orgB, 'NO'))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CLOSE, { id: voteId }, cast.chair.token))).toBe('FORBIDDEN');
    const minutes = await fetch(`${t.url}/meetings/${meetingId}/minutes.md`, { headers: { authorization: `Bearer ${cast.member.token}` } });
    const markdown = await minutes.text();
    expect(markdown).toContain('Adopter le budget fictif ?');
    expect(markdown).toMatch(/2\D+0\D+1/);
  });

  it('refuses ballots from observers, the absent, other organizations, unknown choices and organizations not eligible at opening', async () => {
    const { meetingId, itemId } = await room();
    const voteId = (await open(itemId)).data.openVote.id;
    await t.gql(ATTEND, { m: meetingId, u: cast.observer.id }, cast.chair.token);
    expect(codeOf(await castBallot(cast.observer.token, voteId, cast.organizationId, 'YES'))).toBe('FORBIDDEN');
    expect(codeOf(await castBallot(cast.secretary.token, voteId, cast.organizationId, 'YES'))).toBe('FORBIDDEN');
    expect(codeOf(await castBallot(personB.token, voteId, orgC, 'YES'))).toBe('FORBIDDEN');
    expect(codeOf(await castBallot(cast.outsider.token, voteId, cast.otherOrganizationId, 'YES'))).toBe('FORBIDDEN');
    const refused = await castBallot(personB.token, voteId, orgB, 'PEUT-ÊTRE');
    expect([codeOf(refused), refused.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'choice']);
    // The options are tested in the database: an option's text quoted, or a choice in another case, is not that option.
    for (const choice of ['"YES"', 'yes', '["YES"]']) expect(codeOf(await castBallot(personB.token, voteId, orgB, choice))).toBe('BAD_USER_INPUT');
    for (const organization of ['00000000-0000-4000-8000-000000000000', 'x']) {
      expect(codeOf(await castBallot(personB.token, voteId, organization, 'YES'))).toBe('NOT_FOUND');
    }
    // An organization that joins after the vote opened has no ballot in it.
    const late = await createOrganization(t, { name: 'Organisme fictif arrivé en retard' });
    await addMembership(t, cast.tableId, late);
    const latePerson = await createUser(t, { organizationId: late });
    await seat(t, cast.tableId, latePerson.id, 'MEMBER', late);
    await t.gql(ATTEND, { m: meetingId, u: latePerson.id }, cast.chair.token);
    expect(codeOf(await castBallot(latePerson.token, voteId, late, 'YES'))).toBe('FORBIDDEN');
    expect(codeOf(await castBallot(personB.token, '00000000-0000-4000-8000-000000000000', orgB, 'YES'))).toBe('NOT_FOUND');
  });

  it('takes a ballot through a proxy and through a substitute', async () => {
    const { meetingId, itemId } = await room();
    // C gives its proxy to B (C's own people, present, could still vote for it); the police service sends a colleague in its delegate's place.
    expect(
      (
        await t.gql(
          `mutation($m: ID!, $f: ID!, $to: ID!) { grantProxy(meetingId: $m, fromOrganizationId: $f, toOrganizationId: $to) { id } }`,
          { m: meetingId, f: orgC, to: orgB },
          personC.token,
        )
      ).errors,
    ).toBeUndefined();
    const colleague = await createUser(t, { organizationId: cast.organizationId });
    await t.gql(
      `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id } }`,
      { m: meetingId, o: cast.organizationId, u: colleague.id },
      cast.member.token,
    );
    await t.gql(ATTEND, { m: meetingId, u: colleague.id }, cast.chair.token);
    const voteId = (await open(itemId, { method: 'CHOICE', options: ['Option fictive A', 'Option fictive B'], threshold: 'TWO_THIRDS' })).data.openVote.id;

    const ballotOrgs = await t.gql(`query($id: ID!) { meeting(id: $id) { viewerBallotOrganizations { id } } }`, { id: meetingId }, personB.token);
    expect(ballotOrgs.data.meeting.viewerBallotOrganizations).toEqual([{ id: orgB }, { id: orgC }]);
    expect((await castBallot(personB.token, voteId, orgC, 'Option fictive A')).data.castBallot.byProxy).toBe(true);
    expect((await castBallot(personB.token, voteId, orgB, 'Option fictive A')).data.castBallot.byProxy).toBe(false);
    expect((await castBallot(colleague.token, voteId, cast.organizationId, 'Option fictive B')).errors).toBeUndefined();
    const closed = (await t.gql(CLOSE, { id: voteId }, cast.chair.token)).data.closeVote;
    expect(closed).toMatchObject({
      passed: true,
      winningOption: 'Option fictive A',
      decision: { outcome: 'ADOPTED', votesFor: null, text: 'Adopter le budget fictif ? — Option fictive A' },
    });
  });

  it('tells the room live: turnout as ballots come in, never another organization’s choice, the result at closing', async () => {
    const { meetingId, itemId } = await room();
    const EVENTS = `subscription($id: ID!) { meetingEvents(meetingId: $id) { kind meeting { votes { status votedOrganizations { id } ballots { organization { id } choice } results { count } } } } }`;
    const live = await sockets.follow(t, personC.token, EVENTS, { id: meetingId });
    await waitForListener(t.app, Topics.meeting(meetingId));
    const voteId = (await open(itemId)).data.openVote.id;
    expect((await live.next()).data?.meetingEvents.kind).toBe('VOTE_OPENED');
    await castBallot(personB.token, voteId, orgB, 'NO');
    const updated = (await live.next()).data?.meetingEvents;
    expect(updated.kind).toBe('VOTE_UPDATED');
    expect(updated.meeting.votes[0]).toEqual({ status: 'OPEN', votedOrganizations: [{ id: orgB }], ballots: [], results: null });
    await t.gql(CLOSE, { id: voteId }, cast.chair.token);
    const kinds: string[] = [];
    for (;;) {
      const event = (await live.next()).data?.meetingEvents;
      kinds.push(event.kind);
      if (event.kind === 'VOTE_CLOSED') {
        expect(event.meeting.votes[0].ballots).toEqual([{ organization: { id: orgB }, choice: 'NO' }]);
        break;
      }
    }
    expect(kinds).toContain('DECISION_RECORDED');
  });

  it('tells the room of a burst of ballots in a few turnout events, the last with the final state', async () => {
    const { meetingId, itemId } = await room();
    const EVENTS = `subscription($id: ID!) { meetingEvents(meetingId: $id) { kind meeting { votes { ballots { organization { id } choice } } } } }`;
    const live = await sockets.follow(t, personB.token, EVENTS, { id: meetingId });
    await waitForListener(t.app, Topics.meeting(meetingId));
    const voteId = (await open(itemId)).data.openVote.id;
    expect((await live.next()).data?.meetingEvents.kind).toBe('VOTE_OPENED');
    // Twelve ballots at once, then the one that stays: thirteen changes of turnout.
    const burst = await Promise.all(Array.from({ length: 12 }, () => castBallot(personB.token, voteId, orgB, 'YES')));
    expect(burst.every((r) => !r.errors)).toBe(true);
    expect((await castBallot(personB.token, voteId, orgB, 'NO')).errors).toBeUndefined();
    const choiceIn = (event: any) => event.meeting.votes[0].ballots.find((b: { organization: { id: string } }) => b.organization.id === orgB)?.choice;
    const updates: string[] = [];
    for (;;) {
      const event = (await live.next()).data?.meetingEvents;
      expect(event.kind).toBe('VOTE_UPDATED');
      updates.push(choiceIn(event));
      if (updates.at(-1) === 'NO') break;
    }
    await t.gql(CLOSE, { id: voteId }, cast.chair.token);
    for (;;) {
      const event = (await live.next()).data?.meetingEvents;
      if (event.kind === 'VOTE_CLOSED') break;
      if (event.kind === 'VOTE_UPDATED') updates.push(choiceIn(event));
    }
    // The first ballot at once, the others together at most twice a second: not one event per ballot.
    expect(updates.length).toBeLessThanOrEqual(6);
  });

  it('keeps a secret ballot’s choice from everyone but its caster, officers and the audit included', async () => {
    const { itemId } = await room();
    const voteId = (await open(itemId, { secret: true })).data.openVote.id;
    await castBallot(personB.token, voteId, orgB, 'NO');
    await castBallot(personC.token, voteId, orgC, 'YES');
    await t.gql(CLOSE, { id: voteId }, cast.chair.token);
    const asChair = (await t.gql(VOTE, { id: voteId }, cast.chair.token)).data.vote;
    expect(asChair.ballots).toHaveLength(2);
    expect(asChair.ballots.every((b: { choice: string | null }) => b.choice === null)).toBe(true);
    expect(asChair.results).toEqual([
      { option: 'YES', count: 1 },
      { option: 'NO', count: 1 },
      { option: 'ABSTAIN', count: 0 },
    ]);
    const asB = (await t.gql(VOTE, { id: voteId }, personB.token)).data.vote;
    expect(asB.ballots.map((b: { organization: { id: string }; choice: string | null }) => [b.organization.id, b.choice]).sort()).toEqual(
      [
        [orgB, 'NO'],
        [orgC, null],
      ].sort(),
    );
    const audit = await t.dataSource.query(`SELECT * FROM audit_event WHERE entity_id = $1`, [voteId]);
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['ballot.cast', 'ballot.cast', 'vote.closed', 'vote.opened']);
    expect(JSON.stringify(audit)).not.toMatch(/"(YES|NO)"/);
  });

  it('cancels: no result, no decision; an adjourned meeting cancels its open votes', async () => {
    const { meetingId, itemId } = await room();
    const first = (await open(itemId)).data.openVote.id;
    expect((await t.gql(CANCEL, { id: first }, cast.chair.token)).data.cancelVote).toEqual({ status: 'CANCELLED', passed: null, results: null });
    const second = (await open(itemId)).data.openVote.id;
    expect((await t.gql(`mutation($id: ID!) { adjournMeeting(id: $id) { status } }`, { id: meetingId }, cast.chair.token)).errors).toBeUndefined();
    expect((await t.gql(VOTE, { id: second }, cast.member.token)).data.vote.status).toBe('CANCELLED');
    expect(codeOf(await t.gql(CANCEL, { id: second }, cast.chair.token))).toBe('FORBIDDEN');
  });

  it('shows a vote on an in-camera item only to those who see the item', async () => {
    const { meetingId } = await room();
    const camera = await insertItem(t, meetingId, { title: 'Dossier fictif à huis clos', confidentiality: 'IN_CAMERA' });
    const voteId = (await open(camera)).data.openVote.id;
    expect(codeOf(await t.gql(VOTE, { id: voteId }, cast.observer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(VOTE, { id: voteId }, cast.outsider.token))).toBe('FORBIDDEN');
    const votes = await t.gql(`query($id: ID!) { meeting(id: $id) { votes { id } } }`, { id: meetingId }, cast.observer.token);
    expect(votes.data.meeting.votes).toEqual([]);
    expect((await t.gql(VOTE, { id: voteId }, cast.member.token)).errors).toBeUndefined();
  });
});
