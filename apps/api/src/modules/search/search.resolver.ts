import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../core/auth/access.decorator';
import { ReqContext, type RequestContext, signedInViewer } from '../../core/graphql/request-context';
import { SearchArgs } from './dto/search.args';
import { SearchResultConnection, SearchResultModel } from './models/search-result.model';
import { SearchService } from './search.service';

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Access('signedIn')
  @Query(() => SearchResultConnection, {
    description:
      'Full-text search, best match first, over what the viewer may read: meeting titles, agenda items (title, description, notes), decisions, action items (title, description).',
  })
  search(@ReqContext() ctx: RequestContext, @Args() args: SearchArgs) {
    return this.searches.search(signedInViewer(ctx), ctx, args);
  }
}
