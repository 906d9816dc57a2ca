import type { ComponentType } from 'react';
import type { MeetingDetailsFragment, MeetingSummaryFragment } from '@concertation/web-data-access';

export type MeetingSummary = MeetingSummaryFragment;
export type MeetingDetails = MeetingDetailsFragment;
export type AgendaItem = MeetingDetails['agenda'][number];
export type Attachment = AgendaItem['attachments'][number];
export type TableParticipant = MeetingDetails['table']['participants'][number];

/**
 * The « refer to another table » form of an agenda item: the referrals feature's, given by the app
 * (this library does not import other features). It closes itself through `onClose`.
 */
export type ReferForm = ComponentType<{ tableId: string; item: { id: string; title: string }; onClose: () => void }>;
