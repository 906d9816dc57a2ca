import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { paths, notificationPath } from '@concertation/shared-paths';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { addressOf, type OutgoingEmail } from '../../core/mail/mail-transport';
import { UserEntity } from '../accounts/user.entity';
import { writeInvitation } from '../calendars/ics-writer';
import { MeetingEntity } from '../meetings/meeting.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { renderNotification, type Reader } from '../notifications/notification-texts';
import { EmailLinks } from './email-links';
import { RSVP_RESPONSES } from './pages';
import type { EmailOutboxEntity } from './email-outbox.entity';
import { emailSafeParams } from './email-safe-params';
import type { EmailContent, MeetingBlock, RsvpLinks } from './templates/email-content';
import { renderDigestEmail, renderNotificationEmail, renderPasswordResetEmail } from './templates';

type OutboxRow = Pick<EmailOutboxEntity, 'id' | 'purpose' | 'recipientId' | 'notificationId' | 'payload'>;

/** Kinds whose e-mail is about one meeting: it shows when and where, and holds the answer links. */
const MEETING_KINDS = new Set(['MEETING_SCHEDULED', 'MEETING_CHANGED', 'MEETING_CANCELLED', 'AGENDA_PUBLISHED', 'PROXY_RECEIVED', 'SUBSTITUTE_INVITED']);
/** Kinds whose e-mail carries a calendar invitation, and its iTIP method. */
const INVITATION_METHOD: Record<string, 'REQUEST' | 'CANCEL'> = { MEETING_SCHEDULED: 'REQUEST', MEETING_CHANGED: 'REQUEST', MEETING_CANCELLED: 'CANCEL' };

/**
 * The reads of one batch of e-mails, each made once: the 2,000 invitations of a national table's
 * meeting read the meeting, its table and its agenda once, and their recipients and notifications
 * in one statement each, rather than five statements per e-mail.
 */
export class ComposeReads {
  private readonly reads = new Map<string, Promise<unknown>>();

  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let found = this.reads.get(key) as Promise<T> | undefined;
    if (!found) {
      found = read();
      this.reads.set(key, found);
    }
    return found;
  }

  know<T>(key: string, value: T): void {
    this.reads.set(key, Promise.resolve(value));
  }
}

/** One row's e-mail, or what kept it from being written. */
export type Composed = { email: OutgoingEmail | null } | { error: unknown };

/**
 * Writes an outbox row's e-mail when it is sent, in the recipient's language and zone, from the
 * data as it is then: a meeting's invitation has the same UID and SEQUENCE as its `.ics` file now.
 * What an e-mail may say is decided here (emailSafeParams, the public agenda): never minutes,
 * notes, attachments, ballots, or an in-camera item's title.
 */
