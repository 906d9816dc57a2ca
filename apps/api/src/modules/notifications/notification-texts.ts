import { shownName, type EnumValue, type Locale, type NotificationKind } from '@concertation/shared-domain';

/**
 * What notifications say, in each recipient's language, from what was stored when they were written:
 * their kind and parameters (names and titles the recipient could read then, instants, ids). A row
 * holds no sentence, so a reader who switches language reads their old notifications in the new one.
 */

export type Lang = EnumValue<Locale>;

/** Who reads: their language, and the zone in which instants are told to them. */
export interface Reader {
  locale: Lang;
  timeZone: string;
  /** The meeting's table, date and place are shown beside the text (an e-mail's meeting block): leave them out of the body. */
  meetingShownApart?: boolean;
}

/** What a meeting notice tells about the meeting (the reader's zone decides how `startsAt` reads). */
export interface MeetingFacts {
  meetingTitle: string;
  tableName: string;
  /** ISO instant. */
  startsAt: string;
  location: string | null;
  onlineUrl: string | null;
}

type DecisionOutcome = 'ADOPTED' | 'REJECTED' | 'CONSENSUS' | 'DEFERRED';

/** The parameters of each kind. Titles of in-camera things are only here when the recipient may read them. */
export interface NotificationParamsByKind {
  MEETING_SCHEDULED: MeetingFacts & { seriesCount: number };
  MEETING_CHANGED: MeetingFacts;
  MEETING_CANCELLED: MeetingFacts & { reason: string | null };
  /** `agenda`: the item titles this recipient may read, in order. */
  AGENDA_PUBLISHED: MeetingFacts & { agenda: string[] };
  MINUTES_CIRCULATED: { meetingTitle: string };
  /** `itemTitle` null: an in-camera item the recipient may not read. `dueOn`: a calendar day, YYYY-MM-DD. */
  ACTION_ITEM_ASSIGNED: { itemTitle: string | null; tableName: string; dueOn: string | null };
  ACTION_ITEM_DUE: { itemTitle: string | null; dueOn: string; overdue: boolean };
  MEMBERSHIP_REQUESTED: { organizationName: string; tableName: string; message: string | null };
  MEMBERSHIP_DECIDED: { accepted: boolean; tableName: string; message: string | null };
  /** `displayName` empty: the person has since erased their account (shownName). */
  AFFILIATION_REQUESTED: { displayName: string; organizationName: string };
  AFFILIATION_DECIDED: { accepted: boolean; organizationName: string };
  REFERRAL_RECEIVED: { fromTableName: string; toTableName: string; referralTitle: string; rationale: string | null };
  /**
   * `referralTitle` null: the recipient may not read the referral. On a decision, `decisionText` null
   * with an outcome means it was taken in camera, out of the recipient's sight.
   */
  REFERRAL_ANSWERED:
    | { answer: 'DECLINED'; toTableName: string; referralTitle: string | null; response: string | null }
    | { answer: 'DECIDED'; toTableName: string; referralTitle: string | null; outcome: DecisionOutcome | null; decisionText: string | null };
  CONSULTATION_OPENED: { consultationTitle: string; tableName: string; closesAt: string };
  PROTOCOL_PUBLISHED: { protocolTitle: string; version: number; ownerName: string; changeNote: string | null };
  /** The recipient's organization (`toOrganizationName`) carries `fromOrganizationName`'s ballot at the meeting. */
  PROXY_RECEIVED: MeetingFacts & { fromOrganizationName: string; toOrganizationName: string };
  /** The recipient sits at this one meeting for `organizationName`, sent by `senderName` (empty once the sender erased their account). */
  SUBSTITUTE_INVITED: MeetingFacts & { organizationName: string; senderName: string; note: string | null };
}

/** A notification written before texts were stored as parameters: its French text, shown as it was. */
export interface LegacyText {
  legacy?: { title: string; body: string | null };
}

export type NotificationParams<K extends NotificationKind = NotificationKind> = NotificationParamsByKind[K] & LegacyText;

export interface RenderedText {
  title: string;
  body: string | null;
}

type Texts = { [K in NotificationKind]: (p: NotificationParamsByKind[K], reader: Reader) => RenderedText };

export function localeTag(lang: Lang): string {
  return lang === 'EN' ? 'en-CA' : 'fr-CA';
}

