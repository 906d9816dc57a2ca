import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { tableWithCast } from './support/fixtures';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

// Every address and number below is made up: no person holds them.
const SUMMARY = 'Mère fictive jointe à jean.fictif@exemple.test et au 514 555-0199; code postal H2X 1Y4.';
const PUBLIC_NOTES = 'NAS 046 454 286, carte TREM 8503 1512, jeune née le 12 avril 2010.';
const CAMERA_NOTES = 'Rappeler au (418) 555-0142.';
const ORDINARY_NOTES = 'Rencontre à 14 h 30, salle 2.14 : art. 38 LPJ, 12 500 $ et 37 % des 1 204 signalements (référence R-2024-0187).';

const WARNINGS = 'personalInformationWarnings { kind field excerpt }';
const EDIT = `mutation($id: ID!, $v: Int!, $input: MinutesInput!) {
  editMinutes(meetingId: $id, expectedVersion: $v, input: $input) { version summary ${WARNINGS} }
}`;
const READ = `query($id: ID!) { meeting(id: $id) { minutes { summary ${WARNINGS} } agenda { id notes ${WARNINGS} } } }`;

describe('personal-information warnings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A meeting in progress whose secretary saved a summary and notes holding every kind of personal information. */
  const minutesWithPersonalInformation = async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS', startsAt: new Date(Date.now() - 3600_000) });
    const open = await insertItem(t, id, { title: 'Point public fictif' });
    const camera = await insertItem(t, id, { title: 'Point à huis clos fictif', confidentiality: 'IN_CAMERA' });
    const ordinary = await insertItem(t, id, { title: 'Bilan fictif' });
    const input = {
      summary: SUMMARY,
      itemNotes: [
        { agendaItemId: open, notes: PUBLIC_NOTES },
        { agendaItemId: camera, notes: CAMERA_NOTES },
        { agendaItemId: ordinary, notes: ORDINARY_NOTES },
      ],
    };
    const saved = await t.gql(EDIT, { id, v: 1, input }, c.secretary.token);
    return { c, id, open, camera, ordinary, saved };
  };

  const summaryWarnings = [
    { kind: 'EMAIL_ADDRESS', field: 'summary', excerpt: 'j**********************t' },
    { kind: 'PHONE_NUMBER', field: 'summary', excerpt: '5**********9' },
    { kind: 'POSTAL_CODE', field: 'summary', excerpt: 'H*****4' },
  ];
  const publicWarnings = (open: string) => [
    { kind: 'SOCIAL_INSURANCE_NUMBER', field: open, excerpt: '0*********6' },
    { kind: 'HEALTH_INSURANCE_NUMBER', field: open, excerpt: 'T************2' },
    { kind: 'DATE_OF_BIRTH', field: open, excerpt: '1***********0' },
  ];
  const cameraWarnings = (camera: string) => [{ kind: 'PHONE_NUMBER', field: camera, excerpt: '(************2' }];

  it('saves text with personal information as written, and tells the secretary in the answer', async () => {
    const { c, id, saved } = await minutesWithPersonalInformation();
    expect(saved.errors).toBeUndefined();
    expect(saved.data.editMinutes.version).toBe(2);
    expect(saved.data.editMinutes.summary).toBe(SUMMARY);
    expect(saved.data.editMinutes.personalInformationWarnings.map((w: { kind: string }) => w.kind)).toEqual([
      'EMAIL_ADDRESS',
      'PHONE_NUMBER',
      'POSTAL_CODE',
      'SOCIAL_INSURANCE_NUMBER',
      'HEALTH_INSURANCE_NUMBER',
      'DATE_OF_BIRTH',
      'PHONE_NUMBER',
    ]);
    // A later edit is not refused either.
    const again = await t.gql(EDIT, { id, v: 2, input: { summary: `${SUMMARY} Née le 3 août 2009.` } }, c.chair.token);
    expect(again.errors).toBeUndefined();
    expect(again.data.editMinutes.personalInformationWarnings).toContainEqual({ kind: 'DATE_OF_BIRTH', field: 'summary', excerpt: '3*********9' });
  });

  it.each(['chair', 'secretary'] as const)('the %s reads every warning of the summary and of each item, masked, in camera included', async (officer) => {
    const { c, id, open, camera, ordinary } = await minutesWithPersonalInformation();
    const r = await t.gql(READ, { id }, c[officer].token);
    expect(r.errors).toBeUndefined();
    expect(r.data.meeting.minutes.personalInformationWarnings).toEqual([...summaryWarnings, ...publicWarnings(open), ...cameraWarnings(camera)]);
    const byItem = Object.fromEntries(
      r.data.meeting.agenda.map((item: { id: string; personalInformationWarnings: unknown[] }) => [item.id, item.personalInformationWarnings]),
    );
    expect(byItem).toEqual({ [open]: publicWarnings(open), [camera]: cameraWarnings(camera), [ordinary]: [] });
    // The warnings themselves never repeat what they warn about.
    const warnings = JSON.stringify([r.data.meeting.minutes.personalInformationWarnings, byItem]);
    for (const raw of ['jean.fictif', '555-0199', 'H2X 1Y4', '046 454 286', 'TREM 8503 1512', '12 avril 2010', '555-0142']) expect(warnings).not.toContain(raw);
  });

  it.each(['member', 'observer'] as const)('the %s reads the minutes but gets no warning', async (viewer) => {
    const { c, id } = await minutesWithPersonalInformation();
    const r = await t.gql(READ, { id }, c[viewer].token);
    expect(r.errors).toBeUndefined();
    expect(r.data.meeting.minutes).toEqual({ summary: SUMMARY, personalInformationWarnings: [] });
    expect(r.data.meeting.agenda.length).toBeGreaterThanOrEqual(2);
    for (const item of r.data.meeting.agenda) expect(item.personalInformationWarnings).toEqual([]);
  });

  it('gives nothing to those who do not sit at the table', async () => {
    const { c, id } = await minutesWithPersonalInformation();
    for (const viewer of [c.outsider, c.coordinator]) expect(codeOf(await t.gql(READ, { id }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(READ, { id }))).toBe('UNAUTHENTICATED');
  });

  it('finds nothing in ordinary minutes', async () => {
    const c = await tableWithCast(t);
    const id = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS', startsAt: new Date(Date.now() - 3600_000) });
    const item = await insertItem(t, id);
    const input = {
      summary: 'Rencontre du 2024-03-12 à 9 h; prochaine le 10/12/2024. Voir https://exemple.org/bilan?annee=2024.',
      itemNotes: [{ agendaItemId: item, notes: ORDINARY_NOTES }],
    };
    expect((await t.gql(EDIT, { id, v: 1, input }, c.secretary.token)).data.editMinutes.personalInformationWarnings).toEqual([]);
  });
});
