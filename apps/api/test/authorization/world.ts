import { addMembership, createOrganization, createTable, createUser, regionId, seat, signIn, type FixtureUser } from '../support/fixtures';
import { insertItem, insertMeeting } from '../support/meeting-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The fixture world the authorization matrix runs in (all fictitious). Table A (provincial) is the table
 * under test: one organization (orgA) seated in every role, a meeting in progress with a public item and
 * an IN_CAMERA item, minutes with notes on both, decisions and action items on both, an attachment
 * on each, referrals to table C (above) and from table D (below), a consultation and a protocol. Table B is "another
 * table" (its MEMBER is a viewer); orgO is "another organization" (its user sits nowhere).
 *
 * Marker strings are unique words that appear nowhere else: a response that must not carry some
 * data is checked for them with JSON.stringify of the whole response (or the body of a file).
 */
export const VIEWERS = ['anonymous', 'stranger', 'observer', 'member', 'secretary', 'chair', 'coordinator', 'otherTable', 'otherOrg'] as const;
export type Viewer = (typeof VIEWERS)[number];

/** Viewers who read IN_CAMERA items, their notes, decisions and action items (docs/api-guide.md: the "read meetings…" rows). */
export const IN_CAMERA_READERS: readonly Viewer[] = ['member', 'secretary', 'chair'];
/** Viewers who sit at table A. */
export const SITTERS: readonly Viewer[] = ['observer', 'member', 'secretary', 'chair'];

/** In-camera markers: only CHAIR, SECRETARY and MEMBER of table A may ever receive them. */
export const CAMERA = {
  title: 'Qzxhuisclostitre',
  notes: 'Qzxhuisclosnotes',
  decision: 'Qzxhuisclosdecision',
  action: 'Qzxhuisclosaction',
  file: 'qzxhuisclosfichier',
} as const;
/** Table A's members-only markers: only those who sit at table A may receive them. */
export const TABLE_ONLY = {
  meeting: 'Qzxreunionfictive',
  item: 'Qzxpointpublic',
  notes: 'Qzxnotespubliques',
  summary: 'Qzxresumefictif',
  decision: 'Qzxdecisionpublique',
  action: 'Qzxactionpublique',
} as const;
export const CAMERA_MARKERS = Object.values(CAMERA);
export const TABLE_MARKERS = Object.values(TABLE_ONLY);

export interface World {
  t: TestApp;
  users: Record<Exclude<Viewer, 'anonymous'>, FixtureUser>;
  /** The bearer token of a viewer (null for anonymous); replaced when a session is revoked. */
  token(viewer: Viewer): string | null;
  /** A new session for the viewer (after signOut or changePassword revoked the old one). */
  resign(viewer: Viewer): Promise<void>;
  tableA: string;
  tableB: string;
  /** National, above A: referrals from A go there. */
  tableC: string;
  /** Regional, below A: referrals to A come from there (its chair: dChair). */
  tableD: string;
  /** A provincial table where new regional tables go (table B). */
  provincial: string;
  orgA: string;
  orgB: string;
  orgO: string;
  cChair: FixtureUser;
  dChair: FixtureUser;
  participants: Record<'observer' | 'member' | 'secretary' | 'chair', string>;
  meeting: string;
  publicItem: string;
  cameraItem: string;
  publicDecision: string;
  cameraDecision: string;
  publicAction: string;
  cameraAction: string;
  cameraAttachment: string;
  outgoingReferral: string;
  incomingReferral: string;
  consultation: string;
  protocol: string;
  /** Quebec's Montérégie region (QC-06). */
  region: string;
  /** A uuid that is a real row, but of another type (an organization's id). */
  otherTypeId: string;
}

export async function gqlOk(t: TestApp, query: string, variables: Record<string, unknown>, token: string | null): Promise<any> {
  const r = await t.gql(query, variables, token);
  if (r.errors) throw new Error(`world setup failed: ${JSON.stringify(r.errors)} for ${query.slice(0, 80)}`);
  return r.data;
}

