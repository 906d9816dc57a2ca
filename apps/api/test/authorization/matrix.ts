import { FIXTURE_PASSWORD, createOrganization, createTable, createUser, seat, addMembership, signIn } from '../support/fixtures';
import jwt from 'jsonwebtoken';
import { Topics } from '../../src/core/pubsub/topics';
import { totpCode } from '../../src/modules/auth/totp';
import { insertItem, insertMeeting } from '../support/meeting-fixtures';
import {
  BALLOT,
  CAMERA,
  QUESTIONS,
  IN_CAMERA_READERS,
  MEETING_CAMERA_READERS,
  MEETING_READERS,
  ORG_A_USERS,
  OTHER,
  OTHER_CAMERA_MARKERS,
  OTHER_MEETING_CAMERA_READERS,
  OTHER_MEETING_READERS,
  SITTERS,
  TABLE_ONLY,
  VIEWERS,
  gqlOk,
  uploadText,
  type Viewer,
  type World,
} from './world';

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

/**
 * Who must receive in-camera content in an answer they are allowed, so that the leak check cannot
 * pass on an answer emptied by mistake: every marker of `all`, else at least one of `meeting`'s.
 */
export interface Reveal {
  to: readonly Viewer[];
  all?: readonly string[];
}

/** Words that an answer must carry for some viewers, so that a check for absence cannot pass on an answer emptied by mistake. */
export interface Carries {
  to: readonly Viewer[];
  all: readonly string[];
}

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
  revealsCamera?: Reveal;
  carries?: Carries;
  /** Words the answer must never carry for these viewers, allowed or not: what a field gives some readers and not others. */
  withholds?: Carries;
  /** The answer carries no option of the world's ballots at all (BALLOT_WORDS): the audit log names no choice. */
  noBallotWords?: true;
  /** 'fresh': run on a new session of the viewer; 'revokes': the viewer signs in again afterwards. */
  session?: 'fresh' | 'revokes';
  /** The answer only counts (reports): no marker and no person's name, even for a viewer who may read them all. */
  countsOnly?: true;
}

export interface HttpEntry {
  operation: string;
  row: string;
  path(w: World): string;
  pdf?: boolean;
  expect: Expectation;
  revealsCamera?: Reveal;
  /** As GqlEntry's: a file of counts, which names no title, text or person for anyone. */
  countsOnly?: true;
}

