/** Topic names of live events; one place, so that publishers and subscribers agree. */
export const Topics = {
  meeting: (meetingId: string) => `meeting:${meetingId}`,
  notifications: (userId: string) => `notifications:${userId}`,
  /** Action items of one table (actionItemChanged(tableId)). */
  tableActionItems: (tableId: string) => `action-items:table:${tableId}`,
  /** Action items assigned to one user or one organization (actionItemChanged(mine: true)). */
  userActionItems: (userId: string) => `action-items:user:${userId}`,
  organizationActionItems: (organizationId: string) => `action-items:organization:${organizationId}`,
  /** Progress of one consultation: opened, answered, closed (consultationProgress). */
  consultation: (consultationId: string) => `consultation:${consultationId}`,
  /** Sessions just revoked: every API process closes the WebSockets opened with them. */
  sessionRevocations: 'sessions:revoked',
  /** E-mails were just written to the outbox: every process's sender looks for work at once. */
  emailOutbox: 'email:outbox',
} as const;

/** Payload of `Topics.sessionRevocations`. */
export interface SessionRevocation {
  userId: string;
  sessionIds: string[];
}
