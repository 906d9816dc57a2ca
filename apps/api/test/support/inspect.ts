import type { Logger } from 'typeorm';
import { renderNotification } from '../../src/modules/notifications/notification-texts';
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

/** The notifications a user received, oldest first, with their texts as the API renders them for that user. */
export async function notificationsOf(
  t: TestApp,
  userId: string,
): Promise<Array<{ kind: string; title: string; body: string | null; table_id: string | null }>> {
  return storedNotifications<{ kind: string; table_id: string | null }>(t, `n.user_id = $1`, [userId], ['kind', 'table_id']);
}

/**
 * Stored notifications matching `where` (on `n`), ordered by created_at then id, with the named
 * columns and their `title` and `body` rendered in each recipient's language and zone, as read.
 */
export async function storedNotifications<Row extends Record<string, unknown>>(
  t: TestApp,
  where: string,
  params: unknown[],
  columns: string[],
): Promise<Array<Row & { title: string; body: string | null }>> {
  const rows: Array<Record<string, unknown>> = await t.dataSource.query(
    `SELECT ${columns.map((c) => `n.${c}`).join(', ')}, n.kind AS text_kind, n.params AS text_params, u.locale AS text_locale, u.time_zone AS text_zone
       FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE ${where} ORDER BY n.created_at, n.id`,
    params,
  );
  return rows.map(({ text_kind, text_params, text_locale, text_zone, ...row }) => ({
    ...(row as Row),
    ...renderNotification(text_kind as string, text_params, { locale: text_locale as 'FR' | 'EN', timeZone: text_zone as string }),
  }));
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
