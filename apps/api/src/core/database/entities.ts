import { UserEntity } from '../../modules/accounts/user.entity';
import { ActionItemUpdateEntity } from '../../modules/action-items/action-item-update.entity';
import { ActionItemEntity } from '../../modules/action-items/action-item.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { DecisionEntity } from '../../modules/decisions/decision.entity';
import { MinutesRevisionEntity } from '../../modules/minutes/minutes-revision.entity';
import { MinutesEntity } from '../../modules/minutes/minutes.entity';
import { AuthSessionEntity } from '../../modules/auth/auth-session.entity';
import { PasswordResetEntity } from '../../modules/auth/password-reset.entity';
import { SignInFailureEntity } from '../../modules/auth/sign-in-failure.entity';
import { TwoFactorRecoveryCodeEntity } from '../../modules/auth/two-factor-recovery-code.entity';
import { OrganizationEntity } from '../../modules/directory/organization.entity';
import { RegionEntity } from '../../modules/directory/region.entity';
import { StoredFileEntity } from '../../modules/attachments/stored-file.entity';
import { AgendaItemEntity } from '../../modules/meetings/agenda-item.entity';
import { AttendanceEntity } from '../../modules/meetings/attendance.entity';
import { MeetingEntity } from '../../modules/meetings/meeting.entity';
import { RsvpEntity } from '../../modules/meetings/rsvp.entity';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { EmailOutboxEntity } from '../../modules/email/email-outbox.entity';
import { NotificationPreferenceEntity } from '../../modules/email/notification-preference.entity';
import { ProxyEntity } from '../../modules/representation/proxy.entity';
import { SubstitutionEntity } from '../../modules/representation/substitution.entity';
import { BallotEntity } from '../../modules/votes/ballot.entity';
import { VoteEntity } from '../../modules/votes/vote.entity';
import { SpeakerRequestEntity } from '../../modules/speakers/speaker-request.entity';
import { RoundTableRegionEntity } from '../../modules/round-tables/round-table-region.entity';
import { RoundTableEntity } from '../../modules/round-tables/round-table.entity';
import { TableMembershipAlternateEntity } from '../../modules/round-tables/table-membership-alternate.entity';
import { TableMembershipEntity } from '../../modules/round-tables/table-membership.entity';
import { TableParticipantEntity } from '../../modules/round-tables/table-participant.entity';
import { ReferralEntity } from '../../modules/referrals/referral.entity';
import { ProtocolAdoptionEntity } from '../../modules/protocols/protocol-adoption.entity';
import { ProtocolVersionEntity } from '../../modules/protocols/protocol-version.entity';
import { ProtocolEntity } from '../../modules/protocols/protocol.entity';
import {
  ConsultationAudienceEntity,
  ConsultationEntity,
  ConsultationInvitationEntity,
  ConsultationQuestionEntity,
  ConsultationResponseEntity,
} from '../../modules/consultations/consultation.entity';

/** Every entity, listed by hand so that the webpack bundle carries them. */
export const ENTITIES = [
  RegionEntity,
  OrganizationEntity,
  UserEntity,
  AuthSessionEntity,
  PasswordResetEntity,
  SignInFailureEntity,
  TwoFactorRecoveryCodeEntity,
  RoundTableEntity,
  RoundTableRegionEntity,
  TableMembershipEntity,
  TableParticipantEntity,
  TableMembershipAlternateEntity,
  AuditEventEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  EmailOutboxEntity,
  ProxyEntity,
  SubstitutionEntity,
  VoteEntity,
  BallotEntity,
  SpeakerRequestEntity,
  MeetingEntity,
  AgendaItemEntity,
  RsvpEntity,
  AttendanceEntity,
  StoredFileEntity,
  MinutesEntity,
  MinutesRevisionEntity,
  DecisionEntity,
  ActionItemEntity,
  ActionItemUpdateEntity,
  ReferralEntity,
  ProtocolEntity,
  ProtocolVersionEntity,
  ProtocolAdoptionEntity,
  ConsultationEntity,
  ConsultationQuestionEntity,
  ConsultationAudienceEntity,
  ConsultationInvitationEntity,
  ConsultationResponseEntity,
];
