import { ViewerResolverService } from '../src/core/auth/viewer-resolver.service';
import { createRequestContext, type RequestContext } from '../src/core/graphql/request-context';
import { ActionItemEntity } from '../src/modules/action-items/action-item.entity';
import { ActionItemsPolicy } from '../src/modules/action-items/action-items.policy';
import { ConsultationEntity } from '../src/modules/consultations/consultation.entity';
import { ConsultationsPolicy } from '../src/modules/consultations/consultations.policy';
import { DecisionEntity } from '../src/modules/decisions/decision.entity';
import { AgendaItemEntity } from '../src/modules/meetings/agenda-item.entity';
import { MeetingEntity } from '../src/modules/meetings/meeting.entity';
import { MeetingsPolicy } from '../src/modules/meetings/meetings.policy';
import { NEXT_MEETINGS } from '../src/modules/home/what-needs-me.service';
import { gqlOk, startWorld, VIEWERS, type World } from './authorization/world';
import { CREATE, OPEN, inMinutes } from './support/consultation-fixtures';
import { insertDecision } from './support/protocol-fixtures';
import { insertItem, insertMeeting } from './support/meeting-fixtures';

/**
 * Some read rules are written twice: in the policies, for one object at a time, and in SQL, for
 * lists, counts and search filtered in the database (ConsultationsPolicy's `visibleSql`,
 * ActionItemsPolicy's `visibleSql`, SearchPolicy's fragments, `myMeetings`, the calendar feed, the
 * home page's next meetings: the last four add the meetings a substitute is sent to). Every reader
 * of the authorization matrix's world (its substitutes included), plus the chairs of tables C and
 * D, asks both about every object; the answers must be the same. The SQL side is asked through the
 * API's own lists, so that the joins around each fragment are the ones that run.
 */

/** A word every searchable row is given, so that search's filter is asked about every one of them. */
const WORD = 'Qzxparite';

interface Reader {
  name: string;
  token: string | null;
}

type Answers = Record<string, string[]>;

/** Objects the world lacks and the rules tell apart (all fictitious). */
async function addObjects(w: World): Promise<void> {
  const { t, users } = w;
  const chair = users.chair.token;
  // A DRAFT (read at the running table only, not yet by its audience D) and one addressed to D
  // alone, which invites orgC: table C's chair reads it by invitation only.
  await gqlOk(t, CREATE, { input: consultation(w.tableA, [w.tableA, w.tableD]) }, chair);
  const toD = (await gqlOk(t, CREATE, { input: consultation(w.tableA, [w.tableD]) }, chair)).createConsultation.id;
  await gqlOk(t, OPEN, { id: toD }, chair);
  await gqlOk(t, CREATE, { input: consultation(w.tableD, [w.tableD]) }, w.dChair.token);

  // Table B's own meeting, with an in-camera item and a decision on it.
  const meetingB = await insertMeeting(t, w.tableB, { title: 'Réunion fictive B' });
  const cameraB = await insertItem(t, meetingB, { title: 'Dossier fictif B', confidentiality: 'IN_CAMERA' });
  await insertItem(t, meetingB, { title: 'Point fictif B' });
  await insertDecision(t, meetingB, { text: 'Décision fictive B', agendaItemId: cameraB });
  // A decision of table A taken outside any item, and action items that only their owners read
  // beyond the table (or that the in-camera rule hides even from their owner).
  const looseDecision = await insertDecision(t, w.meeting, { text: 'Décision fictive hors point', agendaItemId: null });
  const action = (tableId: string, fields: { agendaItemId?: string; decisionId?: string; assigneeId?: string; organizationId?: string }) =>
    t.dataSource.query(
      `INSERT INTO action_item (table_id, meeting_id, agenda_item_id, decision_id, title, assignee_id, assignee_organization_id, status, created_by_id)
       VALUES ($1, $2, $3, $4, 'Action fictive', $5, $6, 'OPEN', $7)`,
      [
        tableId,
        fields.agendaItemId || fields.decisionId ? w.meeting : null,
        fields.agendaItemId ?? null,
        fields.decisionId ?? null,
        fields.assigneeId ?? null,
        fields.organizationId ?? null,
        users.chair.id,
      ],
    );
  await action(w.tableA, { organizationId: w.orgB });
  await action(w.tableA, { assigneeId: users.otherOrg.id });
  await action(w.tableA, { agendaItemId: w.cameraItem, assigneeId: users.otherOrg.id });
  await action(w.tableA, { decisionId: looseDecision, assigneeId: users.stranger.id });
  await action(w.tableB, { organizationId: w.orgA });
  await action(w.tableB, { agendaItemId: cameraB, organizationId: w.orgA });
}

function consultation(tableId: string, audienceTableIds: string[]) {
  return { tableId, title: 'Consultation fictive', closesAt: inMinutes(600), audienceTableIds, questions: [{ prompt: 'Avis fictif ?', kind: 'TEXT' }] };
}

async function contextOf(w: World, token: string | null): Promise<RequestContext> {
  const lookup = await w.t.app.get(ViewerResolverService).fromAuthorization(token ? `Bearer ${token}` : undefined);
  return createRequestContext(lookup, '127.0.0.1');
}

