import type { Type } from '@nestjs/common';
import { SearchResolver } from './modules/search/search.resolver';
import { AgendaItemAttachmentsResolver } from './modules/attachments/agenda-item-attachments.resolver';
import { AttachmentsResolver } from './modules/attachments/attachments.resolver';
import { CalendarFeedResolver, MeetingIcsUrlResolver } from './modules/calendars/calendars.resolver';
import { AccountsResolver } from './modules/accounts/accounts.resolver';
import { AffiliationsResolver } from './modules/accounts/affiliations.resolver';
import { UserFieldsResolver } from './modules/accounts/user-fields.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { PasswordResetResolver } from './modules/auth/password-reset.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { MeetingEventsResolver } from './modules/live-events/meeting-events.resolver';
import { NotificationEventsResolver } from './modules/live-events/notification-events.resolver';
import { AuditLogResolver } from './modules/audit/audit-log.resolver';
import { OrganizationsResolver } from './modules/directory/organizations.resolver';
import { RegionsResolver } from './modules/directory/regions.resolver';
import { MembershipsResolver } from './modules/round-tables/memberships.resolver';
import { OrganizationMembershipsResolver } from './modules/round-tables/organization-memberships.resolver';
import { ParticipantsResolver } from './modules/round-tables/participants.resolver';
import { RoundTableFieldsResolver } from './modules/round-tables/round-table-fields.resolver';
import { RoundTablesResolver } from './modules/round-tables/round-tables.resolver';
import { AgendaItemFieldsResolver } from './modules/meetings/agenda-item-fields.resolver';
import { AgendaResolver } from './modules/meetings/agenda.resolver';
import { AttendanceFieldsResolver } from './modules/meetings/attendance-fields.resolver';
import { AttendanceResolver } from './modules/meetings/attendance.resolver';
import { MeetingFieldsResolver } from './modules/meetings/meeting-fields.resolver';
import { MeetingsResolver } from './modules/meetings/meetings.resolver';
import { NotificationMeetingResolver } from './modules/meetings/notification-meeting.resolver';
import { RsvpFieldsResolver } from './modules/meetings/rsvp-fields.resolver';
import { TableMeetingsResolver } from './modules/meetings/table-meetings.resolver';
import { AgendaItemNotesResolver, MeetingMinutesResolver, MinutesFieldsResolver, MinutesRevisionFieldsResolver } from './modules/minutes/minutes-fields.resolver';
import { MinutesResolver } from './modules/minutes/minutes.resolver';
import { AgendaItemDecisionsResolver, DecisionsResolver, MeetingDecisionsResolver } from './modules/decisions/decisions.resolver';
import { ActionItemFieldsResolver, ActionItemUpdateFieldsResolver, TableActionItemsResolver } from './modules/action-items/action-item-fields.resolver';
import { ActionItemsResolver } from './modules/action-items/action-items.resolver';
import { AgendaItemActionItemsResolver, DecisionActionItemsResolver, MeetingActionItemsResolver } from './modules/action-items/action-item-links.resolver';
import { ActionItemEventsResolver } from './modules/live-events/action-item-events.resolver';
import { ProtocolAdoptionFieldsResolver, ProtocolFieldsResolver, ProtocolVersionFieldsResolver } from './modules/protocols/protocol-fields.resolver';
import { ProtocolsResolver } from './modules/protocols/protocols.resolver';
import { ReferralsResolver } from './modules/referrals/referrals.resolver';
import { AgendaItemReferralResolver, TableReferralsResolver } from './modules/referrals/referral-links.resolver';
import { ConsultationsResolver } from './modules/consultations/consultations.resolver';
import { ConsultationFieldsResolver, ConsultationResponseFieldsResolver } from './modules/consultations/consultation-fields.resolver';
import { TableConsultationsResolver } from './modules/consultations/table-consultations.resolver';
import { ConsultationProgressResolver } from './modules/live-events/consultation-progress.resolver';

/** Every resolver class, for printing the schema without starting the application. */
export const API_RESOLVERS: Type[] = [AccountsResolver, AffiliationsResolver, UserFieldsResolver, AuthResolver, PasswordResetResolver, NotificationsResolver,
  // Directory, round tables, audit log
  RegionsResolver, OrganizationsResolver, RoundTablesResolver, RoundTableFieldsResolver, MembershipsResolver,
  ParticipantsResolver, OrganizationMembershipsResolver, AuditLogResolver,
  // Meetings, agendas, invitations, attendance
  MeetingsResolver, MeetingFieldsResolver, AgendaResolver, AgendaItemFieldsResolver, AttendanceResolver, RsvpFieldsResolver,
  AttendanceFieldsResolver, TableMeetingsResolver, NotificationMeetingResolver,
  // Attachments, calendars
  AttachmentsResolver, AgendaItemAttachmentsResolver, CalendarFeedResolver, MeetingIcsUrlResolver,
  // Minutes
  MinutesResolver, MinutesFieldsResolver, MinutesRevisionFieldsResolver, MeetingMinutesResolver, AgendaItemNotesResolver,
  // Decisions
  DecisionsResolver, MeetingDecisionsResolver, AgendaItemDecisionsResolver,
  // Live events (subscriptions)
  MeetingEventsResolver, NotificationEventsResolver, ActionItemEventsResolver,
  // Action items
  ActionItemsResolver, ActionItemFieldsResolver, ActionItemUpdateFieldsResolver, TableActionItemsResolver,
  MeetingActionItemsResolver, AgendaItemActionItemsResolver, DecisionActionItemsResolver,
  // Search
  SearchResolver,
  // Protocols
  ProtocolsResolver, ProtocolFieldsResolver, ProtocolVersionFieldsResolver, ProtocolAdoptionFieldsResolver,
  // Referrals
  ReferralsResolver, TableReferralsResolver, AgendaItemReferralResolver,
  // Consultations
  ConsultationsResolver, ConsultationFieldsResolver, ConsultationResponseFieldsResolver, TableConsultationsResolver, ConsultationProgressResolver];
