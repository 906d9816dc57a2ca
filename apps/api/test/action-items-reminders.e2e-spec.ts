import { ActionItemReminders, REMINDER_LOCK_KEY } from '../src/modules/action-items/action-item-reminders';
import { testStore } from './support/stores';
import { tableWithCast } from './support/fixtures';
import { countStatements, storedNotifications } from './support/inspect';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const SECRET_TITLE = 'Suivi fictif à huis clos';

/** Notifications ACTION_ITEM_DUE per user, with their titles. */
async function dueNotes(t: TestApp, tableId: string): Promise<Array<{ user_id: string; title: string }>> {
  const rows = await storedNotifications<{ user_id: string }>(t, `n.kind = 'ACTION_ITEM_DUE' AND n.table_id = $1`, [tableId], ['user_id']);
  return rows
    .map(({ user_id, title }) => ({ user_id, title }))
    .sort((a, b) => (a.user_id === b.user_id ? (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) : a.user_id < b.user_id ? -1 : 1));
}

describe('daily ACTION_ITEM_DUE reminders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Items due at `days` from today in the table's zone (negative: overdue). */
  async function scenario(app: TestApp) {
    const c = await tableWithCast(app);
    const meetingId = await insertMeeting(app, c.tableId);
    const secretItem = await insertItem(app, meetingId, { title: 'Point fictif confidentiel', confidentiality: 'IN_CAMERA' });
    const make = async (input: Record<string, unknown>, days: number | null, status = 'OPEN') => {
      const r = await app.gql(CREATE, { input: { tableId: c.tableId, ...input } }, c.chair.token);
      expect(r.errors).toBeUndefined();
      const id = r.data.createActionItem.id as string;
      await app.dataSource.query(
        `UPDATE action_item ai SET status = $3, due_on = CASE WHEN $2::int IS NULL THEN NULL ELSE (now() AT TIME ZONE (SELECT r.time_zone FROM round_table_region rtr JOIN region r ON r.id = rtr.region_id WHERE rtr.table_id = ai.table_id ORDER BY rtr.position LIMIT 1))::date + $2::int END WHERE id = $1`,
        [id, days, status],
      );
      return id;
    };
    await make({ title: 'Action fictive en retard', assigneeId: c.member.id }, -3);
    await make({ title: "Action fictive de l'organisme", assigneeOrganizationId: c.organizationId }, 2);
    await make({ title: 'Action fictive sans responsable' }, 0);
    await make({ title: 'Action fictive lointaine', assigneeId: c.member.id }, 3);
    await make({ title: 'Action fictive terminée', assigneeId: c.member.id }, -1, 'DONE');
    await make({ title: 'Action fictive sans échéance', assigneeId: c.member.id }, null);
    await make({ title: SECRET_TITLE, agendaItemId: secretItem, assigneeOrganizationId: c.organizationId }, -1);
    return c;
  }

  it('reminds once per item per day: the assignee, else the organization’s people at the table, else the officers', async () => {
    const c = await scenario(t);
    const job = t.app.get(ActionItemReminders);
    const first = await job.run();
    // The advisory lock works on this store too (PGlite included): the job ran.
    expect(first).toEqual({ ran: true, items: 4 });
    const notes = await dueNotes(t, c.tableId);
    const titlesOf = (userId: string) =>
      notes
        .filter((n) => n.user_id === userId)
        .map((n) => n.title)
        .sort();
    expect(titlesOf(c.member.id)).toEqual(
      ["Échéance proche\u202f: Action fictive de l'organisme", `En retard\u202f: ${SECRET_TITLE}`, 'En retard\u202f: Action fictive en retard'].sort(),
    );
    expect(titlesOf(c.chair.id)).toEqual(
      [
        "Échéance proche\u202f: Action fictive de l'organisme",
        'Échéance proche\u202f: Action fictive sans responsable',
        `En retard\u202f: ${SECRET_TITLE}`,
      ].sort(),
    );
    expect(titlesOf(c.secretary.id)).toEqual(titlesOf(c.chair.id));
    // The observer is told of the in-camera item without its title.
    expect(titlesOf(c.observer.id)).toEqual([
      expect.stringMatching(/^Une action était due le \d{1,2} \S+ \d{4}$/),
      "Échéance proche\u202f: Action fictive de l'organisme",
    ]);
    expect(JSON.stringify(notes.filter((n) => n.user_id === c.observer.id))).not.toContain(SECRET_TITLE);
    expect(notes.some((n) => n.user_id === c.colleague.id || n.user_id === c.outsider.id)).toBe(false);

    expect(await job.run()).toEqual({ ran: true, items: 0 });
    expect(await dueNotes(t, c.tableId)).toEqual(notes);
  });

  (testStore() === 'postgres' ? it : it.skip)('runs once when two API processes run it at the same moment (PostgreSQL)', async () => {
    const second = await startTestApp({}, { shareDatabaseWith: t });
    try {
      const c = await scenario(t);
      // While another process holds the lock, the job does nothing.
      const holder = second.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      await holder.query(`SELECT pg_advisory_xact_lock(${REMINDER_LOCK_KEY}::bigint)`);
      expect(await t.app.get(ActionItemReminders).run()).toEqual({ ran: false, items: 0 });
      await holder.rollbackTransaction();
      await holder.release();
      expect(await dueNotes(t, c.tableId)).toEqual([]);

      const runs = await Promise.all([t.app.get(ActionItemReminders).run(), second.app.get(ActionItemReminders).run()]);
      expect(runs.reduce((sum, r) => sum + r.items, 0)).toBe(4);
      const again = await Promise.all([t.app.get(ActionItemReminders).run(), second.app.get(ActionItemReminders).run()]);
      expect(again.reduce((sum, r) => sum + r.items, 0)).toBe(0);
      const notes = await dueNotes(t, c.tableId);
      // 3 + 3 + 3 + 2 (member, chair, secretary, observer) and nothing twice.
      expect(notes).toHaveLength(11);
      expect(new Set(notes.map((n) => `${n.user_id}|${n.title}`)).size).toBe(11);
      const perItemDay = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM action_item_reminder rem JOIN action_item ai ON ai.id = rem.action_item_id WHERE ai.table_id = $1`,
        [c.tableId],
      );
      expect(Number(perItemDay[0].n)).toBe(4);
    } finally {
      await second.close();
    }
  });

  it('reminds many items in a few statements: a network’s first run does not hold the database for minutes', async () => {
    const c = await tableWithCast(t);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await t.gql(
        CREATE,
        {
          input: {
            tableId: c.tableId,
            title: `Action fictive nº ${i}`,
            ...(i % 2 ? { assigneeId: c.member.id } : { assigneeOrganizationId: c.organizationId }),
          },
        },
        c.chair.token,
      );
      ids.push(r.data.createActionItem.id);
    }
    await t.dataSource.query(`UPDATE action_item SET due_on = current_date - 5 WHERE id = ANY($1::uuid[])`, [ids]);
    let run = { ran: false, items: 0 };
    const statements = await countStatements(t, async () => (run = await t.app.get(ActionItemReminders).run()));
    expect(run).toEqual({ ran: true, items: 30 });
    // The lock, the claim, then per batch: the items, the seats of their tables, their agenda
    // items and one INSERT of the notifications (one statement per item would be 60 or more).
    expect(statements).toBeLessThanOrEqual(10);
    const notes = await dueNotes(t, c.tableId);
    expect(notes.filter((n) => n.user_id === c.member.id)).toHaveLength(30);
    // The member's 15 items, and the organization's 15 for its four people at the table.
    expect(notes).toHaveLength(15 + 15 * 4);
  });
});
