/**
 * The demo data set's meetings: past and upcoming ones with agendas, some items in camera, the
 * invitations and attendance of past meetings, and a monthly series. Keys name the tables and
 * people of demo-data.set.ts; days are counted from the day the data is loaded, at local time.
 * Every title is fictitious.
 */
import type { EnumValue, AgendaItemKind, AgendaItemStatus, AttendanceStatus, RsvpResponse } from '@concertation/shared-domain';

export interface DemoItem {
  key?: string;
  title: string;
  kind: EnumValue<AgendaItemKind>;
  minutes: number;
  inCamera?: boolean;
  status?: EnumValue<AgendaItemStatus>;
  presenter?: string;
  description?: string;
  /** The key of the item of an earlier meeting that this one continues. */
  carriedOverFrom?: string;
}

export interface DemoMeeting {
  key: string;
  table: string;
  title: string;
  status: 'DRAFT' | 'SCHEDULED' | 'IN_PROGRESS' | 'ADJOURNED';
  /** Days from the loading day (negative: past), at `hour` in the table's zone. */
  inDays: number;
  hour: number;
  /** A meeting under way: it started this many minutes before the data was loaded (then `inDays` and `hour` are not read). */
  startedMinutesAgo?: number;
  hours: number;
  location: string | null;
  onlineUrl: string | null;
  agendaPublished: boolean;
  chair: string;
  items: DemoItem[];
  rsvps?: Array<[user: string, response: EnumValue<RsvpResponse>]>;
  attendance?: Array<[user: string, status: EnumValue<AttendanceStatus>]>;
}

