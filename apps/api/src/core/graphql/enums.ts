import { registerEnumType } from '@nestjs/graphql';

export enum TableLevel { REGIONAL = 'REGIONAL', PROVINCIAL = 'PROVINCIAL', NATIONAL = 'NATIONAL' }
export enum RegionKind { PROVINCE = 'PROVINCE', TERRITORY = 'TERRITORY', ADMINISTRATIVE_REGION = 'ADMINISTRATIVE_REGION' }
export enum Sector {
  POLICE = 'POLICE',
  YOUTH_PROTECTION = 'YOUTH_PROTECTION',
  HEALTH_AND_SOCIAL_SERVICES = 'HEALTH_AND_SOCIAL_SERVICES',
  EDUCATION = 'EDUCATION',
  COMMUNITY = 'COMMUNITY',
  JUSTICE = 'JUSTICE',
  MUNICIPAL = 'MUNICIPAL',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}
export enum Locale { FR = 'FR', EN = 'EN' }
export enum PlatformRole { COORDINATOR = 'COORDINATOR', MEMBER = 'MEMBER' }
export enum TableRole { CHAIR = 'CHAIR', SECRETARY = 'SECRETARY', MEMBER = 'MEMBER', OBSERVER = 'OBSERVER' }
export enum MembershipStatus { PENDING = 'PENDING', ACTIVE = 'ACTIVE', DECLINED = 'DECLINED', WITHDRAWN = 'WITHDRAWN' }
export enum NotificationKind {
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MEETING_CHANGED = 'MEETING_CHANGED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  AGENDA_PUBLISHED = 'AGENDA_PUBLISHED',
  MINUTES_CIRCULATED = 'MINUTES_CIRCULATED',
  ACTION_ITEM_ASSIGNED = 'ACTION_ITEM_ASSIGNED',
  ACTION_ITEM_DUE = 'ACTION_ITEM_DUE',
  MEMBERSHIP_REQUESTED = 'MEMBERSHIP_REQUESTED',
  MEMBERSHIP_DECIDED = 'MEMBERSHIP_DECIDED',
  AFFILIATION_REQUESTED = 'AFFILIATION_REQUESTED',
  AFFILIATION_DECIDED = 'AFFILIATION_DECIDED',
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_ANSWERED = 'REFERRAL_ANSWERED',
  CONSULTATION_OPENED = 'CONSULTATION_OPENED',
  PROTOCOL_PUBLISHED = 'PROTOCOL_PUBLISHED',
}

registerEnumType(TableLevel, { name: 'TableLevel' });
registerEnumType(RegionKind, { name: 'RegionKind' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(Locale, { name: 'Locale' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });
registerEnumType(TableRole, { name: 'TableRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });

export enum MeetingStatus { DRAFT = 'DRAFT', SCHEDULED = 'SCHEDULED', IN_PROGRESS = 'IN_PROGRESS', ADJOURNED = 'ADJOURNED', CANCELLED = 'CANCELLED' }
export enum RsvpResponse { ATTENDING = 'ATTENDING', TENTATIVE = 'TENTATIVE', DECLINED = 'DECLINED' }
export enum AttendanceStatus { PRESENT = 'PRESENT', ABSENT = 'ABSENT', EXCUSED = 'EXCUSED' }
export enum Confidentiality { MEMBERS = 'MEMBERS', IN_CAMERA = 'IN_CAMERA' }
export enum AgendaItemKind { INFORMATION = 'INFORMATION', DISCUSSION = 'DISCUSSION', DECISION = 'DECISION' }
export enum AgendaItemStatus { PENDING = 'PENDING', IN_PROGRESS = 'IN_PROGRESS', DONE = 'DONE', DEFERRED = 'DEFERRED' }
export enum MeetingEventKind {
  MEETING_UPDATED = 'MEETING_UPDATED',
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  CURRENT_ITEM_CHANGED = 'CURRENT_ITEM_CHANGED',
  RSVP_CHANGED = 'RSVP_CHANGED',
  ATTENDANCE_CHANGED = 'ATTENDANCE_CHANGED',
  MINUTES_CHANGED = 'MINUTES_CHANGED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  ACTION_ITEM_CHANGED = 'ACTION_ITEM_CHANGED',
}

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(RsvpResponse, { name: 'RsvpResponse' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  valuesMap: {
    MEMBERS: { description: 'Everyone who sits at the table.' },
    IN_CAMERA: { description: 'Chairs, secretaries and members of the table; never observers, never coordinators who do not sit at it.' },
  },
});
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });
registerEnumType(MeetingEventKind, { name: 'MeetingEventKind' });

export enum ActionItemStatus { OPEN = 'OPEN', IN_PROGRESS = 'IN_PROGRESS', BLOCKED = 'BLOCKED', DONE = 'DONE', CANCELLED = 'CANCELLED' }
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
