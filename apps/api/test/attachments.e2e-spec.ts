import { createHash, randomUUID } from 'node:crypto';
import { AttachmentsService } from '../src/modules/attachments/attachments.service';
import { UploadSweeper } from '../src/modules/attachments/upload-sweeper';
import { createRequestContext } from '../src/core/graphql/request-context';
import type { StoredFileEntity } from '../src/modules/attachments/stored-file.entity';
import type { AgendaItemEntity } from '../src/modules/meetings/agenda-item.entity';
import { auditEvents, countStatements } from './support/inspect';
import { tableWithCast, type FixtureUser } from './support/fixtures';
import { addAgendaItem, createMeeting, setMeetingStatus } from './support/meeting-fixtures';
import { sampleCompoundFile, sampleDocx, sampleExecutable, sampleOdt, samplePdf, samplePng, sampleZip } from './support/sample-files';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const ATTACH = `mutation ($item: ID!, $upload: ID!) {
  attachFile(agendaItemId: $item, uploadId: $upload) { id fileName contentType size sha256 uploadedAt url uploadedBy { id } }
}`;
const REMOVE = `mutation ($id: ID!) { removeAttachment(id: $id) }`;

describe('attachments over HTTP', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof tableWithCast>>;
  let openItem: string;
  let inCameraItem: string;

  async function upload(token: string | null, bytes: Buffer, name: string): Promise<{ status: number; body: any }> {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  async function uploadId(user: FixtureUser, bytes: Buffer, name: string): Promise<string> {
    const res = await upload(user.token, bytes, name);
    expect(res.status).toBe(201);
    return res.body.uploadId;
  }

  /** Uploads and attaches a file as the chair; returns the attachment id. */
  async function attached(item: string, bytes: Buffer, name: string): Promise<string> {
    const result = await t.gql(ATTACH, { item, upload: await uploadId(cast.chair, bytes, name) }, cast.chair.token);
    expect(result.errors).toBeUndefined();
    return result.data.attachFile.id;
  }

  const download = (id: string, token?: string | null) => fetch(`${t.url}/attachments/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://concertation.example.test' });
    cast = await tableWithCast(t);
    const meetingId = await createMeeting(t, cast.tableId);
    openItem = await addAgendaItem(t, meetingId, { title: 'Bilan fictif des activités' });
    inCameraItem = await addAgendaItem(t, meetingId, { title: 'Situation fictive confidentielle', confidentiality: 'IN_CAMERA' });
  });
  afterAll(() => t.close());

  describe('POST /uploads', () => {
    it('refuses an upload without a valid bearer token (401)', async () => {
      expect((await upload(null, samplePdf(), 'a.pdf')).status).toBe(401);
      expect((await upload('not-a-token', samplePdf(), 'a.pdf')).status).toBe(401);
    });

    it('accepts a real PDF and PNG, and stores their bytes in chunks with their SHA-256', async () => {
      const pdf = samplePdf(700 * 1024);
      const id = await uploadId(cast.chair, pdf, 'compte-rendu.pdf');
      const [row] = await t.dataSource.query(`SELECT content_type, size, sha256, agenda_item_id FROM stored_file WHERE id = $1`, [id]);
      expect(row).toEqual({ content_type: 'application/pdf', size: pdf.length, sha256: sha256(pdf), agenda_item_id: null });
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM file_chunk WHERE file_id = $1`, [id]);
      expect(n).toBe(Math.ceil(pdf.length / (256 * 1024)));
      const png = await uploadId(cast.chair, samplePng(), 'logo.png');
      expect((await t.dataSource.query(`SELECT content_type FROM stored_file WHERE id = $1`, [png]))[0].content_type).toBe('image/png');
    });

    it('judges by content, not by name: an executable renamed .pdf is refused (415)', async () => {
      const res = await upload(cast.chair.token, sampleExecutable(), 'ordre-du-jour.pdf');
      expect(res.status).toBe(415);
      expect((await upload(cast.chair.token, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'notes.txt')).status).toBe(415);
      expect((await upload(cast.chair.token, Buffer.from([1, 2, 0, 3, 0, 0, 4]), 'data.csv')).status).toBe(415);
    });

    it('accepts UTF-8 text and CSV, and a legacy Word document, but not another compound file', async () => {
      const csv = await uploadId(cast.chair, Buffer.from('organisme;présences\nOrganisme fictif;3\n', 'utf8'), 'présences.csv');
      const txt = await uploadId(cast.chair, Buffer.from('Notes fictives, été 2027\n', 'utf8'), 'notes.pdf');
      const doc = await uploadId(cast.chair, sampleCompoundFile('WordDocument'), 'rapport.doc');
      const types = await t.dataSource.query(`SELECT id, content_type, file_name FROM stored_file WHERE id IN ($1, $2, $3)`, [csv, txt, doc]);
      const byId = Object.fromEntries(types.map((r: any) => [r.id, r]));
      expect(byId[csv]).toEqual({ id: csv, content_type: 'text/csv', file_name: 'présences.csv' });
      expect(byId[txt].content_type).toBe('text/plain');
      expect(byId[doc].content_type).toBe('application/msword');
      expect((await upload(cast.chair.token, sampleCompoundFile('\u0005SummaryInformation'), 'setup.doc')).status).toBe(415);
    });

    it('accepts OpenDocument and Office Open XML files, but not other archives', async () => {
      const odt = await uploadId(cast.chair, sampleOdt(), 'compte-rendu.odt');
      const docx = await uploadId(cast.chair, sampleDocx(), 'compte-rendu.docx');
      const rows = await t.dataSource.query(`SELECT id, content_type FROM stored_file WHERE id IN ($1, $2)`, [odt, docx]);
      expect(Object.fromEntries(rows.map((r: any) => [r.id, r.content_type]))).toEqual({
        [odt]: 'application/vnd.oasis.opendocument.text',
        [docx]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      const archive = sampleZip([{ name: 'lisez-moi.txt', content: 'Archive fictive' }]);
      expect((await upload(cast.chair.token, archive, 'rapport.docx')).status).toBe(415);
    });

    it('refuses a file over 25 MB (413) and accepts one of exactly 25 MB', async () => {
      const limit = 25 * 1024 * 1024;
      const over = Buffer.alloc(limit + 1, 'a');
      expect((await upload(cast.chair.token, over, 'gros.txt')).status).toBe(413);
      const exact = Buffer.alloc(limit, 'a');
      expect((await upload(cast.chair.token, exact, 'juste.txt')).status).toBe(201);
    });

    it('answers 400 without a file', async () => {
      const form = new FormData();
      form.append('other', 'x');
      const res = await fetch(`${t.url}/uploads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${cast.chair.token}` } });
      expect(res.status).toBe(400);
    });
  });

  describe('attachFile and removeAttachment', () => {
    it('attaches an upload of an officer to an item, once, with an audit event', async () => {
      const pdf = samplePdf(10);
      const upload1 = await uploadId(cast.secretary, pdf, 'Procès-verbal fictif.pdf');
      const result = await t.gql(ATTACH, { item: openItem, upload: upload1 }, cast.secretary.token);
      expect(result.errors).toBeUndefined();
      const attachment = result.data.attachFile;
      expect(attachment).toMatchObject({
        id: upload1,
        fileName: 'Procès-verbal fictif.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: sha256(pdf),
        url: `https://concertation.example.test/attachments/${upload1}`,
        uploadedBy: { id: cast.secretary.id },
      });
      expect(await auditEvents(t, upload1)).toEqual([
        { action: 'attachment.added', actor_id: cast.secretary.id, table_id: cast.tableId, entity_type: 'attachment' },
      ]);

      const again = await t.gql(ATTACH, { item: inCameraItem, upload: upload1 }, cast.secretary.token);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      const [row] = await t.dataSource.query(`SELECT agenda_item_id FROM stored_file WHERE id = $1`, [upload1]);
      expect(row.agenda_item_id).toBe(openItem);
    });

    it("refuses someone else's upload, non-officers, unknown ids and frozen agendas", async () => {
      const membersUpload = await uploadId(cast.member, samplePng(), 'photo.png');
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: membersUpload }, cast.chair.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: membersUpload }, cast.member.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: membersUpload }, cast.coordinator.token))).toBe('FORBIDDEN');
      const chairsUpload = await uploadId(cast.chair, samplePng(), 'photo.png');
      expect(codeOf(await t.gql(ATTACH, { item: randomUUID(), upload: chairsUpload }, cast.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ATTACH, { item: 'not-an-id', upload: chairsUpload }, cast.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: randomUUID() }, cast.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: '1 OR 1=1' }, cast.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: chairsUpload }))).toBe('UNAUTHENTICATED');

      const cancelled = await createMeeting(t, cast.tableId, { status: 'CANCELLED' });
      const frozenItem = await addAgendaItem(t, cancelled);
      expect(codeOf(await t.gql(ATTACH, { item: frozenItem, upload: chairsUpload }, cast.chair.token))).toBe('FORBIDDEN');
      const [row] = await t.dataSource.query(`SELECT agenda_item_id FROM stored_file WHERE id = $1`, [chairsUpload]);
      expect(row.agenda_item_id).toBeNull();
    });

    it('lets officers remove an attachment, with an audit event; then it is gone', async () => {
      const id = await attached(openItem, samplePdf(), 'à-retirer.pdf');
      expect(codeOf(await t.gql(REMOVE, { id }, cast.member.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(REMOVE, { id: randomUUID() }, cast.chair.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(REMOVE, { id: 'nope' }, cast.chair.token))).toBe('NOT_FOUND');
      const result = await t.gql(REMOVE, { id }, cast.secretary.token);
      expect(result.data?.removeAttachment).toBe(true);
      expect((await download(id, cast.chair.token)).status).toBe(404);
      expect(await t.dataSource.query(`SELECT 1 FROM file_chunk WHERE file_id = $1`, [id])).toEqual([]);
      expect((await auditEvents(t, id)).map((e) => e.action)).toEqual(['attachment.added', 'attachment.removed']);
    });

    it('keeps the files of a frozen agenda', async () => {
      const meeting = await createMeeting(t, cast.tableId);
      const item = await addAgendaItem(t, meeting);
      const id = await attached(item, samplePng(), 'plan.png');
      await setMeetingStatus(t, meeting, 'ADJOURNED');
      expect(codeOf(await t.gql(REMOVE, { id }, cast.chair.token))).toBe('FORBIDDEN');
    });
  });

  describe('GET /attachments/:id', () => {
    it('streams the exact bytes back with safe headers', async () => {
      const pdf = samplePdf(900 * 1024);
      const id = await attached(openItem, pdf, 'Rapport « final » été.pdf');
      const res = await download(id, cast.member.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-length')).toBe(String(pdf.length));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="Rapport _ final _ _t_.pdf"; filename*=UTF-8''${encodeURIComponent('Rapport « final » été.pdf')}`,
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBe(pdf.length);
      expect(sha256(bytes)).toBe(sha256(pdf));
    });

    it('serves text with its charset', async () => {
      const id = await attached(openItem, Buffer.from('a;b\n1;2\n'), 'tableau.csv');
      const res = await download(id, cast.observer.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(await res.text()).toBe('a;b\n1;2\n');
    });

    it('follows the permissions of the agenda item: 401, 403, 404', async () => {
      const open = await attached(openItem, samplePng(), 'ouvert.png');
      const secret = await attached(inCameraItem, samplePng(), 'huis-clos.png');
      for (const who of [cast.chair, cast.secretary, cast.member, cast.observer]) expect((await download(open, who.token)).status).toBe(200);
      for (const who of [cast.chair, cast.secretary, cast.member]) expect((await download(secret, who.token)).status).toBe(200);
      expect((await download(secret, cast.observer.token)).status).toBe(403);
      expect((await download(open, cast.coordinator.token)).status).toBe(403);
      expect((await download(open, cast.outsider.token)).status).toBe(403);
      expect((await download(open)).status).toBe(401);
      expect((await download(open, 'bad-token')).status).toBe(401);
      expect((await download(randomUUID(), cast.chair.token)).status).toBe(404);
      expect((await download('42', cast.chair.token)).status).toBe(404);
      // An upload that is not attached yet is not an attachment.
      const loose = await uploadId(cast.chair, samplePng(), 'libre.png');
      expect((await download(loose, cast.chair.token)).status).toBe(404);
      const denied = await download(secret, cast.observer.token);
      expect(denied.headers.get('content-disposition')).toBeNull();
    });
  });

  describe('AgendaItem.attachments', () => {
    it("lists an item's files only for those who may see the item", async () => {
      const meeting = await createMeeting(t, cast.tableId);
      const open = await addAgendaItem(t, meeting);
      const secret = await addAgendaItem(t, meeting, { confidentiality: 'IN_CAMERA' });
      const a = await attached(open, samplePng(), 'a.png');
      const b = await attached(open, samplePdf(), 'b.pdf');
      const c = await attached(secret, samplePdf(), 'c.pdf');
      const service = t.app.get(AttachmentsService);
      const items = await t.dataSource.query(`SELECT id, meeting_id AS "meetingId", confidentiality FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [
        meeting,
      ]);
      const seen = async (who: FixtureUser, coordinator = false) => {
        const ctx = createRequestContext(
          { viewer: { userId: who.id, sessionId: randomUUID(), platformRole: coordinator ? 'COORDINATOR' : 'MEMBER', organizationId: null }, error: null },
          '127.0.0.1',
        );
        const lists: StoredFileEntity[][] = await Promise.all(items.map((item: AgendaItemEntity) => service.ofItem(ctx, item)));
        return lists.map((files) => files.map((f) => f.id));
      };
      expect(await seen(cast.member)).toEqual([[a, b], [c]]);
      expect(await seen(cast.observer)).toEqual([[a, b], []]);
      expect(await seen(cast.coordinator, true)).toEqual([[], []]);
      expect(await seen(cast.outsider)).toEqual([[], []]);
    });

    it('is served through GraphQL when the meeting query exists', async () => {
      const schema = await t.gql(`{ __type(name: "Query") { fields { name } } }`);
      if (!schema.data.__type.fields.some((f: { name: string }) => f.name === 'meeting')) return;
      const meeting = await createMeeting(t, cast.tableId);
      const open = await addAgendaItem(t, meeting, { title: 'Point public fictif' });
      const secret = await addAgendaItem(t, meeting, { title: 'Point à huis clos fictif', confidentiality: 'IN_CAMERA' });
      const visible = await attached(open, samplePng(), 'public.png');
      const hidden = await attached(secret, samplePng(), 'huis-clos.png');
      const query = `query ($id: ID!) { meeting(id: $id) { agenda { id attachments { id fileName url uploadedBy { id } } } } }`;
      const files = (data: any) => data.meeting.agenda.flatMap((item: any) => item.attachments.map((f: any) => f.id));
      const observer = await t.gql(query, { id: meeting }, cast.observer.token);
      expect(observer.errors).toBeUndefined();
      expect(files(observer.data)).toEqual([visible]);
      expect(JSON.stringify(observer.data)).not.toContain('huis-clos');
      const member = await t.gql(query, { id: meeting }, cast.member.token);
      expect(files(member.data)).toEqual([visible, hidden]);
      // One query for every item's files: a longer agenda costs no more statements.
      const statements = () => countStatements(t, () => t.gql(query, { id: meeting }, cast.member.token));
      const before = await statements();
      for (let i = 0; i < 4; i++) await attached(await addAgendaItem(t, meeting), samplePng(), `p${i}.png`);
      expect(await statements()).toBe(before);
      expect(member.data.meeting.agenda[0].attachments[0]).toEqual({
        id: visible,
        fileName: 'public.png',
        url: `https://concertation.example.test/attachments/${visible}`,
        uploadedBy: { id: cast.chair.id },
      });
    });
  });

  describe('expiry of unattached uploads', () => {
    it('deletes uploads left unattached for over an hour, and refuses to attach them meanwhile', async () => {
      const stale = await uploadId(cast.chair, samplePng(), 'oublié.png');
      const fresh = await uploadId(cast.chair, samplePng(), 'récent.png');
      const kept = await attached(openItem, samplePng(), 'gardé.png');
      await t.dataSource.query(`UPDATE stored_file SET uploaded_at = now() - interval '61 minutes' WHERE id IN ($1, $2)`, [stale, kept]);
      expect(codeOf(await t.gql(ATTACH, { item: openItem, upload: stale }, cast.chair.token))).toBe('NOT_FOUND');
      await t.app.get(UploadSweeper).sweep();
      await t.app.get(UploadSweeper).sweep();
      const left = await t.dataSource.query(`SELECT id FROM stored_file WHERE id IN ($1, $2, $3)`, [stale, fresh, kept]);
      expect(left.map((r: { id: string }) => r.id).sort()).toEqual([fresh, kept].sort());
      expect(await t.dataSource.query(`SELECT 1 FROM file_chunk WHERE file_id = $1`, [stale])).toEqual([]);
    });
  });
});
