import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs } from '../../../core/graphql/field-resolvers';
import type { RequestContext } from '../../../core/graphql/request-context';
import type { AgendaItemEntity } from '../../meetings/agenda-item.entity';
import { AgendaItemModel } from '../../meetings/models/agenda-item.model';
import type { MinutesEntity } from '../minutes.entity';
import { MinutesModel } from '../models/minutes.model';
import { PersonalInformationWarningModel } from '../models/personal-information-warning.model';
import { PersonalInformationWarningsService } from './personal-information-warnings.service';

@Resolver(() => MinutesModel)
export class MinutesPersonalInformationResolver {
  constructor(private readonly warnings: PersonalInformationWarningsService) {}

  @ResolveField(() => [PersonalInformationWarningModel], {
    description: "What in the summary or the items' notes looks like personal information (officers only; others get an empty list).",
  })
  personalInformationWarnings(minutes: MinutesEntity, _: NoArgs, ctx: RequestContext) {
    return this.warnings.ofMinutes(ctx, minutes);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemPersonalInformationResolver {
  constructor(private readonly warnings: PersonalInformationWarningsService) {}

  @ResolveField(() => [PersonalInformationWarningModel], {
    description: 'What in the notes looks like personal information (officers only; others get an empty list).',
  })
  personalInformationWarnings(item: AgendaItemEntity, _: NoArgs, ctx: RequestContext) {
    return this.warnings.ofItem(ctx, item);
  }
}
