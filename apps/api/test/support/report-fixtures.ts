import { addMembership, createOrganization, createTable, createUser, seat, type FixtureUser } from './fixtures';
import type { TestApp } from './test-app';

/**
 * A hand-built network for the reports (issue 16), written mostly straight to the database so
 * that every timestamp is chosen, and every figure of table T over 2026-01-01..2026-03-31 is known
 * (docs in /work/notes/reports-spec.md; the expected figures are in TABLE_T below, each with why).
 *
 * Table T is in Montréal (its first region QC-06, zone America/Toronto: UTC−5 until 8 March 2026,
 * UTC−4 after), so its period is the instants [2026-01-01T05:00Z, 2026-04-01T04:00Z). Every title,
 * text and person's name holds a marker (MARKERS) that no report, CSV or PDF may ever carry.
 */

export const REPORT_FIELDS = `table { id name } from to meetingsHeld meetingsCancelled quorumMissed attendanceRate decisions votes
  actionItems { created completed overdue medianDaysToComplete }
  referralsSent referralsReceived referralsAnswered medianDaysToAnswerReferral consultationsRun consultationResponseRate
  organizations { organization { id name } meetingsAttended meetingsHeld actionItemsCompleted actionItemsOpen ballotsCast }
  months { month meetingsHeld decisions actionItemsCreated actionItemsCompleted }`;
export const TABLE_REPORT = `query($id: ID!, $from: Date!, $to: Date!) { tableReport(tableId: $id, from: $from, to: $to) { ${REPORT_FIELDS} } }`;
export const NETWORK_REPORT = `query($from: Date!, $to: Date!) { networkReport(from: $from, to: $to) { from to
  tables { ${REPORT_FIELDS} }
  regions { region { code name } tables meetingsHeld attendanceRate protocolsAdopted } } }`;

export const PERIOD = { from: '2026-01-01', to: '2026-03-31' } as const;

/** Table and organization names: plain ASCII letters in order, so that every collation sorts them alike. */
export const NAMES = {
  national: 'Table A nationale fictive',
  provincial: 'Table B provinciale fictive',
  tableT: 'Table C regionale fictive',
  tableU: 'Table D regionale fictive',
  tableV: 'Table E regionale fictive',
  archived: 'Table F archivee fictive',
  orgA: 'Centre Alpha fictif',
  orgB: 'Centre Bravo fictif',
  orgC: 'Centre Charlie fictif',
  orgD: 'Centre Delta fictif',
  orgE: 'Centre Echo fictif',
  orgF: 'Centre Foxtrot fictif',
  orgG: 'Centre Golf fictif',
  orgH: 'Centre Hotel fictif',
} as const;

/** Every free text and name written below; none may appear in a report. */
export const MARKERS: string[] = [];
let markerCount = 0;
/** A unique word for one text of the fixture, remembered in MARKERS. */
export function marker(kind: string): string {
  const word = `Qzr${kind}${++markerCount}`;
  MARKERS.push(word);
  return word;
}

/** The markers a text carries (case-insensitive, as a reader's search would find them). */
export const markersIn = (text: string): string[] => MARKERS.filter((m) => text.toLowerCase().includes(m.toLowerCase()));

const at = (iso: string) => new Date(iso);

/** Today's calendar day in a zone, YYYY-MM-DD. */
export const todayIn = (zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export async function insertMeetingAt(t: TestApp, tableId: string, status: string, startsAt: string, zone = 'America/Toronto'): Promise<string> {
  const start = at(startsAt);
  const rows = await t.dataSource.query(
    `INSERT INTO meeting (table_id, title, status, starts_at, ends_at, time_zone, location, cancelled_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      tableId,
      `Réunion ${marker('reunion')}`,
      status,
      start,
      new Date(start.getTime() + 2 * 3600_000),
      zone,
      `Salle ${marker('lieu')}`,
      status === 'CANCELLED' ? `Motif ${marker('annulation')}` : null,
    ],
  );
  return rows[0].id;
}

export async function insertAgendaItem(t: TestApp, meetingId: string, confidentiality: 'MEMBERS' | 'IN_CAMERA' = 'MEMBERS'): Promise<string> {
  const position = (await t.dataSource.query(`SELECT count(*)::int + 1 AS n FROM agenda_item WHERE meeting_id = $1`, [meetingId]))[0].n;
  const rows = await t.dataSource.query(
    `INSERT INTO agenda_item (meeting_id, position, title, description, notes, confidentiality) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      meetingId,
      position,
      confidentiality === 'IN_CAMERA' ? `Huis clos ${marker('huisclos')}` : `Point ${marker('point')}`,
      `Description ${marker('description')}`,
      `Notes ${marker('notes')}`,
      confidentiality,
    ],
  );
  return rows[0].id;
}