/** What the policy answers, for each reader: the ids of `rows` it lets them read (a fresh request each). */
async function byPolicy<T extends { id: string }>(
  w: World,
  readers: Reader[],
  rows: T[],
  allows: (ctx: RequestContext, row: T) => Promise<boolean>,
): Promise<Answers> {
  const answers: Answers = {};
  for (const reader of readers) {
    const ctx = await contextOf(w, reader.token);
    const allowed = await Promise.all(rows.map((row) => allows(ctx, row)));
    answers[reader.name] = rows
      .filter((_, i) => allowed[i])
      .map((row) => row.id)
      .sort();
  }
  return answers;
}

/** What the SQL filter answers, for each reader, through the API. */
async function byFilter(readers: Reader[], read: (reader: Reader) => Promise<string[]>): Promise<Answers> {
  const answers: Answers = {};
  for (const reader of readers) answers[reader.name] = [...new Set(await read(reader))].sort();
  return answers;
}

/** The world tells the readers apart: some read nothing, some read part, none reads the same as everyone. */
function expectTellsApart(answers: Answers, total: number): void {
  const seen = Object.values(answers);
  expect(seen.some((ids) => ids.length === 0)).toBe(true);
  expect(seen.some((ids) => ids.length > 0 && ids.length < total)).toBe(true);
  expect(new Set(seen.map((ids) => ids.join())).size).toBeGreaterThan(2);
}