const OPENING: DemoItem = { title: 'Ouverture et adoption de l’ordre du jour', kind: 'INFORMATION', minutes: 10 };

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    // Its minutes were approved at the next meeting (montrealPast): see demo-minutes.set.ts.
    key: 'montrealEarlier',
    table: 'montreal',
    title: 'Réunion régulière de la table de Montréal — protocole de référencement (fictive)',
    status: 'ADJOURNED',
    inDays: -42,
    hour: 9,
    hours: 2,
    location: 'Salle du conseil, 1234 rue Fictive, Montréal',
    onlineUrl: 'https://visio.exemple.test/table-montreal',
    agendaPublished: true,
    chair: 'chairMontreal',
    items: [
      { ...OPENING, key: 'earlierOpening', status: 'DONE' },
      {
        key: 'protocole',
        title: 'Protocole de référencement entre partenaires',
        kind: 'DECISION',
        minutes: 30,
        status: 'DONE',
        presenter: 'secretaryMontreal',
        description: 'Version révisée du protocole fictif de référencement entre organisations.',
      },
      { key: 'ligneEcoute', title: 'Ligne d’écoute et hébergement d’urgence', kind: 'INFORMATION', minutes: 20, status: 'DONE', presenter: 'memberPhare' },
      {
        key: 'earlierInCamera',
        title: 'Situations signalées à huis clos (fictives)',
        kind: 'DISCUSSION',
        minutes: 30,
        inCamera: true,
        status: 'DONE',
        presenter: 'memberPolice',
      },
    ],
    rsvps: [
      ['chairMontreal', 'ATTENDING'],
      ['secretaryMontreal', 'ATTENDING'],
      ['memberPolice', 'ATTENDING'],
      ['memberPhare', 'ATTENDING'],
      ['observer', 'TENTATIVE'],
    ],
    attendance: [
      ['chairMontreal', 'PRESENT'],
      ['secretaryMontreal', 'PRESENT'],
      ['memberPolice', 'PRESENT'],
      ['memberPhare', 'PRESENT'],
      ['observer', 'ABSENT'],
    ],
  },
  {
    key: 'montrealPast',
    table: 'montreal',
    title: 'Réunion régulière de la table de Montréal (fictive)',
    status: 'ADJOURNED',
    inDays: -21,
    hour: 9,
    hours: 2,
    location: 'Salle du conseil, 1234 rue Fictive, Montréal',
    onlineUrl: 'https://visio.exemple.test/table-montreal',
    agendaPublished: true,
    chair: 'chairMontreal',
    items: [
      { ...OPENING, key: 'pastOpening', status: 'DONE' },
      {
        key: 'suiviSignalements',
        title: 'Suivi des situations signalées (fictives)',
        kind: 'DISCUSSION',
        minutes: 30,
        inCamera: true,
        status: 'DONE',
        presenter: 'memberPolice',
      },
      {
        key: 'campagne',
        title: 'Campagne de prévention dans les écoles',
        kind: 'DISCUSSION',
        minutes: 25,
        status: 'DEFERRED',
        presenter: 'memberPhare',
        description: 'Bilan des ateliers fictifs et calendrier de l’automne.',
      },
      { key: 'pastVaria', title: 'Varia', kind: 'INFORMATION', minutes: 10, status: 'DONE' },
    ],
    rsvps: [
      ['chairMontreal', 'ATTENDING'],
      ['secretaryMontreal', 'ATTENDING'],
      ['memberPolice', 'TENTATIVE'],
      ['memberPhare', 'DECLINED'],
      ['observer', 'ATTENDING'],
    ],
    attendance: [
      ['chairMontreal', 'PRESENT'],
      ['secretaryMontreal', 'PRESENT'],
      ['memberPolice', 'PRESENT'],
      ['memberPhare', 'EXCUSED'],
      ['observer', 'PRESENT'],
    ],
  },
  {
    // The Montréal chair's (presidence.montreal@exemple.test) upcoming meeting, with its agenda
    // published: the end-to-end test of the live meeting room runs it (≥ 3 items, one in camera).
    key: 'montrealNext',
    table: 'montreal',
    title: 'Réunion de la table de Montréal — suivi des actions (fictive)',
    status: 'SCHEDULED',
    inDays: 7,
    hour: 9,
    hours: 2,
    location: 'Salle du conseil, 1234 rue Fictive, Montréal',
    onlineUrl: 'https://visio.exemple.test/table-montreal',
    agendaPublished: true,
    chair: 'chairMontreal',
    items: [
      OPENING,
      { title: 'Retour sur la campagne de prévention dans les écoles', kind: 'DISCUSSION', minutes: 20, presenter: 'memberPhare', carriedOverFrom: 'campagne' },
      { title: 'Situations individuelles à huis clos (fictives)', kind: 'DISCUSSION', minutes: 30, inCamera: true, presenter: 'memberPolice' },
      { title: 'Entente de collaboration avec les maisons d’hébergement', kind: 'DECISION', minutes: 20, presenter: 'secretaryMontreal' },
    ],
    rsvps: [
      ['secretaryMontreal', 'ATTENDING'],
      ['memberPolice', 'ATTENDING'],
      ['observer', 'TENTATIVE'],
    ],
  },
  {
    // Under way when the data is loaded, so that the live room has a meeting to show: demo-floor.set.ts
    // gives it its current item, a closed vote and the speakers' list of that item.
    key: 'montrealNow',
    table: 'montreal',
    title: 'Rencontre extraordinaire de la table de Montréal — hébergement d’urgence (fictive)',
    status: 'IN_PROGRESS',
    inDays: 0,
    hour: 0,
    startedMinutesAgo: 40,
    hours: 2,
    location: 'Salle du conseil, 1234 rue Fictive, Montréal',
    onlineUrl: 'https://visio.exemple.test/table-montreal',
    agendaPublished: true,
    chair: 'chairMontreal',
    items: [
      { ...OPENING, key: 'nowOpening', status: 'DONE' },
      {
        key: 'nowShelterPlan',
        title: 'Plan régional d’hébergement d’urgence pour les jeunes (fictif)',
        kind: 'DECISION',
        minutes: 20,
        status: 'DONE',
        presenter: 'memberPhare',
        description: 'Places d’hébergement réservées aux jeunes en situation d’exploitation, réparties entre les partenaires fictifs.',
      },
      {
        key: 'nowTransit',
        title: 'Prévention dans les transports en commun',
        kind: 'DISCUSSION',
        minutes: 30,
        status: 'IN_PROGRESS',
        presenter: 'memberPolice',
        description: 'Repérage des situations à risque dans les stations et formation du personnel (données fictives).',
      },
      { title: 'Varia', kind: 'INFORMATION', minutes: 10 },
    ],
    rsvps: [
      ['chairMontreal', 'ATTENDING'],
      ['secretaryMontreal', 'ATTENDING'],
      ['memberPolice', 'ATTENDING'],
      ['memberPhare', 'ATTENDING'],
      ['observer', 'ATTENDING'],
    ],
    attendance: [
      ['chairMontreal', 'PRESENT'],
      ['secretaryMontreal', 'PRESENT'],
      ['memberPolice', 'PRESENT'],
      ['memberPhare', 'PRESENT'],
      ['observer', 'PRESENT'],
    ],
  },
  {
    key: 'capitalePast',
    table: 'capitale',
    title: 'Rencontre de la table de la Capitale-Nationale (fictive)',
    status: 'ADJOURNED',
    inDays: -14,
    hour: 13,
    hours: 2,
    location: 'Centre communautaire fictif, Québec',
    onlineUrl: null,
    agendaPublished: true,
    chair: 'chairCapitale',
    items: [
      { ...OPENING, key: 'capitaleOpening', status: 'DONE' },
      {
        key: 'portrait',
        title: 'Repérage des jeunes à risque : portrait régional',
        kind: 'INFORMATION',
        minutes: 30,
        status: 'DONE',
        presenter: 'secretaryCapitale',
      },
      {
        key: 'casComplexes',
        title: 'Cas complexes à huis clos (fictifs)',
        kind: 'DISCUSSION',
        minutes: 30,
        inCamera: true,
        status: 'DONE',
        presenter: 'chairCapitale',
      },
    ],
    rsvps: [
      ['chairCapitale', 'ATTENDING'],
      ['secretaryCapitale', 'ATTENDING'],
    ],
    attendance: [
      ['chairCapitale', 'PRESENT'],
      ['secretaryCapitale', 'PRESENT'],
    ],
  },
  {
    key: 'capitaleNext',
    table: 'capitale',
    title: 'Rencontre de la table de la Capitale-Nationale — plan d’action (fictive)',
    status: 'SCHEDULED',
    inDays: 10,
    hour: 13,
    hours: 2,
    location: null,
    onlineUrl: 'https://visio.exemple.test/table-capitale',
    agendaPublished: true,
    chair: 'chairCapitale',
    items: [
      OPENING,
      { title: 'Plan d’action régional 2027', kind: 'DECISION', minutes: 40, presenter: 'chairCapitale' },
      { title: 'Signalements en cours à huis clos (fictifs)', kind: 'DISCUSSION', minutes: 20, inCamera: true },
    ],
  },
];