const denyCode = (v: Viewer): Outcome => (v === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
/** The listed viewers are allowed; the others are refused (anonymous: UNAUTHENTICATED). */
export const allow = (...ok: readonly Viewer[]): Expectation => Object.fromEntries(VIEWERS.map((v) => [v, ok.includes(v) ? 'ok' : denyCode(v)])) as Expectation;
const SIGNED_IN = VIEWERS.filter((v) => v !== 'anonymous');
const OFFICERS: Viewer[] = ['secretary', 'chair'];
const everyone = (outcome: Outcome): Expectation => Object.fromEntries(VIEWERS.map((v) => [v, outcome])) as Expectation;

// Fresh rows for operations that change state (one per viewer, so that each call starts alike).
const soon = (days = 7) => new Date(Date.now() + days * 86_400_000);
/** A substitution of orgA at a meeting, written straight (a fresh meeting may be born ADJOURNED, where sendSubstitute refuses). */
const insertSubstitution = async (w: World, meetingId: string, userId: string, ended = false) =>
  (
    await w.t.dataSource.query(
      `INSERT INTO substitution (meeting_id, organization_id, substitute_id, created_by_id, ended_at, ended_by_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [meetingId, w.orgA, userId, w.users.member.id, ended ? new Date() : null, ended ? w.users.member.id : null],
    )
  )[0].id as string;
/**
 * A fresh meeting of table A, where the viewer stands as they do at `meeting`: the substitute is
 * sent to it, the withdrawn substitute was sent and withdrawn; for the other substitute it is
 * another meeting of the table. So every entry on a fresh meeting asks about the substitute at
 * the meeting they are sent to.
 */
const meetingAt = async (w: World, viewer: Viewer, status = 'SCHEDULED') => {
  const meetingId = await insertMeeting(w.t, w.tableA, { title: 'Réunion fictive de travail', status, startsAt: soon() });
  if (viewer === 'substitute' || viewer === 'withdrawnSubstitute') await insertSubstitution(w, meetingId, w.users[viewer].id, viewer === 'withdrawnSubstitute');
  return meetingId;
};
const meetingWithItem = async (w: World, viewer: Viewer, status = 'SCHEDULED') => {
  const meetingId = await meetingAt(w, viewer, status);
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
/**
 * A fresh meeting in progress (as `meetingAt`) whose current item is open to the table or
 * IN_CAMERA, titled with the world's marker of that kind: an answer that carries the item is then
 * held to who may read it, the substitute as at the world's meeting.
 */
const runningMeeting = async (w: World, viewer: Viewer, confidentiality: 'MEMBERS' | 'IN_CAMERA' = 'MEMBERS') => {
  const meetingId = await meetingAt(w, viewer, 'IN_PROGRESS');
  const title = confidentiality === 'IN_CAMERA' ? `Dossier ${CAMERA.title}` : `Point ${TABLE_ONLY.item}`;
  const itemId = await insertItem(w.t, meetingId, { title, confidentiality });
  await w.t.dataSource.query(`UPDATE meeting SET current_item_id = $2, current_item_started_at = now() WHERE id = $1`, [meetingId, itemId]);
  return { meetingId, itemId };
};
/**
 * The viewer recorded PRESENT, written straight: whoever once held a seat there may have been
 * recorded (a withdrawn substitute's attendance stays), so that a refused ballot turns on the seat.
 */
const recordPresent = async (w: World, meetingId: string, viewer: Viewer) => {
  if (viewer === 'anonymous') return;
  await w.t.dataSource.query(
    `INSERT INTO attendance (meeting_id, user_id, organization_id, status) SELECT $1, id, organization_id, 'PRESENT' FROM app_user WHERE id = $2`,
    [meetingId, w.users[viewer].id],
  );
};
/** An OPEN vote on the item, written straight (openVote's own cells ask for the quorum): the table's member organizations are its voters. */
const voteOn = async (w: World, meetingId: string, itemId: string) =>
  (
    await w.t.dataSource.query(
      `INSERT INTO vote (meeting_id, agenda_item_id, question, method, options, threshold, eligible_organization_ids, opened_by_id)
       VALUES ($1, $2, 'Vote fictif de travail ?', 'YES_NO_ABSTAIN', '["YES", "NO", "ABSTAIN"]'::jsonb, 'SIMPLE_MAJORITY',
         ARRAY(SELECT organization_id FROM table_membership WHERE table_id = $3 AND status = 'ACTIVE'), $4) RETURNING id`,
      [meetingId, itemId, w.tableA, w.users.chair.id],
    )
  )[0].id as string;
/** An organization made a member of table A for one cell. */
const memberOrganization = async (w: World) => {
  const organizationId = await createOrganization(w.t);
  await addMembership(w.t, w.tableA, organizationId);
  return organizationId;
};
/** A request to speak on the item, written straight, by a person of orgA. */
const speakerRequestOf = async (w: World, meetingId: string, itemId: string, userId: string, status = 'WAITING') =>
  (
    await w.t.dataSource.query(
      `INSERT INTO speaker_request (meeting_id, agenda_item_id, user_id, organization_id, status, started_at)
       VALUES ($1, $2, $3, $4, $5::varchar, CASE WHEN $5::varchar = 'SPEAKING' THEN now() END) RETURNING id`,
      [meetingId, itemId, userId, w.orgA, status],
    )
  )[0].id as string;

/** The kinds of personal information in `meetingWithPersonalInformation`'s minutes: the e-mail and the SIN in camera. */
const PERSONAL_INFORMATION_KINDS = ['EMAIL_ADDRESS', 'HEALTH_INSURANCE_NUMBER', 'SOCIAL_INSURANCE_NUMBER'];
/** A fresh meeting in progress (as `meetingAt`) whose summary and notes, public and in camera, hold made-up personal information. */
const meetingWithPersonalInformation = async (w: World, viewer: Viewer) => {
  const meetingId = await meetingAt(w, viewer, 'IN_PROGRESS');
  await w.t.dataSource.query(`INSERT INTO minutes (meeting_id, summary) VALUES ($1, 'Joindre famille.fictive@exemple.test')`, [meetingId]);
  const open = await insertItem(w.t, meetingId, { title: 'Point fictif de travail' });
  const camera = await insertItem(w.t, meetingId, { title: 'Point fictif à huis clos', confidentiality: 'IN_CAMERA' });
  await w.t.dataSource.query(`UPDATE agenda_item SET notes = 'Carte TREM 8503 1512' WHERE id = $1`, [open]);
  await w.t.dataSource.query(`UPDATE agenda_item SET notes = 'NAS 046 454 286' WHERE id = $1`, [camera]);
  return meetingId;
};

// What a viewer may see of a meeting, down every nested path that leads to agenda items, votes
// (every ballot's choice is held to CHOICE_READERS) and the speakers' list.
const BALLOTS = `ballots { choice byProxy organization { id } castBy { id } }`;
const VOTE = `id question secret status options results { option count } passed winningOption votedOrganizations { id } ${BALLOTS}`;
const ITEM = `id title notes confidentiality decisions { text vote { question } } votes { question status ballots { choice } }
  actionItems { title } attachments { fileName } referral { title }`;
const MEETING = `id title agenda { ${ITEM} } currentItem { ${ITEM} } decisions { text agendaItem { title notes } vote { ${VOTE} } }
  votes { ${VOTE} agendaItem { title } decision { text } } speakers { status user { id } agendaItem { title notes } } viewerBallotOrganizations { id }
  actionItems { title agendaItem { title } decision { text } } minutes { summary markdown }`;
const VOTE_READ = `${VOTE} eligibleOrganizations { id } openedBy { id } agendaItem { ${ITEM} } meeting { title } decision { text agendaItem { title notes } }`;
const ACTION_ITEM = `id title description decision { text agendaItem { title notes } } agendaItem { ${ITEM} } meeting { title } updates { body }`;
const AUDIT_EVENT = `action entityType entityId entityTitle entityPath actor { id }`;
const TABLE = `id name participants { id } meetings { ${MEETING} } actionItems { edges { node { ${ACTION_ITEM} } } }
  consultations { id title } incomingReferrals { title scheduledItem { title } outcomeDecisions { text } }
  outgoingReferrals { title sourceItem { title notes } scheduledItem { title } }`;

/**
 * A period around the world's meetings (the one in progress starts in 7 days, the other in 14), as
 * the reports take it: calendar days, from a month ago to a month ahead.
 */
const REPORT_PERIOD = () => ({ from: soon(-30).toISOString().slice(0, 10), to: soon(30).toISOString().slice(0, 10) });
const REPORT_QUERY = () => `?from=${REPORT_PERIOD().from}&to=${REPORT_PERIOD().to}`;
const TABLE_REPORT = `query($id: ID!, $from: Date!, $to: Date!) { tableReport(tableId: $id, from: $from, to: $to) {
  table { id name } meetingsHeld quorumMissed attendanceRate decisions votes actionItems { created overdue } referralsSent referralsReceived consultationsRun
  organizations { organization { id name } meetingsAttended ballotsCast } months { month meetingsHeld decisions } } }`;
const REPORT_ROW =
  '`tableReport`: officers of that table or of a table above it (any depth), COORDINATOR; a report counts, it never names a title, a text or a person';
/** Who reads table A's report, and table D's (A is above D: A's officers are officers of a table above it). */
const REPORT_READERS: Viewer[] = [...OFFICERS, 'coordinator'];

const ACCOUNT_SECURITY_ROW =
  '`mySessions`, `revokeSession`, `beginTwoFactorSetup`, `confirmTwoFactor`, `disableTwoFactor`: anyone signed in, for their own account';
const sessionIdOf = (token: string) => (jwt.decode(token) as { jti: string }).jti;
/**
 * Begins two-factor setup as the viewer and answers with the code their authenticator shows now
 * (any signed-in viewer; the world's tokens are each the viewer's current session, which turning it
 * on keeps). Anonymous gets a code of nobody's.
 */
const setupCode = async (w: World, viewer: Viewer): Promise<{ secret: string | null; code: string }> => {
  if (viewer === 'anonymous') return { secret: null, code: '123456' };
  const { secret } = (await gqlOk(w.t, `mutation { beginTwoFactorSetup { secret } }`, {}, w.token(viewer))).beginTwoFactorSetup;
  return { secret, code: totpCode(secret, Date.now()) };
};

const VOTE_ROW =
  'read `vote`, `Meeting.votes`, `AgendaItem.votes`, `Decision.vote`: whoever may read the meeting (its substitutes included); a vote on an IN_CAMERA item only whoever may read the item';

export const QUERIES: GqlEntry[] = [
  { operation: 'me', row: 'Precise points, Tokens: anonymous `me` is null', document: `{ me { id email } }`, variables: () => ({}), expect: everyone('ok') },
  {
    operation: 'actionItem',
    case: 'in camera',
    row: 'read … action items: IN_CAMERA items, their … action items only for CHAIR, SECRETARY, MEMBER',
    document: `query($id: ID!) { actionItem(id: $id) { ${ACTION_ITEM} } }`,
    variables: (w) => ({ id: w.cameraAction }),
    // A table's action items are table-wide: its IN_CAMERA ones stay closed to the substitute even on an item of their meeting.
    expect: allow(...IN_CAMERA_READERS),
    revealsCamera: { to: IN_CAMERA_READERS },
  },
  {
    operation: 'actionItem',
    case: 'public',
    row: 'read … action items of a table: those who sit at it; the assignee and users of the assignee organization (orgA)',
    document: `query($id: ID!) { actionItem(id: $id) { ${ACTION_ITEM} } }`,
    variables: (w) => ({ id: w.publicAction }),
    // orgA's substitutes do not sit at the table, but they own its action items as users of orgA.
    expect: allow(...ORG_A_USERS),
  },
  {
    operation: 'auditLog',
    case: 'of a table',
    row: '`auditLog(tableId)`: officers of that table',
    document: `query($id: ID) { auditLog(tableId: $id, first: 100) { totalCount edges { node { ${AUDIT_EVENT} } } } }`,
    variables: (w) => ({ id: w.tableA }),
    expect: allow(...OFFICERS),
    noBallotWords: true,
  },
  {
    operation: 'auditLog',
    case: 'ballots cast at a table',
    row: '`auditLog(tableId)`: officers of that table; `ballot.cast` names the vote, never the choice',
    document: `query($id: ID) { auditLog(tableId: $id, action: "ballot.cast", first: 100) { totalCount edges { node { ${AUDIT_EVENT} } } } }`,
    variables: (w) => ({ id: w.tableA }),
    expect: allow(...OFFICERS),
    carries: { to: OFFICERS, all: ['ballot.cast'] },
    noBallotWords: true,
  },
  {
    operation: 'auditLog',
    case: 'whole platform',
    row: '`auditLog` without `tableId`: COORDINATOR',
    document: `{ auditLog(first: 100) { totalCount edges { node { ${AUDIT_EVENT} } } } }`,
    variables: () => ({}),
    expect: allow('coordinator'),
    noBallotWords: true,
  },
  {
    operation: 'auditLog',
    case: 'ballots cast on the whole platform',
    row: '`auditLog` without `tableId`: COORDINATOR; `ballot.cast` names the vote, never the choice',
    document: `{ auditLog(action: "ballot.cast", first: 100) { totalCount edges { node { ${AUDIT_EVENT} } } } }`,
    variables: () => ({}),
    expect: allow('coordinator'),
    carries: { to: ['coordinator'], all: ['ballot.cast'] },
    noBallotWords: true,
  },
  {
    operation: 'consultation',
    row: 'read a consultation: those who sit at the running table; once it is opened, also those who sit at an audience table and the people of the invited organizations',
    document: `query($id: ID!) { consultation(id: $id) { id title questions { prompt } table { id } } }`,
    variables: (w) => ({ id: w.consultation }),
    // Open, with table A as its audience: orgA is invited, so its people read it, seated at table A or not.
    expect: allow(...ORG_A_USERS),
  },
  {
    operation: 'meeting',
    case: 'the meeting the substitute is sent to',
    row: 'read meetings, agendas, minutes, decisions, action items: those who sit at it, a substitute at that meeting as a MEMBER; IN_CAMERA only for CHAIR, SECRETARY, MEMBER',
    document: `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
    variables: (w) => ({ id: w.meeting }),
    expect: allow(...MEETING_READERS),
    // Every kind of in-camera content: the item, its notes in the minutes, its decision, its attachment.
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title, CAMERA.notes, CAMERA.decision, CAMERA.file, CAMERA.vote] },
  },
  {
    operation: 'meeting',
    case: 'another meeting of the table',
    row: 'A substitute reads the one meeting they are sent to: every other meeting of the table stays closed to them (FORBIDDEN)',
    document: `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
    variables: (w) => ({ id: w.otherMeeting }),
    expect: allow(...OTHER_MEETING_READERS),
    revealsCamera: { to: OTHER_MEETING_CAMERA_READERS, all: OTHER_CAMERA_MARKERS },
  },
  {
    operation: 'meeting',
    case: 'personal-information warnings',
    row: '`Minutes.personalInformationWarnings`, `AgendaItem.personalInformationWarnings`: officers; others get an empty list',
    document: `query($id: ID!) { meeting(id: $id) { minutes { personalInformationWarnings { kind field excerpt } } agenda { personalInformationWarnings { kind } } } }`,
    variables: async (w, viewer) => ({ id: await meetingWithPersonalInformation(w, viewer) }),
    expect: allow(...MEETING_READERS),
    carries: { to: OFFICERS, all: PERSONAL_INFORMATION_KINDS },
    withholds: { to: VIEWERS.filter((v) => !OFFICERS.includes(v)), all: PERSONAL_INFORMATION_KINDS },
  },
  {
    operation: 'myActionItems',
    row: 'Lists leave out what the viewer may not see',
    document: `{ myActionItems(first: 10) { edges { node { ${ACTION_ITEM} } } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
    revealsCamera: { to: IN_CAMERA_READERS },
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
    revealsCamera: { to: MEETING_CAMERA_READERS },
  },
  {
    operation: 'mySessions',
    row: ACCOUNT_SECURITY_ROW,
    document: `{ mySessions { id userAgent current } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
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
    operation: 'emailDelivery',
    row: '`emailDelivery`, `retryFailedEmails`: COORDINATOR',
    document: `{ emailDelivery { pending failed } }`,
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
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title] },
  },
  {
    operation: 'table',
    row: 'read the directory: `table`: any signed-in user; its meetings etc. only for those who sit at it; participants for sitters and coordinators',
    document: `query($id: ID!) { table(id: $id) { ${TABLE} } }`,
    variables: (w) => ({ id: w.tableA }),
    expect: allow(...SIGNED_IN),
    // Table-wide: a substitute reads none of its meetings here, not even the one they are sent to.
    revealsCamera: { to: IN_CAMERA_READERS },
  },
  {
    operation: 'tableReport',
    case: 'of the table',
    row: REPORT_ROW,
    document: TABLE_REPORT,
    variables: (w) => ({ id: w.tableA, ...REPORT_PERIOD() }),
    // Table A's members and observers, orgA's substitutes: FORBIDDEN. In-camera decisions are counted, never shown.
    expect: allow(...REPORT_READERS),
    carries: { to: REPORT_READERS, all: ['Table provinciale fictive A', 'Organisme fictif V'] },
    countsOnly: true,
  },
  {
    operation: 'tableReport',
    case: 'of a table below',
    row: REPORT_ROW,
    document: TABLE_REPORT,
    variables: (w) => ({ id: w.tableD, ...REPORT_PERIOD() }),
    // Table A's officers read table D's report as officers of the table above it; A's members do not.
    expect: allow(...REPORT_READERS),
    carries: { to: REPORT_READERS, all: ['Table régionale fictive D'] },
    countsOnly: true,
  },
  {
    operation: 'networkReport',
    row: '`networkReport`: COORDINATOR',
    document: `query($from: Date!, $to: Date!) { networkReport(from: $from, to: $to) { from to tables { table { id name } meetingsHeld decisions
      organizations { organization { name } } } regions { region { code } tables meetingsHeld attendanceRate protocolsAdopted } } }`,
    variables: () => REPORT_PERIOD(),
    expect: allow('coordinator'),
    carries: { to: ['coordinator'], all: ['Table provinciale fictive A', 'Table régionale fictive D', 'QC-17'] },
    countsOnly: true,
  },
  {
    operation: 'tables',
    row: 'read the directory: `tables`: any signed-in user',
    document: `{ tables { totalCount edges { node { id name nextMeeting { ${MEETING} } } } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
    // A table's next meeting is table-wide: none for a substitute.
    revealsCamera: { to: IN_CAMERA_READERS },
  },
  {
    operation: 'vote',
    case: 'on the IN_CAMERA item',
    row: VOTE_ROW,
    document: `query($id: ID!) { vote(id: $id) { ${VOTE_READ} } }`,
    variables: (w) => ({ id: w.cameraVote }),
    expect: allow(...MEETING_CAMERA_READERS),
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.vote, CAMERA.title] },
  },
  {
    operation: 'vote',
    case: 'secret and closed, on the public item',
    row: `${VOTE_ROW}; in a secret vote, \`choice\` only to the person who cast the ballot, officers included`,
    document: `query($id: ID!) { vote(id: $id) { ${VOTE_READ} } }`,
    variables: (w) => ({ id: w.secretVote }),
    // The other substitute: the meeting is another meeting of the table for them.
    expect: allow(...MEETING_READERS),
    carries: { to: MEETING_READERS, all: [BALLOT.secret, BALLOT.secretOther] },
  },
  {
    operation: 'vote',
    case: 'open, on the public item',
    row: `${VOTE_ROW}; while OPEN, \`ballots\` only those the viewer cast or may cast, the turnout to every reader`,
    document: `query($id: ID!) { vote(id: $id) { ${VOTE_READ} } }`,
    variables: (w) => ({ id: w.openVote }),
    expect: allow(...MEETING_READERS),
  },
  {
    operation: 'whatNeedsMe',
    row: 'Lists leave out what the viewer may not see',
    document: `{ whatNeedsMe { decisions { kind targetId title table { id } } myPendingMemberships { id } actionItems { ${ACTION_ITEM} } nextMeetings { ${MEETING} } } }`,
    variables: () => ({}),
    expect: allow(...SIGNED_IN),
    // The meeting in progress is among the next meetings of those who read it, the substitute's included.
    revealsCamera: { to: MEETING_CAMERA_READERS },
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

const REPRESENTATIVES_ROW = '`setRepresentatives`: officers of the table, COORDINATOR, a user of that organization who sits at the table';
const SET_REPRESENTATIVES = `mutation($m: ID!, $d: ID, $a: [ID!]!) {
  setRepresentatives(membershipId: $m, delegateParticipantId: $d, alternateParticipantIds: $a) { id delegate { id } alternates { id } }
}`;
const SUBSTITUTES_ROW = '`sendSubstitute`, `withdrawSubstitute`: officers, a user of that organization who sits at the table';
const SEND_SUBSTITUTE = `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id substitute { id } } }`;
const VOTES_ROW = '`openVote`, `closeVote`, `cancelVote`: officers';
const CAST_ROW =
  '`castBallot`: a person recorded PRESENT who holds a voting seat for the organization (CHAIR, SECRETARY, MEMBER, or its substitute at the meeting), or such a person of the organization holding its proxy; OBSERVERs never vote';
const CAST_BALLOT = `mutation($v: ID!, $o: ID!) { castBallot(voteId: $v, organizationId: $o, choice: "YES") { choice byProxy organization { id } castBy { id } } }`;
/** Those who hold a voting seat for orgA at a fresh meeting: CHAIR, SECRETARY, MEMBER, and the substitute sent to it. */
const VOTERS: Viewer[] = ['member', 'secretary', 'chair', 'substitute'];
const SPEAKERS_ROW = "`requestToSpeak`: anyone who sits at the table, and the meeting's substitutes (an OBSERVER not on an IN_CAMERA item)";
const WITHDRAW_SPEAKER_ROW = '`withdrawRequestToSpeak`: the requester while they hold a seat at the meeting, officers';
const FLOOR_ROW = '`giveFloor`, `endSpeech`: officers';
const SPEAKER = `id status user { id } organization { id } agendaItem { title notes } meeting { title }`;
const WITHDRAW_SPEAKER = `mutation($id: ID!) { withdrawRequestToSpeak(id: $id) { ${SPEAKER} } }`;
const activeMembership = async (w: World, organizationId: string) =>
  (
    await w.t.dataSource.query(`SELECT id FROM table_membership WHERE table_id = $1 AND organization_id = $2 AND status = 'ACTIVE'`, [w.tableA, organizationId])
  )[0].id as string;

export const MUTATIONS: GqlEntry[] = [
  m(
    'addAgendaItem',
    MEETING_ROW,
    `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Point ajouté fictif" }) { id } }`,
    async (w, viewer) => ({ m: await meetingAt(w, viewer) }),
    allow(...OFFICERS),
  ),
  m(
    'updateAgendaItem',
    MEETING_ROW,
    `mutation($id: ID!) { updateAgendaItem(id: $id, input: { title: "Point renommé fictif" }) { id } }`,
    async (w, viewer) => ({ id: (await meetingWithItem(w, viewer)).itemId }),
    allow(...OFFICERS),
  ),
  m(
    'removeAgendaItem',
    MEETING_ROW,
    `mutation($id: ID!) { removeAgendaItem(id: $id) }`,
    async (w, viewer) => ({ id: (await meetingWithItem(w, viewer)).itemId }),
    allow(...OFFICERS),
  ),
  m(
    'setAgendaItemStatus',
    MEETING_ROW,
    `mutation($id: ID!) { setAgendaItemStatus(id: $id, status: DONE) { id } }`,
    async (w, viewer) => ({ id: (await meetingWithItem(w, viewer, 'IN_PROGRESS')).itemId }),
    allow(...OFFICERS),
  ),
  m(
    'reorderAgenda',
    MEETING_ROW,
    `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { id } }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await meetingWithItem(w, viewer);
      return { m: meetingId, ids: [await insertItem(w.t, meetingId, { title: 'Second point fictif' }), itemId] };
    },
    allow(...OFFICERS),
  ),
  m(
    'setCurrentAgendaItem',
    MEETING_ROW,
    `mutation($m: ID!, $i: ID) { setCurrentAgendaItem(meetingId: $m, itemId: $i) { id currentItem { title } } }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await meetingWithItem(w, viewer, 'IN_PROGRESS');
      return { m: meetingId, i: itemId };
    },
    allow(...OFFICERS),
  ),
  m(
    'publishAgenda',
    MEETING_ROW,
    `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`,
    async (w, viewer) => ({ m: (await meetingWithItem(w, viewer, 'DRAFT')).meetingId }),
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
    async (w, viewer) => ({ id: await meetingAt(w, viewer) }),
    allow(...OFFICERS),
  ),
  m(
    'cancelMeeting',
    MEETING_ROW,
    `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Motif fictif") { id } }`,
    async (w, viewer) => ({ id: await meetingAt(w, viewer) }),
    allow(...OFFICERS),
  ),
  m(
    'startMeeting',
    MEETING_ROW,
    `mutation($id: ID!) { startMeeting(id: $id) { id } }`,
    async (w, viewer) => ({ id: await meetingAt(w, viewer) }),
    allow(...OFFICERS),
  ),
  m(
    'adjournMeeting',
    MEETING_ROW,
    `mutation($id: ID!) { adjournMeeting(id: $id) { id } }`,
    async (w, viewer) => ({ id: await meetingAt(w, viewer, 'IN_PROGRESS') }),
    allow(...OFFICERS),
  ),
  m(
    'carryOverUnfinishedItems',
    MEETING_ROW + ' (build agendas)',
    `mutation($from: ID!, $to: ID!) { carryOverUnfinishedItems(fromMeetingId: $from, toMeetingId: $to) { id title } }`,
    async (w, viewer) => ({
      from: (await meetingWithItem(w, viewer, 'ADJOURNED')).meetingId,
      to: await meetingAt(w, viewer),
    }),
    allow(...OFFICERS),
  ),
  m(
    'attachFile',
    MEETING_ROW,
    `mutation($i: ID!, $u: ID!) { attachFile(agendaItemId: $i, uploadId: $u) { id } }`,
    async (w, viewer) => ({
      i: (await meetingWithItem(w, viewer)).itemId,
      u: await uploadText(w.t, viewer === 'anonymous' ? w.users.chair.token : w.users[viewer].token, 'note-fictive.txt', 'Contenu fictif'),
    }),
    allow(...OFFICERS),
  ),
  m(
    'removeAttachment',
    MEETING_ROW,
    `mutation($id: ID!) { removeAttachment(id: $id) }`,
    async (w, viewer) => {
      const { itemId } = await meetingWithItem(w, viewer);
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
    '`respondToInvitation`: anyone who sits at the table; a substitute, at the meeting they are sent to',
    `mutation($m: ID!) { respondToInvitation(meetingId: $m, response: ATTENDING) { response } }`,
    async (w, viewer) => ({ m: await meetingAt(w, viewer) }),
    // The other substitute is sent elsewhere; the withdrawn one no longer stands.
    allow(...SITTERS, 'substitute'),
  ),
  m(
    'recordAttendance',
    MINUTES_ROW,
    `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`,
    (w) => ({ m: w.meeting, u: w.users.member.id }),
    allow(...OFFICERS),
    { case: 'a member' },
  ),
  m(
    'recordAttendance',
    `${MINUTES_ROW}; a substitute is recorded at the meeting they are sent to`,
    `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`,
    (w) => ({ m: w.meeting, u: w.users.substitute.id }),
    // The substitute acts as a MEMBER: they do not take attendance, their own included.
    allow(...OFFICERS),
    { case: 'the substitute' },
  ),
  m(
    'recordAttendance',
    `${MINUTES_ROW}; a withdrawn substitute holds no seat: BAD_USER_INPUT`,
    `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`,
    (w) => ({ m: w.meeting, u: w.users.withdrawnSubstitute.id }),
    { ...allow(), secretary: 'BAD_USER_INPUT', chair: 'BAD_USER_INPUT' },
    { case: 'the withdrawn substitute' },
  ),
  m(
    'editMinutes',
    MINUTES_ROW,
    `mutation($m: ID!) { editMinutes(meetingId: $m, expectedVersion: 1, input: { summary: "Résumé fictif" }) { version } }`,
    async (w, viewer) => ({ m: await meetingAt(w, viewer, 'IN_PROGRESS') }),
    allow(...OFFICERS),
  ),
  m(
    'circulateMinutes',
    MINUTES_ROW,
    `mutation($m: ID!) { circulateMinutes(meetingId: $m) { status } }`,
    async (w, viewer) => {
      const id = await meetingAt(w, viewer, 'IN_PROGRESS');
      await editedMinutes(w, id);
      return { m: id };
    },
    allow(...OFFICERS),
  ),
  m(
    'approveMinutes',
    MINUTES_ROW,
    `mutation($m: ID!) { approveMinutes(meetingId: $m) { status } }`,
    async (w, viewer) => {
      const id = await meetingAt(w, viewer, 'ADJOURNED');
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
    allow(...ORG_A_USERS),
    { case: 'status of an item assigned to orgA' },
  ),
  m(
    'postActionItemUpdate',
    '`postActionItemUpdate`: officers, the assignee, users of the assignee organization',
    `mutation($id: ID!) { postActionItemUpdate(id: $id, body: "Suivi fictif") { id } }`,
    async (w) => ({ id: await actionItemOfA(w) }),
    allow(...ORG_A_USERS),
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
  m(
    'setRepresentatives',
    REPRESENTATIVES_ROW,
    SET_REPRESENTATIVES,
    async (w) => ({ m: await activeMembership(w, w.orgA), d: w.participants.member, a: [w.participants.observer] }),
    // Everyone seated at table A is of orgA: each may name its representatives.
    allow(...SITTERS, 'coordinator'),
    { case: "the viewer's organization" },
  ),
  m(
    'setRepresentatives',
    REPRESENTATIVES_ROW,
    SET_REPRESENTATIVES,
    async (w) => {
      const organizationId = await createOrganization(w.t);
      const m = await addMembership(w.t, w.tableA, organizationId);
      const person = await createUser(w.t, { organizationId });
      return { m, d: await seat(w.t, w.tableA, person.id, 'MEMBER', organizationId), a: [] };
    },
    allow(...OFFICERS, 'coordinator'),
    { case: 'another organization' },
  ),
  m('markNotificationsRead', 'own notifications: any signed-in user', `mutation { markNotificationsRead }`, () => ({}), allow(...SIGNED_IN)),
  m('rotateCalendarFeed', 'own calendar feed: any signed-in user', `mutation { rotateCalendarFeed }`, () => ({}), allow(...SIGNED_IN)),
  m(
    'updateNotificationPreferences',
    'own notification preferences: any signed-in user',
    `mutation { updateNotificationPreferences(preferences: [{ kind: PROTOCOL_PUBLISHED, channel: DIGEST }], digestHour: 7) { id } }`,
    () => ({}),
    allow(...SIGNED_IN),
  ),
  m(
    'grantProxy',
    '`grantProxy`, `revokeProxy`: officers, a user of the giving organization who sits at the table',
    `mutation($m: ID!, $from: ID!, $to: ID!) { grantProxy(meetingId: $m, fromOrganizationId: $from, toOrganizationId: $to) { id } }`,
    async (w, viewer) => {
      const to = await createOrganization(w.t);
      await addMembership(w.t, w.tableA, to);
      return { m: await meetingAt(w, viewer), from: w.orgA, to };
    },
    allow(...SITTERS),
  ),
  m(
    'revokeProxy',
    '`grantProxy`, `revokeProxy`: officers, a user of the giving organization who sits at the table',
    `mutation($id: ID!) { revokeProxy(id: $id) }`,
    async (w, viewer) => {
      const to = await createOrganization(w.t);
      await addMembership(w.t, w.tableA, to);
      const [proxy] = await w.t.dataSource.query(
        `INSERT INTO meeting_proxy (meeting_id, from_organization_id, to_organization_id) VALUES ($1, $2, $3) RETURNING id`,
        [await meetingAt(w, viewer), w.orgA, to],
      );
      return { id: proxy.id };
    },
    allow(...SITTERS),
  ),
  m(
    'sendSubstitute',
    SUBSTITUTES_ROW,
    SEND_SUBSTITUTE,
    async (w, viewer) => ({ m: await meetingAt(w, viewer), o: w.orgA, u: (await createUser(w.t, { organizationId: w.orgA })).id }),
    // The substitute sent to that meeting does not send another in their place.
    allow(...SITTERS),
    { case: "the viewer's organization" },
  ),
  m(
    'sendSubstitute',
    SUBSTITUTES_ROW,
    SEND_SUBSTITUTE,
    async (w, viewer) => {
      const organizationId = await createOrganization(w.t);
      await addMembership(w.t, w.tableA, organizationId);
      return { m: await meetingAt(w, viewer), o: organizationId, u: (await createUser(w.t, { organizationId })).id };
    },
    allow(...OFFICERS),
    { case: 'another organization' },
  ),
  m(
    'withdrawSubstitute',
    SUBSTITUTES_ROW,
    `mutation($id: ID!) { withdrawSubstitute(id: $id) }`,
    async (w, viewer) => {
      const meetingId = await meetingAt(w, viewer);
      // The substitute tries to end their own seat; the others, a colleague's.
      if (viewer === 'substitute') {
        const [own] = await w.t.dataSource.query(`SELECT id FROM substitution WHERE meeting_id = $1 AND ended_at IS NULL`, [meetingId]);
        return { id: own.id };
      }
      return { id: await insertSubstitution(w, meetingId, (await createUser(w.t, { organizationId: w.orgA })).id) };
    },
    allow(...SITTERS),
  ),
  m(
    'openVote',
    VOTES_ROW,
    `mutation($i: ID!) {
      openVote(input: { agendaItemId: $i, question: "Vote fictif ?", method: YES_NO_ABSTAIN, threshold: SIMPLE_MAJORITY }) { ${VOTE} agendaItem { title } }
    }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      // Quorum (one organization at table A): orgA is present.
      await recordPresent(w, meetingId, 'member');
      return { i: itemId };
    },
    allow(...OFFICERS),
  ),
  m(
    'closeVote',
    VOTES_ROW,
    `mutation($id: ID!) { closeVote(id: $id) { ${VOTE} decision { text agendaItem { title } } } }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      return { id: await voteOn(w, meetingId, itemId) };
    },
    allow(...OFFICERS),
  ),
  m(
    'cancelVote',
    VOTES_ROW,
    `mutation($id: ID!) { cancelVote(id: $id) { ${VOTE} } }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      return { id: await voteOn(w, meetingId, itemId) };
    },
    allow(...OFFICERS),
  ),
  m(
    'castBallot',
    CAST_ROW,
    CAST_BALLOT,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      await recordPresent(w, meetingId, viewer);
      return { v: await voteOn(w, meetingId, itemId), o: w.orgA };
    },
    // Every viewer is recorded present: OBSERVERs never vote, the other substitute is sent elsewhere,
    // the withdrawn one was present but no longer holds the seat, the rest are of no organization of the table.
    allow(...VOTERS),
    { case: "its own organization's, recorded present" },
  ),
  m(
    'castBallot',
    `${CAST_ROW}: recorded PRESENT first`,
    CAST_BALLOT,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      return { v: await voteOn(w, meetingId, itemId), o: w.orgA };
    },
    allow(),
    { case: "its own organization's, not recorded present" },
  ),
  m(
    'castBallot',
    CAST_ROW,
    CAST_BALLOT,
    async (w, viewer) => {
      const giver = await memberOrganization(w);
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      await w.t.dataSource.query(`INSERT INTO meeting_proxy (meeting_id, from_organization_id, to_organization_id) VALUES ($1, $2, $3)`, [
        meetingId,
        giver,
        w.orgA,
      ]);
      await recordPresent(w, meetingId, viewer);
      return { v: await voteOn(w, meetingId, itemId), o: giver };
    },
    // Those who may cast orgA's ballot cast the one whose proxy orgA holds, the substitute included.
    allow(...VOTERS),
    { case: 'an organization whose proxy its own holds' },
  ),
  m(
    'castBallot',
    CAST_ROW,
    CAST_BALLOT,
    async (w, viewer) => {
      const other = await memberOrganization(w);
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      await recordPresent(w, meetingId, viewer);
      return { v: await voteOn(w, meetingId, itemId), o: other };
    },
    allow(),
    { case: 'another organization, without its proxy' },
  ),
  m(
    'requestToSpeak',
    SPEAKERS_ROW,
    `mutation($m: ID!) { requestToSpeak(meetingId: $m) { ${SPEAKER} } }`,
    async (w, viewer) => ({ m: (await runningMeeting(w, viewer)).meetingId }),
    allow(...SITTERS, 'substitute'),
    { case: 'on an item open to the table' },
  ),
  m(
    'requestToSpeak',
    SPEAKERS_ROW,
    `mutation($m: ID!) { requestToSpeak(meetingId: $m) { ${SPEAKER} } }`,
    async (w, viewer) => ({ m: (await runningMeeting(w, viewer, 'IN_CAMERA')).meetingId }),
    allow(...MEETING_CAMERA_READERS),
    { case: 'on an IN_CAMERA item' },
  ),
  m(
    'withdrawRequestToSpeak',
    WITHDRAW_SPEAKER_ROW,
    WITHDRAW_SPEAKER,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      // Their own request where they could have asked: those who sit at the table, the substitute, and
      // the withdrawn one (who asked before being withdrawn); for the others, a colleague's.
      const asked = viewer !== 'anonymous' && [...SITTERS, 'substitute', 'withdrawnSubstitute'].includes(viewer);
      const userId = asked ? w.users[viewer].id : (await seatedUser(w)).user.id;
      return { id: await speakerRequestOf(w, meetingId, itemId, userId) };
    },
    // A withdrawn substitute holds no seat there any more: the request is for the officers to take back.
    allow(...SITTERS, 'substitute'),
    { case: 'their own request' },
  ),
  m(
    'withdrawRequestToSpeak',
    WITHDRAW_SPEAKER_ROW,
    WITHDRAW_SPEAKER,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      return { id: await speakerRequestOf(w, meetingId, itemId, (await seatedUser(w)).user.id) };
    },
    allow(...OFFICERS),
    { case: "another person's request" },
  ),
  m(
    'giveFloor',
    FLOOR_ROW,
    `mutation($id: ID!) { giveFloor(id: $id) { ${SPEAKER} } }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      return { id: await speakerRequestOf(w, meetingId, itemId, (await seatedUser(w)).user.id) };
    },
    allow(...OFFICERS),
  ),
  m(
    'endSpeech',
    FLOOR_ROW,
    `mutation($m: ID!) { endSpeech(meetingId: $m) { id title speakers { ${SPEAKER} } } }`,
    async (w, viewer) => {
      const { meetingId, itemId } = await runningMeeting(w, viewer);
      await speakerRequestOf(w, meetingId, itemId, (await seatedUser(w)).user.id, 'SPEAKING');
      return { m: meetingId };
    },
    allow(...OFFICERS),
  ),
  m('retryFailedEmails', '`emailDelivery`, `retryFailedEmails`: COORDINATOR', `mutation { retryFailedEmails }`, () => ({}), allow('coordinator')),
  m(
    'updateProfile',
    'own profile: any signed-in user',
    `mutation { updateProfile(input: { timeZone: "America/Toronto" }) { id } }`,
    () => ({}),
    allow(...SIGNED_IN),
  ),
  m('beginTwoFactorSetup', ACCOUNT_SECURITY_ROW, `mutation { beginTwoFactorSetup { secret otpauthUrl } }`, () => ({}), allow(...SIGNED_IN)),
  // Turns it on for each viewer; disableTwoFactor, right after, turns it off again (so that login, below, needs no code).
  m(
    'confirmTwoFactor',
    ACCOUNT_SECURITY_ROW,
    `mutation($code: String!) { confirmTwoFactor(code: $code) }`,
    async (w, viewer) => ({ code: (await setupCode(w, viewer)).code }),
    allow(...SIGNED_IN),
  ),
  m(
    'disableTwoFactor',
    ACCOUNT_SECURITY_ROW,
    `mutation($p: String!, $code: String!) { disableTwoFactor(password: $p, code: $code) { id twoFactorEnabled } }`,
    async (w, viewer) => {
      // Set up again from scratch (a new secret, whatever came before), then turned off with a recovery code.
      const { code } = await setupCode(w, viewer);
      if (viewer === 'anonymous') return { p: FIXTURE_PASSWORD, code };
      const recoveryCodes: string[] = (await gqlOk(w.t, `mutation($code: String!) { confirmTwoFactor(code: $code) }`, { code }, w.token(viewer)))
        .confirmTwoFactor;
      return { p: FIXTURE_PASSWORD, code: recoveryCodes[0] };
    },
    allow(...SIGNED_IN),
  ),
  m(
    'revokeSession',
    ACCOUNT_SECURITY_ROW,
    `mutation($id: ID!) { revokeSession(id: $id) }`,
    async (w, viewer) => ({ id: sessionIdOf(await signIn(w.t, w.users[viewer === 'anonymous' ? 'stranger' : viewer].id)) }),
    allow(...SIGNED_IN),
    { case: 'own session' },
  ),
  m(
    'revokeSession',
    'Account security: another person’s session is `NOT_FOUND`',
    `mutation($id: ID!) { revokeSession(id: $id) }`,
    async (w) => ({ id: sessionIdOf(await signIn(w.t, w.voterV.id)) }),
    { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED' },
    { case: "another person's session" },
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
    'deleteMyAccount',
    "Privacy: `deleteMyAccount` erases the viewer's own account only, with its password (a wrong one: UNAUTHENTICATED), and never a table's only CHAIR (FORBIDDEN)",
    `mutation($p: String!) { deleteMyAccount(password: $p) }`,
    async (w, viewer) => {
      // Every cell but the CHAIR's gives a wrong password: a right one would erase a viewer of the world.
      if (viewer !== 'chair') return { p: 'pas-le-bon-mot-de-passe' };
      const chairs = await w.t.dataSource.query(`SELECT user_id FROM table_participant WHERE table_id = $1 AND role = 'CHAIR'`, [w.tableA]);
      if (chairs.length !== 1) throw new Error('Table A must have one CHAIR here, or this cell would erase them.');
      return { p: FIXTURE_PASSWORD };
    },
    { ...everyone('UNAUTHENTICATED'), chair: 'FORBIDDEN' },
    { case: 'the only CHAIR with the password, everyone else with a wrong one' },
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
    operation: 'GET /me/data.json',
    row: 'Privacy: `GET /me/data.json`: any signed-in user, their own data only',
    path: () => '/me/data.json',
    expect: allow(...SIGNED_IN),
  },
  {
    operation: 'GET /meetings/:id.ics',
    row: '`GET /meetings/:id.ics`: same permissions as `meeting(id)`',
    path: (w) => `/meetings/${w.meeting}.ics`,
    expect: allow(...MEETING_READERS),
    // The published agenda, in-camera titles for those who read them.
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title] },
  },
  {
    operation: 'GET /meetings/:id.ics (another meeting of the table)',
    row: '`GET /meetings/:id.ics`: same permissions as `meeting(id)`: a substitute reads only the meeting they are sent to',
    path: (w) => `/meetings/${w.otherMeeting}.ics`,
    expect: allow(...OTHER_MEETING_READERS),
    revealsCamera: { to: OTHER_MEETING_CAMERA_READERS, all: [OTHER.camera] },
  },
  {
    operation: 'GET /meetings/:id/minutes.md',
    row: 'read … minutes (closed votes included): those who sit at it, the substitute sent to it; IN_CAMERA only for CHAIR, SECRETARY, MEMBER',
    path: (w) => `/meetings/${w.meeting}/minutes.md`,
    expect: allow(...MEETING_READERS),
    // Closed votes are in the minutes, with their question: the in-camera one for in-camera readers.
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title, CAMERA.notes, CAMERA.vote] },
  },
  {
    operation: 'GET /meetings/:id/minutes.pdf',
    row: 'read … minutes (closed votes included): those who sit at it, the substitute sent to it; IN_CAMERA only for CHAIR, SECRETARY, MEMBER',
    path: (w) => `/meetings/${w.meeting}/minutes.pdf`,
    pdf: true,
    expect: allow(...MEETING_READERS),
    // Closed votes are in the minutes, with their question: the in-camera one for in-camera readers.
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title, CAMERA.notes, CAMERA.vote] },
  },
  {
    operation: 'GET /attachments/:id',
    row: '`GET /attachments/:id`: same permissions as its agenda item (IN_CAMERA here)',
    path: (w) => `/attachments/${w.cameraAttachment}`,
    expect: allow(...MEETING_CAMERA_READERS),
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.file] },
  },
  {
    operation: 'GET /attachments/:id (another meeting of the table)',
    row: '`GET /attachments/:id`: same permissions as its agenda item (IN_CAMERA, of the meeting the other substitute is sent to)',
    path: (w) => `/attachments/${w.otherAttachment}`,
    expect: allow(...OTHER_MEETING_CAMERA_READERS),
    revealsCamera: { to: OTHER_MEETING_CAMERA_READERS, all: [OTHER.file] },
  },
  {
    operation: 'GET /reports/tables/:id.csv',
    row: '`GET /reports/tables/:id.csv`, `.pdf`: as `tableReport`',
    path: (w) => `/reports/tables/${w.tableA}.csv${REPORT_QUERY()}`,
    expect: allow(...REPORT_READERS),
    countsOnly: true,
  },
  {
    operation: 'GET /reports/tables/:id.pdf',
    row: '`GET /reports/tables/:id.csv`, `.pdf`: as `tableReport`',
    path: (w) => `/reports/tables/${w.tableA}.pdf${REPORT_QUERY()}`,
    pdf: true,
    expect: allow(...REPORT_READERS),
    countsOnly: true,
  },
  {
    operation: 'GET /reports/tables/:id.csv (a table below)',
    row: '`GET /reports/tables/:id.csv`, `.pdf`: as `tableReport`: officers of a table above it',
    path: (w) => `/reports/tables/${w.tableD}.csv${REPORT_QUERY()}`,
    expect: allow(...REPORT_READERS),
    countsOnly: true,
  },
  {
    operation: 'GET /reports/tables/:id.pdf (a table below)',
    row: '`GET /reports/tables/:id.csv`, `.pdf`: as `tableReport`: officers of a table above it',
    path: (w) => `/reports/tables/${w.tableD}.pdf${REPORT_QUERY()}`,
    pdf: true,
    expect: allow(...REPORT_READERS),
    countsOnly: true,
  },
  {
    operation: 'GET /reports/network.csv',
    row: '`networkReport`, `GET /reports/network.csv`: COORDINATOR',
    path: () => `/reports/network.csv${REPORT_QUERY()}`,
    expect: allow('coordinator'),
    countsOnly: true,
  },
];

