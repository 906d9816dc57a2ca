/**
 * Every enumeration of the domain, once. The API registers each of them for GraphQL under the same
 * name (apps/api/src/core/graphql/enums.ts), stores their values in varchar columns and the web
 * client receives them as the generated string unions: string values, always equal to the key.
 */

/**
 * The values of enum `E` as plain strings: what a varchar column holds and what the generated web
 * types spell. Accepts the enum's members as well as the same strings written out.
 */
export type EnumValue<E extends string> = `${E}`;

// The network: tables, regions, organizations, people.
export enum TableLevel {
  REGIONAL = 'REGIONAL',
  PROVINCIAL = 'PROVINCIAL',
  NATIONAL = 'NATIONAL',
}
export enum RegionKind {
  PROVINCE = 'PROVINCE',
  TERRITORY = 'TERRITORY',
  ADMINISTRATIVE_REGION = 'ADMINISTRATIVE_REGION',
}
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
export enum Locale {
  FR = 'FR',
  EN = 'EN',
}
export enum PlatformRole {
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
}
export enum TableRole {
  CHAIR = 'CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
export enum MembershipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
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
  PROXY_RECEIVED = 'PROXY_RECEIVED',
  SUBSTITUTE_INVITED = 'SUBSTITUTE_INVITED',
}
/** What an e-mail in the outbox is: one notification, a daily digest, or a password-reset link. */
export enum EmailPurpose {
  NOTIFICATION = 'NOTIFICATION',
  DIGEST = 'DIGEST',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
/** How a person hears of one kind of notification, besides the application itself. */
export enum DeliveryChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  DIGEST = 'DIGEST',
}

// Meetings and what is decided at them.
export enum MeetingStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  ADJOURNED = 'ADJOURNED',
  CANCELLED = 'CANCELLED',
}
export enum RsvpResponse {
  ATTENDING = 'ATTENDING',
  TENTATIVE = 'TENTATIVE',
  DECLINED = 'DECLINED',
}
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
/** In which capacity a person attended for their organization (the attendance sheet). */
export enum AttendanceCapacity {
  DELEGATE = 'DELEGATE',
  ALTERNATE = 'ALTERNATE',
  SUBSTITUTE = 'SUBSTITUTE',
  /** Sits at the table for the organization, neither its delegate nor one of its alternates. */
  PARTICIPANT = 'PARTICIPANT',
}
export enum Confidentiality {
  MEMBERS = 'MEMBERS',
  IN_CAMERA = 'IN_CAMERA',
}
export enum AgendaItemKind {
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  DECISION = 'DECISION',
}
export enum AgendaItemStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DEFERRED = 'DEFERRED',
}
export enum MeetingEventKind {
  MEETING_UPDATED = 'MEETING_UPDATED',
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  CURRENT_ITEM_CHANGED = 'CURRENT_ITEM_CHANGED',
  RSVP_CHANGED = 'RSVP_CHANGED',
  ATTENDANCE_CHANGED = 'ATTENDANCE_CHANGED',
  MINUTES_CHANGED = 'MINUTES_CHANGED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  ACTION_ITEM_CHANGED = 'ACTION_ITEM_CHANGED',
  REPRESENTATION_CHANGED = 'REPRESENTATION_CHANGED',
  VOTE_OPENED = 'VOTE_OPENED',
  VOTE_UPDATED = 'VOTE_UPDATED',
  VOTE_CLOSED = 'VOTE_CLOSED',
  SPEAKERS_CHANGED = 'SPEAKERS_CHANGED',
}
/** How a formal vote is answered. */
export enum VoteMethod {
  YES_NO_ABSTAIN = 'YES_NO_ABSTAIN',
  CHOICE = 'CHOICE',
}
/** What a vote needs to pass (shared-domain votes.ts says exactly how each is counted). */
export enum VoteThreshold {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  TWO_THIRDS = 'TWO_THIRDS',
  UNANIMITY = 'UNANIMITY',
}
export enum SpeakerStatus {
  WAITING = 'WAITING',
  SPEAKING = 'SPEAKING',
  DONE = 'DONE',
  WITHDRAWN = 'WITHDRAWN',
}
export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
export enum MinutesStatus {
  DRAFT = 'DRAFT',
  CIRCULATED = 'CIRCULATED',
  APPROVED = 'APPROVED',
}
export enum DecisionOutcome {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  CONSENSUS = 'CONSENSUS',
  DEFERRED = 'DEFERRED',
}
export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

// Between tables: referrals, consultations, protocols.
export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
export enum ConsultationStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export enum QuestionKind {
  TEXT = 'TEXT',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SCALE = 'SCALE',
}
export enum AdoptionStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ADOPTED = 'ADOPTED',
}

// The home page: what waits for the viewer's decision.
export enum PendingDecisionKind {
  MEMBERSHIP_REQUEST = 'MEMBERSHIP_REQUEST',
  REFERRAL = 'REFERRAL',
  CONSULTATION_TO_ANSWER = 'CONSULTATION_TO_ANSWER',
  CONSULTATION_TO_CLOSE = 'CONSULTATION_TO_CLOSE',
  MINUTES_TO_APPROVE = 'MINUTES_TO_APPROVE',
  AFFILIATION = 'AFFILIATION',
}

// Privacy: what in minutes looks like personal information (personal-information.ts finds it).
export enum PersonalInformationKind {
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  PHONE_NUMBER = 'PHONE_NUMBER',
  HEALTH_INSURANCE_NUMBER = 'HEALTH_INSURANCE_NUMBER',
  SOCIAL_INSURANCE_NUMBER = 'SOCIAL_INSURANCE_NUMBER',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  POSTAL_CODE = 'POSTAL_CODE',
}

// Every value of an enum, in declaration order, as plain strings: for pickers, filters and checks.
export const TABLE_LEVELS: readonly EnumValue<TableLevel>[] = Object.values(TableLevel);
export const SECTORS: readonly EnumValue<Sector>[] = Object.values(Sector);
export const TABLE_ROLES: readonly EnumValue<TableRole>[] = Object.values(TableRole);
export const AGENDA_ITEM_KINDS: readonly EnumValue<AgendaItemKind>[] = Object.values(AgendaItemKind);
export const RSVP_RESPONSES: readonly EnumValue<RsvpResponse>[] = Object.values(RsvpResponse);
export const ATTENDANCE_STATUSES: readonly EnumValue<AttendanceStatus>[] = Object.values(AttendanceStatus);
export const DECISION_OUTCOMES: readonly EnumValue<DecisionOutcome>[] = Object.values(DecisionOutcome);
export const ACTION_ITEM_STATUSES: readonly EnumValue<ActionItemStatus>[] = Object.values(ActionItemStatus);
export const PENDING_DECISION_KINDS: readonly EnumValue<PendingDecisionKind>[] = Object.values(PendingDecisionKind);
export const REFERRAL_STATUSES: readonly EnumValue<ReferralStatus>[] = Object.values(ReferralStatus);
