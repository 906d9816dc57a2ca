/**
 * The audit trail's vocabulary: every `<entity>.<verb in the past>` the API records, and the kinds of
 * object those events are about. The API checks its `auditLog(action)` filter against this list, and
 * the web client names each of them in both languages (a spec on each side fails when one is missing).
 */
export const AUDIT_ACTIONS = [
  'user.registered',
  'session.opened',
  'session.revoked',
  'password.changed',
  'password.reset_requested',
  'password.reset',
  'twoFactor.enabled',
  'twoFactor.disabled',
  'profile.updated',
  'data.exported',
  'account.deleted',
  'notification.read',
  'preferences.updated',
  'email.retried',
  'calendarFeed.rotated',
  'affiliation.requested',
  'affiliation.decided',
  'organization.created',
  'table.created',
  'table.updated',
  'table.archived',
  'membership.requested',
  'membership.decided',
  'membership.withdrawn',
  'representatives.set',
  'participant.added',
  'participant.role_changed',
  'participant.removed',
  'meeting.scheduled',
  'meeting.updated',
  'meeting.cancelled',
  'meeting.started',
  'meeting.adjourned',
  'rsvp.recorded',
  'agenda.published',
  'agenda.reordered',
  'agenda.current_item_set',
  'agendaItem.added',
  'agendaItem.updated',
  'agendaItem.removed',
  'agendaItem.read_in_camera',
  'attachment.added',
  'attachment.removed',
  'attendance.recorded',
  'minutes.edited',
  'minutes.circulated',
  'minutes.approved',
  'decision.recorded',
  'actionItem.created',
  'actionItem.updated',
  'actionItem.progressed',
  'referral.created',
  'referral.scheduled',
  'referral.decided',
  'consultation.created',
  'consultation.updated',
  'consultation.invited',
  'consultation.opened',
  'consultation.closed',
  'consultation.answered',
  'protocol.created',
  'protocol.published',
  'protocol.adopted',
  'proxy.granted',
  'proxy.revoked',
  'substitution.sent',
  'substitution.withdrawn',
  'vote.opened',
  'ballot.cast',
  'vote.closed',
  'vote.cancelled',
  'speaker.requested',
  'speaker.called',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

/** What an audit event is about (`entityType`). */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'organization',
  'table',
  'membership',
  'participant',
  'meeting',
  'agendaItem',
  'attachment',
  'minutes',
  'decision',
  'actionItem',
  'referral',
  'consultation',
  'protocol',
  'proxy',
  'substitution',
  'vote',
  'speakerRequest',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const isAuditEntityType = (value: string): value is AuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);

/** `agendaItem.read_in_camera` → `agendaItem_read_in_camera`: a key the message catalogues can hold (no dot). */
export const auditMessageKey = (name: string): string => name.replace(/\./g, '_');
