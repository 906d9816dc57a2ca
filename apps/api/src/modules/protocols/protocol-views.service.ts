import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '@concertation/shared-domain';
import { notFound } from '../../core/errors/domain-errors';
import { whereSearchMatches } from '../directory/listing';
import type { ProtocolsArgs } from './dto/protocol.inputs';
import { ProtocolEntity } from './protocol.entity';

/** Reads of protocols: every signed-in user reads them all (the access guard checks the sign-in). */
@Injectable()
export class ProtocolViewsService {
  constructor(private readonly dataSource: DataSource) {}

  /** By title then id; `search` matches a case- and accent-insensitive substring of the title. */
  list(args: ProtocolsArgs): Promise<ProtocolEntity[]> {
    const query = this.dataSource.getRepository(ProtocolEntity).createQueryBuilder('p');
    whereSearchMatches(query, 'p', args.search);
    if (args.sector) query.andWhere(':sector = ANY(p.sectors)', { sector: args.sector });
    return query.orderBy('p.title', 'ASC').addOrderBy('p.id', 'ASC').getMany();
  }

  /** NOT_FOUND for an unknown or malformed id. */
  async one(id: string): Promise<ProtocolEntity> {
    const protocol = isUuid(id) ? await this.dataSource.getRepository(ProtocolEntity).findOneBy({ id }) : null;
    if (!protocol) throw notFound('protocol');
    return protocol;
  }
}
