import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { createUser, seat, tableWithCast } from './support/fixtures';
import { auditActions } from './support/inspect';
import { pdfText } from './support/pdf-text';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const EDIT = `mutation($id: ID!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: 1, input: $input) { version } }`;
const DECIDE = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
const ACTION = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const MARKDOWN = `query($id: ID!) { meeting(id: $id) { minutes { markdown } } }`;

describe('minutes export (Minutes.markdown, GET /meetings/:id/minutes.md and .pdf)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = (id: string, ext: 'md' | 'pdf', token?: string | null) =>
    fetch(`${t.url}/meetings/${id}/minutes.${ext}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** A started meeting with a public and an in-camera item, each with notes, a decision and an action item. */
  const recorded = async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, {
      title: 'Réunion régionale fictive',
      status: 'IN_PROGRESS',
      startsAt: new Date('2026-03-10T14:00:00Z'),
      endsAt: new Date('2026-03-10T16:00:00Z'),
    });
    const open = await insertItem(t, id, { title: 'Plan de prévention fictif' });
    const secret = await insertItem(t, id, { title: 'Dossier confidentiel fictif', confidentiality: 'IN_CAMERA' });
    const ok = (r: any) => {
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    ok(
      await t.gql(
        EDIT,
        {
          id,
          input: {
            summary: 'Résumé fictif de la séance',
            itemNotes: [
              { agendaItemId: open, notes: 'Notes publiques fictives' },
              { agendaItemId: secret, notes: 'Notes secrètes fictives' },
            ],
          },
        },
        c.secretary.token,
      ),
    );
    const publicDecision = ok(
      await t.gql(
        DECIDE,
        { input: { meetingId: id, agendaItemId: open, text: 'Adopter le plan fictif', outcome: 'ADOPTED', votesFor: 7, votesAgainst: 1, abstentions: 2 } },
        c.secretary.token,
      ),
    ).recordDecision.id;
    ok(
      await t.gql(DECIDE, { input: { meetingId: id, agendaItemId: secret, text: 'Décision confidentielle fictive', outcome: 'CONSENSUS' } }, c.secretary.token),
    );
    ok(
      await t.gql(
        ACTION,
        {
          input: {
            tableId: c.tableId,
            decisionId: publicDecision,
            title: 'Diffuser le plan fictif',
            assigneeOrganizationId: c.organizationId,
            dueOn: '2026-04-01',
          },
        },
        c.chair.token,
      ),
    );
    ok(await t.gql(ACTION, { input: { tableId: c.tableId, agendaItemId: secret, title: 'Suivi confidentiel fictif' } }, c.chair.token));
    const names = await t.dataSource.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [[c.member.id, c.observer.id]]);
    const nameOf = (userId: string) => names.find((n: any) => n.id === userId).display_name as string;
    await t.dataSource.query(`INSERT INTO attendance (meeting_id, user_id, organization_id, status) VALUES ($1, $2, $4, 'PRESENT'), ($1, $3, $4, 'EXCUSED')`, [
      id,
      c.member.id,
      c.observer.id,
      c.organizationId,
    ]);
    const tableName: string = (await t.dataSource.query(`SELECT name FROM round_table WHERE id = $1`, [c.tableId]))[0].name;
    return { c, id, secret, tableName, member: nameOf(c.member.id), observer: nameOf(c.observer.id) };
  };

  const PUBLIC = [
    'Réunion régionale fictive',
    'Plan de prévention fictif',
    'Notes publiques fictives',
    'Adopter le plan fictif',
    'Diffuser le plan fictif',
    'Résumé fictif de la séance',
  ];
  const IN_CAMERA = ['Dossier confidentiel fictif', 'Notes secrètes fictives', 'Décision confidentielle fictive', 'Suivi confidentiel fictif'];

  it('writes attendance, agenda with notes, decisions with votes and action items as each viewer may see them', async () => {
    const { c, id, secret, tableName, member, observer } = await recorded();
    const full = (await t.gql(MARKDOWN, { id }, c.member.token)).data.meeting.minutes.markdown as string;
    for (const text of [...PUBLIC, ...IN_CAMERA, tableName, member, observer]) expect(full).toContain(text);
    expect(full).toContain('# Procès-verbal — Réunion régionale fictive');
    expect(full).toContain('mardi 10 mars 2026');
    expect(full).toContain('### 1. Plan de prévention fictif');
    expect(full).toContain('### 2. Dossier confidentiel fictif (huis clos)');
    expect(full).toContain('**Adoptée (pour 7, contre 1, abstentions 2)** — Adopter le plan fictif');
    expect(full).toContain('- [ ] Diffuser le plan fictif — responsable Service de police fictif, échéance 2026-04-01, à faire');
    expect(full).toMatch(new RegExp(`${member} \\(Service de police fictif\\) — présent·e`));
    // Reading the in-camera notes through the minutes is audited like AgendaItem.notes.
    expect(await auditActions(t, secret)).toEqual(['agendaItem.read_in_camera']);

    const partial = (await t.gql(MARKDOWN, { id }, c.observer.token)).data.meeting.minutes.markdown as string;
    for (const text of PUBLIC) expect(partial).toContain(text);
    for (const text of IN_CAMERA) expect(partial).not.toContain(text);
    expect(partial).not.toContain('huis clos');
    expect(await auditActions(t, secret)).toEqual(['agendaItem.read_in_camera']);

    // The download is the same document, as a file.
    const res = await get(id, 'md', c.member.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="minutes.md"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toBe(full);
    const observed = await (await get(id, 'md', c.observer.token)).text();
    expect(observed).toBe(partial);

    // In English for an English-speaking reader.
    const english = await createUser(t, { organizationId: c.organizationId, locale: 'EN' });
    await seat(t, c.tableId, english.id, 'MEMBER', c.organizationId);
    const en = await (await get(id, 'md', english.token)).text();
    expect(en).toContain('# Minutes — Réunion régionale fictive');
    expect(en).toContain('**Adopted (for 7, against 1, abstentions 2)** — Adopter le plan fictif');
    expect(en).toContain('## Attendance');
  });

  it('answers 401, 404 and 403 like the .ics endpoint', async () => {
    const { c, id } = await recorded();
    const notStarted = await insertMeeting(t, c.tableId, { status: 'SCHEDULED' });
    for (const ext of ['md', 'pdf'] as const) {
      expect((await get(id, ext)).status).toBe(401);
      expect((await get(id, ext, 'bad-token')).status).toBe(401);
      expect((await get(UNKNOWN_ID, ext, c.member.token)).status).toBe(404);
      expect((await get('pas-un-id', ext, c.member.token)).status).toBe(404);
      expect((await get(notStarted, ext, c.member.token)).status).toBe(404);
      const outsider = await get(id, ext, c.outsider.token);
      expect(outsider.status).toBe(403);
      expect(await outsider.text()).not.toContain('fictif');
      expect((await get(id, ext, c.coordinator.token)).status).toBe(403);
    }
    expect(codeOf(await t.gql(MARKDOWN, { id }, c.coordinator.token))).toBe('FORBIDDEN');
  });

  it('writes a PDF with the table, date, attendance, items, decisions and actions; an observer gets no in-camera part', async () => {
    const { c, id, tableName, member, observer } = await recorded();
    const res = await get(id, 'pdf', c.secretary.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="minutes.pdf"');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const part of [
      ...PUBLIC,
      ...IN_CAMERA,
      tableName,
      member,
      observer,
      'mardi 10 mars 2026',
      'Présences',
      'Ordre du jour',
      'Suivis',
      'Adoptée (pour 7, contre 1, abstentions 2)',
      'échéance 2026-04-01',
    ]) {
      expect(text).toContain(part);
    }

    const observed = await pdfText(Buffer.from(await (await get(id, 'pdf', c.observer.token)).arrayBuffer()));
    for (const part of [...PUBLIC, tableName]) expect(observed).toContain(part);
    for (const part of IN_CAMERA) expect(observed).not.toContain(part);
  });
});
