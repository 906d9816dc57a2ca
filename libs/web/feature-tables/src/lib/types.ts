import type { TableQuery } from '@concertation/web-data-access';

export type TableDetails = NonNullable<TableQuery['table']>;
export type Participant = TableDetails['participants'][number];
export type Membership = TableDetails['memberships'][number];