describe('authorization: SQL filters answer as the policies do', () => {
  let w: World;
  let readers: Reader[];
  let meetings: MeetingsPolicy;
  beforeAll(async () => {
    w = await startWorld();
    await addObjects(w);
    for (const [table, column] of [
      ['meeting', 'title'],
      ['agenda_item', 'title'],
      ['decision', 'text'],
      ['action_item', 'title'],
    ]) {
      await w.t.dataSource.query(`UPDATE ${table} SET ${column} = ${column} || ' ${WORD}'`);
    }
    readers = [
      ...VIEWERS.filter((v) => v !== 'anonymous').map((v) => ({ name: v, token: w.token(v) })),
      { name: 'cChair', token: w.cChair.token },
      { name: 'dChair', token: w.dChair.token },
    ];
    meetings = w.t.app.get(MeetingsPolicy);
  });
  afterAll(() => w.t.close());

  const all = <T extends object>(entity: new () => T) => w.t.dataSource.getRepository(entity).find();
  const roleAt = async (ctx: RequestContext, meetingId: string) => {
    const meeting = await w.t.dataSource.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    return meetings.roleAt(ctx, meeting);
  };

  it('consultations: visibleSql (myConsultations) = ConsultationsPolicy', async () => {
    const policy = w.t.app.get(ConsultationsPolicy);
    const rows = await all(ConsultationEntity);
    const expected = await byPolicy(w, readers, rows, async (ctx, c) => (await policy.rights(ctx, c)).read);
    const actual = await byFilter(readers, async ({ token }) =>
      (await gqlOk(w.t, `{ myConsultations { id } }`, {}, token)).myConsultations.map((c: { id: string }) => c.id),
    );
    expect(actual).toEqual(expected);
    expectTellsApart(expected, rows.length);
  });

  it("action items: ActionItemsPolicy.visibleSql (the tables' lists) = ActionItemsPolicy", async () => {
    const policy = w.t.app.get(ActionItemsPolicy);
    const rows = await all(ActionItemEntity);
    const tables = [w.tableA, w.tableB, w.tableC, w.tableD];
    expect(rows.every((row) => tables.includes(row.tableId))).toBe(true);
    const LIST = `query($id: ID!) { table(id: $id) { actionItems(first: 100) { totalCount edges { node { id } } } } }`;
    const expected = await byPolicy(w, readers, rows, (ctx, item) => policy.mayRead(ctx, item));
    const actual = await byFilter(readers, async ({ token }) => {
      const lists = await Promise.all(tables.map(async (id) => (await gqlOk(w.t, LIST, { id }, token)).table.actionItems));
      for (const list of lists) expect(list.edges).toHaveLength(list.totalCount);
      return lists.flatMap((list: { edges: Array<{ node: { id: string } }> }) => list.edges.map((e) => e.node.id));
    });
    expect(actual).toEqual(expected);
    expectTellsApart(expected, rows.length);
  });

  it('meetings: myMeetings = MeetingsPolicy', async () => {
    const rows = await all(MeetingEntity);
    const expected = await byPolicy(w, readers, rows, (ctx, m) => meetings.mayRead(ctx, m));
    const actual = await byFilter(readers, async ({ token }) =>
      (await gqlOk(w.t, `{ myMeetings { id } }`, {}, token)).myMeetings.map((m: { id: string }) => m.id),
    );
    expect(actual).toEqual(expected);
    expectTellsApart(expected, rows.length);
  });

  it('meetings: the calendar feed = MeetingsPolicy', async () => {
    const rows = await all(MeetingEntity);
    const expected = await byPolicy(w, readers, rows, (ctx, m) => meetings.mayRead(ctx, m));
    const actual = await byFilter(readers, async ({ token }) => {
      const { rotateCalendarFeed } = await gqlOk(w.t, `mutation { rotateCalendarFeed }`, {}, token);
      const res = await fetch(`${w.t.url}${new URL(rotateCalendarFeed).pathname}`);
      expect(res.status).toBe(200);
      // Unfolded (RFC 5545 folds long lines), then one UID per meeting: `<id>@concertation`.
      const text = (await res.text()).replace(/\r\n[ \t]/g, '');
      return [...text.matchAll(/^UID:([0-9a-f-]+)@concertation\r?$/gm)].map((match) => match[1]);
    });
    expect(actual).toEqual(expected);
    expectTellsApart(expected, rows.length);
  });

  it("meetings: the home page's next meetings = MeetingsPolicy, for meetings under way or yet to start", async () => {
    const rows = (await all(MeetingEntity)).filter((m) => m.status === 'IN_PROGRESS' || (m.status === 'SCHEDULED' && m.startsAt.getTime() >= Date.now()));
    const expected = await byPolicy(w, readers, rows, (ctx, m) => meetings.mayRead(ctx, m));
    // Within the list's length, so that no reader's answer is cut.
    expect(Math.max(...Object.values(expected).map((ids) => ids.length))).toBeLessThan(NEXT_MEETINGS);
    const actual = await byFilter(readers, async ({ token }) =>
      (await gqlOk(w.t, `{ whatNeedsMe { nextMeetings { id } } }`, {}, token)).whatNeedsMe.nextMeetings.map((m: { id: string }) => m.id),
    );
    expect(actual).toEqual(expected);
    expectTellsApart(expected, rows.length);
  });

  describe('search: SearchPolicy = the policies of each kind', () => {
    const SEARCH = `query($q: String!) { search(query: $q, first: 40) { totalCount edges { node { hit { __typename
      ... on Meeting { id } ... on AgendaItem { id } ... on Decision { id } ... on ActionItem { id } } } } } }`;
    let found: Record<string, Array<{ kind: string; id: string }>>;
    beforeAll(async () => {
      found = {};
      for (const reader of readers) {
        const { search } = await gqlOk(w.t, SEARCH, { q: WORD }, reader.token);
        expect(search.edges).toHaveLength(search.totalCount);
        found[reader.name] = search.edges.map((e: { node: { hit: { __typename: string; id: string } } }) => ({
          kind: e.node.hit.__typename,
          id: e.node.hit.id,
        }));
      }
    });
    const hitsOf = (kind: string) => byFilter(readers, async ({ name }) => found[name].filter((h) => h.kind === kind).map((h) => h.id));

    it('meetings', async () => {
      const rows = await all(MeetingEntity);
      const expected = await byPolicy(w, readers, rows, (ctx, m) => meetings.mayRead(ctx, m));
      expect(await hitsOf('Meeting')).toEqual(expected);
      expectTellsApart(expected, rows.length);
    });

    it('agenda items', async () => {
      const rows = await all(AgendaItemEntity);
      const expected = await byPolicy(w, readers, rows, async (ctx, item) => meetings.canSeeItem(await roleAt(ctx, item.meetingId), item));
      expect(await hitsOf('AgendaItem')).toEqual(expected);
      expectTellsApart(expected, rows.length);
    });

    it('decisions', async () => {
      const rows = await all(DecisionEntity);
      const items = w.t.dataSource.getRepository(AgendaItemEntity);
      const expected = await byPolicy(w, readers, rows, async (ctx, d) =>
        meetings.canSeeDecision(await roleAt(ctx, d.meetingId), d.agendaItemId ? await items.findOneByOrFail({ id: d.agendaItemId }) : null),
      );
      expect(await hitsOf('Decision')).toEqual(expected);
      expectTellsApart(expected, rows.length);
    });

    it('action items', async () => {
      const policy = w.t.app.get(ActionItemsPolicy);
      const rows = await all(ActionItemEntity);
      const expected = await byPolicy(w, readers, rows, (ctx, item) => policy.mayRead(ctx, item));
      expect(await hitsOf('ActionItem')).toEqual(expected);
      expectTellsApart(expected, rows.length);
    });
  });

  it('anonymous: every policy above refuses everything', async () => {
    const anonymous = [{ name: 'anonymous', token: null }];
    const none = { anonymous: [] };
    const consultations = w.t.app.get(ConsultationsPolicy);
    const items = w.t.app.get(ActionItemsPolicy);
    expect(await byPolicy(w, anonymous, await all(ConsultationEntity), async (ctx, c) => (await consultations.rights(ctx, c)).read)).toEqual(none);
    expect(await byPolicy(w, anonymous, await all(ActionItemEntity), (ctx, item) => items.mayRead(ctx, item))).toEqual(none);
    expect(await byPolicy(w, anonymous, await all(MeetingEntity), (ctx, m) => meetings.mayRead(ctx, m))).toEqual(none);
  });
});
