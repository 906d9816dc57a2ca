import { FIXTURE_PASSWORD, createOrganization, createTable, createUser, seat, addMembership } from '../support/fixtures';
import { Topics } from '../../src/core/pubsub/topics';
import { insertItem, insertMeeting } from '../support/meeting-fixtures';
import { CAMERA, IN_CAMERA_READERS, SITTERS, VIEWERS, gqlOk, uploadText, type Viewer, type World } from './world';

/**
 * The authorization matrix as data: one entry per operation (some operations have two, for two
 * cases of one rule), derived row by row from the "Who may do what" tables and rules of
 * docs/api-guide.md (each entry cites its rule). The spec files iterate it.
 *
 * An outcome is 'ok' (no error; for HTTP, 200) or the exact error code (HTTP: 401, 403, 404).
 */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
export type Expectation = Record<Viewer, Outcome>;
type Vars = Record<string, unknown>;

export interface GqlEntry {
  /** The root field of Query or Mutation. */
  operation: string;
  /** Tells two entries of one operation apart. */
  case?: string;
  row: string;
  document: string;
  /** Variables for that viewer, creating fresh rows where the operation changes state. */
  variables(w: World, viewer: Viewer): Vars | Promise<Vars>;
  expect: Expectation;
  /** For IN_CAMERA readers, an allowed response must carry an in-camera marker (the leak check can fail). */
  revealsCamera?: boolean;
  /** 'fresh': run on a new session of the viewer; 'revokes': the viewer signs in again afterwards. */
  session?: 'fresh' | 'revokes';
}

export interface HttpEntry {
  operation: string;
  row: string;
  path(w: World): string;
  pdf?: boolean;
  expect: Expectation;
  revealsCamera?: boolean;
}

const denyCode = (v: Viewer): Outcome => (v === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
/** The listed viewers are allowed; the others are refused (anonymous: UNAUTHENTICATED). */
export const allow = (...ok: readonly Viewer[]): Expectation => Object.fromEntries(VIEWERS.map((v) => [v, ok.includes(v) ? 'ok' : denyCode(v)])) as Expectation;
const SIGNED_IN = VIEWERS.filter((v) => v !== 'anonymous');
const OFFICERS: Viewer[] = ['secretary', 'chair'];
const everyone = (outcome: Outcome): Expectation => Object.fromEntries(VIEWERS.map((v) => [v, outcome])) as Expectation;

// Fresh rows for operations that change state (one per viewer, so that each call starts alike).
const soon = (days = 7) => new Date(Date.now() + days * 86_400_000);
const meetingAt = (w: World, status = 'SCHEDULED') => insertMeeting(w.t, w.tableA, { title: 'Réunion fictive de travail', status, startsAt: soon() });
const meetingWithItem = async (w: World, status = 'SCHEDULED') => {
  const meetingId = await meetingAt(w, status);
  return { meetingId, itemId: await insertItem(w.t, meetingId, { title: 'Point fictif de travail' }) };
};
const actionItemOfA = async (w: World) =>
  (
    await gqlOk(
      w.t,
      `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`,
      {
        input: { tableId: w.tableA, title: 'Action fictive de travail', assigneeOrganizationId: w.orgA },
      },
      w.users.chair.token,
    )
  ).createActionItem.id as string;
const draftConsultation = async (w: World) =>
  (
    await gqlOk(
      w.t,
      `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id questions { id } } }`,
      {
        input: {
          tableId: w.tableA,
          title: 'Consultation fictive de travail',
          closesAt: soon(1).toISOString(),
          audienceTableIds: [w.tableA],
          questions: [{ prompt: 'Avis fictif ?', kind: 'TEXT' }],
        },
      },
      w.users.chair.token,
    )
  ).createConsultation as { id: string; questions: Array<{ id: string }> };
const openedConsultation = async (w: World) => {
  const c = await draftConsultation(w);
  await gqlOk(w.t, `mutation($id: ID!) { openConsultation(id: $id) { id } }`, { id: c.id }, w.users.chair.token);
  return c;
};
const seatedUser = async (w: World) => {
  const user = await createUser(w.t, { organizationId: w.orgA });
  return { user, participantId: await seat(w.t, w.tableA, user.id, 'MEMBER', w.orgA) };
};
const editedMinutes = (w: World, meetingId: string) =>
  gqlOk(
    w.t,
    `mutation($id: ID!) { editMinutes(meetingId: $id, expectedVersion: 1, input: { summary: "Résumé fictif" }) { version } }`,
    { id: meetingId },
    w.users.secretary.token,
  );
const unique = () => Math.random().toString(36).slice(2, 10);

// What a viewer may see of a meeting, down every nested path that leads to agenda items.
const ITEM = `id title notes confidentiality decisions { text } actionItems { title } attachments { fileName } referral { title }`;
const MEETING = `id title agenda { ${ITEM} } currentItem { ${ITEM} } decisions { text agendaItem { title notes } }
  actionItems { title agendaItem { title } decision { text } } minutes { summary markdown }`;
const ACTION_ITEM = `id title description decision { text agendaItem { title notes } } agendaItem { ${ITEM} } meeting { title } updates { body }`;
const TABLE = `id name participants { id } meetings { ${MEETING} } actionItems { edges { node { ${ACTION_ITEM} } } }
  consultations { id title } incomingReferrals { title scheduledItem { title } outcomeDecisions { text } }
  outgoingReferrals { title sourceItem { title notes } scheduledItem { title } }`;

export const QUERIES: GqlEntry[] = [
  { operation: 'me', row: 'Precise points, Tokens: anonymous `me` is null', document: `{ me { id email } }`, variables: () => ({}), expect: everyone('ok') },
  {
    operation: 'actionItem',
    case: 'in camera',
    row: 'read … action items: IN_CAMERA items, their … action items only for CHAIR, SECRETARY, MEMBER',
    document: `query($id: ID!) { actionItem(id: $id) { ${ACTION_ITEM} } }`,
    variables: (w) => ({ id: w.cameraAction }),
    expect: allow(...IN_CAMERA_READERS),
    revealsCamera: true,
  },
  {
    operation: 'actionItem',
    case: 'public',
    row: 'read … action items of a table: those who sit at it',
    document: `query($id: ID!) { actionItem(id: $id) { ${ACTION_ITEM} } }`,
    variables: (w) => ({ id: w.publicAction }),
    expect: allow(...SITTERS),
  },
  {
    operation: 'auditLog',
    case: 'of a table',
    row: '`auditLog(tableId)`: officers of that table',
    document: `query($id: ID) { auditLog(tableId: $id) { totalCount edges { node { action entityId } } } }`,
    variables: (w) => ({ id: w.tableA }),
    expect: allow(...OFFICERS),
  },
  {
    operation: 'auditLog',
    case: 'whole platform',
    row: '`auditLog` without `tableId`: COORDINATOR',
    document: `{ auditLog { totalCount edges { node { action entityId } } } }`,
    variables: () => ({}),
    expect: allow('coordinator'),
  },
  {
    operation: 'consultation',
    row: 'read … consultations of a table: those who sit at it',
    document: `query($id: ID!) { consultation(id: $id) { id title questions { prompt } table { id } } }`,
    variables: (w) => ({ id: w.consultation }),
    expect: allow(...SITTERS),
  },
  {
    operation: 'meeting',
    row: 'read meetings, agendas, minutes, decisions, action items: those who sit at it; IN_CAMERA only for CHAIR, SECRETARY, MEMBER',
    document: `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
    variables: (w) => ({ id: w.meeting }),
    expect: allow(...SITTERS),
    revealsCamera: true,
  },
  {
    operation: 'myActionItems',
    row: 'Lists leave out what the viewer may not see',
    document: `{ myActionItems(first: 10) { edges { node { ${ACTION_ITEM} } } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
    revealsCamera: true,
  },
  {
    operation: 'myConsultations',
    row: 'Lists leave out what the viewer may not see',
    document: `{ myConsultations { id title table { id } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'myMeetings',
    row: 'Lists leave out what the viewer may not see',
    document: `{ myMeetings { ${MEETING} } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
    revealsCamera: true,
  },
  {
    operation: 'notifications',
    row: 'In-camera items never put their title into a notification sent to someone who may not read them',
    document: `{ notifications(first: 100) { edges { node { title body kind meeting { title } } } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'organization',
    row: 'read the directory: `organizations`: any signed-in user',
    document: `query($id: ID!) { organization(id: $id) { id name } }`,
    variables: (w) => ({ id: w.orgA }),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'organizations',
    row: 'read the directory: any signed-in user',
    document: `{ organizations { totalCount edges { node { id name } } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'pendingAffiliations',
    row: '`pendingAffiliations`: COORDINATOR',
    document: `{ pendingAffiliations { id } }`,
    variables: () => ({}),
    expect: allow('coordinator'),
  },
  {
    operation: 'protocol',
    row: 'read protocols, their versions, adoptions and coverage: any signed-in user',
    document: `query($id: ID!) { protocol(id: $id) { id title adoptions { status decision { text } } } }`,
    variables: (w) => ({ id: w.protocol }),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'protocols',
    row: 'read protocols: any signed-in user',
    document: `{ protocols { id title } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'regions',
    row: 'read the directory: `regions`: any signed-in user',
    document: `{ regions { id code } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'search',
    row: 'search returns only what the viewer may read (IN_CAMERA content only to those who may see it)',
    document: `query($q: String!) { search(query: $q, first: 10) { edges { node { snippet hit { __typename ... on AgendaItem { title notes } ... on Decision { text } ... on ActionItem { title } ... on Meeting { title } } } } } }`,
    variables: () => ({ q: CAMERA.title }),
    expect: allow(...SIGNED_IN),
    revealsCamera: true,
  },
  {
    operation: 'table',
    row: 'read the directory: `table`: any signed-in user; its meetings etc. only for those who sit at it; participants for sitters and coordinators',
    document: `query($id: ID!) { table(id: $id) { ${TABLE} } }`,
    variables: (w) => ({ id: w.tableA }),
    expect: allow(...SIGNED_IN),
    revealsCamera: true,
  },
  {
    operation: 'tables',
    row: 'read the directory: `tables`: any signed-in user',
    document: `{ tables { totalCount edges { node { id name nextMeeting { ${MEETING} } } } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
    revealsCamera: true,
  },
  {
    operation: 'whatNeedsMe',
    row: 'Lists leave out what the viewer may not see',
    document: `{ whatNeedsMe { decisions { kind targetId title table { id } } myPendingMemberships { id } actionItems { ${ACTION_ITEM} } nextMeetings { ${MEETING} } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
  },
];

const m = (
  operation: string,
  row: string,
  document: string,
  variables: GqlEntry['variables'],
  expect: Expectation,
  extra: Partial<GqlEntry> = {},
): GqlEntry => ({
  operation,
  row,
  document,
  variables,
  expect,
  ...extra,
});
const MEETING_ROW =
  'schedule, update, cancel, start, adjourn meetings; build, reorder, publish agendas; set the current item; attach and remove files: officers';
const MINUTES_ROW = '`recordAttendance`, `editMinutes`, `circulateMinutes`, `approveMinutes`, `recordDecision`: officers';
const SEATS_ROW = "`addParticipant`, `changeParticipantRole`, `removeParticipant`: the table's CHAIR, COORDINATOR";

export const MUTATIONS: GqlEntry[] = [
  m(
    'addAgendaItem',
    MEETING_ROW,
    `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Point ajouté fictif" }) { id } }`,
    async (w) => ({ m: await meetingAt(w) }),
    allow(...OFFICERS),
  ),
  m(
    'updateAgendaItem',
    MEETING_ROW,
    `mutation($id: ID!) { updateAgendaItem(id: $id, input: { title: "Point renommé fictif" }) { id } }`,
    async (w) => ({ id: (await meetingWithItem(w)).itemId }),
    allow(...OFFICERS),
  ),
  m(
    'removeAgendaItem',
    MEETING_ROW,
    `mutation($id: ID!) { removeAgendaItem(id: $id) }`,
    async (w) => ({ id: (await meetingWithItem(w)).itemId }),
    allow(...OFFICERS),
  ),
  m(
    'setAgendaItemStatus',
    MEETING_ROW,
    `mutation($id: ID!) { setAgendaItemStatus(id: $id, status: DONE) { id } }`,
    async (w) => ({ id: (await meetingWithItem(w, 'IN_PROGRESS')).itemId }),
    allow(...OFFICERS),
  ),
  m(
    'reorderAgenda',
    MEETING_ROW,
    `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { id } }`,
    async (w) => {
      const { meetingId, itemId } = await meetingWithItem(w);
      return { m: meetingId, ids: [await insertItem(w.t, meetingId, { title: 'Second point fictif' }), itemId] };
    },
    allow(...OFFICERS),
  ),
  m(
    'setCurrentAgendaItem',
    MEETING_ROW,
    `mutation($m: ID!, $i: ID) { setCurrentAgendaItem(meetingId: $m, itemId: $i) { id currentItem { title } } }`,
    async (w) => {
      const { meetingId, itemId } = await meetingWithItem(w, 'IN_PROGRESS');
      return { m: meetingId, i: itemId };
    },
    allow(...OFFICERS),
  ),
  m(
    'publishAgenda',
    MEETING_ROW,
    `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`,
    async (w) => ({ m: (await meetingWithItem(w, 'DRAFT')).meetingId }),
    allow(...OFFICERS),
  ),
  m(
    'scheduleMeeting',
    MEETING_ROW,
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    (w) => ({
      input: {
        tableId: w.tableA,
        title: 'Réunion planifiée fictive',
        startsAt: soon(10).toISOString(),
        endsAt: new Date(soon(10).getTime() + 3600_000).toISOString(),
        timeZone: 'America/Toronto',
      },
    }),
    allow(...OFFICERS),
  ),
  m(
    'updateMeeting',
    MEETING_ROW,
    `mutation($id: ID!) { updateMeeting(id: $id, input: { location: "Salle fictive 2" }) { id } }`,
    async (w) => ({ id: await meetingAt(w) }),
    allow(...OFFICERS),
  ),
  m(
    'cancelMeeting',
    MEETING_ROW,
    `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Motif fictif") { id } }`,
    async (w) => ({ id: await meetingAt(w) }),
    allow(...OFFICERS),
  ),
  m('startMeeting', MEETING_ROW, `mutation($id: ID!) { startMeeting(id: $id) { id } }`, async (w) => ({ id: await meetingAt(w) }), allow(...OFFICERS)),
  m(
    'adjournMeeting',
    MEETING_ROW,
    `mutation($id: ID!) { adjournMeeting(id: $id) { id } }`,
    async (w) => ({ id: await meetingAt(w, 'IN_PROGRESS') }),
    allow(...OFFICERS),
  ),
  m(
    'carryOverUnfinishedItems',
    MEETING_ROW + ' (build agendas)',
    `mutation($from: ID!, $to: ID!) { carryOverUnfinishedItems(fromMeetingId: $from, toMeetingId: $to) { id title } }`,
    async (w) => ({
      from: (await meetingWithItem(w, 'ADJOURNED')).meetingId,
      to: await meetingAt(w),
    }),
    allow(...OFFICERS),
  ),
  m(
    'attachFile',
    MEETING_ROW,
    `mutation($i: ID!, $u: ID!) { attachFile(agendaItemId: $i, uploadId: $u) { id } }`,
    async (w, viewer) => ({
      i: (await meetingWithItem(w)).itemId,
      u: await uploadText(w.t, viewer === 'anonymous' ? w.users.chair.token : w.users[viewer].token, 'note-fictive.txt', 'Contenu fictif'),
    }),
    allow(...OFFICERS),
  ),
  m(
    'removeAttachment',
    MEETING_ROW,
    `mutation($id: ID!) { removeAttachment(id: $id) }`,
    async (w) => {
      const { itemId } = await meetingWithItem(w);
      const u = await uploadText(w.t, w.users.chair.token, 'note-fictive.txt', 'Contenu fictif');
      return {
        id: (await gqlOk(w.t, `mutation($i: ID!, $u: ID!) { attachFile(agendaItemId: $i, uploadId: $u) { id } }`, { i: itemId, u }, w.users.chair.token))
          .attachFile.id,
      };
    },
    allow(...OFFICERS),
  ),
  m(
    'respondToInvitation',
    '`respondToInvitation`: anyone who sits at the table',
    `mutation($m: ID!) { respondToInvitation(meetingId: $m, response: ATTENDING) { response } }`,
    async (w) => ({ m: await meetingAt(w) }),
    allow(...SITTERS),
  ),
  m(
    'recordAttendance',
    MINUTES_ROW,
    `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`,
    (w) => ({ m: w.meeting, u: w.users.member.id }),
    allow(...OFFICERS),
  ),
  m(
    'editMinutes',
    MINUTES_ROW,
    `mutation($m: ID!) { editMinutes(meetingId: $m, expectedVersion: 1, input: { summary: "Résumé fictif" }) { version } }`,
    async (w) => ({ m: await meetingAt(w, 'IN_PROGRESS') }),
    allow(...OFFICERS),
  ),
  m(
    'circulateMinutes',
    MINUTES_ROW,
    `mutation($m: ID!) { circulateMinutes(meetingId: $m) { status } }`,
    async (w) => {
      const id = await meetingAt(w, 'IN_PROGRESS');
      await editedMinutes(w, id);
      return { m: id };
    },
    allow(...OFFICERS),
  ),
  m(
    'approveMinutes',
    MINUTES_ROW,
    `mutation($m: ID!) { approveMinutes(meetingId: $m) { status } }`,
    async (w) => {
      const id = await meetingAt(w, 'ADJOURNED');
      await editedMinutes(w, id);
      await gqlOk(w.t, `mutation($m: ID!) { circulateMinutes(meetingId: $m) { status } }`, { m: id }, w.users.secretary.token);
      return { m: id };
    },
    allow(...OFFICERS),
  ),
  m(
    'recordDecision',
    MINUTES_ROW,
    `mutation($m: ID!) { recordDecision(input: { meetingId: $m, text: "Décision fictive", outcome: ADOPTED }) { id } }`,
    (w) => ({ m: w.meeting }),
    allow(...OFFICERS),
  ),
  m(
    'createActionItem',
    '`createActionItem`: officers',
    `mutation($t: ID!) { createActionItem(input: { tableId: $t, title: "Action fictive" }) { id } }`,
    (w) => ({ t: w.tableA }),
    allow(...OFFICERS),
  ),
  m(
    'updateActionItem',
    '`updateActionItem`: officers; the assignee and users of the assignee organization may change only `status`',
    `mutation($id: ID!) { updateActionItem(id: $id, input: { title: "Titre changé fictif" }) { id } }`,
    async (w) => ({ id: await actionItemOfA(w) }),
    allow(...OFFICERS),
    { case: 'title' },
  ),
  m(
    'updateActionItem',
    '`updateActionItem`: … users of the assignee organization may change only `status`',
    `mutation($id: ID!) { updateActionItem(id: $id, input: { status: IN_PROGRESS }) { id status } }`,
    async (w) => ({ id: await actionItemOfA(w) }),
    allow(...SITTERS),
    { case: 'status of an item assigned to orgA' },
  ),
  m(
    'postActionItemUpdate',
    '`postActionItemUpdate`: officers, the assignee, users of the assignee organization',
    `mutation($id: ID!) { postActionItemUpdate(id: $id, body: "Suivi fictif") { id } }`,
    async (w) => ({ id: await actionItemOfA(w) }),
    allow(...SITTERS),
  ),
  m(
    'referAgendaItem',
    '`referAgendaItem`: officers of the sending table',
    `mutation($input: ReferralInput!) { referAgendaItem(input: $input) { id } }`,
    (w) => ({
      input: { fromTableId: w.tableA, toTableId: w.tableC, title: 'Renvoi fictif' },
    }),
    allow(...OFFICERS),
  ),
  m(
    'decideReferral',
    '`decideReferral`: officers of the receiving table',
    `mutation($id: ID!) { decideReferral(id: $id, accept: false, response: "Réponse fictive") { status } }`,
    async (w) => ({
      id: (
        await gqlOk(
          w.t,
          `mutation($input: ReferralInput!) { referAgendaItem(input: $input) { id } }`,
          { input: { fromTableId: w.tableD, toTableId: w.tableA, title: 'Renvoi fictif entrant' } },
          w.dChair.token,
        )
      ).referAgendaItem.id,
    }),
    allow(...OFFICERS),
  ),
  m(
    'createProtocol',
    '`createProtocol`: officers of the owner table',
    `mutation($t: ID!) { createProtocol(input: { ownerTableId: $t, title: "Protocole fictif bis", sectors: [POLICE], body: "Texte fictif" }) { id } }`,
    (w) => ({ t: w.tableA }),
    allow(...OFFICERS),
  ),
  m(
    'publishProtocolVersion',
    '`publishProtocolVersion`: officers of the owner table',
    `mutation($p: ID!) { publishProtocolVersion(protocolId: $p, body: "Texte fictif révisé") { number } }`,
    (w) => ({ p: w.protocol }),
    allow(...OFFICERS),
  ),
  m(
    'recordAdoption',
    '`recordAdoption`: officers of that table',
    `mutation($p: ID!, $t: ID!) { recordAdoption(input: { protocolId: $p, tableId: $t, status: IN_PROGRESS }) { status } }`,
    (w) => ({ p: w.protocol, t: w.tableA }),
    allow(...OFFICERS),
  ),
  m(
    'createConsultation',
    '`createConsultation`: officers of the running table',
    `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
    (w) => ({
      input: {
        tableId: w.tableA,
        title: 'Consultation fictive bis',
        closesAt: soon(1).toISOString(),
        audienceTableIds: [w.tableA],
        questions: [{ prompt: 'Avis ?', kind: 'TEXT' }],
      },
    }),
    allow(...OFFICERS),
  ),
  m(
    'updateConsultation',
    '`updateConsultation`: officers of the running table, while DRAFT',
    `mutation($id: ID!, $input: UpdateConsultationInput!) { updateConsultation(id: $id, input: $input) { id } }`,
    async (w) => ({
      id: (await draftConsultation(w)).id,
      input: {
        title: 'Consultation fictive révisée',
        closesAt: soon(1).toISOString(),
        audienceTableIds: [w.tableA],
        questions: [{ prompt: 'Avis révisé ?', kind: 'TEXT' }],
      },
    }),
    allow(...OFFICERS),
  ),
  m(
    'openConsultation',
    '`openConsultation`: officers of the running table',
    `mutation($id: ID!) { openConsultation(id: $id) { status } }`,
    async (w) => ({ id: (await draftConsultation(w)).id }),
    allow(...OFFICERS),
  ),
  m(
    'closeConsultation',
    '`closeConsultation`: officers of the running table',
    `mutation($id: ID!) { closeConsultation(id: $id) { status } }`,
    async (w) => ({ id: (await openedConsultation(w)).id }),
    allow(...OFFICERS),
  ),
  m(
    'submitConsultationResponse',
    '`submitConsultationResponse`: a user of the organization, who sits at one of the audience tables',
    `mutation($c: ID!, $o: ID!, $a: [AnswerInput!]!) { submitConsultationResponse(consultationId: $c, organizationId: $o, answers: $a) { id } }`,
    async (w) => {
      const c = await openedConsultation(w);
      return { c: c.id, o: w.orgA, a: [{ questionId: c.questions[0].id, text: 'Réponse fictive' }] };
    },
    allow(...SITTERS),
  ),
  m(
    'addParticipant',
    SEATS_ROW,
    `mutation($t: ID!, $u: ID!) { addParticipant(tableId: $t, userId: $u, role: MEMBER) { id } }`,
    async (w) => ({
      t: w.tableA,
      u: (await createUser(w.t, { organizationId: w.orgA })).id,
    }),
    allow('chair', 'coordinator'),
  ),
  m(
    'changeParticipantRole',
    SEATS_ROW,
    `mutation($p: ID!) { changeParticipantRole(participantId: $p, role: OBSERVER) { role } }`,
    async (w) => ({ p: (await seatedUser(w)).participantId }),
    allow('chair', 'coordinator'),
  ),
  m(
    'removeParticipant',
    SEATS_ROW,
    `mutation($p: ID!) { removeParticipant(participantId: $p) }`,
    async (w) => ({ p: (await seatedUser(w)).participantId }),
    allow('chair', 'coordinator'),
  ),
  m(
    'createOrganization',
    'create organizations: COORDINATOR',
    `mutation($r: ID!, $n: String!) { createOrganization(input: { name: $n, regionId: $r, sector: OTHER }) { id } }`,
    (w) => ({ r: w.region, n: `Organisme créé fictif ${unique()}` }),
    allow('coordinator'),
  ),
  m(
    'createTable',
    "create and archive tables, set a table's parent: COORDINATOR",
    `mutation($input: CreateTableInput!) { createTable(input: $input) { id } }`,
    (w) => ({
      input: { name: `Table créée fictive ${unique()}`, level: 'REGIONAL', parentId: w.provincial, regionIds: [w.region] },
    }),
    allow('coordinator'),
  ),
  m(
    'archiveTable',
    'create and archive tables: COORDINATOR',
    `mutation($id: ID!) { archiveTable(id: $id) { id } }`,
    async (w) => ({ id: await createTable(w.t, { parentId: w.provincial }) }),
    allow('coordinator'),
  ),
  m(
    'updateTable',
    "`updateTable` (name, mandate, regions, quorum): COORDINATOR, the table's CHAIR",
    `mutation($id: ID!) { updateTable(id: $id, input: { mandate: "Mandat fictif" }) { id } }`,
    (w) => ({ id: w.tableA }),
    allow('chair', 'coordinator'),
  ),
  m(
    'decideAffiliation',
    '`decideAffiliation`: COORDINATOR',
    `mutation($u: ID!) { decideAffiliation(userId: $u, accept: true) { id } }`,
    async (w) => ({
      u: (await createUser(w.t, { pendingOrganizationId: w.orgO })).id,
    }),
    allow('coordinator'),
  ),
  m(
    'requestMembership',
    '`requestMembership` for an organization: a user of that organization, or a COORDINATOR',
    `mutation($t: ID!, $o: ID!) { requestMembership(tableId: $t, organizationId: $o) { status } }`,
    async (w) => ({
      t: await createTable(w.t, { parentId: w.provincial }),
      o: w.orgO,
    }),
    allow('otherOrg', 'coordinator'),
  ),
  m(
    'decideMembership',
    '`decideMembership`: officers of the table, COORDINATOR',
    `mutation($id: ID!) { decideMembership(membershipId: $id, accept: false) { status } }`,
    async (w) => ({
      id: await addMembership(w.t, w.tableA, await createOrganization(w.t), 'PENDING'),
    }),
    allow(...OFFICERS, 'coordinator'),
  ),
  m(
    'withdrawMembership',
    '`withdrawMembership`: a user of that organization, officers, COORDINATOR',
    `mutation($id: ID!) { withdrawMembership(membershipId: $id) { status } }`,
    async (w, viewer) => {
      // The other organization's user withdraws its own request; the others act on a fresh organization's.
      const organizationId = viewer === 'otherOrg' ? w.orgO : await createOrganization(w.t);
      await w.t.dataSource.query(`DELETE FROM table_membership WHERE table_id = $1 AND organization_id = $2`, [w.tableA, organizationId]);
      return { id: await addMembership(w.t, w.tableA, organizationId, 'PENDING') };
    },
    allow(...OFFICERS, 'coordinator', 'otherOrg'),
  ),
  m('markNotificationsRead', 'own notifications: any signed-in user', `mutation { markNotificationsRead }`, () => ({}), allow(...SIGNED_IN)),
  m('rotateCalendarFeed', 'own calendar feed: any signed-in user', `mutation { rotateCalendarFeed }`, () => ({}), allow(...SIGNED_IN)),
  m(
    'updateProfile',
    'own profile: any signed-in user',
    `mutation { updateProfile(input: { timeZone: "America/Toronto" }) { id } }`,
    () => ({}),
    allow(...SIGNED_IN),
  ),
  m('signOut', 'Sessions: `signOut`', `mutation { signOut }`, () => ({}), allow(...SIGNED_IN), { session: 'fresh' }),
  m(
    'changePassword',
    'Sessions: `changePassword`',
    `mutation($p: String!) { changePassword(currentPassword: $p, newPassword: $p) { user { id } } }`,
    () => ({ p: FIXTURE_PASSWORD }),
    allow(...SIGNED_IN),
    { session: 'revokes' },
  ),
  m(
    'login',
    'Tokens (sign-in is open to all)',
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`,
    (w, viewer) => ({
      e: (viewer === 'anonymous' ? w.users.stranger : w.users[viewer]).email,
      p: FIXTURE_PASSWORD,
    }),
    everyone('ok'),
  ),
  m(
    'register',
    'Affiliation (registration is open to all)',
    `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`,
    () => ({
      input: { email: `inscription.${unique()}@exemple.test`, password: FIXTURE_PASSWORD, displayName: 'Personne inscrite fictive' },
    }),
    everyone('ok'),
  ),
  m(
    'requestPasswordReset',
    'Sessions (reset is open to all)',
    `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    (w) => ({ e: w.users.stranger.email }),
    everyone('ok'),
  ),
  m(
    'resetPassword',
    'Sessions: an unknown reset token is `BAD_USER_INPUT`',
    `mutation($tk: String!) { resetPassword(token: $tk, newPassword: "nouveau-mot-de-passe-fictif") { user { id } } }`,
    () => ({ tk: 'jeton-inconnu-fictif' }),
    everyone('BAD_USER_INPUT'),
  ),
];

export const HTTP: HttpEntry[] = [
  {
    operation: 'GET /meetings/:id.ics',
    row: '`GET /meetings/:id.ics`: same permissions as `meeting(id)`',
    path: (w) => `/meetings/${w.meeting}.ics`,
    expect: allow(...SITTERS),
  },
  {
    operation: 'GET /meetings/:id/minutes.md',
    row: 'read … minutes: those who sit at it; IN_CAMERA only for CHAIR, SECRETARY, MEMBER',
    path: (w) => `/meetings/${w.meeting}/minutes.md`,
    expect: allow(...SITTERS),
    revealsCamera: true,
  },
  {
    operation: 'GET /meetings/:id/minutes.pdf',
    row: 'read … minutes: those who sit at it; IN_CAMERA only for CHAIR, SECRETARY, MEMBER',
    path: (w) => `/meetings/${w.meeting}/minutes.pdf`,
    pdf: true,
    expect: allow(...SITTERS),
    revealsCamera: true,
  },
  {
    operation: 'GET /attachments/:id',
    row: '`GET /attachments/:id`: same permissions as its agenda item (IN_CAMERA here)',
    path: (w) => `/attachments/${w.cameraAttachment}`,
    expect: allow(...IN_CAMERA_READERS),
    revealsCamera: true,
  },
];

export interface SubscriptionEntry {
  operation: string;
  row: string;
  document: string;
  variables(w: World): Vars;
  expect: Expectation;
  /** The pub/sub topic an allowed viewer's subscription listens on (to wait for it before triggering). */
  topic(w: World, viewer: Viewer): string;
  /** Makes events happen: first what only IN_CAMERA readers may see, then what every allowed viewer sees. */
  trigger(w: World): Promise<void>;
  /** Viewers that must receive at least one event from the trigger (others allowed may receive none). */
  receivers: readonly Viewer[];
  revealsCamera?: boolean;
}

const LIVE_ROW = "Subscriptions deliver an event only to a subscriber who may see it, and resolve its fields with that subscriber's permissions";

export const SUBSCRIPTIONS: SubscriptionEntry[] = [
  {
    operation: 'meetingEvents',
    row: `${LIVE_ROW}; read meetings: those who sit at the table`,
    document: `subscription($m: ID!) { meetingEvents(meetingId: $m) { kind meeting { ${MEETING} } } }`,
    variables: (w) => ({ m: w.meeting }),
    topic: (w) => Topics.meeting(w.meeting),
    expect: allow(...SITTERS),
    receivers: SITTERS,
    revealsCamera: true,
    trigger: async (w) => {
      await gqlOk(
        w.t,
        `mutation($m: ID!, $i: ID) { setCurrentAgendaItem(meetingId: $m, itemId: $i) { id } }`,
        { m: w.meeting, i: w.cameraItem },
        w.users.chair.token,
      );
    },
  },
  {
    operation: 'actionItemChanged',
    row: `${LIVE_ROW}; read action items: those who sit at the table, IN_CAMERA ones for CHAIR, SECRETARY, MEMBER`,
    document: `subscription($t: ID) { actionItemChanged(tableId: $t) { ${ACTION_ITEM} } }`,
    variables: (w) => ({ t: w.tableA }),
    topic: (w) => Topics.tableActionItems(w.tableA),
    expect: allow(...SITTERS),
    receivers: SITTERS,
    revealsCamera: true,
    trigger: async (w) => {
      const UPDATE = `mutation($id: ID!) { postActionItemUpdate(id: $id, body: "Suivi fictif en direct") { id } }`;
      await gqlOk(w.t, UPDATE, { id: w.cameraAction }, w.users.chair.token);
      await gqlOk(w.t, UPDATE, { id: w.publicAction }, w.users.chair.token);
    },
  },
  {
    operation: 'consultationProgress',
    row: `${LIVE_ROW}; read consultations of a table: those who sit at it`,
    document: `subscription($c: ID!) { consultationProgress(consultationId: $c) { responseCount invitedCount consultation { id title } } }`,
    variables: (w) => ({ c: w.consultation }),
    topic: (w) => Topics.consultation(w.consultation),
    expect: allow(...SITTERS),
    receivers: SITTERS,
    trigger: async (w) => {
      const c = (await gqlOk(w.t, `query($id: ID!) { consultation(id: $id) { questions { id } } }`, { id: w.consultation }, w.users.chair.token)).consultation;
      await gqlOk(
        w.t,
        `mutation($c: ID!, $o: ID!, $a: [AnswerInput!]!) { submitConsultationResponse(consultationId: $c, organizationId: $o, answers: $a) { id } }`,
        {
          c: w.consultation,
          o: w.orgA,
          a: [{ questionId: c.questions[0].id, text: 'Réponse fictive en direct' }],
        },
        w.users.member.token,
      );
    },
  },
  {
    operation: 'notificationReceived',
    row: `${LIVE_ROW}; notifications: everyone who sits at the table but the actor (AGENDA_PUBLISHED); in-camera titles never to those who may not read them`,
    document: `subscription { notificationReceived { kind title body meeting { ${MEETING} } } }`,
    variables: () => ({}),
    topic: (w, viewer) => Topics.notifications(viewer === 'anonymous' ? '' : w.users[viewer].id),
    expect: allow(...SIGNED_IN),
    receivers: ['observer', 'member', 'secretary'],
    revealsCamera: true,
    trigger: async (w) => {
      const meetingId = await insertMeeting(w.t, w.tableA, { title: 'Réunion fictive en direct', status: 'DRAFT', startsAt: soon(3) });
      await insertItem(w.t, meetingId, { title: `Dossier ${CAMERA.title}`, confidentiality: 'IN_CAMERA' });
      await gqlOk(w.t, `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`, { m: meetingId }, w.users.chair.token);
    },
  },
];

/** Every operation name the matrix covers, for the check against schema.graphql. */
export const COVERED = new Set([...QUERIES, ...MUTATIONS, ...SUBSCRIPTIONS].map((e) => e.operation));