export async function insertDecisionAt(t: TestApp, meetingId: string, agendaItemId: string | null = null): Promise<string> {
  const rows = await t.dataSource.query(`INSERT INTO decision (meeting_id, agenda_item_id, text, outcome) VALUES ($1, $2, $3, 'ADOPTED') RETURNING id`, [
    meetingId,
    agendaItemId,
    `Décision ${marker('decision')}`,
  ]);
  return rows[0].id;
}

export async function attend(t: TestApp, meetingId: string, user: FixtureUser, organizationId: string | null, status = 'PRESENT'): Promise<void> {
  await t.dataSource.query(`INSERT INTO attendance (meeting_id, user_id, organization_id, status) VALUES ($1, $2, $3, $4)`, [
    meetingId,
    user.id,
    organizationId,
    status,
  ]);
}

/** A YES/NO vote on the item with these ballots, in that status. */
export async function insertVote(
  t: TestApp,
  meetingId: string,
  agendaItemId: string,
  status: 'OPEN' | 'CLOSED' | 'CANCELLED',
  ballots: Array<{ organizationId: string; castBy: FixtureUser; byProxy?: boolean }>,
  eligible: string[],
): Promise<string> {
  const rows = await t.dataSource.query(
    `INSERT INTO vote (meeting_id, agenda_item_id, question, method, options, threshold, status, eligible_organization_ids, closed_at)
     VALUES ($1, $2, $3, 'YES_NO_ABSTAIN', '["YES", "NO", "ABSTAIN"]'::jsonb, 'SIMPLE_MAJORITY', $4::varchar, $5::uuid[],
       CASE WHEN $4::varchar = 'OPEN' THEN NULL ELSE now() END) RETURNING id`,
    [meetingId, agendaItemId, `Vote ${marker('vote')} ?`, status, eligible],
  );
  for (const ballot of ballots) {
    await t.dataSource.query(`INSERT INTO ballot (vote_id, organization_id, choice, cast_by_id, by_proxy) VALUES ($1, $2, 'YES', $3, $4)`, [
      rows[0].id,
      ballot.organizationId,
      ballot.castBy.id,
      ballot.byProxy ?? false,
    ]);
  }
  return rows[0].id;
}

export async function insertActionItem(
  t: TestApp,
  tableId: string,
  createdBy: FixtureUser,
  fields: {
    createdAt: string;
    status: string;
    completedAt?: string | null;
    dueOn?: string | null;
    assignee?: FixtureUser | null;
    assigneeOrganizationId?: string | null;
  },
): Promise<string> {
  const rows = await t.dataSource.query(
    `INSERT INTO action_item (table_id, title, description, assignee_id, assignee_organization_id, due_on, status, created_by_id, created_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      tableId,
      `Action ${marker('action')}`,
      `Détail ${marker('detail')}`,
      fields.assignee?.id ?? null,
      fields.assigneeOrganizationId ?? null,
      fields.dueOn ?? null,
      fields.status,
      createdBy.id,
      at(fields.createdAt),
      fields.completedAt ? at(fields.completedAt) : null,
    ],
  );
  await t.dataSource.query(`INSERT INTO action_item_update (action_item_id, author_id, body) VALUES ($1, $2, $3)`, [
    rows[0].id,
    createdBy.id,
    `Suivi ${marker('suivi')}`,
  ]);
  return rows[0].id;
}

export async function insertReferral(
  t: TestApp,
  fromTableId: string,
  toTableId: string,
  by: FixtureUser,
  fields: { referredAt: string; status?: 'PENDING' | 'ACCEPTED' | 'DECLINED'; decidedAt?: string; decidedBy?: FixtureUser },
): Promise<string> {
  const decided = fields.status && fields.status !== 'PENDING';
  const rows = await t.dataSource.query(
    `INSERT INTO referral (from_table_id, to_table_id, title, rationale, status, referred_by_id, referred_at, decided_by_id, decided_at, response)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      fromTableId,
      toTableId,
      `Renvoi ${marker('renvoi')}`,
      `Motif ${marker('motif')}`,
      fields.status ?? 'PENDING',
      by.id,
      at(fields.referredAt),
      decided ? (fields.decidedBy ?? by).id : null,
      decided && fields.decidedAt ? at(fields.decidedAt) : null,
      decided ? `Réponse ${marker('reponse')}` : null,
    ],
  );
  return rows[0].id;
}

