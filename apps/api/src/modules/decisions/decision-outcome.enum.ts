import { registerEnumType } from '@nestjs/graphql';

export enum DecisionOutcome { ADOPTED = 'ADOPTED', REJECTED = 'REJECTED', CONSENSUS = 'CONSENSUS', DEFERRED = 'DEFERRED' }

registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });
