import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdoptionStatus } from '@concertation/shared-domain';
import { EntityLoaders } from '../../core/graphql/entity-loaders';
import type { RequestContext } from '../../core/graphql/request-context';
import { RegionEntity } from '../directory/region.entity';
import type { RoundTableEntity } from '../round-tables/round-table.entity';
import type { ProtocolCoverageModel, RegionAdoptionModel } from './models/protocol.model';
import type { ProtocolEntity } from './protocol.entity';
import { type RegionalAdoptionRow, ProtocolsLoaders } from './protocols.loaders';

/** ADOPTED > IN_PROGRESS > NOT_STARTED: a region takes the best status of its tables. */
const ADOPTION_RANK: Record<AdoptionStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, ADOPTED: 2 };

/**
 * Coverage over Quebec's 17 administrative regions (docs/api-guide.md): a region takes the best status
 * of the REGIONAL tables whose regions include it (ADOPTED > IN_PROGRESS > NOT_STARTED; no record
 * at all is NOT_STARTED); archived tables are ignored. A region is outdated when it is ADOPTED and
 * the newest version adopted there is older than the current one: a region where one table has
 * adopted the current version is up to date, whatever its other tables did.
 */
@Injectable()
export class ProtocolCoverage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: ProtocolsLoaders,
    private readonly entities: EntityLoaders,
  ) {}

  async of(ctx: RequestContext, protocol: Pick<ProtocolEntity, 'id'>): Promise<ProtocolCoverageModel> {
    const [regions, rows, current] = await Promise.all([
      this.quebecRegions(ctx),
      this.loaders.regionalAdoptionsOf(ctx).load(protocol.id),
      this.loaders.currentVersionOf(ctx).load(protocol.id),
    ]);
    const tableIds = [...new Set(rows.map((r) => r.tableId))];
    const tables = new Map<string, RoundTableEntity>();
    for (const table of await Promise.all(tableIds.map((id) => this.entities.table(ctx).load(id)))) if (table) tables.set(table.id, table);
    const byRegion = new Map<string, RegionalAdoptionRow[]>();
    for (const row of rows) byRegion.set(row.regionId, [...(byRegion.get(row.regionId) ?? []), row]);

    const entries = regions.map((region) => regionAdoption(region, byRegion.get(region.id) ?? [], tables));
    const adopted = entries.filter((e) => e.status === AdoptionStatus.ADOPTED);
    const currentNumber = current?.number ?? null;
    return {
      regions: entries,
      adoptedCount: adopted.length,
      outdatedCount: adopted.filter((e) => currentNumber !== null && e.adoptedVersion !== null && e.adoptedVersion < currentNumber).length,
    };
  }

  /** The 17 administrative regions whose parent is Quebec (reference data loaded by migration), by code. */
  private quebecRegions(ctx: RequestContext): Promise<RegionEntity[]> {
    const loader = ctx.loaders.get('protocol.quebecRegions', async (keys: readonly string[]) => {
      const regions = await this.dataSource
        .getRepository(RegionEntity)
        .createQueryBuilder('r')
        .innerJoin(RegionEntity, 'p', 'p.id = r.parent_id')
        .where(`r.kind = 'ADMINISTRATIVE_REGION' AND p.code = 'CA-QC'`)
        .orderBy('r.code', 'ASC')
        .getMany();
      return keys.map(() => regions);
    });
    return loader.load('CA-QC');
  }
}

function regionAdoption(region: RegionEntity, rows: RegionalAdoptionRow[], tables: Map<string, RoundTableEntity>): RegionAdoptionModel {
  let status = AdoptionStatus.NOT_STARTED;
  let adoptedVersion: number | null = null;
  for (const row of rows) {
    const rowStatus = row.status as AdoptionStatus;
    if (ADOPTION_RANK[rowStatus] > ADOPTION_RANK[status]) status = rowStatus;
    if (rowStatus === AdoptionStatus.ADOPTED && row.versionNumber !== null && (adoptedVersion === null || row.versionNumber > adoptedVersion))
      adoptedVersion = row.versionNumber;
  }
  const covering = [...new Set(rows.map((r) => r.tableId))]
    .map((id) => tables.get(id))
    .filter((t): t is RoundTableEntity => !!t)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  return { region, status, tables: covering, adoptedVersion };
}
