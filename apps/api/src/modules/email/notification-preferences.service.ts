import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  DEFAULT_DELIVERY_CHANNELS,
  NOTIFICATION_KINDS,
  isDigestHour,
  type DeliveryChannel,
  type EnumValue,
  type NotificationKind,
} from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput } from '../../core/errors/domain-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { groupByKey } from '../../core/graphql/request-loaders';
import { UserEntity } from '../accounts/user.entity';
import type { NotificationPreferenceInput } from './dto/notification-preference.input';
import { NotificationPreferenceEntity } from './notification-preference.entity';

export interface ChannelOfKind {
  kind: EnumValue<NotificationKind>;
  channel: EnumValue<DeliveryChannel>;
}

/**
 * SQL for the channel a notification `n` (aliased) goes by for its recipient: the person's choice
 * (`p`, joined on user and kind) or else the kind's default. One expression, so that sending an
 * e-mail right away and gathering a digest read the same rule.
 */
export function channelSql(notification = 'n', preference = 'p'): string {
  const defaults = NOTIFICATION_KINDS.map((kind) => `WHEN '${kind}' THEN '${DEFAULT_DELIVERY_CHANNELS[kind]}'`).join(' ');
  return `COALESCE(${preference}.channel, CASE ${notification}.kind ${defaults} ELSE 'IN_APP' END)`;
}

/** Each person's channel per kind of notification and their digest hour: theirs alone to read and change. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every kind, in the enum's order, with the user's channel: `user` must be the viewer (others get none). */
  async forUser(ctx: RequestContext, user: UserEntity): Promise<ChannelOfKind[]> {
    if (ctx.viewer?.userId !== user.id) return [];
    const chosen = await ctx.loaders
      .get<string, NotificationPreferenceEntity[]>('email.preferencesByUser', async (userIds) =>
        groupByKey(userIds, await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId: In([...userIds]) }), (p) => p.userId),
      )
      .load(user.id);
    return withDefaults(chosen);
  }

  digestHour(ctx: RequestContext, user: UserEntity): number | null {
    return ctx.viewer?.userId === user.id ? user.digestHour : null;
  }

  /** Sets the channel of each kind named (others keep theirs) and, when given, the digest hour. */
  async update(viewer: Viewer, preferences: NotificationPreferenceInput[], digestHour: number | null | undefined): Promise<UserEntity> {
    if (digestHour !== undefined && digestHour !== null && !isDigestHour(digestHour)) {
      throw badInput('digestHour must be a whole hour from 0 to 23.', 'digestHour');
    }
    const kinds = preferences.map((p) => p.kind);
    if (new Set(kinds).size !== kinds.length) throw badInput('Each kind may be named once.', 'preferences');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneOrFail(UserEntity, { where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      if (preferences.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(NotificationPreferenceEntity)
          .values(preferences.map((p) => ({ userId: user.id, kind: p.kind, channel: p.channel })))
          .orUpdate(['channel'], ['user_id', 'kind'])
          .execute();
      }
      if (typeof digestHour === 'number' && digestHour !== user.digestHour) {
        await manager.update(UserEntity, { id: user.id }, { digestHour });
        user.digestHour = digestHour;
      }
      await this.audit.record(manager, { actorId: user.id, action: 'preferences.updated', entityType: 'user', entityId: user.id });
      return user;
    });
  }

  /**
   * Stops e-mail of one kind (a one-click unsubscribe): the kind goes to IN_APP. For the digest,
   * every kind the user receives by digest does. Says which kinds changed.
   */
  async stopEmail(userId: string, what: EnumValue<NotificationKind> | 'DIGEST'): Promise<Array<EnumValue<NotificationKind>>> {
    return this.dataSource.transaction(async (manager) => {
      const chosen = await manager.find(NotificationPreferenceEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
      const current = withDefaults(chosen);
      const stopped = current.filter((p) => (what === 'DIGEST' ? p.channel === 'DIGEST' : p.kind === what && p.channel !== 'IN_APP')).map((p) => p.kind);
      if (stopped.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(NotificationPreferenceEntity)
          .values(stopped.map((kind) => ({ userId, kind, channel: 'IN_APP' as const })))
          .orUpdate(['channel'], ['user_id', 'kind'])
          .execute();
        await this.audit.record(manager, { actorId: userId, action: 'preferences.updated', entityType: 'user', entityId: userId });
      }
      return stopped;
    });
  }
}

/** Every kind, in the enum's order, with the channel chosen or else the kind's default (also what a data export lists). */
export function withDefaults(chosen: readonly NotificationPreferenceEntity[]): ChannelOfKind[] {
  const byKind = new Map(chosen.map((p) => [p.kind, p.channel]));
  return NOTIFICATION_KINDS.map((kind) => ({ kind, channel: byKind.get(kind) ?? DEFAULT_DELIVERY_CHANNELS[kind] }));
}