/** A consultation of the table with one question, these organizations invited and those responding. */
export async function insertConsultation(
  t: TestApp,
  tableId: string,
  by: FixtureUser,
  fields: {
    status: 'DRAFT' | 'OPEN' | 'CLOSED';
    opensAt: string | null;
    closesAt: string;
    closedAt?: string | null;
    invited: string[];
    responded: Array<{ organizationId: string; by: FixtureUser }>;
  },
): Promise<string> {
  const rows = await t.dataSource.query(
    `INSERT INTO consultation (table_id, title, description, status, opens_at, closes_at, closed_at, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      tableId,
      `Consultation ${marker('consultation')}`,
      `Contexte ${marker('contexte')}`,
      fields.status,
      fields.opensAt ? at(fields.opensAt) : null,
      at(fields.closesAt),
      fields.closedAt ? at(fields.closedAt) : null,
      by.id,
    ],
  );
  const id: string = rows[0].id;
  const question = (
    await t.dataSource.query(`INSERT INTO consultation_question (consultation_id, position, prompt, kind) VALUES ($1, 1, $2, 'TEXT') RETURNING id`, [
      id,
      `Question ${marker('question')} ?`,
    ])
  )[0].id;
  await t.dataSource.query(`INSERT INTO consultation_audience (consultation_id, table_id) VALUES ($1, $2)`, [id, tableId]);
  for (const organizationId of fields.invited) {
    await t.dataSource.query(`INSERT INTO consultation_invitation (consultation_id, organization_id) VALUES ($1, $2)`, [id, organizationId]);
  }
  for (const response of fields.responded) {
    await t.dataSource.query(`INSERT INTO consultation_response (consultation_id, organization_id, submitted_by_id, answers) VALUES ($1, $2, $3, $4::jsonb)`, [
      id,
      response.organizationId,
      response.by.id,
      JSON.stringify([{ questionId: question, text: `Avis ${marker('avis')}` }]),
    ]);
  }
  return id;
}

async function insertProtocol(t: TestApp, ownerTableId: string, by: FixtureUser): Promise<{ id: string; versionId: string }> {
  const title = `Protocole ${marker('protocole')}`;
  const id = (
    await t.dataSource.query(`INSERT INTO protocol (owner_table_id, title, search_key, summary, created_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      ownerTableId,
      title,
      title.toLowerCase(),
      `Résumé ${marker('sommaire')}`,
      by.id,
    ])
  )[0].id;
  const versionId = (
    await t.dataSource.query(`INSERT INTO protocol_version (protocol_id, number, body, published_by_id) VALUES ($1, 1, $2, $3) RETURNING id`, [
      id,
      `# Texte ${marker('texte')}`,
      by.id,
    ])
  )[0].id;
  return { id, versionId };
}

async function adopt(t: TestApp, protocol: { id: string; versionId: string }, tableId: string, status: 'NOT_STARTED' | 'IN_PROGRESS' | 'ADOPTED') {
  await t.dataSource.query(`INSERT INTO protocol_adoption (protocol_id, table_id, status, version_id, note) VALUES ($1, $2, $3, $4, $5)`, [
    protocol.id,
    tableId,
    status,
    status === 'ADOPTED' ? protocol.versionId : null,
    `Note ${marker('adoption')}`,
  ]);
}

const person = (t: TestApp, organizationId: string | null, fields: { coordinator?: boolean; locale?: 'FR' | 'EN' } = {}) =>
  createUser(t, { organizationId, displayName: `Personne ${marker('nom')}`, ...fields });

/**
 * Builds the network: N (national) above P (provincial) above the regional tables T (Montréal
 * then Laval), U (Capitale-Nationale) and V (Montréal), and an archived regional table X
 * (Montréal). Returns ids and people.
 */
