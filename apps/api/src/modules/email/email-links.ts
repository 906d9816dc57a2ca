import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUuid, NOTIFICATION_KINDS, type EnumValue, type NotificationKind } from '@concertation/shared-domain';
import { endpoints, paths } from '@concertation/shared-paths';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { RsvpResponse } from './pages';

/** What an e-mail can stop: one kind of notification, or the daily digest. */
export type Unsubscribable = EnumValue<NotificationKind> | 'DIGEST';

export interface RsvpGrant {
  userId: string;
  meetingId: string;
}

export interface UnsubscribeGrant {
  userId: string;
  what: Unsubscribable;
}

/**
 * The links e-mails carry, which act without sign-in: each holds who it is for and what it may
 * do, signed with a key derived from JWT_SECRET, so that changing any character makes it
 * worthless. They are credentials: never logged (see the HTTP logger's loggablePath).
 */
@Injectable()
export class EmailLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('concertation e-mail links v1').digest();
  }

  rsvpUrl(grant: RsvpGrant, answer: RsvpResponse): string {
    return `${this.config.publicUrl}${endpoints.rsvp(this.sign(['r', grant.userId, grant.meetingId]))}?response=${answer}`;
  }

  unsubscribeUrl(grant: UnsubscribeGrant): string {
    return `${this.config.publicUrl}${endpoints.unsubscribe(this.sign(['u', grant.userId, grant.what]))}`;
  }

  preferencesUrl(): string {
    return `${this.config.publicUrl}${paths.notificationSettings()}`;
  }

  /** The grant a token holds, or null for anything this server did not sign as an answer link. */
  readRsvp(token: string): RsvpGrant | null {
    const fields = this.verify(token);
    if (!fields || fields.length !== 3 || fields[0] !== 'r' || !isUuid(fields[1]) || !isUuid(fields[2])) return null;
    return { userId: fields[1], meetingId: fields[2] };
  }

  readUnsubscribe(token: string): UnsubscribeGrant | null {
    const fields = this.verify(token);
    if (!fields || fields.length !== 3 || fields[0] !== 'u' || !isUuid(fields[1])) return null;
    const what = fields[2];
    if (what !== 'DIGEST' && !(NOTIFICATION_KINDS as readonly string[]).includes(what)) return null;
    return { userId: fields[1], what: what as Unsubscribable };
  }

  private sign(fields: string[]): string {
    const body = Buffer.from(fields.join(' '), 'utf8').toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  private verify(token: string): string[] | null {
    if (typeof token !== 'string' || token.length > 300) return null;
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return Buffer.from(body, 'base64url').toString('utf8').split(' ');
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
