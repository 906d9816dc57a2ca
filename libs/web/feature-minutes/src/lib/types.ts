import type { MinutesMeeting } from '@concertation/web-data-access';

export type { MinutesMeeting };
export type MinutesAgendaItem = MinutesMeeting['agenda'][number];
export type MinutesDecision = MinutesMeeting['decisions'][number];
export type MinutesActionItem = MinutesMeeting['actionItems'][number];
export type MinutesRecord = NonNullable<MinutesMeeting['minutes']>;