export interface SubscriptionEntry {
  operation: string;
  /** Tells two entries of one operation apart. */
  case?: string;
  row: string;
  document: string;
  variables(w: World): Vars;
  expect: Expectation;
  /** The pub/sub topic an allowed viewer's subscription listens on (to wait for it before triggering). */
  topic(w: World, viewer: Viewer): string;
  /** Makes events happen: first what only IN_CAMERA readers may see, then what every allowed viewer sees. */
  trigger(w: World): Promise<void>;
  /** Viewers that must receive at least one event from the trigger; every other one receives none. */
  receivers: readonly Viewer[];
  /** The trigger's last event, when it makes several: each receiver reads until it has `count` of `kind`. */
  until?: { kind: string; count: number };
  /** What each receiver must find in the events it read (the field of `operation` of each). */
  check?(w: World, viewer: Viewer, events: any[]): void;
  revealsCamera?: Reveal;
}

/** The live in-camera vote's word: it holds CAMERA.vote, so the leak check keeps it from whoever may not read in camera. */
const LIVE_CAMERA_VOTE = `${CAMERA.vote}direct`;
const LIVE_SECRET_QUESTION = 'Vote fictif secret en direct ?';
const LIVE_ROW = "Subscriptions deliver an event only to a subscriber who may see it, and resolve its fields with that subscriber's permissions";

