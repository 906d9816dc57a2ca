import type { EnumValue, RsvpResponse as RsvpResponseEnum } from '@concertation/shared-domain';
import type { Lang } from '../templates/email-content';
import { EMAIL_TEXTS } from '../templates/email-texts';
import { colon, question, quoted } from '../templates/typography';

export type RsvpResponse = EnumValue<RsvpResponseEnum>;

/** The three answers in the words of the invitation e-mail's buttons, so that the page repeats what was clicked. */
function answersIn(lang: Lang): Record<RsvpResponse, string> {
  const { attending, tentative, declined } = EMAIL_TEXTS[lang].rsvp;
  return { ATTENDING: attending, TENTATIVE: tentative, DECLINED: declined };
}

/** The words of the pages that e-mail links open, French first. */
export const PAGE_TEXTS = {
  FR: {
    signIn: 'Se connecter à Concertation',
    invalidHeading: 'Ce lien n’est pas valide',
    meeting: EMAIL_TEXTS.FR.meeting,
    rsvp: {
      askHeading: 'Répondre à l’invitation',
      legend: `Serez-vous présent·e à cette rencontre${question('FR')}`,
      answers: answersIn('FR'),
      current: (answer: string) => `Votre réponse actuelle${colon('FR')} ${answer}`,
      notYet: `Rien n’est enregistré tant que vous n’avez pas appuyé sur ${quoted('FR', 'Confirmer ma réponse')}.`,
      submit: 'Confirmer ma réponse',
      recordedHeading: 'Réponse enregistrée',
      recorded: (answer: string) => `Votre réponse${colon('FR')} ${answer}.`,
      changeLater: 'Vous pourrez la changer plus tard, à partir du courriel d’invitation ou de la page de la rencontre.',
      openMeeting: 'Voir la rencontre dans Concertation',
      closedHeading: 'Les réponses ne sont plus acceptées',
      closed: {
        CANCELLED: 'Cette rencontre a été annulée.',
        ADJOURNED: 'Cette rencontre est terminée.',
        PAST: 'Cette rencontre est passée.',
      },
      invalid: 'Ce lien de réponse a changé ou n’existe pas. Connectez-vous à Concertation pour répondre à partir de la page de la rencontre.',
    },
    unsubscribe: {
      askHeading: 'Ne plus recevoir ces courriels',
      which: (what: string) => `Courriels visés${colon('FR')} ${what}`,
      staysInApp: 'Les avis resteront visibles dans Concertation. Rien ne change tant que vous n’avez pas appuyé sur le bouton.',
      submit: 'Ne plus recevoir ces courriels',
      allPreferences: 'Voir toutes mes préférences d’avis',
      doneHeading: 'Vous ne recevrez plus ces courriels',
      done: (what: string) => `Courriels arrêtés${colon('FR')} ${what}`,
      doneInApp: 'Les avis restent visibles dans Concertation.',
      undo: 'Rétablir ces courriels dans mes préférences',
      invalid: 'Ce lien de désabonnement a changé ou n’existe pas. Connectez-vous à Concertation pour choisir les courriels que vous recevez.',
    },
  },
  EN: {
    signIn: 'Sign in to Concertation',
    invalidHeading: 'This link is not valid',
    meeting: EMAIL_TEXTS.EN.meeting,
    rsvp: {
      askHeading: 'Answer the invitation',
      legend: 'Will you attend this meeting?',
      answers: answersIn('EN'),
      current: (answer: string) => `Your current answer: ${answer}`,
      notYet: `Nothing is recorded until you press ${quoted('EN', 'Confirm my answer')}.`,
      submit: 'Confirm my answer',
      recordedHeading: 'Answer recorded',
      recorded: (answer: string) => `Your answer: ${answer}.`,
      changeLater: 'You can change it later, from the invitation e-mail or from the meeting’s page.',
      openMeeting: 'View the meeting in Concertation',
      closedHeading: 'Answers are no longer taken',
      closed: {
        CANCELLED: 'This meeting was cancelled.',
        ADJOURNED: 'This meeting has ended.',
        PAST: 'This meeting is over.',
      },
      invalid: 'This answer link has changed or does not exist. Sign in to Concertation to answer from the meeting’s page.',
    },
    unsubscribe: {
      askHeading: 'Stop these e-mails',
      which: (what: string) => `E-mails concerned: ${what}`,
      staysInApp: 'The notifications will stay in Concertation. Nothing changes until you press the button.',
      submit: 'Stop these e-mails',
      allPreferences: 'See all my notification preferences',
      doneHeading: 'You will no longer receive these e-mails',
      done: (what: string) => `E-mails stopped: ${what}`,
      doneInApp: 'The notifications stay in Concertation.',
      undo: 'Turn these e-mails back on in my preferences',
      invalid: 'This unsubscribe link has changed or does not exist. Sign in to Concertation to choose which e-mails you receive.',
    },
  },
} as const satisfies Record<Lang, unknown>;
