import { registerEnumType } from '@nestjs/graphql';
import {
  ActionItemStatus,
  AdoptionStatus,
  AgendaItemKind,
  AgendaItemStatus,
  AttendanceCapacity,
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
  DeliveryChannel,
  EmailPurpose,
  PendingDecisionKind,
  PersonalInformationKind,
  PlatformRole,
  QuestionKind,
  ReferralStatus,
  RegionKind,
  RsvpResponse,
  Sector,
  SpeakerStatus,
  TableLevel,
  TableRole,
  VoteMethod,
  VoteStatus,
  VoteThreshold,
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
registerEnumType(EmailPurpose, { name: 'EmailPurpose' });
registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  valuesMap: {
    IN_APP: { description: 'In the application only.' },
    EMAIL: { description: 'In the application and by e-mail right away.' },
    DIGEST: { description: 'In the application and in the daily digest e-mail.' },
  },
});

// Meetings and what is decided at them.
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(RsvpResponse, { name: 'RsvpResponse' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(VoteMethod, {
  name: 'VoteMethod',
  valuesMap: { YES_NO_ABSTAIN: { description: 'Options are YES, NO and ABSTAIN.' }, CHOICE: { description: 'One option among two to ten.' } },
});
registerEnumType(VoteThreshold, {
  name: 'VoteThreshold',
  valuesMap: {
    SIMPLE_MAJORITY: { description: 'More YES than NO (CHOICE: one option has more than half of the ballots cast).' },
    TWO_THIRDS: { description: 'YES is at least two thirds of YES + NO (CHOICE: one option has at least two thirds of the ballots cast).' },
    UNANIMITY: { description: 'No NO and at least one YES (CHOICE: every ballot cast for the same option).' },
  },
});
registerEnumType(VoteStatus, { name: 'VoteStatus' });
registerEnumType(SpeakerStatus, { name: 'SpeakerStatus' });
registerEnumType(AttendanceCapacity, { name: 'AttendanceCapacity', description: 'In which capacity a person attended for their organization.' });
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

// Privacy.
registerEnumType(PersonalInformationKind, {
  name: 'PersonalInformationKind',
  valuesMap: {
    HEALTH_INSURANCE_NUMBER: { description: 'A Quebec health insurance number (four letters, eight digits).' },
    SOCIAL_INSURANCE_NUMBER: { description: 'A Canadian social insurance number (nine digits passing the Luhn check).' },
    DATE_OF_BIRTH: { description: 'A date introduced as a birth date (né le, née le, date de naissance, born on, date of birth, DOB).' },
    POSTAL_CODE: { description: 'A Canadian postal code.' },
  },
});
