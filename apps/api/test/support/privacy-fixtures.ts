import { FIXTURE_PASSWORD, createTable, tableWithCast, type FixtureUser } from './fixtures';
import { insertItem, insertMeeting } from './meeting-fixtures';
import type { TestApp } from './test-app';

/** Runs one operation that must succeed, and returns its data. */
export async function ok(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const result = await t.gql(query, variables, token);
  if (result.errors) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export interface ActivePerson {
  cast: Awaited<ReturnType<typeof tableWithCast>>;
  person: FixtureUser & { displayName: string };
  /** A second session, opened by signing in. */
  secondToken: string;
  otherTableId: string;
  membershipId: string;
  scheduledMeetingId: string;
  meetingId: string;
  itemId: string;
  otherItemId: string;
  voteId: string;
  speakerRequestId: string;
  actionItemId: string;
  updateId: string;
  decisionId: string;
  substitutionId: string;
  uploadId: string;
}

/**
 * A person who did one of everything the platform keeps about someone (all fictitious), through
 * the API as they would: registered stating their organization (coordinators are told their
 * name), confirmed, seated as SECRETARY of a table; asked for their organization's membership of
 * another table, answered an invitation, was recorded present, cast a ballot, asked to speak,
 * got an action item and posted an update naming themself, edited the minutes and recorded a
 * decision, sent a colleague in their place (who is told their name), chose notification
 * channels, turned the calendar feed on, signed in twice and once with a wrong password, and left
 * an upload unattached. The table's CHAIR wrote the person's name and e-mail in the minutes.
 */
export async function activePerson(t: TestApp, displayName: string, email: string): Promise<ActivePerson> {
  const cast = await tableWithCast(t);
  const registered = await ok(
    t,
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
    { input: { email, password: FIXTURE_PASSWORD, displayName, organizationId: cast.organizationId } },
    '',
  );
  const person = { id: registered.register.user.id as string, email, token: registered.register.accessToken as string, displayName };
  await ok(t, `mutation($u: ID!) { decideAffiliation(userId: $u, accept: true) { id } }`, { u: person.id }, cast.coordinator.token);
  await t.dataSource.query(`INSERT INTO table_participant (table_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'SECRETARY')`, [
    cast.tableId,
    person.id,
    cast.organizationId,
  ]);

  const otherTableId = await createTable(t, { name: 'Table fictive voisine' });
  const membershipId = (
    await ok(
      t,
      `mutation($t: ID!, $o: ID!, $m: String) { requestMembership(tableId: $t, organizationId: $o, message: $m) { id } }`,
      { t: otherTableId, o: cast.organizationId, m: `Demande portée par ${displayName}.` },
      person.token,
    )
  ).requestMembership.id;

  const scheduledMeetingId = await insertMeeting(t, cast.tableId, { title: 'Rencontre fictive à venir' });
  await ok(t, `mutation($m: ID!) { respondToInvitation(meetingId: $m, response: ATTENDING) { response } }`, { m: scheduledMeetingId }, person.token);

  const meetingId = await insertMeeting(t, cast.tableId, {
    title: 'Rencontre fictive en cours',
    status: 'IN_PROGRESS',
    startsAt: new Date(Date.now() - 3600_000),
  });
  const itemId = await insertItem(t, meetingId, { title: 'Point fictif du budget' });
  const otherItemId = await insertItem(t, meetingId, { title: 'Point fictif des partenaires' });
  await t.dataSource.query(`UPDATE meeting SET current_item_id = $2, current_item_started_at = now() WHERE id = $1`, [meetingId, itemId]);
  for (const userId of [person.id, cast.member.id]) {
    await ok(
      t,
      `mutation($m: ID!, $u: ID!) { recordAttendance(meetingId: $m, userId: $u, status: PRESENT) { status } }`,
      { m: meetingId, u: userId },
      cast.chair.token,
    );
  }
  const voteId = (
    await ok(
      t,
      `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`,
      { input: { agendaItemId: itemId, question: 'Adopter le budget fictif ?', method: 'YES_NO_ABSTAIN', threshold: 'SIMPLE_MAJORITY' } },
      cast.chair.token,
    )
  ).openVote.id;
  await ok(
    t,
    `mutation($v: ID!, $o: ID!) { castBallot(voteId: $v, organizationId: $o, choice: "ABSTAIN") { choice } }`,
    { v: voteId, o: cast.organizationId },
    person.token,
  );
  const speakerRequestId = (await ok(t, `mutation($m: ID!) { requestToSpeak(meetingId: $m) { id } }`, { m: meetingId }, person.token)).requestToSpeak.id;

  const actionItemId = (
    await ok(
      t,
      `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`,
      { input: { tableId: cast.tableId, meetingId, title: 'Action fictive du budget', assigneeId: person.id } },
      cast.chair.token,
    )
  ).createActionItem.id;
  const updated = await ok(
    t,
    `mutation($id: ID!, $body: String) { postActionItemUpdate(id: $id, body: $body, status: IN_PROGRESS) { updates { id author { id } } } }`,
    { id: actionItemId, body: `Relance faite par ${displayName}.` },
    person.token,
  );
  const updateId = updated.postActionItemUpdate.updates.find((u: { author: { id: string } }) => u.author.id === person.id).id;

  await ok(
    t,
    `mutation($m: ID!, $input: MinutesInput!) { editMinutes(meetingId: $m, expectedVersion: 1, input: $input) { version } }`,
    { m: meetingId, input: { summary: 'Résumé fictif de la rencontre.', itemNotes: [{ agendaItemId: itemId, notes: 'Budget discuté.' }] } },
    person.token,
  );
  // Someone else names the person in the minutes, with their address.
  await ok(
    t,
    `mutation($m: ID!, $input: MinutesInput!) { editMinutes(meetingId: $m, expectedVersion: 2, input: $input) { version } }`,
    { m: meetingId, input: { itemNotes: [{ agendaItemId: otherItemId, notes: `${displayName} (${email}) présente les partenaires.` }] } },
    cast.chair.token,
  );
  const decisionId = (
    await ok(
      t,
      `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`,
      { input: { meetingId, agendaItemId: itemId, text: 'Le budget fictif est reporté.', outcome: 'DEFERRED' } },
      person.token,
    )
  ).recordDecision.id;

  const substitutionId = (
    await ok(
      t,
      `mutation($m: ID!, $o: ID!, $u: ID!) { sendSubstitute(meetingId: $m, organizationId: $o, userId: $u) { id } }`,
      { m: scheduledMeetingId, o: cast.organizationId, u: cast.colleague.id },
      person.token,
    )
  ).sendSubstitute.id;

  await ok(
    t,
    `mutation { updateNotificationPreferences(preferences: [{ kind: MEETING_SCHEDULED, channel: IN_APP }], digestHour: 18) { id } }`,
    {},
    person.token,
  );
  await ok(t, `mutation { rotateCalendarFeed }`, {}, person.token);
  const secondToken = (
    await ok(t, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: FIXTURE_PASSWORD }, '')
  ).login.accessToken;
  const wrong = await t.gql(`mutation($e: String!) { login(email: $e, password: "pas-le-bon-mot-de-passe") { accessToken } }`, { e: email });
  if (wrong.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') throw new Error('the wrong password was not refused');
  const uploadId = (
    await t.dataSource.query(
      `INSERT INTO stored_file (uploaded_by_id, file_name, content_type, size, sha256) VALUES ($1, $2, 'text/plain', 0, repeat('0', 64)) RETURNING id`,
      [person.id, `notes de ${displayName}.txt`],
    )
  )[0].id;

  return {
    cast,
    person,
    secondToken,
    otherTableId,
    membershipId,
    scheduledMeetingId,
    meetingId,
    itemId,
    otherItemId,
    voteId,
    speakerRequestId,
    actionItemId,
    updateId,
    decisionId,
    substitutionId,
    uploadId,
  };
}
