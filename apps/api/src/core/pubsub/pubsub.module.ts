import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus';
import { pubSubProvider, PUB_SUB } from './pub-sub.provider';

@Global()
@Module({ providers: [pubSubProvider, EventBus], exports: [PUB_SUB, EventBus] })
export class PubSubModule {}
