import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { AffiliationsService } from './affiliations.service';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { UserEntity } from './user.entity';

@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly affiliations: AffiliationsService,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /**
   * The viewer's own profile. Absent fields keep their value; `organizationId` only states a
   * pending organization for a coordinator to confirm, and null withdraws a pending one.
   */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneOrFail(UserEntity, { where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      // Checked before anything is written, so that an unknown organization changes nothing.
      const organization = typeof input.organizationId === 'string' ? await this.affiliations.organizationOrFail(manager, input.organizationId) : null;
      if (typeof input.displayName === 'string') user.displayName = input.displayName;
      if (input.locale) user.locale = input.locale;
      if (typeof input.timeZone === 'string') user.timeZone = input.timeZone;
      if (input.organizationId === null) user.pendingOrganizationId = null;
      await manager.update(
        UserEntity,
        { id: user.id },
        { displayName: user.displayName, locale: user.locale, timeZone: user.timeZone, pendingOrganizationId: user.pendingOrganizationId },
      );
      await this.audit.record(manager, { actorId: user.id, action: 'profile.updated', entityType: 'user', entityId: user.id });
      if (organization) await this.affiliations.request(manager, user, organization);
      return user;
    });
  }
}
