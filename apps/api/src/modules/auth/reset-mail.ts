import type { EnumValue, Locale } from '@concertation/shared-domain';
import type { MailMessage } from '../../core/mail/mail.service';

/** The password-reset e-mail, in the person's language. */
export function resetMail(to: string, locale: EnumValue<Locale>, displayName: string, link: string): MailMessage {
  if (locale === 'EN') {
    return {
      to,
      subject: 'Concertation: reset your password',
      text: [
        `Hello ${displayName},`,
        '',
        'Someone (hopefully you) asked to reset the password of your Concertation account.',
        'To choose a new password, open this link within one hour:',
        '',
        link,
        '',
        'The link works once. If you did not ask for it, ignore this message: your password stays as it is.',
      ].join('\n'),
    };
  }
  return {
    to,
    subject: 'Concertation : réinitialisez votre mot de passe',
    text: [
      `Bonjour ${displayName},`,
      '',
      'Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Concertation.',
      'Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :',
      '',
      link,
      '',
      'Le lien ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    ].join('\n'),
  };
}
