import type { TestApp } from './test-app';

/** GraphQL documents and helpers for the protocol tests. */
export const PROTOCOL_FIELDS = `id title summary sectors ownerTable { id }
  currentVersion { id number body changeNote publishedBy { id } publishedAt }
  versions { id number body changeNote }`;

export const CREATE_PROTOCOL = `mutation($input: CreateProtocolInput!) { createProtocol(input: $input) { ${PROTOCOL_FIELDS} } }`;
export const PUBLISH = `mutation($protocolId: ID!, $body: String!, $changeNote: String) {
  publishProtocolVersion(protocolId: $protocolId, body: $body, changeNote: $changeNote) { id number body changeNote publishedBy { id } publishedAt } }`;
export const RECORD_ADOPTION = `mutation($input: RecordAdoptionInput!) { recordAdoption(input: $input) {
  id status note updatedAt protocol { id } table { id } version { id number } decision { id text } } }`;
export const COVERAGE = `query($id: ID!) { protocol(id: $id) { currentVersion { number } coverage { adoptedCount outdatedCount
  regions { region { code kind } status adoptedVersion tables { id name } } } } }`;

export const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

/** A protocol created through the API by an officer of its owner table; fails the test otherwise. */
export async function createProtocolVia(t: TestApp, token: string, input: Record<string, unknown>): Promise<Record<string, any>> {
  const r = await t.gql(CREATE_PROTOCOL, { input: { sectors: ['POLICE'], body: '# Protocole fictif\n\nVersion 1.', ...input } }, token);
  if (r.errors) throw new Error(`createProtocol failed: ${JSON.stringify(r.errors)}`);
  return r.data.createProtocol;
}

export async function publishVia(t: TestApp, token: string, protocolId: string, body: string, changeNote?: string): Promise<Record<string, any>> {
  const r = await t.gql(PUBLISH, { protocolId, body, changeNote }, token);
  if (r.errors) throw new Error(`publishProtocolVersion failed: ${JSON.stringify(r.errors)}`);
  return r.data.publishProtocolVersion;
}

export async function adoptVia(t: TestApp, token: string, input: Record<string, unknown>): Promise<Record<string, any>> {
  const r = await t.gql(RECORD_ADOPTION, { input }, token);
  if (r.errors) throw new Error(`recordAdoption failed: ${JSON.stringify(r.errors)}`);
  return r.data.recordAdoption;
}

/** A decision of a meeting of that table, written straight to the database. */
export async function insertDecision(t: TestApp, meetingId: string, fields: { text?: string; agendaItemId?: string | null } = {}): Promise<string> {
  const rows = await t.dataSource.query(`INSERT INTO decision (meeting_id, agenda_item_id, text, outcome) VALUES ($1, $2, $3, 'ADOPTED') RETURNING id`, [
    meetingId,
    fields.agendaItemId ?? null,
    fields.text ?? 'Adopter le protocole fictif',
  ]);
  return rows[0].id;
}