@Injectable()
export class EmailComposer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: EmailLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The e-mails of a batch of rows, in their order, sharing their reads. */
  async composeAll(rows: readonly OutboxRow[]): Promise<Composed[]> {
    const reads = new ComposeReads();
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...new Set(rows.map((r) => r.recipientId))]) });
    const notificationIds = [...new Set(rows.flatMap((r) => (r.notificationId ? [r.notificationId] : [])))];
    const notifications = notificationIds.length ? await this.dataSource.getRepository(NotificationEntity).findBy({ id: In(notificationIds) }) : [];
    const userById = new Map(users.map((u) => [u.id, u]));
    const notificationById = new Map(notifications.map((n) => [n.id, n]));
    for (const row of rows) {
      reads.know(`user:${row.recipientId}`, userById.get(row.recipientId) ?? null);
      if (row.notificationId) reads.know(`notification:${row.notificationId}`, notificationById.get(row.notificationId) ?? null);
    }
    const composed: Composed[] = [];
    for (const row of rows) {
      try {
        composed.push({ email: await this.compose(row, reads) });
      } catch (error) {
        composed.push({ error });
      }
    }
    return composed;
  }

  /** The e-mail, or null when there is nothing left to send (its recipient, their address or the notification is gone). */
  private async compose(row: OutboxRow, reads: ComposeReads): Promise<OutgoingEmail | null> {
    const user = await reads.once(`user:${row.recipientId}`, () => this.dataSource.getRepository(UserEntity).findOneBy({ id: row.recipientId }));
    // An erased account has no address left (its placeholder is not one to write to).
    if (!user || user.erasedAt) return null;
    const reader: Reader = { locale: user.locale, timeZone: user.timeZone };
    const base = { to: user.email, messageId: this.messageId(row.id) };
    if (row.purpose === 'PASSWORD_RESET') {
      const link = typeof row.payload.link === 'string' ? row.payload.link : null;
      if (!link) return null;
      return { ...base, ...(await renderPasswordResetEmail({ locale: reader.locale, recipientName: user.displayName, link })) };
    }
    if (row.purpose === 'DIGEST') return this.digest(row, user, reader, base, reads);
    return this.notification(row, user, reader, base, reads);
  }

  private async notification(
    row: OutboxRow,
    user: UserEntity,
    reader: Reader,
    base: { to: string; messageId: string },
    reads: ComposeReads,
  ): Promise<OutgoingEmail | null> {
    const id = row.notificationId;
    const notification = id ? await reads.once(`notification:${id}`, () => this.dataSource.getRepository(NotificationEntity).findOneBy({ id })) : null;
    if (!notification) return null;
    const meetingId = notification.meetingId;
    const meeting = meetingId && MEETING_KINDS.has(notification.kind) ? await reads.once(`meeting:${meetingId}`, () => this.meetingOf(meetingId)) : null;
    // The meeting block tells its table, date and place as they are now: the body does not repeat them.
    const { title, body } = await this.safeText(notification, meeting ? { ...reader, meetingShownApart: true } : reader, reads);
    const unsubscribeUrl = this.links.unsubscribeUrl({ userId: user.id, what: notification.kind as never });
    const content: EmailContent = await renderNotificationEmail({
      locale: reader.locale,
      timeZone: reader.timeZone,
      recipientName: user.displayName,
      title,
      body: body || null,
      links: { objectUrl: this.objectUrl(notification), preferencesUrl: this.links.preferencesUrl(), unsubscribeUrl },
      ...(meeting ? { meeting: meetingBlock(meeting.meeting, meeting.tableName) } : {}),
      ...(meeting && answersTaken(meeting.meeting) && notification.kind !== 'MEETING_CANCELLED' ? { rsvp: this.rsvpLinks(user.id, meeting.meeting.id) } : {}),
    });
    const method = INVITATION_METHOD[notification.kind];
    const calendar =
      meeting && method
        ? {
            method,
            content: writeInvitation(
              { meeting: meeting.meeting, tableName: meeting.tableName, agenda: await this.publicAgenda(meeting.meeting, reads) },
              {
                publicUrl: this.config.publicUrl,
                locale: reader.locale,
                method,
                organizer: addressOf(this.config.mailFrom),
                attendee: { name: user.displayName, email: user.email },
              },
            ),
          }
        : undefined;
    return { ...base, ...content, headers: unsubscribeHeaders(unsubscribeUrl), ...(calendar ? { calendar } : {}) };
  }

  private async digest(
    row: OutboxRow,
    user: UserEntity,
    reader: Reader,
    base: { to: string; messageId: string },
    reads: ComposeReads,
  ): Promise<OutgoingEmail | null> {
    const ids = Array.isArray(row.payload.notificationIds) ? (row.payload.notificationIds as string[]) : [];
    if (ids.length === 0) return null;
    const notifications = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.id IN (:...ids) AND n.user_id = :userId', { ids, userId: user.id })
      .orderBy('n.created_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getMany();
    // Retention may have deleted them since: a digest of nothing is not sent.
    if (notifications.length === 0) return null;
    const entries = [];
    for (const notification of notifications) {
      const { title, body } = await this.safeText(notification, reader, reads);
      entries.push({ title, body, url: this.objectUrl(notification), createdAt: notification.createdAt.toISOString() });
    }
    const unsubscribeUrl = this.links.unsubscribeUrl({ userId: user.id, what: 'DIGEST' });
    const content = await renderDigestEmail({
      locale: reader.locale,
      timeZone: reader.timeZone,
      recipientName: user.displayName,
      entries,
      preferencesUrl: this.links.preferencesUrl(),
      unsubscribeUrl,
    });
    return { ...base, ...content, headers: unsubscribeHeaders(unsubscribeUrl) };
  }

  /** The notification's title and body with nothing an e-mail may not carry. */
  private async safeText(notification: NotificationEntity, reader: Reader, reads: ComposeReads) {
    const params = (notification.params ?? {}) as Record<string, unknown>;
    const { meetingId, subjectId } = notification;
    const publicAgenda = notification.kind === 'AGENDA_PUBLISHED' && meetingId ? await this.publicAgendaOf(meetingId, reads) : [];
    const inCameraItem =
      (notification.kind === 'ACTION_ITEM_ASSIGNED' || notification.kind === 'ACTION_ITEM_DUE') && subjectId
        ? await reads.once(`in-camera:${subjectId}`, () => this.actionItemInCamera(subjectId))
        : false;
    // A row from before parameters were stored holds French text whose content cannot be vetted.
    if (params.legacy && Object.keys(params).length === 1) return renderNotification(notification.kind, {}, reader);
    return renderNotification(notification.kind, emailSafeParams(notification.kind, params, { publicAgenda, inCameraItem }), reader);
  }

  private objectUrl(notification: NotificationEntity): string {
    const path = notificationPath({
      kind: notification.kind,
      meetingId: notification.meetingId,
      tableId: notification.tableId,
      subjectId: notification.subjectId,
    });
    return `${this.config.publicUrl}${path ?? paths.notifications()}`;
  }

  private rsvpLinks(userId: string, meetingId: string): RsvpLinks {
    const [attending, tentative, declined] = RSVP_RESPONSES.map((answer) => this.links.rsvpUrl({ userId, meetingId }, answer));
    return { attending, tentative, declined };
  }

  private async meetingOf(meetingId: string): Promise<{ meeting: MeetingEntity; tableName: string } | null> {
    const rows: Array<{ table_name: string }> = await this.dataSource.query(
      `SELECT t.name AS table_name FROM meeting m JOIN round_table t ON t.id = m.table_id WHERE m.id = $1`,
      [meetingId],
    );
    if (rows.length === 0) return null;
    const meeting = await this.dataSource.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    return { meeting, tableName: rows[0].table_name };
  }

  private publicAgenda(meeting: MeetingEntity, reads: ComposeReads): Promise<string[]> {
    return meeting.agendaPublishedAt ? this.publicAgendaOf(meeting.id, reads) : Promise.resolve([]);
  }

  /** The titles of a meeting's agenda items that are not in camera, in order. */
  private publicAgendaOf(meetingId: string, reads: ComposeReads): Promise<string[]> {
    return reads.once(`agenda:${meetingId}`, async () => {
      const rows: Array<{ title: string }> = await this.dataSource.query(
        `SELECT title FROM agenda_item WHERE meeting_id = $1 AND confidentiality <> 'IN_CAMERA' ORDER BY position, id`,
        [meetingId],
      );
      return rows.map((r) => r.title);
    });
  }

  private async actionItemInCamera(actionItemId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM action_item a JOIN agenda_item i ON i.id = a.agenda_item_id WHERE a.id = $1 AND i.confidentiality = 'IN_CAMERA'`,
      [actionItemId],
    );
    return rows.length > 0;
  }

  /** Stable across attempts: the outbox row's id, under the host of PUBLIC_URL. */
  private messageId(outboxId: string): string {
    return `<${outboxId}@${new URL(this.config.publicUrl).hostname}>`;
  }
}

/** RFC 8058: mail programs show an "Unsubscribe" button that POSTs to the link. */
function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** Whether the meeting still takes answers to its invitation (what /rsvp/:token also checks). */
export function answersTaken(meeting: Pick<MeetingEntity, 'status' | 'endsAt'>, now = new Date()): boolean {
  return meeting.status !== 'CANCELLED' && meeting.status !== 'ADJOURNED' && new Date(meeting.endsAt).getTime() > now.getTime();
}

export function meetingBlock(meeting: MeetingEntity, tableName: string): MeetingBlock {
  return {
    title: meeting.title,
    tableName,
    startsAt: new Date(meeting.startsAt).toISOString(),
    endsAt: new Date(meeting.endsAt).toISOString(),
    timeZone: meeting.timeZone,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    cancelled: meeting.status === 'CANCELLED',
  };
}
