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
 * The meeting in progress holds votes and a speakers' list (docs/api-guide.md, "Votes", "Speakers'
 * list"): a CLOSED vote on the IN_CAMERA item (a marker in its question), and on the public item a
 * CLOSED secret vote and an OPEN one, each of CHOICE with marked options (BALLOT). A second member
 * organization of table A (orgV, whose one MEMBER `voterV` is no viewer) casts a ballot in each, and
 * the member casts orgA's in the secret one: so every viewer reads ballots of both organizations,
 * of which only the member's own secret choice is theirs to read. The member asked to speak on the
 * current (IN_CAMERA) item. Table A's quorum is one organization: the matrix's rows make
 * organizations members of table A as they go, and openVote's cells need the quorum reached.
 *
 * Table A also has another meeting (`otherMeeting`, scheduled, agenda published, an IN_CAMERA item
 * with an attachment). Three viewers are confirmed users of orgA who do not sit at table A, and
 * orgA sends them as substitutes (docs/api-guide.md, "Representation"): `substitute` is sent to
 * `meeting`, where they read and act as a MEMBER, in camera included, and nowhere else;
 * `otherSubstitute` is sent to `otherMeeting`, so that `meeting` is for them another meeting of the
 * table; `withdrawnSubstitute` was sent to `meeting`, then withdrawn. Table-wide reads (the table's
 * meetings, its action items, consultations, referrals) treat all three as people who do not sit at
 * the table; being users of orgA, they own the action items assigned to it.
 *
 * Marker strings are unique words that appear nowhere else: a response that must not carry some
 * data is checked for them with JSON.stringify of the whole response (or the body of a file).
 */
export const VIEWERS = [
  'anonymous',
  'stranger',
  'observer',
  'member',
  'secretary',
  'chair',
  'coordinator',
  'otherTable',
  'otherOrg',
  'substitute',
  'otherSubstitute',
  'withdrawnSubstitute',
] as const;
export type Viewer = (typeof VIEWERS)[number];

/** Viewers who read IN_CAMERA items, their notes, decisions and action items (docs/api-guide.md: the "read meetings…" rows). */
export const IN_CAMERA_READERS: readonly Viewer[] = ['member', 'secretary', 'chair'];
/** Viewers who sit at table A. */
export const SITTERS: readonly Viewer[] = ['observer', 'member', 'secretary', 'chair'];
/** Viewers who read `meeting`: those who sit at table A, and the substitute sent to it. */
export const MEETING_READERS: readonly Viewer[] = [...SITTERS, 'substitute'];
/** Viewers who read the IN_CAMERA content of `meeting` (a substitute is a MEMBER there). */
export const MEETING_CAMERA_READERS: readonly Viewer[] = [...IN_CAMERA_READERS, 'substitute'];
/** Viewers who read `otherMeeting`: those who sit at table A, and the substitute sent to it. */
export const OTHER_MEETING_READERS: readonly Viewer[] = [...SITTERS, 'otherSubstitute'];
/** Viewers who read the IN_CAMERA content of `otherMeeting`. */
export const OTHER_MEETING_CAMERA_READERS: readonly Viewer[] = [...IN_CAMERA_READERS, 'otherSubstitute'];
/** Users of orgA, the assignee organization of the world's action items: they own them, seated at table A or not. */
export const ORG_A_USERS: readonly Viewer[] = [...SITTERS, 'substitute', 'otherSubstitute', 'withdrawnSubstitute'];

