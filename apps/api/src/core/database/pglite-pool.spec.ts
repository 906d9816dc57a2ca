import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/**
 * PGlite is one session: these prove that the pool gives each transaction the session to
 * itself, and that it reports affected rows as `pg` does (optimistic concurrency relies on it).
 */
describe('PGliteSerialPool', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const db = await PGlite.create();
    dataSource = new DataSource({ ...dataSourceOptions({ databaseUrl: null, dataDir: tmpdir() }, async () => db), migrations: [] });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await dataSource.query('INSERT INTO counter VALUES (1, 0), (2, 0)');
  });
  afterAll(() => dataSource.destroy());

  it('runs concurrent transactions one after the other, never interleaved', async () => {
    const seen: string[] = [];
    const increment = (name: string) =>
      dataSource.transaction(async (manager) => {
        seen.push(`${name}:begin`);
        const [{ n }] = await manager.query('SELECT n FROM counter WHERE id = 1');
        await new Promise((r) => setTimeout(r, 20));
        await manager.query('UPDATE counter SET n = $1 WHERE id = 1', [Number(n) + 1]);
        seen.push(`${name}:end`);
      });
    await Promise.all([increment('a'), increment('b'), increment('c')]);
    const [{ n }] = await dataSource.query('SELECT n FROM counter WHERE id = 1');
    expect(Number(n)).toBe(3);
    expect(seen).toEqual(['a:begin', 'a:end', 'b:begin', 'b:end', 'c:begin', 'c:end']);
  });

  it('rolls back a failed transaction and frees the session for the next one', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query('UPDATE counter SET n = 100 WHERE id = 2');
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    const [{ n }] = await dataSource.query('SELECT n FROM counter WHERE id = 2');
    expect(Number(n)).toBe(0);
  });

  it('reports the rows an UPDATE changed', async () => {
    const changed = await dataSource.createQueryBuilder().update('counter').set({ n: 5 }).where('id = :id AND n = :n', { id: 2, n: 0 }).execute();
    const unchanged = await dataSource.createQueryBuilder().update('counter').set({ n: 6 }).where('id = :id AND n = :n', { id: 2, n: 0 }).execute();
    expect(changed.affected).toBe(1);
    expect(unchanged.affected).toBe(0);
  });
});
