import type { Lang } from './email-content';
import { colon, question } from './typography';

/** The words of the e-mails, French first. Each e-mail says only these and what its input holds. */
export interface EmailTexts {
  greeting: (name: string) => string;
  /** The header's label, so that a screen reader hears more than a bare name. */
  brand: string;
  openObject: string;
  openMeeting: string;
  meeting: {
    table: string;
    when: string;
    where: string;
    online: string;
    joinOnline: string;
    cancelled: string;
  };
  rsvp: {
    question: string;
    attending: string;
    tentative: string;
    declined: string;
    howItWorks: string;
  };
  footer: {
    notificationWhy: string;
    digestWhy: string;
    preferences: string;
    unsubscribe: string;
    resetWhy: string;
  };
  digest: {
    title: (count: number) => string;
    heading: (count: number) => string;
    intro: string;
    empty: string;
    received: (when: string) => string;
  };
  reset: {
    subjectTitle: string;
    heading: string;
    asked: string;
    openWithin: string;
    button: string;
    copy: string;
    once: string;
    preview: string;
  };
}

export const EMAIL_TEXTS: Record<Lang, EmailTexts> = {
  FR: {
    greeting: (name) => `Bonjour ${name},`,
    brand: 'Concertation',
    openObject: 'Ouvrir dans Concertation',
    openMeeting: 'Voir la rencontre dans Concertation',
    meeting: {
      table: `Table${colon('FR')}`,
      when: `Date${colon('FR')}`,
      where: `Lieu${colon('FR')}`,
      online: `En ligne${colon('FR')}`,
      joinOnline: 'Rejoindre la rencontre en ligne',
      cancelled: 'Annulée',
    },
    rsvp: {
      question: `Serez-vous présent·e${question('FR')}`,
      attending: 'Je serai présent·e',
      tentative: 'Peut-être',
      declined: 'Je ne serai pas présent·e',
      howItWorks: 'Chaque bouton ouvre une page où vous confirmez votre réponse. Vous pourrez la changer plus tard, ici ou sur la page de la rencontre.',
    },
    footer: {
      notificationWhy: 'Vous recevez ce courriel parce que vos préférences prévoient un courriel pour ce type d’avis de Concertation.',
      digestWhy: 'Vous recevez ce résumé parce que vos préférences regroupent ces avis de Concertation en un courriel par jour.',
      preferences: 'Choisir les avis que je reçois par courriel',
      unsubscribe: 'Ne plus recevoir ces courriels',
      resetWhy: 'Vous recevez ce courriel parce qu’une réinitialisation du mot de passe a été demandée pour votre compte Concertation.',
    },
    digest: {
      title: (count) => `résumé quotidien, ${count === 1 ? '1 nouvel avis' : `${count} nouveaux avis`}`,
      heading: (count) => (count === 1 ? 'Votre résumé quotidien, 1 nouvel avis' : `Votre résumé quotidien, ${count} nouveaux avis`),
      intro: 'Voici les avis reçus depuis votre dernier résumé, du plus ancien au plus récent.',
      empty: 'Aucun nouvel avis depuis votre dernier résumé.',
      received: (when) => `Reçu le ${when}`,
    },
    reset: {
      subjectTitle: 'réinitialisez votre mot de passe',
      heading: 'Réinitialiser votre mot de passe',
      asked: 'Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Concertation.',
      openWithin: `Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure${colon('FR')}`,
      button: 'Choisir un nouveau mot de passe',
      copy: `Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur${colon('FR')}`,
      once: `Le lien ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message${colon('FR')} votre mot de passe reste inchangé.`,
      preview: `Le lien est valable une heure et ne sert qu’une fois.`,
    },
  },
  EN: {
    greeting: (name) => `Hello ${name},`,
    brand: 'Concertation',
    openObject: 'Open in Concertation',
    openMeeting: 'View the meeting in Concertation',
    meeting: {
      table: 'Table:',
      when: 'When:',
      where: 'Where:',
      online: 'Online:',
      joinOnline: 'Join the meeting online',
      cancelled: 'Cancelled',
    },
    rsvp: {
      question: 'Will you attend?',
      attending: 'I will attend',
      tentative: 'Maybe',
      declined: 'I will not attend',
      howItWorks: 'Each button opens a page where you confirm your answer. You can change it later, here or on the meeting’s page.',
    },
    footer: {
      notificationWhy: 'You receive this e-mail because your preferences send an e-mail for this kind of Concertation notification.',
      digestWhy: 'You receive this digest because your preferences gather these Concertation notifications into one e-mail a day.',
      preferences: 'Choose which notifications I receive by e-mail',
      unsubscribe: 'Stop these e-mails',
      resetWhy: 'You receive this e-mail because a password reset was asked for your Concertation account.',
    },
    digest: {
      title: (count) => `daily digest, ${count === 1 ? '1 new notification' : `${count} new notifications`}`,
      heading: (count) => (count === 1 ? 'Your daily digest, 1 new notification' : `Your daily digest, ${count} new notifications`),
      intro: 'Here are the notifications since your last digest, oldest first.',
      empty: 'No new notification since your last digest.',
      received: (when) => `Received ${when}`,
    },
    reset: {
      subjectTitle: 'reset your password',
      heading: 'Reset your password',
      asked: 'Someone (hopefully you) asked to reset the password of your Concertation account.',
      openWithin: 'To choose a new password, open this link within one hour:',
      button: 'Choose a new password',
      copy: 'If the button does not work, copy this link into your browser:',
      once: 'The link works once. If you did not ask for it, ignore this message: your password stays as it is.',
      preview: 'The link works for one hour, and only once.',
    },
  },
};
