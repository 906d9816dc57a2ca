import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { CreateTableInput } from './dto/create-table.input';
import { TablesArgs } from './dto/tables.args';
import { UpdateTableInput } from './dto/update-table.input';
import { RoundTableConnection, RoundTableModel } from './models/round-table.model';
import { RoundTablesService } from './round-tables.service';

/** The directory of tables and their life: creation, edits, archiving. */
@Resolver(() => RoundTableModel)
export class RoundTablesResolver {
  constructor(private readonly service: RoundTablesService) {}

  @Access('signedIn')
  @Query(() => RoundTableConnection, {
    description: 'The directory: every signed-in user can find every table (name, level, regions, mandate, member organizations).',
  })
  tables(@Args() args: TablesArgs) {
    return this.service.list(args);
  }

  @Access('signedIn')
  @Query(() => RoundTableModel, { nullable: true })
  table(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Access('coordinator')
  @Mutation(() => RoundTableModel)
  createTable(@ReqContext() ctx: RequestContext, @Args('input') input: CreateTableInput) {
    return this.service.create(signedInViewer(ctx), input);
  }

  @Access('signedIn')
  @Mutation(() => RoundTableModel, { description: "COORDINATOR or the table's CHAIR; only a COORDINATOR may set parentId." })
  updateTable(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTableInput) {
    return this.service.update(signedInViewer(ctx), id, input);
  }

  @Access('coordinator')
  @Mutation(() => RoundTableModel)
  archiveTable(@ReqContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.archive(signedInViewer(ctx), id);
  }
}
