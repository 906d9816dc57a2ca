import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { auditActions } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const RECORD = `mutation($input: DecisionInput!) { recordDecision(input: $input) {
  id text outcome votesFor votesAgainst abstentions recordedAt meeting { id } agendaItem { id } } }`;
const READ = `query($id: ID!) { meeting(id: $id) { decisions { id text } agenda { id decisions { id text } } } }`;

describe('decisions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets officers record decisions with votes; observers never see those on in-camera items', async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
    const open = await insertItem(t, id);
    const secret = await insertItem(t, id, { confidentiality: 'IN_CAMERA' });
    const r = await t.gql(
      RECORD,
      { input: { meetingId: id, agendaItemId: open, text: '  Adopter le plan fictif ', outcome: 'ADOPTED', votesFor: 7, votesAgainst: 1, abstentions: 0 } },
      c.secretary.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.recordDecision).toMatchObject({
      text: 'Adopter le plan fictif',
      outcome: 'ADOPTED',
      votesFor: 7,
      votesAgainst: 1,
      abstentions: 0,
      meeting: { id },
      agendaItem: { id: open },
    });
    const hidden = await t.gql(
      RECORD,
      { input: { meetingId: id, agendaItemId: secret, text: 'Décision confidentielle fictive', outcome: 'CONSENSUS' } },
      c.chair.token,
    );
    const general = await t.gql(RECORD, { input: { meetingId: id, text: 'Décision générale fictive', outcome: 'DEFERRED' } }, c.chair.token);
    expect(general.data.recordDecision).toMatchObject({ agendaItem: null, votesFor: null });
    expect(await auditActions(t, r.data.recordDecision.id)).toEqual(['decision.recorded']);

    const member = (await t.gql(READ, { id }, c.member.token)).data.meeting;
    expect(member.decisions.map((d: any) => d.id)).toEqual([r.data.recordDecision.id, hidden.data.recordDecision.id, general.data.recordDecision.id]);
    expect(member.agenda.map((i: any) => i.decisions.map((d: any) => d.id))).toEqual([[r.data.recordDecision.id], [hidden.data.recordDecision.id]]);
    const observer = await t.gql(READ, { id }, c.observer.token);
    expect(observer.data.meeting.decisions.map((d: any) => d.id)).toEqual([r.data.recordDecision.id, general.data.recordDecision.id]);
    expect(JSON.stringify(observer.data)).not.toContain('confidentielle');
  });

  it('refuses non-officers, bad input, foreign items, unstarted meetings and approved minutes', async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
    const foreign = await insertItem(t, await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' }));
    const base = { meetingId: id, text: 'Décision fictive', outcome: 'ADOPTED' };
    for (const viewer of [c.member, c.observer, c.outsider, c.coordinator])
      expect(codeOf(await t.gql(RECORD, { input: base }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RECORD, { input: base }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, meetingId: UNKNOWN_ID } }, c.secretary.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, meetingId: 'x' } }, c.secretary.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, agendaItemId: UNKNOWN_ID } }, c.secretary.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, agendaItemId: foreign } }, c.secretary.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, text: '   ' } }, c.secretary.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, votesFor: -1 } }, c.secretary.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RECORD, { input: { ...base, outcome: 'MAYBE' } }, c.secretary.token))).toBe('BAD_USER_INPUT');
    const scheduled = await insertMeeting(t, c.tableId, { status: 'SCHEDULED' });
    expect(codeOf(await t.gql(RECORD, { input: { ...base, meetingId: scheduled } }, c.secretary.token))).toBe('FORBIDDEN');
    await t.dataSource.query(`INSERT INTO minutes (meeting_id, status) VALUES ($1, 'APPROVED')`, [id]);
    expect(codeOf(await t.gql(RECORD, { input: base }, c.secretary.token))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT id FROM decision WHERE meeting_id = ANY($1::uuid[])`, [[id, scheduled]])).toEqual([]);
  });
});
