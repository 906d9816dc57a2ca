import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { entityColumns } from '../src/core/database/entity-columns';
import { ActionItemEntity } from '../src/modules/action-items/action-item.entity';
import { MeetingEntity } from '../src/modules/meetings/meeting.entity';
import { RoundTableEntity } from '../src/modules/round-tables/round-table.entity';
import { TableParticipantEntity } from '../src/modules/round-tables/table-participant.entity';
import { tableWithCast } from './support/fixtures';
import { insertMeeting } from './support/meeting-fixtures';
import { insertActionItem } from './support/report-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The hot lists read their rows with fixed SQL (entityColumns) instead of TypeORM's query builder:
 * the rows must be the entities TypeORM would have given, value for value, nulls, dates and
 * numbers included, on either store.
 */
describe('entityColumns: fixed SQL reads the same entities as TypeORM', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const c = await tableWithCast(t);
    await insertMeeting(t, c.tableId, { title: 'Réunion fictive lue deux fois' });
    await t.dataSource.query(`UPDATE meeting SET location = 'Salle fictive', cancelled_reason = NULL, sequence = 3 WHERE table_id = $1`, [c.tableId]);
    await insertActionItem(t, c.tableId, c.chair, { createdAt: '2030-02-03T04:05:06.789Z', status: 'OPEN', dueOn: '2030-02-28', assignee: c.member });
    await insertActionItem(t, c.tableId, c.chair, { createdAt: '2030-02-04T00:00:00Z', status: 'DONE', completedAt: '2030-02-05T00:00:00Z', dueOn: null });
  });
  afterAll(() => t.close());

  const cases: Array<[string, EntityTarget<ObjectLiteral>, string, string]> = [
    ['meeting', MeetingEntity, 'meeting', 'm'],
    ['action item', ActionItemEntity, 'action_item', 'ai'],
    ['round table', RoundTableEntity, 'round_table', 't'],
    ['seat', TableParticipantEntity, 'table_participant', 'p'],
  ];
  it.each(cases)('%s', async (_, entity, table, alias) => {
    const typeorm = await t.dataSource.getRepository(entity).find({ order: { id: 'ASC' } });
    const fixed = await t.dataSource.query(`SELECT ${entityColumns(t.dataSource, entity, alias)} FROM ${table} ${alias} ORDER BY ${alias}.id`);
    expect(typeorm.length).toBeGreaterThan(0);
    expect(fixed).toEqual(typeorm.map((row) => ({ ...row })));
  });
});
