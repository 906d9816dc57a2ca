import { registerEnumType } from '@nestjs/graphql';

export enum AdoptionStatus { NOT_STARTED = 'NOT_STARTED', IN_PROGRESS = 'IN_PROGRESS', ADOPTED = 'ADOPTED' }

registerEnumType(AdoptionStatus, { name: 'AdoptionStatus' });

/** ADOPTED > IN_PROGRESS > NOT_STARTED: a region takes the best status of its tables. */
export const ADOPTION_RANK: Record<AdoptionStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, ADOPTED: 2 };