export const SUBSCRIPTIONS: SubscriptionEntry[] = [
  {
    operation: 'meetingEvents',
    case: 'the meeting the substitute is sent to',
    row: `${LIVE_ROW}; read meetings: those who sit at the table, a substitute at that meeting as a MEMBER`,
    document: `subscription($m: ID!) { meetingEvents(meetingId: $m) { kind meeting { ${MEETING} } } }`,
    variables: (w) => ({ m: w.meeting }),
    topic: (w) => Topics.meeting(w.meeting),
    expect: allow(...MEETING_READERS),
    receivers: MEETING_READERS,
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title, CAMERA.notes, CAMERA.decision, CAMERA.file, CAMERA.vote] },
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
    operation: 'meetingEvents',
    case: 'votes: VOTE_OPENED, VOTE_UPDATED, VOTE_CLOSED',
    row: `${LIVE_ROW}; votes: whoever may read the meeting, a vote on an IN_CAMERA item only whoever may read the item; ballots while OPEN only those the subscriber cast or may cast, a secret choice only to its caster`,
    document: `subscription($m: ID!) { meetingEvents(meetingId: $m) { kind meeting { ${MEETING} } } }`,
    variables: (w) => ({ m: w.meeting }),
    topic: (w) => Topics.meeting(w.meeting),
    expect: allow(...MEETING_READERS),
    receivers: MEETING_READERS,
    // Two votes opened, three ballots, one vote closed (with its decision) and one cancelled.
    until: { kind: 'VOTE_CLOSED', count: 2 },
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.vote, LIVE_CAMERA_VOTE] },
    trigger: async (w) => {
      const chair = w.users.chair.token;
      const open = async (input: Record<string, unknown>) =>
        (await gqlOk(w.t, `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`, { input: { threshold: 'SIMPLE_MAJORITY', ...input } }, chair))
          .openVote.id as string;
      const cast = (token: string, v: string, o: string, c: string) =>
        gqlOk(w.t, `mutation($v: ID!, $o: ID!, $c: String!) { castBallot(voteId: $v, organizationId: $o, choice: $c) { castAt } }`, { v, o, c }, token);
      // In camera first: a vote opened on the IN_CAMERA item.
      const camera = await open({ agendaItemId: w.cameraItem, question: `Vote ${LIVE_CAMERA_VOTE} ?`, method: 'YES_NO_ABSTAIN' });
      const secret = await open({
        agendaItemId: w.publicItem,
        question: LIVE_SECRET_QUESTION,
        method: 'CHOICE',
        options: [BALLOT.secret, BALLOT.secretOther],
        secret: true,
      });
      await cast(w.voterV.token, secret, w.orgV, BALLOT.secretOther);
      await cast(w.users.member.token, secret, w.orgA, BALLOT.secret);
      // orgV changes its ballot in the world's open vote: turnout for everyone, its choice for no viewer.
      await cast(w.voterV.token, w.openVote, w.orgV, BALLOT.openOther);
      await gqlOk(w.t, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: secret }, chair);
      await gqlOk(w.t, `mutation($id: ID!) { cancelVote(id: $id) { id } }`, { id: camera }, chair);
    },
    check: (w, viewer, events) => {
      const last = events[events.length - 1].meeting;
      const vote = (question: string) => last.votes.find((v: { question: string }) => v.question === question);
      // The open vote: orgV's ballot is in (turnout), and no subscriber may cast it, so none lists it.
      expect({ viewer, open: vote(QUESTIONS.open) }).toMatchObject({ viewer, open: { status: 'OPEN', votedOrganizations: [{ id: w.orgV }], ballots: [] } });
      // The secret vote, closed: both ballots listed, each choice only for its caster.
      const ballots = vote(LIVE_SECRET_QUESTION).ballots.map((b: { organization: { id: string }; choice: string | null }) => [b.organization.id, b.choice]);
      expect({ viewer, ballots: ballots.sort() }).toEqual({
        viewer,
        ballots: [
          [w.orgA, viewer === 'member' ? BALLOT.secret : null],
          [w.orgV, null],
        ].sort(),
      });
    },
  },
  {
    operation: 'meetingEvents',
    case: "the speakers' list: SPEAKERS_CHANGED",
    row: `${LIVE_ROW}; \`Meeting.speakers\`: whoever may read the meeting's current item (IN_CAMERA here)`,
    document: `subscription($m: ID!) { meetingEvents(meetingId: $m) { kind meeting { ${MEETING} } } }`,
    variables: (w) => ({ m: w.meeting }),
    topic: (w) => Topics.meeting(w.meeting),
    expect: allow(...MEETING_READERS),
    receivers: MEETING_READERS,
    until: { kind: 'SPEAKERS_CHANGED', count: 3 },
    revealsCamera: { to: MEETING_CAMERA_READERS, all: [CAMERA.title] },
    trigger: async (w) => {
      // The current item is IN_CAMERA: the substitute asks to speak, the member is given the floor, then done.
      await gqlOk(w.t, `mutation($m: ID!) { requestToSpeak(meetingId: $m) { id } }`, { m: w.meeting }, w.users.substitute.token);
      await gqlOk(w.t, `mutation($id: ID!) { giveFloor(id: $id) { id } }`, { id: w.speakerRequest }, w.users.chair.token);
      await gqlOk(w.t, `mutation($m: ID!) { endSpeech(meetingId: $m) { id } }`, { m: w.meeting }, w.users.chair.token);
    },
    check: (w, viewer, events) => {
      const speakers = events[events.length - 1].meeting.speakers.map((s: { user: { id: string }; status: string }) => [s.user.id, s.status]);
      const list = [
        [w.users.substitute.id, 'WAITING'],
        [w.users.member.id, 'DONE'],
      ];
      expect({ viewer, speakers }).toEqual({ viewer, speakers: MEETING_CAMERA_READERS.includes(viewer) ? list : [] });
    },
  },
  {
    operation: 'meetingEvents',
    case: 'another meeting of the table',
    row: `${LIVE_ROW}; a substitute reads the one meeting they are sent to, no other meeting of the table`,
    document: `subscription($m: ID!) { meetingEvents(meetingId: $m) { kind meeting { ${MEETING} } } }`,
    variables: (w) => ({ m: w.otherMeeting }),
    topic: (w) => Topics.meeting(w.otherMeeting),
    expect: allow(...OTHER_MEETING_READERS),
    receivers: OTHER_MEETING_READERS,
    revealsCamera: { to: OTHER_MEETING_CAMERA_READERS, all: OTHER_CAMERA_MARKERS },
    trigger: async (w) => {
      await gqlOk(
        w.t,
        `mutation($id: ID!) { updateMeeting(id: $id, input: { location: "Salle fictive en direct" }) { id } }`,
        { id: w.otherMeeting },
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
    // Following a table's action items is table-wide: not for its substitutes, who own some as users of orgA.
    expect: allow(...SITTERS),
    receivers: SITTERS,
    revealsCamera: { to: IN_CAMERA_READERS },
    trigger: async (w) => {
      const UPDATE = `mutation($id: ID!) { postActionItemUpdate(id: $id, body: "Suivi fictif en direct") { id } }`;
      await gqlOk(w.t, UPDATE, { id: w.cameraAction }, w.users.chair.token);
      await gqlOk(w.t, UPDATE, { id: w.publicAction }, w.users.chair.token);
    },
  },
  {
    operation: 'consultationProgress',
    row: `${LIVE_ROW}; read a consultation: those who sit at the running table; once opened, also the people of the invited organizations`,
    document: `subscription($c: ID!) { consultationProgress(consultationId: $c) { responseCount invitedCount consultation { id title } } }`,
    variables: (w) => ({ c: w.consultation }),
    topic: (w) => Topics.consultation(w.consultation),
    // orgA is invited: its people follow it, seated at table A or not (as `consultation`).
    expect: allow(...ORG_A_USERS),
    receivers: ORG_A_USERS,
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
    // Nor the substitutes: they do not sit at the table, and the new meeting is not one they are sent to.
    receivers: ['observer', 'member', 'secretary'],
    revealsCamera: { to: ['member', 'secretary'] },
    trigger: async (w) => {
      const meetingId = await insertMeeting(w.t, w.tableA, { title: 'Réunion fictive en direct', status: 'DRAFT', startsAt: soon(3) });
      await insertItem(w.t, meetingId, { title: `Dossier ${CAMERA.title}`, confidentiality: 'IN_CAMERA' });
      await gqlOk(w.t, `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`, { m: meetingId }, w.users.chair.token);
    },
  },
];

/** Every operation name the matrix covers, for the check against schema.graphql. */
export const COVERED = new Set([...QUERIES, ...MUTATIONS, ...SUBSCRIPTIONS].map((e) => e.operation));
