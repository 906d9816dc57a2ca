import { createUnionType, Field, Float, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '../../../core/graphql/page';
import { ActionItemEntity } from '../../action-items/action-item.entity';
import { ActionItemModel } from '../../action-items/models/action-item.model';
import { DecisionEntity } from '../../decisions/decision.entity';
import { DecisionModel } from '../../decisions/models/decision.model';
import { AgendaItemEntity } from '../../meetings/agenda-item.entity';
import { MeetingEntity } from '../../meetings/meeting.entity';
import { AgendaItemModel } from '../../meetings/models/agenda-item.model';
import { MeetingModel } from '../../meetings/models/meeting.model';

export type SearchHitEntity = MeetingEntity | AgendaItemEntity | DecisionEntity | ActionItemEntity;

/** Hits are entity rows (as every resolver returns): the union tells them apart by their class. */
export const SearchHit = createUnionType({
  name: 'SearchHit',
  types: () => [MeetingModel, AgendaItemModel, DecisionModel, ActionItemModel] as const,
  resolveType(value: SearchHitEntity) {
    if (value instanceof MeetingEntity) return MeetingModel;
    if (value instanceof AgendaItemEntity) return AgendaItemModel;
    if (value instanceof DecisionEntity) return DecisionModel;
    if (value instanceof ActionItemEntity) return ActionItemModel;
    return undefined;
  },
});

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => SearchHit) hit!: SearchHitEntity;
  @Field({ description: 'A short excerpt of the matching text in whole words, the matched words wrapped in « and », with … where the text goes on.' })
  snippet!: string;
  @Field(() => Float) rank!: number;
}

export const { Edge: SearchResultEdge, ConnectionType: SearchResultConnection } = connectionTypes(SearchResultModel, 'SearchResult');
