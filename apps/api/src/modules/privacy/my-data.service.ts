import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { EnumValue, Locale } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import type { RequestContext } from '../../core/graphql/request-context';
import type { ActionItemEntity } from '../action-items/action-item.entity';
import { ActionItemsPolicy } from '../action-items/action-items.policy';
import { NotificationPreferenceEntity } from '../email/notification-preference.entity';
import { withDefaults } from '../email/notification-preferences.service';
import { renderNotification, type Reader } from '../notifications/notification-texts';
import { JsonObjectStream } from './json-stream';
import {
  ACTION_ITEM_UPDATES,
  ACTION_ITEMS_ASSIGNED,
  ATTENDANCE,
  AUDIT_EVENTS,
  BALLOTS,
  MEMBERSHIP_REQUESTS,
  NOTIFICATIONS,
  PAGE_SIZE,
  PARTICIPATIONS,
  RSVPS,
  SESSIONS,
  SPEAKER_REQUESTS,
  SUBSTITUTIONS,
  pageSql,
  profileSql,
  type ListSection,
} from './my-data-sections';

type Row = Record<string, unknown>;
type Profile = Row & { locale: EnumValue<Locale>; timeZone: string };

/** The export's format, so that a program reading it knows what it reads. */
export const MY_DATA_FORMAT = { name: 'concertation.my-data', version: 1 } as const;

/**
 * `GET /me/data.json`: everything the platform holds about the viewer (docs/api-guide.md,
 * "Privacy and erasure"), written to the response as it is read. Lists are read a page at a time
 * (keyset pages of PAGE_SIZE rows) and each page is written before the next is read, so that
 * memory stays flat for someone with 100,000 notifications. No transaction stays open while the
 * client reads: on PGlite it would hold the one connection everybody shares.
 */
@Injectable()
export class MyDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly actionItems: ActionItemsPolicy,
  ) {}

  /** Audited before the first byte: handing the data out is what `data.exported` records, finished or not. Returns the file's name. */
  async begin(viewer: Viewer): Promise<string> {
    const rows: Array<{ locale: string }> = await this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, { actorId: viewer.userId, action: 'data.exported', entityType: 'user', entityId: viewer.userId });
      return manager.query(`SELECT locale FROM app_user WHERE id = $1`, [viewer.userId]);
    });
    const day = new Date().toISOString().slice(0, 10);
    return rows[0]?.locale === 'EN' ? `my-concertation-data-${day}.json` : `mes-donnees-concertation-${day}.json`;
  }

  async write(ctx: RequestContext & { viewer: Viewer }, out: Writable): Promise<void> {
    const userId = ctx.viewer.userId;
    const json = new JsonObjectStream(out);
    const [profile] = (await this.dataSource.query(profileSql(), [userId])) as Profile[];
    const reader: Reader = { locale: profile.locale, timeZone: profile.timeZone };
    await json.open();
    await json.member('format', MY_DATA_FORMAT);
    await json.member('exportedAt', new Date().toISOString());
    await json.member('profile', profile);
    await json.member('affiliation', await this.affiliation(userId));
    for (const section of [PARTICIPATIONS, MEMBERSHIP_REQUESTS, RSVPS, ATTENDANCE, SUBSTITUTIONS, BALLOTS, SPEAKER_REQUESTS]) {
      await json.list(section.name, this.pages(section, userId));
    }
    await json.list(
      ACTION_ITEMS_ASSIGNED.name,
      this.presented(this.pages(ACTION_ITEMS_ASSIGNED, userId), (rows) => this.readableItems(ctx, rows)),
    );
    await json.list(ACTION_ITEM_UPDATES.name, this.pages(ACTION_ITEM_UPDATES, userId));
    await json.list(
      NOTIFICATIONS.name,
      this.presented(this.pages(NOTIFICATIONS, userId), async (rows) => rows.map((row) => rendered(row, reader))),
    );
    await json.member('preferences', await this.preferences(userId, profile));
    await json.list(SESSIONS.name, this.pages(SESSIONS, userId));
    await json.list(AUDIT_EVENTS.name, this.pages(AUDIT_EVENTS, userId));
    await json.close();
  }

  /** The confirmed organization and the one stated, waiting for a coordinator. */
  private async affiliation(userId: string): Promise<Row> {
    const rows: Array<{ organization: Row | null; pendingOrganization: Row | null }> = await this.dataSource.query(
      `SELECT CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS "organization",
              CASE WHEN po.id IS NULL THEN NULL ELSE json_build_object('id', po.id, 'name', po.name) END AS "pendingOrganization"
         FROM app_user u
         LEFT JOIN organization o ON o.id = u.organization_id
         LEFT JOIN organization po ON po.id = u.pending_organization_id
        WHERE u.id = $1`,
      [userId],
    );
    return rows[0];
  }

  private async preferences(userId: string, profile: Profile): Promise<Row> {
    const [chosen, digest] = await Promise.all([
      this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId }),
      this.dataSource.query(`SELECT digest_hour AS "digestHour" FROM app_user WHERE id = $1`, [userId]) as Promise<Array<{ digestHour: number }>>,
    ]);
    return { locale: profile.locale, timeZone: profile.timeZone, digestHour: digest[0].digestHour, notificationChannels: withDefaults(chosen) };
  }

  /** The section's rows, a page at a time, without the paging columns. */
  private async *pages(section: ListSection, userId: string): AsyncGenerator<Row[]> {
    let after: [string, string] | null = null;
    for (;;) {
      const rows: Row[] = await this.dataSource.query(pageSql(section, after !== null), after ? [userId, ...after] : [userId]);
      if (rows.length > 0) {
        const last = rows[rows.length - 1];
        after = [String(last._at), String(last._key)];
      }
      yield rows.map(withoutPagingKey);
      if (rows.length < PAGE_SIZE) return;
    }
  }

  private async *presented(pages: AsyncIterable<Row[]>, present: (rows: Row[]) => Promise<Row[]>): AsyncGenerator<Row[]> {
    for await (const rows of pages) yield present(rows);
  }

  /** An item assigned by name may hang on an in-camera item the viewer may not read: then its id and dates only, as `actionItem` would refuse it. */
  private async readableItems(ctx: RequestContext, rows: Row[]): Promise<Row[]> {
    return Promise.all(
      rows.map(async (row) => {
        const item = { ...row, assigneeId: ctx.viewer?.userId ?? null } as unknown as ActionItemEntity;
        return (await this.actionItems.mayRead(ctx, item)) ? row : { ...row, title: null, description: null };
      }),
    );
  }
}

function withoutPagingKey(row: Row): Row {
  const written = { ...row };
  delete written._at;
  delete written._key;
  return written;
}

/** A notification as its reader reads it: title and body in their language, without the stored parameters. */
function rendered({ _params, ...row }: Row, reader: Reader): Row {
  const text = renderNotification(String(row.kind), _params, reader);
  return { ...row, title: text.title, body: text.body };
}