export async function reportNetwork(t: TestApp) {
  const mandate = () => `Mandat ${marker('mandat')}`;
  const national = await createTable(t, { level: 'NATIONAL', name: NAMES.national, regionCodes: ['CA-QC'], mandate: mandate() });
  const provincial = await createTable(t, { level: 'PROVINCIAL', name: NAMES.provincial, parentId: national, regionCodes: ['CA-QC'], mandate: mandate() });
  const tableT = await createTable(t, { name: NAMES.tableT, parentId: provincial, regionCodes: ['QC-06', 'QC-13'], mandate: mandate() });
  const tableU = await createTable(t, { name: NAMES.tableU, parentId: provincial, regionCodes: ['QC-03'], mandate: mandate() });
  const tableV = await createTable(t, { name: NAMES.tableV, parentId: provincial, regionCodes: ['QC-06'], mandate: mandate() });
  const archived = await createTable(t, { name: NAMES.archived, parentId: provincial, regionCodes: ['QC-06'], archived: true, mandate: mandate() });
  // T's own quorum is 2 organizations (a majority of its 4 ACTIVE members would be 3); U has none (majority of 4: 3).
  await t.dataSource.query(`UPDATE round_table SET quorum = 2 WHERE id = $1`, [tableT]);

  const org: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', string> = {} as never;
  for (const key of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const) {
    org[key] = await createOrganization(t, { name: NAMES[`org${key}`], acronym: null });
  }
  // T: A, B, C, D ACTIVE; E withdrew (its person still sits there and is recorded present); F asks to join.
  for (const key of ['A', 'B', 'C', 'D'] as const) await addMembership(t, tableT, org[key]);
  await addMembership(t, tableT, org.E, 'WITHDRAWN');
  await addMembership(t, tableT, org.F, 'PENDING');
  for (const key of ['A', 'B', 'G', 'H'] as const) await addMembership(t, tableU, org[key]);
  for (const key of ['A', 'B'] as const) await addMembership(t, tableV, org[key]);
  await addMembership(t, archived, org.A);
  await addMembership(t, provincial, org.G);
  await addMembership(t, national, org.H);

  const people = {
    coordinator: await person(t, null, { coordinator: true }),
    coordinatorEn: await person(t, null, { coordinator: true, locale: 'EN' }),
    nChair: await person(t, org.H),
    pSecretary: await person(t, org.G, { locale: 'EN' }),
    pMember: await person(t, org.G),
    tChair: await person(t, org.A),
    tSecretary: await person(t, org.B),
    aRep: await person(t, org.A),
    bRep: await person(t, org.B),
    cRep: await person(t, org.C),
    dRep: await person(t, org.D),
    eRep: await person(t, org.E),
    tObserver: await person(t, org.C),
    /** A person of A who does not sit at T: A sends them as its substitute to M2. */
    aSubstitute: await person(t, org.A),
    uChair: await person(t, org.G),
    gRep: await person(t, org.G),
    hRep: await person(t, org.H),
    vChair: await person(t, org.B),
    stranger: await person(t, org.F),
  };
  await seat(t, national, people.nChair.id, 'CHAIR', org.H);
  await seat(t, provincial, people.pSecretary.id, 'SECRETARY', org.G);
  await seat(t, provincial, people.pMember.id, 'MEMBER', org.G);
  await seat(t, tableT, people.tChair.id, 'CHAIR', org.A);
  await seat(t, tableT, people.tSecretary.id, 'SECRETARY', org.B);
  for (const [who, key] of [
    ['aRep', 'A'],
    ['bRep', 'B'],
    ['cRep', 'C'],
    ['dRep', 'D'],
    ['eRep', 'E'],
  ] as const) {
    await seat(t, tableT, people[who].id, 'MEMBER', org[key]);
  }
  await seat(t, tableT, people.tObserver.id, 'OBSERVER', org.C);
  await seat(t, tableU, people.uChair.id, 'CHAIR', org.G);
  await seat(t, tableV, people.vChair.id, 'CHAIR', org.B);

  // ── Meetings of T ──────────────────────────────────────────────────────────
  const tMeeting = (status: string, startsAt: string) => insertMeetingAt(t, tableT, status, startsAt);
  const m1 = await tMeeting('ADJOURNED', '2026-01-10T15:00:00Z'); // 10 Jan, 10:00 EST
  const m2 = await tMeeting('IN_PROGRESS', '2026-02-14T15:00:00Z'); // adjourned below, once the substitute is recorded
  const m3 = await tMeeting('IN_PROGRESS', '2026-04-01T03:30:00Z'); // 31 March, 23:30 EDT: in March and in the period
  const m4 = await tMeeting('CANCELLED', '2026-02-20T15:00:00Z');
  const m5 = await tMeeting('SCHEDULED', '2026-03-05T15:00:00Z');
  await tMeeting('DRAFT', '2026-01-20T15:00:00Z');
  const m7 = await tMeeting('ADJOURNED', '2026-01-01T04:30:00Z'); // 31 Dec 2025, 23:30 EST: before the period
  const m8 = await tMeeting('ADJOURNED', '2026-04-01T04:30:00Z'); // 1 April, 00:30 EDT: after it
  await tMeeting('CANCELLED', '2025-12-15T15:00:00Z');
  await tMeeting('CANCELLED', '2026-04-01T04:15:00Z'); // 1 April, 00:15 EDT

  // M1: A, B, C present (3 of 4) and E, whose membership is withdrawn (not counted); D absent.
  await attend(t, m1, people.aRep, org.A);
  await attend(t, m1, people.bRep, org.B);
  await attend(t, m1, people.cRep, org.C);
  await attend(t, m1, people.tObserver, org.C);
  await attend(t, m1, people.eRep, org.E);
  await attend(t, m1, people.dRep, org.D, 'ABSENT');
  // M2: A through its substitute, recorded through the API (the row carries A), and B twice: 2 of 4.
  const SEND = `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id } }`;
  const ATTEND = `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { organization { id } } }`;
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const r = await t.gql(query, variables, token);
    if (r.errors) throw new Error(`report network set-up failed: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  await ok(SEND, { m: m2, o: org.A, u: people.aSubstitute.id }, people.tChair.token);
  await ok(ATTEND, { m: m2, u: people.aSubstitute.id }, people.tSecretary.token);
  await ok(ATTEND, { m: m2, u: people.bRep.id }, people.tSecretary.token);
  await ok(ATTEND, { m: m2, u: people.tSecretary.id }, people.tSecretary.token);
  await attend(t, m2, people.aRep, org.A, 'EXCUSED');
  await attend(t, m2, people.dRep, org.D, 'EXCUSED');
  await t.dataSource.query(`UPDATE meeting SET status = 'ADJOURNED' WHERE id = $1`, [m2]);
  // M3: A only among the ACTIVE members (and E again): 1 of 4, below T's quorum of 2.
  await attend(t, m3, people.tChair, org.A);
  await attend(t, m3, people.eRep, org.E);
  await attend(t, m3, people.bRep, org.B, 'ABSENT');
  await attend(t, m3, people.cRep, org.C, 'ABSENT');
  // Outside the period, everyone came.
  for (const m of [m7, m8]) {
    for (const [who, key] of [
      ['aRep', 'A'],
      ['bRep', 'B'],
      ['cRep', 'C'],
      ['dRep', 'D'],
    ] as const) {
      await attend(t, m, people[who], org[key]);
    }
  }

  // Agenda items, decisions (any meeting status counts, by the meeting's date), votes and ballots.
  const m1Public = await insertAgendaItem(t, m1);
  const m1Camera = await insertAgendaItem(t, m1, 'IN_CAMERA');
  const m2Item = await insertAgendaItem(t, m2);
  const m3Item = await insertAgendaItem(t, m3);
  const m5Item = await insertAgendaItem(t, m5);
  const m7Item = await insertAgendaItem(t, m7);
  const m8Item = await insertAgendaItem(t, m8);
  await insertAgendaItem(t, m4, 'IN_CAMERA');
  await insertDecisionAt(t, m1, m1Public);
  await insertDecisionAt(t, m1, m1Camera); // in camera: counted like the others
  await insertDecisionAt(t, m2, m2Item);
  await insertDecisionAt(t, m3); // a decision outside any item
  await insertDecisionAt(t, m5, m5Item); // at a meeting not held: still a decision of the period
  await insertDecisionAt(t, m7, m7Item);
  await insertDecisionAt(t, m8, m8Item);
  const everyT = [org.A, org.B, org.C, org.D];
  await insertVote(
    t,
    m1,
    m1Camera,
    'CLOSED',
    [
      { organizationId: org.A, castBy: people.aRep },
      { organizationId: org.B, castBy: people.bRep },
      { organizationId: org.C, castBy: people.cRep },
    ],
    everyT,
  );
  await insertVote(
    t,
    m1,
    m1Public,
    'CANCELLED',
    [
      { organizationId: org.A, castBy: people.aRep },
      { organizationId: org.B, castBy: people.bRep },
    ],
    everyT,
  );
  await insertVote(
    t,
    m2,
    m2Item,
    'CLOSED',
    [
      { organizationId: org.A, castBy: people.aSubstitute },
      { organizationId: org.B, castBy: people.bRep },
    ],
    everyT,
  );
  await insertVote(t, m2, m2Item, 'OPEN', [{ organizationId: org.B, castBy: people.bRep }], everyT);
  // D is absent from M3 but gave A its proxy: D's ballot, cast by A's chair, is D's.
  await insertVote(
    t,
    m3,
    m3Item,
    'CLOSED',
    [
      { organizationId: org.A, castBy: people.tChair },
      { organizationId: org.D, castBy: people.tChair, byProxy: true },
    ],
    everyT,
  );
  await insertVote(t, m7, m7Item, 'CLOSED', [{ organizationId: org.A, castBy: people.aRep }], everyT);
  await insertVote(t, m8, m8Item, 'CLOSED', [{ organizationId: org.C, castBy: people.cRep }], everyT);
  await t.dataSource.query(`INSERT INTO minutes (meeting_id, summary) VALUES ($1, $2), ($3, $4)`, [
    m1,
    `Résumé ${marker('resume')}`,
    m2,
    `Résumé ${marker('resume')}`,
  ]);

  // ── Action items of T (whole days between creation and completion: medians are exact) ──
  const ai = (fields: Parameters<typeof insertActionItem>[3]) => insertActionItem(t, tableT, people.tChair, fields);
  // Completed in the period, in 2, 4, 10 and 91 days: median (4 + 10) / 2 = 7.
  await ai({ createdAt: '2026-01-05T15:00:00Z', completedAt: '2026-01-07T15:00:00Z', status: 'DONE', assigneeOrganizationId: org.A });
  await ai({ createdAt: '2026-01-10T15:00:00Z', completedAt: '2026-01-14T15:00:00Z', status: 'DONE', assignee: people.bRep }); // B's, by its assignee
  await ai({
    createdAt: '2026-02-01T15:00:00Z',
    completedAt: '2026-02-11T15:00:00Z',
    status: 'DONE',
    assignee: people.bRep,
    assigneeOrganizationId: org.A, // A's: the organization named wins over the assignee's
  });
  await ai({ createdAt: '2025-12-01T15:00:00Z', completedAt: '2026-03-02T15:00:00Z', status: 'DONE', assigneeOrganizationId: org.C });
  // Created in the period, completed after it.
  await ai({ createdAt: '2026-03-10T15:00:00Z', completedAt: '2026-04-05T15:00:00Z', status: 'DONE', assigneeOrganizationId: org.D });
  // Open now: overdue (due 1 March), not yet due, overdue though created before the period, due today (not overdue).
  await ai({ createdAt: '2026-02-20T15:00:00Z', status: 'OPEN', dueOn: '2026-03-01', assigneeOrganizationId: org.D });
  await ai({ createdAt: '2026-03-15T15:00:00Z', status: 'IN_PROGRESS', dueOn: '2099-12-31', assigneeOrganizationId: org.D });
  await ai({ createdAt: '2025-11-01T15:00:00Z', status: 'BLOCKED', dueOn: '2026-06-01', assignee: people.cRep });
  await ai({ createdAt: '2026-12-01T15:00:00Z', status: 'OPEN', dueOn: todayIn('America/Toronto'), assigneeOrganizationId: org.B });
  // Cancelled: neither open nor overdue nor completed.
  await ai({ createdAt: '2026-01-20T15:00:00Z', status: 'CANCELLED', dueOn: '2026-01-25', assigneeOrganizationId: org.A });
  // Created 31 March at 23:00 EDT (April in UTC): March's; open, nobody's.
  await ai({ createdAt: '2026-04-01T03:00:00Z', status: 'OPEN' });
  // Completed once, then reopened: open, not completed.
  await ai({ createdAt: '2026-01-02T15:00:00Z', completedAt: '2026-01-03T15:00:00Z', status: 'IN_PROGRESS', assigneeOrganizationId: org.A });
  await ai({ createdAt: '2025-06-01T15:00:00Z', status: 'OPEN', assigneeOrganizationId: org.A });
  // Created 31 Dec 2025 at 23:00 EST, completed 1 April at 00:30 EDT: neither end in the period.
  await ai({ createdAt: '2026-01-01T04:00:00Z', completedAt: '2026-04-01T04:30:00Z', status: 'DONE', assigneeOrganizationId: org.B });
  // Another table's, for A: not T's.
  await insertActionItem(t, tableU, people.uChair, {
    createdAt: '2026-01-10T15:00:00Z',
    completedAt: '2026-01-11T15:00:00Z',
    status: 'DONE',
    assigneeOrganizationId: org.A,
  });

  // ── Referrals ──────────────────────────────────────────────────────────────
  const fromT = (toTableId: string, fields: Parameters<typeof insertReferral>[4]) => insertReferral(t, tableT, toTableId, people.tChair, fields);
  const toT = (fromTableId: string, fields: Parameters<typeof insertReferral>[4]) =>
    insertReferral(t, fromTableId, tableT, people.uChair, { decidedBy: people.tChair, ...fields });
  await fromT(provincial, { referredAt: '2026-01-15T15:00:00Z' });
  await fromT(tableU, { referredAt: '2026-04-01T03:00:00Z', status: 'ACCEPTED', decidedAt: '2026-04-10T15:00:00Z', decidedBy: people.uChair }); // 31 March, 23:00 EDT
  await fromT(provincial, { referredAt: '2025-12-20T15:00:00Z' });
  // Received in the period: answered in 3, 5 and 39 days (the last after the period): median 5.
  await toT(tableU, { referredAt: '2026-01-10T15:00:00Z', status: 'ACCEPTED', decidedAt: '2026-01-13T15:00:00Z' });
  await toT(tableU, { referredAt: '2026-02-01T15:00:00Z', status: 'DECLINED', decidedAt: '2026-02-06T15:00:00Z' });
  await toT(tableU, { referredAt: '2026-02-10T15:00:00Z' });
  await toT(tableU, { referredAt: '2026-03-01T15:00:00Z', status: 'ACCEPTED', decidedAt: '2026-04-09T15:00:00Z' });
  await toT(tableU, { referredAt: '2025-12-15T15:00:00Z', status: 'ACCEPTED', decidedAt: '2026-01-05T15:00:00Z' });
  await toT(provincial, { referredAt: '2026-01-01T04:30:00Z', status: 'ACCEPTED', decidedAt: '2026-01-02T15:00:00Z' }); // 31 Dec, 23:30 EST

  // ── Consultations of T ─────────────────────────────────────────────────────
  const c = (fields: Parameters<typeof insertConsultation>[3]) => insertConsultation(t, tableT, people.tChair, fields);
  const responses = (...pairs: Array<[string, FixtureUser]>) => pairs.map(([organizationId, by]) => ({ organizationId, by }));
  // Run and closed in the period: 3 of 4 answered.
  await c({
    status: 'CLOSED',
    opensAt: '2026-01-05T15:00:00Z',
    closesAt: '2026-01-20T15:00:00Z',
    closedAt: '2026-01-20T15:00:00Z',
    invited: everyT,
    responded: responses([org.A, people.aRep], [org.B, people.bRep], [org.C, people.cRep]),
  });
  // Run before the period, closed in it: 0 of 2 answered. Response rate 3 / 6 = 0.5 (not the mean of 0.75 and 0).
  await c({
    status: 'CLOSED',
    opensAt: '2025-12-01T15:00:00Z',
    closesAt: '2026-02-10T15:00:00Z',
    closedAt: '2026-02-10T15:00:00Z',
    invited: [org.A, org.B],
    responded: [],
  });
  // Run in the period, still open.
  await c({ status: 'OPEN', opensAt: '2026-03-01T15:00:00Z', closesAt: '2099-01-01T15:00:00Z', invited: everyT, responded: responses([org.D, people.dRep]) });
  // A draft is not run, whatever its dates.
  await c({ status: 'DRAFT', opensAt: '2026-02-01T15:00:00Z', closesAt: '2026-02-15T15:00:00Z', invited: [], responded: [] });
  // Run in the period, closed after it: every invited organization answered.
  await c({
    status: 'CLOSED',
    opensAt: '2026-03-10T15:00:00Z',
    closesAt: '2026-04-15T15:00:00Z',
    closedAt: '2026-04-15T15:00:00Z',
    invited: [org.A, org.B, org.C],
    responded: responses([org.A, people.aRep], [org.B, people.bRep], [org.C, people.cRep]),
  });

  // ── U: no quorum of its own (a majority of 4 is 3) ────────────────────────
  const u1 = await insertMeetingAt(t, tableU, 'ADJOURNED', '2026-01-12T15:00:00Z');
  await attend(t, u1, people.gRep, org.G);
  await attend(t, u1, people.hRep, org.H); // 2 of 4: quorum missed
  const u2 = await insertMeetingAt(t, tableU, 'ADJOURNED', '2026-02-12T15:00:00Z');
  for (const [who, key] of [
    ['aRep', 'A'],
    ['bRep', 'B'],
    ['gRep', 'G'],
    ['hRep', 'H'],
  ] as const) {
    await attend(t, u2, people[who], org[key]); // 4 of 4
  }
  await insertMeetingAt(t, tableU, 'SCHEDULED', '2026-03-12T15:00:00Z');

  // ── V: one held meeting in the period, both members present; one before ──
  const v1 = await insertMeetingAt(t, tableV, 'ADJOURNED', '2026-03-03T15:00:00Z');
  await attend(t, v1, people.aRep, org.A);
  await attend(t, v1, people.vChair, org.B);
  const v0 = await insertMeetingAt(t, tableV, 'ADJOURNED', '2025-10-01T14:00:00Z');
  await attend(t, v0, people.aRep, org.A);

  // ── The archived table held a meeting and adopted a protocol: none of it counts ──
  const x1 = await insertMeetingAt(t, archived, 'ADJOURNED', '2026-02-02T15:00:00Z');
  await attend(t, x1, people.aRep, org.A);

  // ── Protocols: P1 adopted by T and V, P2 by V and the archived table, P3 by P (provincial) and the archived table ──
  const p1 = await insertProtocol(t, provincial, people.pSecretary);
  const p2 = await insertProtocol(t, provincial, people.pSecretary);
  const p3 = await insertProtocol(t, provincial, people.pSecretary);
  await adopt(t, p1, tableT, 'ADOPTED');
  await adopt(t, p1, tableV, 'ADOPTED');
  await adopt(t, p1, tableU, 'IN_PROGRESS');
  await adopt(t, p2, tableV, 'ADOPTED');
  await adopt(t, p2, archived, 'ADOPTED');
  await adopt(t, p2, tableU, 'NOT_STARTED');
  await adopt(t, p3, provincial, 'ADOPTED');
  await adopt(t, p3, archived, 'ADOPTED');

  return { national, provincial, tableT, tableU, tableV, archived, org, people, meetings: { m1, m2, m3, m4, m5 } };
}

export type ReportNetwork = Awaited<ReturnType<typeof reportNetwork>>;

/** What T's report over PERIOD must say, figure by figure (see the comments where each row is written). */
export function expectedTableT(n: ReportNetwork) {
  const row = (organizationId: string, name: string, attended: number, completed: number, open: number, ballots: number) => ({
    organization: { id: organizationId, name },
    meetingsAttended: attended,
    meetingsHeld: 3,
    actionItemsCompleted: completed,
    actionItemsOpen: open,
    ballotsCast: ballots,
  });
  return {
    table: { id: n.tableT, name: NAMES.tableT },
    from: PERIOD.from,
    to: PERIOD.to,
    // M1, M2 (ADJOURNED) and M3 (IN_PROGRESS, 31 March 23:30 local); not the draft, the scheduled one, nor those just outside.
    meetingsHeld: 3,
    meetingsCancelled: 1,
    // T's quorum is 2: M1 (3 present) and M2 (2) reach it, M3 (1) does not. A majority (3) would miss M2 as well.
    quorumMissed: 1,
    // (3/4 + 2/4 + 1/4) / 3
    attendanceRate: 0.5,
    // M1 (2, one in camera), M2, M3, M5 (scheduled).
    decisions: 5,
    // The CLOSED ones of M1, M2 and M3.
    votes: 3,
    actionItems: { created: 9, completed: 4, overdue: 2, medianDaysToComplete: 7 },
    referralsSent: 2,
    referralsReceived: 4,
    referralsAnswered: 3,
    medianDaysToAnswerReferral: 5,
    consultationsRun: 3,
    consultationResponseRate: 0.5,
    organizations: [
      row(n.org.A, NAMES.orgA, 3, 2, 2, 3),
      row(n.org.B, NAMES.orgB, 2, 1, 1, 2),
      row(n.org.C, NAMES.orgC, 1, 1, 1, 1),
      row(n.org.D, NAMES.orgD, 0, 0, 2, 1),
    ],
    months: [
      { month: '2026-01', meetingsHeld: 1, decisions: 2, actionItemsCreated: 4, actionItemsCompleted: 2 },
      { month: '2026-02', meetingsHeld: 1, decisions: 1, actionItemsCreated: 2, actionItemsCompleted: 1 },
      { month: '2026-03', meetingsHeld: 1, decisions: 2, actionItemsCreated: 3, actionItemsCompleted: 1 },
    ],
  };
}
