import { paths } from './paths';

/** What a notification points at, as far as its reader may follow it (a meeting they can no longer read is null). */
export interface NotificationPointers {
  kind: string;
  meetingId: string | null;
  tableId: string | null;
  subjectId: string | null;
}

/**
 * Where a notification leads, in the application and from its e-mail: circulated minutes to the
 * meeting's minutes; an action item to its page (the reader's action items when it names none);
 * a referral to its card on the referrals page of the notification's table (the receiving one for
 * REFERRAL_RECEIVED, the sending one for REFERRAL_ANSWERED); an opened consultation to its page
 * (the reader's consultations when it names none); otherwise its meeting, else its table.
 */
export function notificationPath(n: NotificationPointers): string | null {
  if (n.kind === 'MINUTES_CIRCULATED' && n.meetingId) return paths.minutes(n.meetingId);
  if (n.kind === 'ACTION_ITEM_ASSIGNED' || n.kind === 'ACTION_ITEM_DUE') return n.subjectId ? paths.actionItem(n.subjectId) : paths.myActions();
  if ((n.kind === 'REFERRAL_RECEIVED' || n.kind === 'REFERRAL_ANSWERED') && n.tableId) {
    return paths.tableReferrals(n.tableId, { referral: n.subjectId || undefined });
  }
  if (n.kind === 'CONSULTATION_OPENED') return n.subjectId ? paths.consultation(n.subjectId) : paths.myConsultations();
  if (n.meetingId) return paths.meeting(n.meetingId);
  if (n.tableId) return paths.table(n.tableId);
  return null;
}
