import type { EnumValue, TableRole } from '@concertation/shared-domain';
import { addMembership, createOrganization, createTable, createUser, seat } from './fixtures';
import type { TestApp } from './test-app';

export const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id status title opensAt closesAt
  table { id } audienceTables { id } questions { id position prompt kind options required } invitedOrganizations { id } } }`;
export const OPEN = `mutation($id: ID!) { openConsultation(id: $id) { id status opensAt closesAt invitedOrganizations { id } } }`;
export const CLOSE = `mutation($id: ID!) { closeConsultation(id: $id) { id status closesAt } }`;
export const SUBMIT = `mutation($c: ID!, $o: ID!, $a: [AnswerInput!]!) { submitConsultationResponse(consultationId: $c, organizationId: $o, answers: $a) {
  id submittedAt organization { id } submittedBy { id } answers { question { id kind } text choices scale } } }`;
export const READ = `query($id: ID!) { consultation(id: $id) { id status respondedOrganizations { id } invitedOrganizations { id }
  viewerResponse { id organization { id } answers { question { id } text choices scale } }
  results { invitedCount responseCount questions { question { id kind } optionCounts { option count } averageScale texts } } } }`;

/** A date `minutes` from now (negative: in the past), as the API takes it. */
export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/**
 * A fictitious network: a national table N above a provincial table P (which runs the
 * consultations) above two regional tables R1 and R2; and a second provincial table P2 with its
 * regional table R3, beside P. One organization per table, people seated in various roles.
 */
export async function network(t: TestApp) {
  const nationalId = await createTable(t, { level: 'NATIONAL', name: 'Table nationale fictive', regionCodes: ['CA-QC'] });
  const provincialId = await createTable(t, { level: 'PROVINCIAL', name: 'Table provinciale fictive', parentId: nationalId, regionCodes: ['CA-QC'] });
  const regional1Id = await createTable(t, { level: 'REGIONAL', name: 'Table régionale fictive A', parentId: provincialId, regionCodes: ['QC-06'] });
  const regional2Id = await createTable(t, { level: 'REGIONAL', name: 'Table régionale fictive B', parentId: provincialId, regionCodes: ['QC-03'] });
  const otherProvincialId = await createTable(t, {
    level: 'PROVINCIAL',
    name: 'Autre table provinciale fictive',
    parentId: nationalId,
    regionCodes: ['CA-QC'],
  });
  const regional3Id = await createTable(t, { level: 'REGIONAL', name: 'Table régionale fictive C', parentId: otherProvincialId, regionCodes: ['QC-05'] });

  const orgP = await createOrganization(t, { name: 'Ministère fictif', sector: 'GOVERNMENT' });
  const orgA = await createOrganization(t, { name: 'Organisme fictif A', sector: 'COMMUNITY' });
  const orgB = await createOrganization(t, { name: 'Organisme fictif B', sector: 'POLICE' });
  const orgC = await createOrganization(t, { name: 'Organisme fictif C', sector: 'EDUCATION' });
  const orgX = await createOrganization(t, { name: 'Organisme fictif X', sector: 'OTHER' });
  await addMembership(t, provincialId, orgP);
  await addMembership(t, regional1Id, orgA);
  await addMembership(t, regional2Id, orgB);
  await addMembership(t, regional3Id, orgC);
  // A pending request is no membership: orgX is never invited.
  await addMembership(t, regional1Id, orgX, 'PENDING');

  const person = async (organizationId: string | null, tableId: string | null, role: EnumValue<TableRole>) => {
    const user = await createUser(t, { organizationId });
    if (tableId) await seat(t, tableId, user.id, role, organizationId);
    return user;
  };
  return {
    nationalId,
    provincialId,
    regional1Id,
    regional2Id,
    otherProvincialId,
    regional3Id,
    orgP,
    orgA,
    orgB,
    orgC,
    orgX,
    pChair: await person(orgP, provincialId, 'CHAIR'),
    pSecretary: await person(orgP, provincialId, 'SECRETARY'),
    pMember: await person(orgP, provincialId, 'MEMBER'),
    pObserver: await person(orgP, provincialId, 'OBSERVER'),
    aChair: await person(orgA, regional1Id, 'CHAIR'),
    aMember: await person(orgA, regional1Id, 'MEMBER'),
    aObserver: await person(orgA, regional1Id, 'OBSERVER'),
    aColleague: await person(orgA, null, 'MEMBER'),
    bMember: await person(orgB, regional2Id, 'MEMBER'),
    cMember: await person(orgC, regional3Id, 'MEMBER'),
    nChair: await person(orgP, nationalId, 'CHAIR'),
    outsider: await person(orgX, null, 'MEMBER'),
    coordinator: await createUser(t, { coordinator: true }),
  };
}

export type Network = Awaited<ReturnType<typeof network>>;

/** The questionnaire most tests use: one question of each kind. */
export const QUESTIONS = [
  { prompt: 'Quelle priorité fictive retenir ?', kind: 'SINGLE_CHOICE', options: ['Prévention', 'Intervention', 'Suivi'], required: true },
  { prompt: 'Quels partenaires fictifs associer ?', kind: 'MULTIPLE_CHOICE', options: ['Police', 'Santé', 'Éducation'] },
  { prompt: 'Votre accord avec le protocole fictif ?', kind: 'SCALE', required: true },
  { prompt: 'Commentaires fictifs', kind: 'TEXT' },
];

export async function createConsultation(t: TestApp, n: Network, fields: Record<string, unknown> = {}, token = n.pChair.token) {
  const r = await t.gql(
    CREATE,
    {
      input: {
        tableId: n.provincialId,
        title: 'Consultation fictive sur le protocole',
        closesAt: inMinutes(60 * 24),
        audienceTableIds: [n.regional1Id, n.regional2Id],
        questions: QUESTIONS,
        ...fields,
      },
    },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createConsultation as { id: string; questions: Array<{ id: string; kind: string; options: string[] }> };
}

export async function openedConsultation(t: TestApp, n: Network, fields: Record<string, unknown> = {}) {
  const c = await createConsultation(t, n, fields);
  const r = await t.gql(OPEN, { id: c.id }, n.pChair.token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return c;
}

/** A complete answer to QUESTIONS. */
export function answersFor(c: { questions: Array<{ id: string }> }, pick: { single?: string; multi?: string[]; scale?: number; text?: string } = {}) {
  const [single, multi, scale, text] = c.questions;
  return [
    { questionId: single.id, choices: [pick.single ?? 'Prévention'] },
    { questionId: multi.id, choices: pick.multi ?? ['Police', 'Santé'] },
    { questionId: scale.id, scale: pick.scale ?? 4 },
    ...(pick.text === undefined ? [] : [{ questionId: text.id, text: pick.text }]),
  ];
}
