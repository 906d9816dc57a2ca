import { registerEnumType } from '@nestjs/graphql';
import {
  ActionItemStatus,
  AdoptionStatus,
  AgendaItemKind,
  AgendaItemStatus,
  AttendanceStatus,
  Confidentiality,
  ConsultationStatus,
  DecisionOutcome,
  Locale,
  MeetingEventKind,
  MeetingStatus,
  MembershipStatus,
  MinutesStatus,
  NotificationKind,
  PendingDecisionKind,
  PlatformRole,
  QuestionKind,
  ReferralStatus,
  RegionKind,
  RsvpResponse,
  Sector,
  TableLevel,
  TableRole,
} from '@concertation/shared-domain';

/**
 * Every GraphQL enum, registered here and nowhere else, under the name of its definition in
 * shared-domain (where code, entities and the web import it from). Imported for its effect by
 * whatever builds the schema: graphql.config.ts (the server) and emit-schema.ts (the build).
 */

// The network: tables, regions, organizations, people.
registerEnumType(TableLevel, { name: 'TableLevel' });
registerEnumType(RegionKind, { name: 'RegionKind' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(Locale, { name: 'Locale' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });
registerEnumType(TableRole, { name: 'TableRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });

// Meetings and what is decided at them.
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
registerEnumType(MinutesStatus, {
  name: 'MinutesStatus',
  valuesMap: { APPROVED: { description: 'Frozen: editMinutes fails with FORBIDDEN.' } },
});
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

// Between tables: referrals, consultations, protocols.
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  valuesMap: {
    DRAFT: { description: 'Being prepared: only those who sit at the running table see it.' },
    OPEN: { description: 'Invited organizations answer until closesAt.' },
    CLOSED: { description: 'Closed by an officer, or by itself at closesAt: no more answers.' },
  },
});
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  valuesMap: { SCALE: { description: 'An integer from 1 to 5.' } },
});
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus' });

// The home page.
registerEnumType(PendingDecisionKind, {
  name: 'PendingDecisionKind',
  valuesMap: {
    MEMBERSHIP_REQUEST: { description: 'An organization asks to join a table the viewer is an officer of (targetId: the membership).' },
    REFERRAL: { description: 'A referral received by a table the viewer is an officer of, not yet accepted or declined (targetId: the referral).' },
    CONSULTATION_TO_ANSWER: { description: "An open consultation the viewer's organization has not answered yet (targetId: the consultation)." },
    CONSULTATION_TO_CLOSE: {
      description:
        'An open consultation run by a table the viewer is an officer of, closing within 7 days or answered by every invited organization (targetId: the consultation).',
    },
    MINUTES_TO_APPROVE: { description: 'Circulated minutes of a meeting at a table the viewer is an officer of (targetId: the meeting).' },
    AFFILIATION: { description: 'A user whose stated organization waits for a coordinator (targetId: the user).' },
  },
});
