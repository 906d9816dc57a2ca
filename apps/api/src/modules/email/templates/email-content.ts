import type { EnumValue, Locale } from '@concertation/shared-domain';

export type Lang = EnumValue<Locale>;

/** One e-mail's words, in one language: the HTML part, the plain-text part and the subject. */
export interface EmailContent {
  subject: string;
  html: string;
  text: string;
}

/** Where an e-mail's reader can go: the object it is about and the page where they choose what they receive. */
export interface EmailLinks {
  /** The page of what the notification is about (absolute URL). */
  objectUrl: string;
  /** The notification preferences page (absolute URL). */
  preferencesUrl: string;
  /** One-click unsubscribe page for this e-mail's kind (absolute URL); absent on a password reset. */
  unsubscribeUrl: string;
}

/** When and where a meeting is held, as a meeting e-mail tells it (never its agenda's in-camera items). */
export interface MeetingBlock {
  title: string;
  tableName: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  /** The meeting's own zone; the e-mail tells times in the reader's zone and names it. */
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  cancelled: boolean;
}

/** The three answers of a meeting invitation, each an absolute `/rsvp/:token?response=…` link. */
export interface RsvpLinks {
  attending: string;
  tentative: string;
  declined: string;
}

/** A notification e-mail: the notification's own title and (e-mail-safe) body, rendered by notification-texts. */
export interface NotificationEmail {
  locale: Lang;
  /** The reader's zone, in which instants are told. */
  timeZone: string;
  recipientName: string;
  title: string;
  body: string | null;
  links: EmailLinks;
  meeting?: MeetingBlock;
  rsvp?: RsvpLinks;
}

export interface DigestEntry {
  title: string;
  body: string | null;
  /** Absolute URL of what it is about. */
  url: string;
  /** ISO instant the notification was written. */
  createdAt: string;
}

/** The daily digest: every DIGEST notification since the previous one, oldest first. */
export interface DigestEmail {
  locale: Lang;
  timeZone: string;
  recipientName: string;
  entries: DigestEntry[];
  preferencesUrl: string;
  unsubscribeUrl: string;
}

export interface PasswordResetEmail {
  locale: Lang;
  recipientName: string;
  /** Absolute reset link, valid one hour, single use. */
  link: string;
}
