import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { auditActions, notificationsOf } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const FIELDS = `id status summary version circulatedAt approvedAt approvedAtMeeting { id } meeting { id } revisions { version editor { id } editedAt }`;
const EDIT = `mutation($id: ID!, $v: Int!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const CIRCULATE = `mutation($id: ID!) { circulateMinutes(meetingId: $id) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $at: ID) { approveMinutes(meetingId: $id, atMeetingId: $at) { ${FIELDS} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { minutes { ${FIELDS} } agenda { id title notes } } }`;

describe('minutes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const started = async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS', startsAt: new Date(Date.now() - 3600_000) });
    const open = await insertItem(t, id, { title: 'Point public fictif' });
    const secret = await insertItem(t, id, { title: 'Point à huis clos fictif', confidentiality: 'IN_CAMERA' });
    return { c, id, open, secret };
  };

  it('exist from the start at version 1; officers edit summary and notes, each edit a revision', async () => {
    const { c, id, open, secret } = await started();
    const before = await insertMeeting(t, c.tableId, { status: 'SCHEDULED' });
    expect((await t.gql(READ, { id: before }, c.member.token)).data.meeting.minutes).toBeNull();
    expect(codeOf(await t.gql(EDIT, { id: before, v: 1, input: { summary: 'x' } }, c.secretary.token))).toBe('FORBIDDEN');

    const first = (await t.gql(READ, { id }, c.member.token)).data.meeting.minutes;
    expect(first).toMatchObject({ status: 'DRAFT', summary: null, version: 1, revisions: [] });

    const r = await t.gql(
      EDIT,
      {
        id,
        v: 1,
        input: {
          summary: 'Résumé fictif',
          itemNotes: [
            { agendaItemId: open, notes: 'Notes publiques' },
            { agendaItemId: secret, notes: 'Notes secrètes' },
          ],
        },
      },
      c.secretary.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.editMinutes).toMatchObject({
      id: first.id,
      version: 2,
      summary: 'Résumé fictif',
      revisions: [{ version: 2, editor: { id: c.secretary.id } }],
    });
    // Absent summary keeps it; the chair edits too.
    const r2 = await t.gql(EDIT, { id, v: 2, input: { itemNotes: [{ agendaItemId: open, notes: 'Notes publiques v2' }] } }, c.chair.token);
    expect(r2.data.editMinutes).toMatchObject({ version: 3, summary: 'Résumé fictif' });
    expect(r2.data.editMinutes.revisions.map((x: any) => x.version)).toEqual([2, 3]);
    const snapshot = await t.dataSource.query(`SELECT item_notes FROM minutes_revision WHERE minutes_id = $1 AND version = 3`, [first.id]);
    expect(snapshot[0].item_notes).toEqual({ [open]: 'Notes publiques v2', [secret]: 'Notes secrètes' });
    expect(await auditActions(t, first.id)).toEqual(['minutes.edited', 'minutes.edited']);

    // Notes as each viewer may see them; an observer never gets the in-camera item.
    const member = (await t.gql(READ, { id }, c.member.token)).data.meeting.agenda;
    expect(member.map((i: any) => i.notes)).toEqual(['Notes publiques v2', 'Notes secrètes']);
    expect(await auditActions(t, secret)).toEqual(['agendaItem.read_in_camera']);
    const observer = await t.gql(READ, { id }, c.observer.token);
    expect(observer.data.meeting.agenda.map((i: any) => i.notes)).toEqual(['Notes publiques v2']);
    expect(JSON.stringify(observer.data)).not.toContain('secrètes');
    // Explicit null clears the summary.
    expect((await t.gql(EDIT, { id, v: 3, input: { summary: null } }, c.secretary.token)).data.editMinutes).toMatchObject({ version: 4, summary: null });
  });

  it('refuses non-officers, unknown meetings, stale versions, foreign items and bad text', async () => {
    const { c, id, open } = await started();
    const other = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS' });
    const foreign = await insertItem(t, other);
    for (const viewer of [c.member, c.observer, c.outsider, c.coordinator]) {
      expect(codeOf(await t.gql(EDIT, { id, v: 1, input: { summary: 'x' } }, viewer.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CIRCULATE, { id }, viewer.token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(READ, { id }, c.coordinator.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(EDIT, { id, v: 1, input: { summary: 'x' } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(EDIT, { id: UNKNOWN_ID, v: 1, input: {} }, c.secretary.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(EDIT, { id: 'nope', v: 1, input: {} }, c.secretary.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(EDIT, { id, v: 2, input: { summary: 'x' } }, c.secretary.token))).toBe('CONFLICT');
    for (const agendaItemId of [foreign, UNKNOWN_ID, 'nope']) {
      expect(codeOf(await t.gql(EDIT, { id, v: 1, input: { itemNotes: [{ agendaItemId, notes: 'x' }] } }, c.secretary.token))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await t.gql(EDIT, { id, v: 1, input: { summary: 'x'.repeat(20_001) } }, c.secretary.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(EDIT, { id, v: 1, input: { itemNotes: [{ agendaItemId: open, notes: 'x'.repeat(20_001) }] } }, c.secretary.token))).toBe(
      'BAD_USER_INPUT',
    );
    // Every refused edit rolled back, lazy creation included: the first read makes version 1.
    expect(await t.dataSource.query(`SELECT id FROM minutes WHERE meeting_id = $1`, [id])).toEqual([]);
    expect((await t.gql(READ, { id }, c.observer.token)).data.meeting.minutes).toMatchObject({ version: 1, summary: null });
    expect((await t.dataSource.query(`SELECT notes FROM agenda_item WHERE id = $1`, [open]))[0].notes).toBeNull();
  });

  it('lets exactly one of 20 concurrent edits of one version win', async () => {
    const { c, id } = await started();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(EDIT, { id, v: 1, input: { summary: `Version concurrente ${i}` } }, i % 2 ? c.chair.token : c.secretary.token),
      ),
    );
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    expect(codes.filter((x) => x === 'OK')).toHaveLength(1);
    expect(codes.filter((x) => x === 'CONFLICT')).toHaveLength(19);
    const winner = results.find((r) => !r.errors)!.data.editMinutes;
    const row = await t.dataSource.query(`SELECT id, version, summary FROM minutes WHERE meeting_id = $1`, [id]);
    expect(row).toEqual([{ id: winner.id, version: 2, summary: winner.summary }]);
    expect(await t.dataSource.query(`SELECT version FROM minutes_revision WHERE minutes_id = $1`, [winner.id])).toEqual([{ version: 2 }]);
  });

  it('circulates (telling the table) and approves at a later meeting; approved minutes are frozen', async () => {
    const { c, id } = await started();
    expect(codeOf(await t.gql(APPROVE, { id }, c.chair.token))).toBe('FORBIDDEN');
    const circulated = await t.gql(CIRCULATE, { id }, c.secretary.token);
    expect(circulated.data.circulateMinutes).toMatchObject({ status: 'CIRCULATED', version: 1 });
    expect(circulated.data.circulateMinutes.circulatedAt).not.toBeNull();
    expect(codeOf(await t.gql(CIRCULATE, { id }, c.secretary.token))).toBe('FORBIDDEN');
    for (const u of [c.chair, c.member, c.observer]) expect((await notificationsOf(t, u.id)).map((n) => n.kind)).toEqual(['MINUTES_CIRCULATED']);
    expect(await notificationsOf(t, c.secretary.id)).toEqual([]);
    expect(await notificationsOf(t, c.outsider.id)).toEqual([]);
    // Circulated minutes can still be corrected.
    expect((await t.gql(EDIT, { id, v: 1, input: { summary: 'Corrigé' } }, c.secretary.token)).data.editMinutes.version).toBe(2);

    const earlier = await insertMeeting(t, c.tableId, { startsAt: new Date(Date.now() - 30 * 86_400_000) });
    const elsewhere = await tableWithCast(t);
    const foreign = await insertMeeting(t, elsewhere.tableId);
    const later = await insertMeeting(t, c.tableId, { startsAt: new Date(Date.now() + 30 * 86_400_000) });
    expect(codeOf(await t.gql(APPROVE, { id, at: earlier }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(APPROVE, { id, at: foreign }, c.chair.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(APPROVE, { id, at: UNKNOWN_ID }, c.chair.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(APPROVE, { id, at: later }, c.member.token))).toBe('FORBIDDEN');
    const approved = await t.gql(APPROVE, { id, at: later }, c.chair.token);
    expect(approved.data.approveMinutes).toMatchObject({ status: 'APPROVED', approvedAtMeeting: { id: later }, version: 2 });
    expect(codeOf(await t.gql(EDIT, { id, v: 2, input: { summary: 'Trop tard' } }, c.secretary.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(APPROVE, { id }, c.chair.token))).toBe('FORBIDDEN');
    const minutesId = approved.data.approveMinutes.id;
    expect(await auditActions(t, minutesId)).toEqual(['minutes.circulated', 'minutes.edited', 'minutes.approved']);
  });
});