/** In-camera markers of `meeting`: only CHAIR, SECRETARY and MEMBER of table A may ever receive them, and the substitute sent to it all but the action item's. */
export const CAMERA = {
  title: 'Qzxhuisclostitre',
  notes: 'Qzxhuisclosnotes',
  decision: 'Qzxhuisclosdecision',
  action: 'Qzxhuisclosaction',
  file: 'qzxhuisclosfichier',
  vote: 'Qzxhuisclosvote',
} as const;
/** Table A's members-only markers: only those who sit at table A may receive them (and the readers of `meeting`, those of it). */
export const TABLE_ONLY = {
  meeting: 'Qzxreunionfictive',
  item: 'Qzxpointpublic',
  notes: 'Qzxnotespubliques',
  summary: 'Qzxresumefictif',
  decision: 'Qzxdecisionpublique',
  action: 'Qzxactionpublique',
} as const;
/** Markers of `otherMeeting`: its title for those who sit at table A, its IN_CAMERA item and attachment for its in-camera readers. */
export const OTHER = {
  meeting: 'Qzxautrereunion',
  camera: 'Qzxautrehuisclos',
  file: 'qzxautrefichier',
} as const;
export const CAMERA_MARKERS = Object.values(CAMERA);
export const TABLE_MARKERS = Object.values(TABLE_ONLY);
export const OTHER_MARKERS = Object.values(OTHER);
export const OTHER_CAMERA_MARKERS = [OTHER.camera, OTHER.file];
export const ALL_MARKERS = [...CAMERA_MARKERS, ...TABLE_MARKERS, ...OTHER_MARKERS];

const MEETING_PUBLIC = [TABLE_ONLY.meeting, TABLE_ONLY.item, TABLE_ONLY.notes, TABLE_ONLY.summary, TABLE_ONLY.decision];
const MEETING_CAMERA = [CAMERA.title, CAMERA.notes, CAMERA.decision, CAMERA.file, CAMERA.vote];
/**
 * The markers each viewer may receive in an answer it is allowed (a refusal carries none). The
 * public action item is assigned to orgA: its users own it, and read it without a seat. Action
 * items are table-wide: the in-camera one stays closed to the substitute, even on their meeting.
 */
export const READABLE: Record<Viewer, readonly string[]> = {
  anonymous: [],
  stranger: [],
  coordinator: [],
  otherTable: [],
  otherOrg: [],
  observer: [...TABLE_MARKERS, OTHER.meeting],
  member: ALL_MARKERS,
  secretary: ALL_MARKERS,
  chair: ALL_MARKERS,
  substitute: [...MEETING_PUBLIC, ...MEETING_CAMERA, TABLE_ONLY.action],
  otherSubstitute: [...OTHER_MARKERS, TABLE_ONLY.action],
  withdrawnSubstitute: [TABLE_ONLY.action],
};

/**
 * The options of the world's CHOICE votes. Options are public (a vote's `options`, its `results`, a
 * decision's text), so these are no markers: what they mark is a ballot's `choice`. Only whoever
 * CHOICE_READERS names may ever receive a `choice` of that value: in the secret vote, the member
 * who cast orgA's (officers no more than anyone else), and no viewer orgV's; in the open vote, no
 * viewer orgV's (while a vote is open, each one reads the ballots they cast or may cast). The
 * audit log carries none of them at all.
 */
export const BALLOT = {
  secret: 'Qzxchoixsecret',
  secretOther: 'Qzxchoixcache',
  open: 'Qzxchoixouvert',
  openOther: 'Qzxchoixrival',
} as const;
export const BALLOT_WORDS = Object.values(BALLOT);
export const CHOICE_READERS: Record<string, readonly Viewer[]> = {
  [BALLOT.secret]: ['member'],
  [BALLOT.secretOther]: [],
  [BALLOT.open]: [],
  [BALLOT.openOther]: [],
};
/** The questions of the world's votes on the public item. */
export const QUESTIONS = { secret: 'Vote fictif secret ?', open: 'Vote fictif ouvert ?' } as const;

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
  /** A second member organization of table A, whose one MEMBER (`voterV`) casts its ballots. */
  orgV: string;
  voterV: FixtureUser;
  cChair: FixtureUser;
  dChair: FixtureUser;
  participants: Record<'observer' | 'member' | 'secretary' | 'chair', string>;
  meeting: string;
  /** Another meeting of table A, scheduled after `meeting`. */
  otherMeeting: string;
  otherAttachment: string;
  publicItem: string;
  cameraItem: string;
  publicDecision: string;
  cameraDecision: string;
  publicAction: string;
  cameraAction: string;
  cameraAttachment: string;
  /** CLOSED, on the IN_CAMERA item, CAMERA.vote in its question. */
  cameraVote: string;
  /** CLOSED and secret, on the public item: orgA's ballot cast by the member (BALLOT.secret), orgV's by voterV. */
  secretVote: string;
  /** OPEN, on the public item: orgV's ballot cast (BALLOT.open). */
  openVote: string;
  /** The member's WAITING request to speak on the current (IN_CAMERA) item. */
  speakerRequest: string;
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

