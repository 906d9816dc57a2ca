import { addMembership, createOrganization, createTable, createUser, seat, type FixtureUser } from './fixtures';
import type { TestApp } from './test-app';

export const REFERRAL_FIELDS = `id title rationale status referredAt decidedAt response
  referredBy { id } decidedBy { id } fromTable { id } toTable { id } sourceItem { id title }
  scheduledItem { id title position kind confidentiality meeting { id } referral { id } } outcomeDecisions { id text outcome }`;

export const REFER = `mutation($input: ReferralInput!) { referAgendaItem(input: $input) { ${REFERRAL_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $accept: Boolean!, $meetingId: ID, $response: String) {
  decideReferral(id: $id, accept: $accept, meetingId: $meetingId, response: $response) { ${REFERRAL_FIELDS} } }`;
export const LISTS = `query($id: ID!, $status: ReferralStatus) { table(id: $id) {
  incomingReferrals(status: $status) { ${REFERRAL_FIELDS} } outgoingReferrals(status: $status) { ${REFERRAL_FIELDS} } } }`;

export interface TableCast {
  id: string;
  organizationId: string;
  chair: FixtureUser;
  secretary: FixtureUser;
  member: FixtureUser;
  observer: FixtureUser;
}

async function castAt(t: TestApp, tableId: string, name: string): Promise<TableCast> {
  const organizationId = await createOrganization(t, { name });
  await addMembership(t, tableId, organizationId);
  const people = {} as Record<'chair' | 'secretary' | 'member' | 'observer', FixtureUser>;
  for (const [key, role] of [
    ['chair', 'CHAIR'],
    ['secretary', 'SECRETARY'],
    ['member', 'MEMBER'],
    ['observer', 'OBSERVER'],
  ] as const) {
    people[key] = await createUser(t, { organizationId });
    await seat(t, tableId, people[key].id, role, organizationId);
  }
  return { id: tableId, organizationId, ...people };
}

/**
 * A small network: a national table, a provincial one below it (with a cast), a regional one
 * below that (with a cast), a sibling regional table, a second provincial table, a coordinator
 * who sits nowhere and a user of an organization that sits nowhere.
 */
export async function network(t: TestApp) {
  const nationalId = await createTable(t, { level: 'NATIONAL', name: 'Table nationale fictive', regionCodes: ['CA-QC'] });
  const provincialId = await createTable(t, { level: 'PROVINCIAL', name: 'Table provinciale fictive', parentId: nationalId, regionCodes: ['CA-QC'] });
  const otherProvincialId = await createTable(t, {
    level: 'PROVINCIAL',
    name: 'Autre table provinciale fictive',
    parentId: nationalId,
    regionCodes: ['CA-ON'],
  });
  const regionalId = await createTable(t, { level: 'REGIONAL', name: 'Table régionale fictive', parentId: provincialId });
  const siblingId = await createTable(t, { level: 'REGIONAL', name: 'Table régionale voisine fictive', parentId: provincialId, regionCodes: ['QC-03'] });
  const regional = await castAt(t, regionalId, 'Organisme régional fictif');
  const provincial = await castAt(t, provincialId, 'Organisme provincial fictif');
  const coordinator = await createUser(t, { coordinator: true });
  const outsider = await createUser(t, { organizationId: await createOrganization(t, { name: 'Organisme sans table fictif' }) });
  return { nationalId, provincialId, otherProvincialId, regionalId, siblingId, regional, provincial, coordinator, outsider };
}
