import { describe, expect, it } from 'vitest';
import type {
  AgendaItemKind,
  AgendaItemStatus,
  AttendanceCapacity,
  AttendanceStatus,
  MeetingStatus,
  NotificationKind,
  RsvpResponse,
} from '@concertation/web-data-access';
import { en, fr, lookup, type Messages } from '@concertation/web-i18n';

// Records over the API's enums: the compiler refuses these lists when the schema adds a value.
const every = <T extends string>(values: Record<T, true>) => Object.keys(values) as T[];
const meetingStatuses = every<MeetingStatus>({ DRAFT: true, SCHEDULED: true, IN_PROGRESS: true, ADJOURNED: true, CANCELLED: true });
const itemKinds = every<AgendaItemKind>({ INFORMATION: true, DISCUSSION: true, DECISION: true });
const itemStatuses = every<AgendaItemStatus>({ PENDING: true, IN_PROGRESS: true, DONE: true, DEFERRED: true });
const attendance = every<AttendanceStatus>({ PRESENT: true, ABSENT: true, EXCUSED: true });
const capacities = every<AttendanceCapacity>({ DELEGATE: true, ALTERNATE: true, SUBSTITUTE: true, PARTICIPANT: true });
const answers = every<RsvpResponse>({ ATTENDING: true, TENTATIVE: true, DECLINED: true });
const notificationKinds = every<NotificationKind>({
  MEETING_SCHEDULED: true,
  MEETING_CHANGED: true,
  MEETING_CANCELLED: true,
  AGENDA_PUBLISHED: true,
  MINUTES_CIRCULATED: true,
  ACTION_ITEM_ASSIGNED: true,
  ACTION_ITEM_DUE: true,
  MEMBERSHIP_REQUESTED: true,
  MEMBERSHIP_DECIDED: true,
  AFFILIATION_REQUESTED: true,
  AFFILIATION_DECIDED: true,
  REFERRAL_RECEIVED: true,
  REFERRAL_ANSWERED: true,
  CONSULTATION_OPENED: true,
  PROTOCOL_PUBLISHED: true,
  PROXY_RECEIVED: true,
  SUBSTITUTE_INVITED: true,
});

const keys = [
  ...meetingStatuses.map((value) => `meetings.status.${value}`),
  ...itemKinds.map((value) => `agenda.kinds.${value}`),
  ...itemStatuses.map((value) => `agenda.itemStatus.${value}`),
  ...attendance.map((value) => `live.attendance.status.${value}`),
  ...capacities.map((value) => `live.attendance.capacity.${value}`),
  ...answers.flatMap((value) => [`rsvp.answers.${value}`, `rsvp.yours.${value}`, `rsvp.groups.${value}.one`, `rsvp.groups.${value}.other`]),
];

describe('labels of what the API sends', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as Array<[string, Messages]>)('exist in %s for every value', (_language, messages) => {
    expect(keys.filter((key) => !lookup(messages, key)?.trim())).toEqual([]);
  });
});