/** A monthly series (second Tuesday, 09:00 local): expanded with the recurrence rule, like scheduleMeeting does. */
export const DEMO_SERIES = {
  table: 'outaouais',
  title: 'Comité mensuel de l’Outaouais (fictif)',
  rule: 'FREQ=MONTHLY;BYDAY=2TU',
  occurrences: 6,
  hour: 9,
  hours: 2,
  chair: 'chairOutaouais',
  location: 'Hôtel de ville fictif de Val-des-Outardes',
  firstAgenda: [
    OPENING,
    { title: 'Accueil des nouvelles organisations membres', kind: 'INFORMATION', minutes: 15 },
    { title: 'Priorités de l’année', kind: 'DISCUSSION', minutes: 45 },
  ] as DemoItem[],
};

/**
 * A proxy at the next Montréal meeting: the community organization, unable to attend, entrusts its
 * ballot to the police service (keys of demo-data.set.ts; given by its own member).
 */
export const DEMO_PROXY = { meeting: 'montrealNext', from: 'phare', to: 'police', givenBy: 'memberPhare' } as const;

/**
 * A substitute at that same meeting: the health centre's delegate keeps the minutes there as the
 * table's secretary, so the centre sends a colleague who sits at no table to speak for it (keys of
 * demo-data.set.ts; sent by the delegate, whom the substitute replaces).
 */
export const DEMO_SUBSTITUTION = {
  meeting: 'montrealNext',
  organization: 'sante',
  substitute: 'colleagueSante',
  sentBy: 'secretaryMontreal',
  replaces: 'secretaryMontreal',
  note: 'Je tiens le procès-verbal à cette rencontre : merci de présenter notre position sur l’entente avec les maisons d’hébergement.',
} as const;
