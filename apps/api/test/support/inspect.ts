import type { Logger } from 'typeorm';
import type { TestApp } from './test-app';

/** The audit actions written about one object, oldest first. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, action`, [entityId]);
  return rows.map((r) => r.action);
}

/** The audit events of one object, with who and which table. */
export async function auditEvents(
  t: TestApp,
  entityId: string,
): Promise<Array<{ action: string; actor_id: string | null; table_id: string | null; entity_type: string }>> {
  return t.dataSource.query(`SELECT action, actor_id, table_id, entity_type FROM audit_event WHERE entity_id = $1 ORDER BY at, action`, [entityId]);
}

/** The notifications a user received, oldest first. */
export async function notificationsOf(
  t: TestApp,
  userId: string,
): Promise<Array<{ kind: string; title: string; body: string | null; table_id: string | null }>> {
  return t.dataSource.query(`SELECT kind, title, body, table_id FROM notification WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
}

/**
 * Counts the SQL statements the application sends while `run` runs, through TypeORM's logger
 * (every query of every query runner is announced to it, logging on or off).
 */
export async function countStatements(t: TestApp, run: () => Promise<unknown>): Promise<number> {
  const holder = t.dataSource as unknown as { logger: Logger };
  const original = holder.logger;
  let count = 0;
  holder.logger = new Proxy(original, {
    get(target, prop, receiver) {
      if (prop === 'logQuery') {
        return (...args: Parameters<Logger['logQuery']>) => {
          count++;
          return target.logQuery(...args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  try {
    await run();
  } finally {
    holder.logger = original;
  }
  return count;
}
