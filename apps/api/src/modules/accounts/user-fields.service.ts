import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { shownName } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { groupByKey } from '../../core/graphql/request-loaders';
import type { OrganizationEntity } from '../directory/organization.entity';
import { TableParticipantEntity } from '../round-tables/table-participant.entity';
import { AccountsPolicy } from './accounts.policy';
import type { UserEntity } from './user.entity';
import { loadViewerCircle } from './viewer-circle';

/** The fields of User that depend on who asks; every one resolves through per-request loaders. */
@Injectable()
export class UserFieldsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: EntityLoaders,
    private readonly policy: AccountsPolicy,
  ) {}

  /** An erased account's name is read in the reader's language; every other name as its owner wrote it. */
  async displayName(ctx: RequestContext, user: UserEntity): Promise<string> {
    return !user.erasedAt && user.displayName ? user.displayName : shownName(null, await this.loaders.readerLocale(ctx));
  }

  /** An erased account has no e-mail: its placeholder address is never shown, not even to coordinators. */
  async email(ctx: RequestContext, user: UserEntity): Promise<string | null> {
    if (user.erasedAt) return null;
    if (this.policy.isSelfOrCoordinator(ctx.viewer, user.id)) return user.email;
    const circle = await loadViewerCircle(ctx, this.dataSource);
    return this.policy.maySeeEmail(ctx.viewer, user.id, circle) ? user.email : null;
  }

  async organization(ctx: RequestContext, user: UserEntity): Promise<OrganizationEntity | null> {
    return user.organizationId ? this.loaders.organization(ctx).load(user.organizationId) : null;
  }

  async pendingOrganization(ctx: RequestContext, user: UserEntity): Promise<OrganizationEntity | null> {
    if (!user.pendingOrganizationId || !this.policy.maySeePendingOrganization(ctx.viewer, user.id)) return null;
    return this.loaders.organization(ctx).load(user.pendingOrganizationId);
  }

  /** Like the other settings of an account: the person and coordinators (who help someone locked out) only. */
  twoFactorEnabled(ctx: RequestContext, user: UserEntity): boolean | null {
    return this.policy.isSelfOrCoordinator(ctx.viewer, user.id) ? user.twoFactorEnabled : null;
  }

  async participations(ctx: RequestContext, user: UserEntity): Promise<TableParticipantEntity[]> {
    if (!ctx.viewer) return [];
    const seats = await ctx.loaders
      .get<string, TableParticipantEntity[]>('accounts.participationsByUser', async (userIds) =>
        groupByKey(
          userIds,
          await this.dataSource.getRepository(TableParticipantEntity).find({
            where: { userId: In([...userIds]) },
            order: { since: 'ASC', id: 'ASC' },
          }),
          (p) => p.userId,
        ),
      )
      .load(user.id);
    if (this.policy.isSelfOrCoordinator(ctx.viewer, user.id)) return seats;
    const circle = await loadViewerCircle(ctx, this.dataSource);
    return seats.filter((seat) => this.policy.maySeeSeat(ctx.viewer, user.id, seat.tableId, circle));
  }
}
