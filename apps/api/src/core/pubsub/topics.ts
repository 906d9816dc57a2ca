/** Topic names of live events; one place, so that publishers and subscribers agree. */
export const Topics = {
  meeting: (meetingId: string) => `meeting:${meetingId}`,
  notifications: (userId: string) => `notifications:${userId}`,
  /** Sessions just revoked: every API process closes the WebSockets opened with them. */
  sessionRevocations: 'sessions:revoked',
} as const;

/** Payload of `Topics.sessionRevocations`. */
export interface SessionRevocation {
  userId: string;
  sessionIds: string[];
}
