import type { NotificationParamsByKind } from '../notifications/notification-texts';

type AnyParams = Record<string, unknown>;

/**
 * A notification's parameters as an e-mail may carry them: titles, dates, places and links only.
 * The free text people wrote (a cancellation reason, a membership message, a referral's rationale
 * or answer, a decision's text, a protocol's change note, a substitution's note) stays in the application, where it is
 * read with the reader's current rights; agenda titles and in-camera action items are settled by
 * the composer from the data (`publicAgenda`, `inCameraItem`).
 */
export function emailSafeParams(kind: string, params: AnyParams, facts: { publicAgenda: string[]; inCameraItem: boolean }): AnyParams {
  switch (kind) {
    case 'MEETING_CANCELLED':
      return { ...params, reason: null } satisfies Partial<NotificationParamsByKind['MEETING_CANCELLED']>;
    case 'AGENDA_PUBLISHED':
      return { ...params, agenda: facts.publicAgenda };
    case 'ACTION_ITEM_ASSIGNED':
    case 'ACTION_ITEM_DUE':
      return facts.inCameraItem ? { ...params, itemTitle: null } : params;
    case 'MEMBERSHIP_REQUESTED':
    case 'MEMBERSHIP_DECIDED':
      return { ...params, message: null };
    case 'REFERRAL_RECEIVED':
      return { ...params, rationale: null };
    case 'REFERRAL_ANSWERED':
      return params.answer === 'DECLINED' ? { ...params, response: null } : { ...params, decisionText: null };
    case 'PROTOCOL_PUBLISHED':
      return { ...params, changeNote: null };
    case 'SUBSTITUTE_INVITED':
      return { ...params, note: null } satisfies Partial<NotificationParamsByKind['SUBSTITUTE_INVITED']>;
    default:
      return params;
  }
}
