import type { EnumValue, NotificationKind } from './enums';

/** A kind of notification as a person chooses how to hear of it: a short name and when it is sent. */
export interface NotificationKindText {
  name: string;
  description: string;
}

/**
 * The readable name of each kind of notification, for the preferences page and the pages that
 * e-mails link to: screens show these words, never the kind's code.
 */
export const NOTIFICATION_KIND_TEXTS: Readonly<Record<'FR' | 'EN', Readonly<Record<EnumValue<NotificationKind>, NotificationKindText>>>> = {
  FR: {
    MEETING_SCHEDULED: { name: 'Rencontre planifiée', description: 'Quand une rencontre d’une de vos tables est planifiée.' },
    MEETING_CHANGED: { name: 'Rencontre modifiée', description: 'Quand la date, l’heure ou le lieu d’une rencontre d’une de vos tables change.' },
    MEETING_CANCELLED: { name: 'Rencontre annulée', description: 'Quand une rencontre d’une de vos tables est annulée.' },
    AGENDA_PUBLISHED: { name: 'Ordre du jour publié', description: 'Quand l’ordre du jour d’une rencontre d’une de vos tables est publié.' },
    MINUTES_CIRCULATED: { name: 'Procès-verbal diffusé', description: 'Quand le procès-verbal d’une rencontre est diffusé pour relecture.' },
    ACTION_ITEM_ASSIGNED: { name: 'Action confiée', description: 'Quand une action vous est confiée.' },
    ACTION_ITEM_DUE: { name: 'Échéance d’une action', description: 'Quand une de vos actions arrive à échéance ou est en retard.' },
    MEMBERSHIP_REQUESTED: { name: 'Demande d’adhésion', description: 'Quand une organisation demande à se joindre à une table que vous coordonnez.' },
    MEMBERSHIP_DECIDED: { name: 'Décision sur une adhésion', description: 'Quand une table accepte ou refuse la demande d’adhésion de votre organisation.' },
    AFFILIATION_REQUESTED: { name: 'Demande d’affiliation', description: 'Quand une personne indique travailler pour votre organisation.' },
    AFFILIATION_DECIDED: { name: 'Décision sur votre affiliation', description: 'Quand votre affiliation à une organisation est confirmée ou refusée.' },
    REFERRAL_RECEIVED: { name: 'Référence reçue', description: 'Quand une autre table soumet une question à une de vos tables.' },
    REFERRAL_ANSWERED: { name: 'Réponse à une référence', description: 'Quand une table refuse une référence d’une de vos tables ou rend sa décision.' },
    CONSULTATION_OPENED: { name: 'Consultation ouverte', description: 'Quand une table sollicite l’avis de votre organisation.' },
    PROTOCOL_PUBLISHED: { name: 'Protocole publié', description: 'Quand un protocole est publié ou mis à jour.' },
    PROXY_RECEIVED: {
      name: 'Procuration reçue',
      description: 'Quand une autre organisation confie à la vôtre sa voix pour une rencontre d’une de vos tables.',
    },
    SUBSTITUTE_INVITED: {
      name: 'Remplacement à une rencontre',
      description: 'Quand votre organisation vous envoie à une rencontre d’une table à la place de sa personne déléguée.',
    },
  },
  EN: {
    MEETING_SCHEDULED: { name: 'Meeting scheduled', description: 'When a meeting of one of your tables is scheduled.' },
    MEETING_CHANGED: { name: 'Meeting changed', description: 'When the date, time or place of a meeting of one of your tables changes.' },
    MEETING_CANCELLED: { name: 'Meeting cancelled', description: 'When a meeting of one of your tables is cancelled.' },
    AGENDA_PUBLISHED: { name: 'Agenda published', description: 'When the agenda of a meeting of one of your tables is published.' },
    MINUTES_CIRCULATED: { name: 'Minutes circulated', description: 'When the minutes of a meeting are circulated for review.' },
    ACTION_ITEM_ASSIGNED: { name: 'Action item assigned', description: 'When an action item is assigned to you.' },
    ACTION_ITEM_DUE: { name: 'Action item due', description: 'When one of your action items is due soon or overdue.' },
    MEMBERSHIP_REQUESTED: { name: 'Membership request', description: 'When an organization asks to join a table you coordinate.' },
    MEMBERSHIP_DECIDED: { name: 'Membership decision', description: 'When a table accepts or declines your organization’s membership request.' },
    AFFILIATION_REQUESTED: { name: 'Affiliation request', description: 'When someone says they work for your organization.' },
    AFFILIATION_DECIDED: { name: 'Affiliation decision', description: 'When your affiliation with an organization is confirmed or declined.' },
    REFERRAL_RECEIVED: { name: 'Referral received', description: 'When another table puts a question to one of your tables.' },
    REFERRAL_ANSWERED: { name: 'Referral answered', description: 'When a table declines a referral from one of your tables or makes its decision.' },
    CONSULTATION_OPENED: { name: 'Consultation opened', description: 'When a table seeks your organization’s opinion.' },
    PROTOCOL_PUBLISHED: { name: 'Protocol published', description: 'When a protocol is published or updated.' },
    PROXY_RECEIVED: {
      name: 'Proxy received',
      description: 'When another organization entrusts its ballot to yours for a meeting of one of your tables.',
    },
    SUBSTITUTE_INVITED: {
      name: 'Sent as a substitute',
      description: 'When your organization sends you to a meeting of a table in place of its delegate.',
    },
  },
};

/** The daily digest as a phrase: what an unsubscribe page stops (« Courriels visés : le résumé quotidien »). */
export const DIGEST_NAME: Readonly<Record<'FR' | 'EN', string>> = { FR: 'le résumé quotidien', EN: 'the daily digest' };
