import type { MeetingDetailsFragment, MeetingSummaryFragment } from '@concertation/web-data-access';

export type MeetingSummary = MeetingSummaryFragment;
export type MeetingDetails = MeetingDetailsFragment;
export type AgendaItem = MeetingDetails['agenda'][number];
export type Attachment = AgendaItem['attachments'][number];
export type TableParticipant = MeetingDetails['table']['participants'][number];