/** The zone's name as people say it at that instant (« heure normale de l’Est », "Eastern Standard Time"), never its IANA id. */
export function timeZoneName(timeZone: string, lang: Lang, at: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(localeTag(lang), { timeZone, timeZoneName: 'long' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** An instant in the reader's language and zone, with the zone's name: « mardi 12 janvier 2027 à 09 h 00 (heure normale de l’Est) ». */
export function instantText(iso: string, reader: Reader, dateStyle: 'full' | 'long' = 'full'): string {
  const at = new Date(iso);
  let when: string;
  let zone = reader.timeZone;
  try {
    when = new Intl.DateTimeFormat(localeTag(reader.locale), { dateStyle, timeStyle: 'short', timeZone: zone }).format(at);
  } catch {
    // A zone this runtime does not know: Eastern time, where the platform's tables sit.
    zone = 'America/Toronto';
    when = new Intl.DateTimeFormat(localeTag(reader.locale), { dateStyle, timeStyle: 'short', timeZone: zone }).format(at);
  }
  const name = timeZoneName(zone, reader.locale, at);
  return name ? `${when} (${name})` : when;
}

/** « 1 mars 2030 », "March 1, 2030" for 2030-03-01: a calendar day, formatted at noon UTC so that no zone moves it. */
export function calendarDayText(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** French puts a narrow no-break space before ':' ';' '?' '!'; English none. */
const NNBSP = '\u202f';
const colon = (lang: Lang) => (lang === 'EN' ? ':' : `${NNBSP}:`);
const semicolon = (lang: Lang) => (lang === 'EN' ? ';' : `${NNBSP};`);
const quoted = (lang: Lang, text: string) => (lang === 'EN' ? `“${text}”` : `«${'\u00a0'}${text}${'\u00a0'}»`);
const withNote = (text: string, note: string | null | undefined) => (note ? (text ? `${text}\n\n${note}` : note) : text);

function meetingDetails(p: MeetingFacts, reader: Reader): string {
  if (reader.meetingShownApart) return '';
  const l = reader.locale;
  const en = l === 'EN';
  const lines = [`${en ? 'Table' : 'Table'}${colon(l)} ${p.tableName}`, `${en ? 'When' : 'Date'}${colon(l)} ${instantText(p.startsAt, reader)}`];
  if (p.location) lines.push(`${en ? 'Where' : 'Lieu'}${colon(l)} ${p.location}`);
  if (p.onlineUrl) lines.push(`${en ? 'Online' : 'En ligne'}${colon(l)} ${p.onlineUrl}`);
  return lines.join('\n');
}

const OUTCOMES: Record<DecisionOutcome, Record<Lang, string>> = {
  ADOPTED: { FR: 'Adoptée', EN: 'Adopted' },
  REJECTED: { FR: 'Rejetée', EN: 'Rejected' },
  CONSENSUS: { FR: 'Consensus', EN: 'Consensus' },
  DEFERRED: { FR: 'Reportée', EN: 'Deferred' },
};

/** Every kind, in both languages: the catalogue's spec checks that none is missing. */
export const NOTIFICATION_TEXTS: Record<Lang, Texts> = {
  FR: {
    MEETING_SCHEDULED: (p, r) => ({
      title: `Nouvelle rencontre${colon('FR')} ${p.meetingTitle}`,
      body: withNote(meetingDetails(p, r), p.seriesCount > 1 ? `Série de ${p.seriesCount} rencontres${semicolon('FR')} celle-ci est la première.` : null),
    }),
    MEETING_CHANGED: (p, r) => ({ title: `Rencontre modifiée${colon('FR')} ${p.meetingTitle}`, body: meetingDetails(p, r) }),
    MEETING_CANCELLED: (p, r) => ({
      title: `Rencontre annulée${colon('FR')} ${p.meetingTitle}`,
      body: withNote(meetingDetails(p, r), p.reason ? `Motif${colon('FR')} ${p.reason}` : null),
    }),
    AGENDA_PUBLISHED: (p, r) => ({
      title: `Ordre du jour publié${colon('FR')} ${p.meetingTitle}`,
      body: withNote(meetingDetails(p, r), p.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')),
    }),
    MINUTES_CIRCULATED: (p) => ({
      title: `Procès-verbal diffusé${colon('FR')} ${p.meetingTitle}`,
      body: 'Le procès-verbal de la rencontre est diffusé pour relecture avant son approbation.',
    }),
    ACTION_ITEM_ASSIGNED: (p) =>
      p.itemTitle === null
        ? { title: `Une action vous a été confiée (${p.tableName})`, body: null }
        : {
            title: `Action confiée${colon('FR')} ${p.itemTitle}`,
            body: p.dueOn ? `${p.tableName}, échéance le ${calendarDayText(p.dueOn, 'FR')}.` : `${p.tableName}.`,
          },
    ACTION_ITEM_DUE: (p) => {
      const when = `${p.overdue ? 'était due' : 'est due'} le ${calendarDayText(p.dueOn, 'FR')}`;
      return p.itemTitle === null
        ? { title: `Une action ${when}`, body: null }
        : { title: `${p.overdue ? 'En retard' : 'Échéance proche'}${colon('FR')} ${p.itemTitle}`, body: `Cette action ${when}.` };
    },
    MEMBERSHIP_REQUESTED: (p) => ({
      title: `Demande d’adhésion de ${p.organizationName}`,
      body: withNote(`${p.organizationName} demande à se joindre à ${quoted('FR', p.tableName)}.`, p.message),
    }),
    MEMBERSHIP_DECIDED: (p) => ({ title: `${p.accepted ? 'Adhésion acceptée' : 'Adhésion refusée'}${colon('FR')} ${p.tableName}`, body: p.message }),
    AFFILIATION_REQUESTED: (p) => ({
      title: 'Nouvelle demande d’affiliation',
      body: `${shownName(p.displayName, 'FR')} indique travailler pour ${p.organizationName}.`,
    }),
    AFFILIATION_DECIDED: (p) =>
      p.accepted
        ? { title: 'Affiliation confirmée', body: `Votre affiliation à ${p.organizationName} a été confirmée.` }
        : { title: 'Affiliation refusée', body: `Votre demande d’affiliation à ${p.organizationName} a été refusée.` },
    REFERRAL_RECEIVED: (p) => ({
      title: `Référence reçue de ${p.fromTableName}${colon('FR')} ${p.referralTitle}`,
      body: withNote(`${quoted('FR', p.fromTableName)} soumet une question à ${quoted('FR', p.toTableName)}.`, p.rationale),
    }),
    REFERRAL_ANSWERED: (p) => {
      if (p.answer === 'DECLINED') {
        return p.referralTitle === null
          ? { title: `Une référence a été refusée par ${p.toTableName}`, body: null }
          : {
              title: `Référence refusée par ${p.toTableName}${colon('FR')} ${p.referralTitle}`,
              body: p.response ?? `${quoted('FR', p.toTableName)} a refusé cette référence.`,
            };
      }
      if (p.referralTitle === null) return { title: `Une décision a été prise par ${p.toTableName} sur une référence`, body: null };
      return {
        title: `Décision de ${p.toTableName} sur la référence${colon('FR')} ${p.referralTitle}`,
        body: p.outcome && p.decisionText !== null ? `${OUTCOMES[p.outcome].FR}${colon('FR')} ${p.decisionText}` : 'Décision prise à huis clos.',
      };
    },
    CONSULTATION_OPENED: (p, r) => ({
      title: `Consultation${colon('FR')} ${p.consultationTitle}`,
      body: `${p.tableName} sollicite l’avis de votre organisation jusqu’au ${instantText(p.closesAt, r, 'long')}.`,
    }),
    PROTOCOL_PUBLISHED: (p) => ({
      title:
        p.version === 1 ? `Nouveau protocole${colon('FR')} ${p.protocolTitle}` : `Protocole mis à jour${colon('FR')} ${p.protocolTitle} (version ${p.version})`,
      body: withNote(`Version ${p.version} publiée par ${quoted('FR', p.ownerName)}.`, p.changeNote),
    }),
    PROXY_RECEIVED: (p, r) => ({
      title: `Procuration reçue${colon('FR')} ${p.meetingTitle}`,
      body: withNote(`${p.fromOrganizationName} confie sa voix à ${p.toOrganizationName} pour cette rencontre.`, meetingDetails(p, r)),
    }),
    SUBSTITUTE_INVITED: (p, r) => ({
      title: `Vous représentez ${p.organizationName}${colon('FR')} ${p.meetingTitle}`,
      body: withNote(
        withNote(`${shownName(p.senderName, 'FR')} vous envoie à cette rencontre de ${p.tableName} à la place de la personne déléguée.`, meetingDetails(p, r)),
        p.note,
      ),
    }),
  },
  EN: {
    MEETING_SCHEDULED: (p, r) => ({
      title: `New meeting: ${p.meetingTitle}`,
      body: withNote(meetingDetails(p, r), p.seriesCount > 1 ? `A series of ${p.seriesCount} meetings; this is the first.` : null),
    }),
    MEETING_CHANGED: (p, r) => ({ title: `Meeting changed: ${p.meetingTitle}`, body: meetingDetails(p, r) }),
    MEETING_CANCELLED: (p, r) => ({
      title: `Meeting cancelled: ${p.meetingTitle}`,
      body: withNote(meetingDetails(p, r), p.reason ? `Reason: ${p.reason}` : null),
    }),
    AGENDA_PUBLISHED: (p, r) => ({
      title: `Agenda published: ${p.meetingTitle}`,
      body: withNote(meetingDetails(p, r), p.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')),
    }),
    MINUTES_CIRCULATED: (p) => ({
      title: `Minutes circulated: ${p.meetingTitle}`,
      body: 'The minutes of the meeting are circulated for review before their approval.',
    }),
    ACTION_ITEM_ASSIGNED: (p) =>
      p.itemTitle === null
        ? { title: `An action item was assigned to you (${p.tableName})`, body: null }
        : { title: `Action item assigned: ${p.itemTitle}`, body: p.dueOn ? `${p.tableName}, due ${calendarDayText(p.dueOn, 'EN')}.` : `${p.tableName}.` },
    ACTION_ITEM_DUE: (p) => {
      const when = `${p.overdue ? 'was due' : 'is due'} ${calendarDayText(p.dueOn, 'EN')}`;
      return p.itemTitle === null
        ? { title: `An action item ${when}`, body: null }
        : { title: `${p.overdue ? 'Overdue' : 'Due soon'}: ${p.itemTitle}`, body: `This action item ${when}.` };
    },
    MEMBERSHIP_REQUESTED: (p) => ({
      title: `Membership request from ${p.organizationName}`,
      body: withNote(`${p.organizationName} asks to join ${quoted('EN', p.tableName)}.`, p.message),
    }),
    MEMBERSHIP_DECIDED: (p) => ({ title: `${p.accepted ? 'Membership accepted' : 'Membership declined'}: ${p.tableName}`, body: p.message }),
    AFFILIATION_REQUESTED: (p) => ({ title: 'New affiliation request', body: `${shownName(p.displayName, 'EN')} says they work for ${p.organizationName}.` }),
    AFFILIATION_DECIDED: (p) =>
      p.accepted
        ? { title: 'Affiliation confirmed', body: `Your affiliation with ${p.organizationName} has been confirmed.` }
        : { title: 'Affiliation declined', body: `Your affiliation with ${p.organizationName} has been declined.` },
    REFERRAL_RECEIVED: (p) => ({
      title: `Referral received from ${p.fromTableName}: ${p.referralTitle}`,
      body: withNote(`${quoted('EN', p.fromTableName)} puts a question to ${quoted('EN', p.toTableName)}.`, p.rationale),
    }),
    REFERRAL_ANSWERED: (p) => {
      if (p.answer === 'DECLINED') {
        return p.referralTitle === null
          ? { title: `A referral was declined by ${p.toTableName}`, body: null }
          : {
              title: `Referral declined by ${p.toTableName}: ${p.referralTitle}`,
              body: p.response ?? `${quoted('EN', p.toTableName)} declined this referral.`,
            };
      }
      if (p.referralTitle === null) return { title: `${p.toTableName} made a decision on a referral`, body: null };
      return {
        title: `Decision of ${p.toTableName} on the referral: ${p.referralTitle}`,
        body: p.outcome && p.decisionText !== null ? `${OUTCOMES[p.outcome].EN}: ${p.decisionText}` : 'Decision taken in camera.',
      };
    },
    CONSULTATION_OPENED: (p, r) => ({
      title: `Consultation: ${p.consultationTitle}`,
      body: `${p.tableName} seeks your organization’s opinion until ${instantText(p.closesAt, r, 'long')}.`,
    }),
    PROTOCOL_PUBLISHED: (p) => ({
      title: p.version === 1 ? `New protocol: ${p.protocolTitle}` : `Protocol updated: ${p.protocolTitle} (version ${p.version})`,
      body: withNote(`Version ${p.version} published by ${quoted('EN', p.ownerName)}.`, p.changeNote),
    }),
    PROXY_RECEIVED: (p, r) => ({
      title: `Proxy received: ${p.meetingTitle}`,
      body: withNote(`${p.fromOrganizationName} entrusts its ballot to ${p.toOrganizationName} for this meeting.`, meetingDetails(p, r)),
    }),
    SUBSTITUTE_INVITED: (p, r) => ({
      title: `You represent ${p.organizationName}: ${p.meetingTitle}`,
      body: withNote(
        withNote(`${shownName(p.senderName, 'EN')} sends you to this meeting of ${p.tableName} in place of the delegate.`, meetingDetails(p, r)),
        p.note,
      ),
    }),
  },
};

/**
 * A notification's title and body for one reader. Rows from before texts were stored as
 * parameters, whose parameters could not be recovered, read as they were written.
 */
export function renderNotification(kind: string, params: unknown, reader: Reader): RenderedText {
  const stored = (params ?? {}) as Record<string, unknown> & LegacyText;
  const texts = NOTIFICATION_TEXTS[reader.locale === 'EN' ? 'EN' : 'FR'] as Record<string, ((p: unknown, r: Reader) => RenderedText) | undefined>;
  const render = texts[kind];
  const hasParams = Object.keys(stored).some((key) => key !== 'legacy');
  if (render && hasParams) {
    try {
      return render(stored, reader);
    } catch {
      // Parameters of an unexpected shape: fall through to what is left.
    }
  }
  if (stored.legacy) return { title: stored.legacy.title, body: stored.legacy.body ?? null };
  return reader.locale === 'EN' ? { title: 'Notification', body: null } : { title: 'Avis', body: null };
}
