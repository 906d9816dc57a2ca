import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { byKey, groupByKey } from '../../core/graphql/request-loaders';
import { DecisionEntity } from '../decisions/decision.entity';
import { ProtocolAdoptionEntity } from './protocol-adoption.entity';
import { ProtocolVersionEntity } from './protocol-version.entity';
import { ProtocolEntity } from './protocol.entity';

/** A REGIONAL, unarchived table's adoption record, once per region the table covers. */
export interface RegionalAdoptionRow {
  protocolId: string;
  regionId: string;
  tableId: string;
  status: ProtocolAdoptionEntity['status'];
  versionNumber: number | null;
}

/**
 * Per-request loaders of protocols and what hangs off them: a list of protocols costs one query
 * per relation, whatever its length. Everything here is readable by every signed-in user, except
 * an adoption's decision (ProtocolsPolicy).
 */
@Injectable()
export class ProtocolsLoaders {
  constructor(private readonly dataSource: DataSource) {}

  protocol(ctx: RequestContext): DataLoader<string, ProtocolEntity | null> {
    return ctx.loaders.get('protocol.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(ProtocolEntity).findBy({ id: In([...ids]) }), (p) => p.id),
    );
  }

  version(ctx: RequestContext): DataLoader<string, ProtocolVersionEntity | null> {
    return ctx.loaders.get('protocolVersion.byId', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(ProtocolVersionEntity).findBy({ id: In([...ids]) }), (v) => v.id),
    );
  }

  /** Every version of each protocol, newest first. */
  versionsOf(ctx: RequestContext): DataLoader<string, ProtocolVersionEntity[]> {
    return ctx.loaders.get('protocol.versions', async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await this.dataSource.getRepository(ProtocolVersionEntity).find({ where: { protocolId: In([...ids]) }, order: { number: 'DESC' } }),
        (v) => v.protocolId,
      ),
    );
  }

  /** The newest version of each protocol (without loading the older texts). */
  currentVersionOf(ctx: RequestContext): DataLoader<string, ProtocolVersionEntity | null> {
    return ctx.loaders.get('protocol.currentVersion', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(ProtocolVersionEntity)
        .createQueryBuilder('v')
        .distinctOn(['v.protocol_id'])
        .where('v.protocol_id IN (:...ids)', { ids: [...ids] })
        .orderBy('v.protocol_id')
        .addOrderBy('v.number', 'DESC')
        .getMany();
      return byKey(ids, rows, (v) => v.protocolId);
    });
  }

  /** Every adoption record of each protocol, by table name. */
  adoptionsOf(ctx: RequestContext): DataLoader<string, ProtocolAdoptionEntity[]> {
    return ctx.loaders.get('protocol.adoptions', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(ProtocolAdoptionEntity)
        .createQueryBuilder('a')
        .innerJoin('round_table', 't', 't.id = a.table_id')
        .where('a.protocol_id IN (:...ids)', { ids: [...ids] })
        .orderBy('t.name', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany();
      return groupByKey(ids, rows, (a) => a.protocolId);
    });
  }

  /** For coverage: the adoption records of REGIONAL tables that are not archived, per region they cover. */
  regionalAdoptionsOf(ctx: RequestContext): DataLoader<string, RegionalAdoptionRow[]> {
    return ctx.loaders.get('protocol.regionalAdoptions', async (ids: readonly string[]) => {
      const rows: Array<{ protocol_id: string; region_id: string; table_id: string; status: RegionalAdoptionRow['status']; version_number: number | null }> =
        await this.dataSource.query(
          `SELECT a.protocol_id, rtr.region_id, a.table_id, a.status, v.number AS version_number
             FROM protocol_adoption a
             JOIN round_table t ON t.id = a.table_id AND t.level = 'REGIONAL' AND t.archived_at IS NULL
             JOIN round_table_region rtr ON rtr.table_id = t.id
             LEFT JOIN protocol_version v ON v.id = a.version_id
            WHERE a.protocol_id = ANY($1::uuid[])`,
          [[...ids]],
        );
      return groupByKey(
        ids,
        rows.map((r) => ({
          protocolId: r.protocol_id,
          regionId: r.region_id,
          tableId: r.table_id,
          status: r.status,
          versionNumber: r.version_number === null ? null : Number(r.version_number),
        })),
        (r) => r.protocolId,
      );
    });
  }

  decision(ctx: RequestContext): DataLoader<string, DecisionEntity | null> {
    return ctx.loaders.get('protocol.decisionById', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(DecisionEntity).findBy({ id: In([...ids]) }), (d) => d.id),
    );
  }
}
