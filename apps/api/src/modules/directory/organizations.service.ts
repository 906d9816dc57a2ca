import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { foldForSearch, isUuid } from '@concertation/shared-domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Viewer } from '../../core/auth/viewer';
import { notFound } from '../../core/errors/domain-errors';
import { type Connection, pageSize } from '../../core/graphql/page';
import type { CreateOrganizationInput } from './dto/create-organization.input';
import type { OrganizationsArgs } from './dto/organizations.args';
import { decodeNameCursor, pageByName, whereSearchMatches } from './listing';
import { OrganizationEntity } from './organization.entity';
import { RegionsService } from './regions.service';

/** The stored search key: name and acronym, folded the way queries are. */
export const organizationSearchKey = (name: string, acronym: string | null) => foldForSearch(`${name} ${acronym ?? ''}`);

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  /** The directory of organizations, by name then id; totalCount counts every match, not the page. */
  async list(args: OrganizationsArgs): Promise<Connection<OrganizationEntity>> {
    const limit = pageSize(args.first);
    const after = decodeNameCursor(args.after);
    if (args.regionId) await this.regions.assertExist(this.dataSource.manager, [args.regionId]);
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    whereSearchMatches(query, 'o', args.search);
    if (args.sector) query.andWhere('o.sector = :sector', { sector: args.sector });
    if (args.regionId) {
      // A province's organizations include those of its administrative regions.
      query.andWhere('o.region_id IN (SELECT r.id FROM region r WHERE r.id = :regionId OR r.parent_id = :regionId)', {
        regionId: args.regionId,
      });
    }
    return pageByName(query, 'o', limit, after);
  }

  async get(id: string): Promise<OrganizationEntity> {
    const found = isUuid(id) ? await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id }) : null;
    if (!found) throw notFound('organization');
    return found;
  }

  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.regions.assertExist(manager, [input.regionId]);
      const acronym = input.acronym ?? null;
      const organization = manager.create(OrganizationEntity, {
        name: input.name,
        acronym,
        searchKey: organizationSearchKey(input.name, acronym),
        sector: input.sector,
        regionId: input.regionId,
        website: input.website ?? null,
      });
      await manager.save(organization);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'organization.created',
        entityType: 'organization',
        entityId: organization.id,
      });
      return organization;
    });
  }
}