/** orgA sends `userId` to the meeting (sendSubstitute, as the sender): the substitution's id. */
export async function sendSubstitute(t: TestApp, token: string, meetingId: string, organizationId: string, userId: string): Promise<string> {
  const SEND = `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id } }`;
  return (await gqlOk(t, SEND, { m: meetingId, o: organizationId, u: userId }, token)).sendSubstitute.id;
}

/** A started app over a fresh database holding the world: each matrix spec's set-up. Close it with `w.t.close()`. */
export async function startWorld(): Promise<World> {
  // One officer makes the fresh rows of every cell and runs every bad id: far more changes a minute
  // than a person's allowance (MUTATIONS_PER_MINUTE), which limits-throttle tests on its own.
  const t = await startTestApp({ MUTATIONS_PER_MINUTE: '100000' });
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
  // The world is some hundred mutations: on PGlite, with another test file's worker beside it, that
  // takes more than Jest's default minute.
  beforeAll(async () => {
    w = await startWorld();
  }, 180_000);
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
  const orgV = await createOrganization(t, { name: 'Organisme fictif V', sector: 'MUNICIPAL' });
  await addMembership(t, tableA, orgA);
  await addMembership(t, tableA, orgV);
  await t.dataSource.query(`UPDATE round_table SET quorum = 1 WHERE id = $1`, [tableA]);
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
    // Confirmed users of orgA who sit nowhere: orgA sends them as substitutes below.
    substitute: await createUser(t, { organizationId: orgA }),
    otherSubstitute: await createUser(t, { organizationId: orgA }),
    withdrawnSubstitute: await createUser(t, { organizationId: orgA }),
  };
  const participants = {
    observer: await seat(t, tableA, users.observer.id, 'OBSERVER', orgA),
    member: await seat(t, tableA, users.member.id, 'MEMBER', orgA),
    secretary: await seat(t, tableA, users.secretary.id, 'SECRETARY', orgA),
    chair: await seat(t, tableA, users.chair.id, 'CHAIR', orgA),
  };
  await seat(t, tableB, users.otherTable.id, 'MEMBER', orgB);
  const voterV = await createUser(t, { organizationId: orgV });
  await seat(t, tableA, voterV.id, 'MEMBER', orgV);
  const cChair = await createUser(t, { organizationId: orgC });
  await seat(t, tableC, cChair.id, 'CHAIR', orgC);
  const dChair = await createUser(t, { organizationId: orgC });
  await seat(t, tableD, dChair.id, 'CHAIR', orgC);

  const meeting = await insertMeeting(t, tableA, { title: 'Réunion fictive en cours', status: 'IN_PROGRESS' });
  // The withdrawn substitute is sent and withdrawn before the meeting takes its marker title: the
  // SUBSTITUTE_INVITED notification they keep tells the title of that time, so that a marker in
  // any answer of theirs comes from a path that still lets them in. Then the substitute is sent,
  // which replaces nothing (one substitute stands per meeting and organization).
  const withdrawnSubstitution = await sendSubstitute(t, users.member.token, meeting, orgA, users.withdrawnSubstitute.id);
  await gqlOk(t, `mutation($id: ID!) { withdrawSubstitute(id: $id) }`, { id: withdrawnSubstitution }, users.chair.token);
  await t.dataSource.query(`UPDATE meeting SET title = $2 WHERE id = $1`, [meeting, `Réunion ${TABLE_ONLY.meeting}`]);
  await sendSubstitute(t, users.member.token, meeting, orgA, users.substitute.id);
  // Another meeting of table A, after this one (so that it is not the table's next meeting).
  const otherMeeting = await insertMeeting(t, tableA, { title: `Réunion ${OTHER.meeting}`, startsAt: new Date(Date.now() + 14 * 86_400_000) });
  const otherCameraItem = await insertItem(t, otherMeeting, { title: `Dossier ${OTHER.camera}`, confidentiality: 'IN_CAMERA' });
  await t.dataSource.query(`UPDATE meeting SET agenda_published_at = now() WHERE id = $1`, [otherMeeting]);
  await sendSubstitute(t, users.chair.token, otherMeeting, orgA, users.otherSubstitute.id);
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

  const otherAttachment = (
    await gqlOk(
      t,
      ATTACH,
      { item: otherCameraItem, upload: await uploadText(t, users.chair.token, `${OTHER.file}.txt`, `Contenu ${OTHER.file}`) },
      users.chair.token,
    )
  ).attachFile.id;

  // Votes of the meeting in progress, and its speakers' list: the member and orgV's voter present.
  const ATTEND = `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`;
  for (const person of [users.member, voterV]) await gqlOk(t, ATTEND, { m: meeting, u: person.id }, sec);
  const CAST = `mutation($v: ID!, $o: ID!, $c: String!) { castBallot(voteId: $v, organizationId: $o, choice: $c) { castAt } }`;
  const CLOSE = `mutation($id: ID!) { closeVote(id: $id) { id } }`;
  const openVoteOn = async (input: Record<string, unknown>) =>
    (
      await gqlOk(
        t,
        `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`,
        { input: { threshold: 'SIMPLE_MAJORITY', ...input } },
        users.chair.token,
      )
    ).openVote.id as string;
  const cameraVote = await openVoteOn({ agendaItemId: cameraItem, question: `Vote ${CAMERA.vote} ?`, method: 'YES_NO_ABSTAIN' });
  await gqlOk(t, CAST, { v: cameraVote, o: orgA, c: 'YES' }, users.member.token);
  await gqlOk(t, CLOSE, { id: cameraVote }, users.chair.token);
  const secretVote = await openVoteOn({
    agendaItemId: publicItem,
    question: QUESTIONS.secret,
    method: 'CHOICE',
    options: [BALLOT.secret, BALLOT.secretOther],
    secret: true,
  });
  await gqlOk(t, CAST, { v: secretVote, o: orgA, c: BALLOT.secret }, users.member.token);
  await gqlOk(t, CAST, { v: secretVote, o: orgV, c: BALLOT.secretOther }, voterV.token);
  await gqlOk(t, CLOSE, { id: secretVote }, users.chair.token);
  const openVote = await openVoteOn({ agendaItemId: publicItem, question: QUESTIONS.open, method: 'CHOICE', options: [BALLOT.open, BALLOT.openOther] });
  await gqlOk(t, CAST, { v: openVote, o: orgV, c: BALLOT.open }, voterV.token);
  const speakerRequest = (await gqlOk(t, `mutation($m: ID!) { requestToSpeak(meetingId: $m) { id } }`, { m: meeting }, users.member.token)).requestToSpeak
    .id as string;

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
    orgV,
    voterV,
    cChair,
    dChair,
    participants,
    meeting,
    otherMeeting,
    otherAttachment,
    publicItem,
    cameraItem,
    publicDecision,
    cameraDecision,
    publicAction,
    cameraAction,
    cameraAttachment,
    cameraVote,
    secretVote,
    openVote,
    speakerRequest,
    outgoingReferral,
    incomingReferral,
    consultation,
    protocol,
    region: await regionId(t, 'QC-06'),
    otherTypeId: orgO,
  };
}