export async function uploadText(t: TestApp, token: string, name: string, text: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  const res = await fetch(`${t.url}/uploads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { uploadId?: string };
  if (res.status !== 201 || !body.uploadId) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.uploadId;
}

/** A started app over a fresh database holding the world: each matrix spec's set-up. Close it with `w.t.close()`. */
export async function startWorld(): Promise<World> {
  const t = await startTestApp();
  try {
    return await buildWorld(t);
  } catch (error) {
    await t.close();
    throw error;
  }
}

/** The world of one spec file: started before its tests, closed after them. Call it in a describe; read the world inside tests. */
export function worldOfThisFile(): () => World {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());
  return () => w;
}

export async function buildWorld(t: TestApp): Promise<World> {
  // C (national) is above A and B (provincial); D (regional) is below A: referrals go up.
  const tableC = await createTable(t, { level: 'NATIONAL', name: 'Table nationale fictive C', regionCodes: ['CA-QC'] });
  const tableA = await createTable(t, { level: 'PROVINCIAL', name: 'Table provinciale fictive A', parentId: tableC, regionCodes: ['CA-QC'] });
  const tableB = await createTable(t, { level: 'PROVINCIAL', name: 'Table provinciale fictive B', parentId: tableC, regionCodes: ['CA-QC'] });
  const tableD = await createTable(t, { level: 'REGIONAL', name: 'Table régionale fictive D', parentId: tableA, regionCodes: ['QC-06'] });
  const provincial = tableB;
  const orgA = await createOrganization(t, { name: 'Organisme fictif A', sector: 'POLICE' });
  const orgB = await createOrganization(t, { name: 'Organisme fictif B', sector: 'COMMUNITY' });
  const orgC = await createOrganization(t, { name: 'Organisme fictif C', sector: 'HEALTH_AND_SOCIAL_SERVICES' });
  const orgO = await createOrganization(t, { name: 'Organisme fictif O', sector: 'EDUCATION' });
  await addMembership(t, tableA, orgA);
  await addMembership(t, tableB, orgB);
  await addMembership(t, tableC, orgC);
  await addMembership(t, tableD, orgC);

  const users = {
    stranger: await createUser(t, { displayName: 'Personne fictive sans organisme' }),
    observer: await createUser(t, { organizationId: orgA }),
    member: await createUser(t, { organizationId: orgA }),
    secretary: await createUser(t, { organizationId: orgA }),
    chair: await createUser(t, { organizationId: orgA }),
    coordinator: await createUser(t, { coordinator: true }),
    otherTable: await createUser(t, { organizationId: orgB }),
    otherOrg: await createUser(t, { organizationId: orgO }),
  };
  const participants = {
    observer: await seat(t, tableA, users.observer.id, 'OBSERVER', orgA),
    member: await seat(t, tableA, users.member.id, 'MEMBER', orgA),
    secretary: await seat(t, tableA, users.secretary.id, 'SECRETARY', orgA),
    chair: await seat(t, tableA, users.chair.id, 'CHAIR', orgA),
  };
  await seat(t, tableB, users.otherTable.id, 'MEMBER', orgB);
  const cChair = await createUser(t, { organizationId: orgC });
  await seat(t, tableC, cChair.id, 'CHAIR', orgC);
  const dChair = await createUser(t, { organizationId: orgC });
  await seat(t, tableD, dChair.id, 'CHAIR', orgC);

  const meeting = await insertMeeting(t, tableA, { title: `Réunion ${TABLE_ONLY.meeting}`, status: 'IN_PROGRESS' });
  const publicItem = await insertItem(t, meeting, { title: `Point ${TABLE_ONLY.item}` });
  const cameraItem = await insertItem(t, meeting, { title: `Dossier ${CAMERA.title}`, confidentiality: 'IN_CAMERA' });
  // The in-camera item is the current one: Meeting.currentItem is a nested path to it too.
  await t.dataSource.query(`UPDATE meeting SET agenda_published_at = now(), current_item_id = $2 WHERE id = $1`, [meeting, cameraItem]);
  const sec = users.secretary.token;
  await gqlOk(
    t,
    `mutation($id: ID!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: 1, input: $input) { version } }`,
    {
      id: meeting,
      input: {
        summary: `Résumé ${TABLE_ONLY.summary}`,
        itemNotes: [
          { agendaItemId: publicItem, notes: `Notes ${TABLE_ONLY.notes}` },
          { agendaItemId: cameraItem, notes: `Notes ${CAMERA.notes}` },
        ],
      },
    },
    sec,
  );
  const DECIDE = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
  const publicDecision = (
    await gqlOk(t, DECIDE, { input: { meetingId: meeting, agendaItemId: publicItem, text: `Décision ${TABLE_ONLY.decision}`, outcome: 'ADOPTED' } }, sec)
  ).recordDecision.id;
  const cameraDecision = (
    await gqlOk(t, DECIDE, { input: { meetingId: meeting, agendaItemId: cameraItem, text: `Décision ${CAMERA.decision}`, outcome: 'CONSENSUS' } }, sec)
  ).recordDecision.id;
  const ACTION = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
  const publicAction = (
    await gqlOk(
      t,
      ACTION,
      { input: { tableId: tableA, decisionId: publicDecision, title: `Action ${TABLE_ONLY.action}`, assigneeOrganizationId: orgA } },
      users.chair.token,
    )
  ).createActionItem.id;
  const cameraAction = (
    await gqlOk(
      t,
      ACTION,
      { input: { tableId: tableA, agendaItemId: cameraItem, title: `Action ${CAMERA.action}`, assigneeOrganizationId: orgA } },
      users.chair.token,
    )
  ).createActionItem.id;
  const ATTACH = `mutation($item: ID!, $upload: ID!) { attachFile(agendaItemId: $item, uploadId: $upload) { id } }`;
  const cameraAttachment = (
    await gqlOk(
      t,
      ATTACH,
      { item: cameraItem, upload: await uploadText(t, users.chair.token, `${CAMERA.file}.txt`, `Contenu ${CAMERA.file}`) },
      users.chair.token,
    )
  ).attachFile.id;

  const REFER = `mutation($input: ReferralInput!) { referAgendaItem(input: $input) { id } }`;
  const outgoingReferral = (
    await gqlOk(t, REFER, { input: { fromTableId: tableA, toTableId: tableC, sourceItemId: publicItem, title: 'Renvoi fictif sortant' } }, users.chair.token)
  ).referAgendaItem.id;
  const incomingReferral = (await gqlOk(t, REFER, { input: { fromTableId: tableD, toTableId: tableA, title: 'Renvoi fictif entrant' } }, dChair.token))
    .referAgendaItem.id;

  const consultation = (
    await gqlOk(
      t,
      `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
      {
        input: {
          tableId: tableA,
          title: 'Consultation fictive',
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          audienceTableIds: [tableA],
          questions: [{ prompt: 'Avis fictif ?', kind: 'TEXT' }],
        },
      },
      users.chair.token,
    )
  ).createConsultation.id;
  await gqlOk(t, `mutation($id: ID!) { openConsultation(id: $id) { id } }`, { id: consultation }, users.chair.token);
  const protocol = (
    await gqlOk(
      t,
      `mutation($input: CreateProtocolInput!) { createProtocol(input: $input) { id } }`,
      {
        input: { ownerTableId: tableA, title: 'Protocole fictif', sectors: ['POLICE'], body: '# Protocole fictif' },
      },
      users.chair.token,
    )
  ).createProtocol.id;

  const tokens = new Map<Viewer, string | null>(VIEWERS.map((v) => [v, v === 'anonymous' ? null : users[v].token]));
  return {
    t,
    users,
    token: (viewer) => tokens.get(viewer) ?? null,
    resign: async (viewer) => {
      if (viewer !== 'anonymous') tokens.set(viewer, await signIn(t, users[viewer].id));
    },
    tableA,
    tableB,
    tableC,
    tableD,
    provincial,
    orgA,
    orgB,
    orgO,
    cChair,
    dChair,
    participants,
    meeting,
    publicItem,
    cameraItem,
    publicDecision,
    cameraDecision,
    publicAction,
    cameraAction,
    cameraAttachment,
    outgoingReferral,
    incomingReferral,
    consultation,
    protocol,
    region: await regionId(t, 'QC-06'),
    otherTypeId: orgO,
  };
}
