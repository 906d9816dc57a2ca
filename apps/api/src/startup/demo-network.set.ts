/**
 * The demo data set across levels: the provincial Québec table's meetings, the referrals the
 * regional tables sent up to it (one in each status), and its consultations of the regional
 * tables (one OPEN, one CLOSED). Keys name the tables, people and organizations of
 * demo-data.set.ts and the meetings and agenda items of demo-meetings.set.ts; days count from the
 * loading day (negative: past). Everything is fictitious and about coordination work.
 */
import type { EnumValue, DecisionOutcome, QuestionKind } from '@concertation/shared-domain';
import type { DemoMeeting } from './demo-meetings.set';

const OPENING = { title: 'Ouverture et adoption de l’ordre du jour', kind: 'INFORMATION', minutes: 10 } as const;

/**
 * The Québec table's meetings (loaded like those of demo-meetings.set.ts). The items of accepted
 * referrals are appended to them by the referrals below, as decideReferral does.
 */
export const DEMO_NETWORK_MEETINGS: DemoMeeting[] = [
  {
    key: 'quebecPast',
    table: 'quebec',
    title: 'Réunion de la table provinciale du Québec (fictive)',
    status: 'ADJOURNED',
    inDays: -28,
    hour: 13,
    hours: 2,
    location: 'Salle fictive du Secrétariat, Québec',
    onlineUrl: 'https://visio.exemple.test/table-quebec',
    agendaPublished: true,
    chair: 'chairQuebec',
    items: [
      { ...OPENING, key: 'quebecPastOpening', status: 'DONE' },
      { key: 'tourDesTables', title: 'Tour des tables régionales', kind: 'INFORMATION', minutes: 30, status: 'DONE', presenter: 'secretaryQuebec' },
      {
        key: 'questionnaire',
        title: 'Consultation sur l’échange d’information : premiers retours',
        kind: 'DISCUSSION',
        minutes: 20,
        status: 'DONE',
        presenter: 'chairQuebec',
      },
    ],
    rsvps: [
      ['chairQuebec', 'ATTENDING'],
      ['secretaryQuebec', 'ATTENDING'],
      ['memberPolice', 'ATTENDING'],
    ],
    attendance: [
      ['chairQuebec', 'PRESENT'],
      ['secretaryQuebec', 'PRESENT'],
      ['memberPolice', 'PRESENT'],
    ],
  },
  {
    key: 'quebecNext',
    table: 'quebec',
    title: 'Réunion de la table provinciale du Québec — protocoles et consultations (fictive)',
    status: 'SCHEDULED',
    inDays: 12,
    hour: 13,
    hours: 2,
    location: 'Salle fictive du Secrétariat, Québec',
    onlineUrl: 'https://visio.exemple.test/table-quebec',
    agendaPublished: true,
    chair: 'chairQuebec',
    items: [
      OPENING,
      { title: 'Suivi de l’adoption des protocoles provinciaux par les régions', kind: 'DISCUSSION', minutes: 30, presenter: 'secretaryQuebec' },
      { title: 'Résultats de la consultation sur l’échange d’information', kind: 'INFORMATION', minutes: 20, presenter: 'chairQuebec' },
    ],
    rsvps: [
      ['secretaryQuebec', 'ATTENDING'],
      ['memberPolice', 'TENTATIVE'],
    ],
  },
];

export interface DemoReferral {
  key: string;
  from: string;
  to: string;
  /** The sending table's agenda item it comes from (demo-meetings.set.ts keys), if any. */
  source?: { meeting: string; item: string };
  title: string;
  rationale: string;
  referredBy: string;
  referredInDays: number;
  /** Absent: PENDING. */
  decided?: {
    by: string;
    inDays: number;
    accept: boolean;
    response?: string;
    /** The receiving table's meeting (DEMO_NETWORK_MEETINGS key) it was accepted into. */
    meeting?: string;
    /** A decision recorded on the scheduled item at that (past) meeting. */
    decision?: { text: string; outcome: EnumValue<DecisionOutcome>; votes?: [votesFor: number, against: number, abstentions: number] };
  };
}

export const DEMO_REFERRALS: DemoReferral[] = [
  {
    // ACCEPTED, and answered by a decision at the Québec table's past meeting: Montréal sees it.
    key: 'ficheCommune',
    from: 'montreal',
    to: 'quebec',
    source: { meeting: 'montrealEarlier', item: 'protocole' },
    title: 'Intégrer la fiche commune de référencement au protocole provincial',
    rationale:
      'La table de Montréal a adopté une fiche commune de référencement et une liste de personnes-ressources par organisation. Elle propose de les intégrer au protocole provincial pour que toutes les régions travaillent avec les mêmes outils.',
    referredBy: 'chairMontreal',
    referredInDays: -40,
    decided: {
      by: 'chairQuebec',
      inDays: -37,
      accept: true,
      response: 'Inscrit à l’ordre du jour de la prochaine réunion de la table provinciale.',
      meeting: 'quebecPast',
      decision: {
        text: 'Intégrer la fiche commune de référencement et les personnes-ressources proposées par Montréal à la version 3 du protocole provincial de référencement (fictif).',
        outcome: 'ADOPTED',
        votes: [3, 0, 0],
      },
    },
  },
  {
    // ACCEPTED into the Québec table's upcoming meeting, not yet discussed.
    key: 'formationsReperage',
    from: 'capitale',
    to: 'quebec',
    source: { meeting: 'capitalePast', item: 'portrait' },
    title: 'Offrir les formations communes au repérage dans toutes les régions',
    rationale:
      'La Capitale-Nationale a décidé d’offrir des formations communes au repérage des jeunes à risque. Un programme provincial éviterait que chaque région prépare le sien.',
    referredBy: 'chairCapitale',
    referredInDays: -12,
    decided: {
      by: 'secretaryQuebec',
      inDays: -9,
      accept: true,
      response: 'Accepté : discuté à la prochaine réunion de la table provinciale.',
      meeting: 'quebecNext',
    },
  },
  {
    key: 'tableInterprovinciale',
    from: 'outaouais',
    to: 'quebec',
    title: 'Créer un comité de liaison avec les services de l’Ontario',
    rationale:
      'Plusieurs organisations de l’Outaouais travaillent avec des services situés de l’autre côté de la rivière. La table demande un comité de liaison permanent avec l’Ontario.',
    referredBy: 'chairOutaouais',
    referredInDays: -20,
    decided: {
      by: 'chairQuebec',
      inDays: -16,
      accept: false,
      response:
        'Une liaison entre provinces relève de la Table nationale. Nous vous invitons à lui soumettre la question directement ; la table provinciale appuiera la demande.',
    },
  },
  {
    // PENDING: waits in the Québec officers' queue (presidence.quebec / secretariat.quebec).
    key: 'ligneEcouteSoir',
    from: 'montreal',
    to: 'quebec',
    source: { meeting: 'montrealEarlier', item: 'ligneEcoute' },
    title: 'Élargir les heures de la ligne d’écoute en soirée',
    rationale:
      'Les appels de soir sont en hausse (données fictives) et les places d’hébergement d’urgence sont souvent complètes. La table de Montréal demande un financement provincial pour élargir les heures de la ligne d’écoute.',
    referredBy: 'chairMontreal',
    referredInDays: -4,
  },
];

export interface DemoQuestion {
  prompt: string;
  kind: EnumValue<QuestionKind>;
  options?: string[];
  required?: boolean;
}

/** One answer per question, in order: a text, one option, several options, a scale of 1 to 5, or null (left out). */
export type DemoAnswer = string | string[] | number | null;

export interface DemoConsultation {
  key: string;
  table: string;
  title: string;
  description: string;
  audience: string[];
  createdBy: string;
  createdInDays: number;
  openedBy: string;
  openedInDays: number;
  /** When it closes (or closed by itself, when in the past), at 17:00 local time. */
  closesInDays: number;
  questions: DemoQuestion[];
  responses: Array<{ organization: string; by: string; inDays: number; answers: DemoAnswer[] }>;
}

const FORMATS = ['En personne', 'En ligne', 'Hybride'];
const THEMES = ['Repérage des jeunes à risque', 'Référencement entre partenaires', 'Échange d’information', 'Soutien aux intervenants'];
const CONTACTS = ['Un point de contact unique par organisation', 'Une ligne de garde commune', 'Un registre partagé des échanges'];

export const DEMO_CONSULTATIONS: DemoConsultation[] = [
  {
    // OPEN: 2 of the 9 invited organizations have answered; the police, the shelter and the
    // municipality (membre.police, membre.phare, membre.ville) have not.
    key: 'formation',
    table: 'quebec',
    title: 'Consultation sur les priorités de formation commune (fictive)',
    description:
      'La table provinciale prépare un programme de formation commune. Chaque organisation membre des tables régionales répond une fois, au nom de son organisation.',
    audience: ['montreal', 'capitale', 'outaouais'],
    createdBy: 'secretaryQuebec',
    createdInDays: -4,
    openedBy: 'chairQuebec',
    openedInDays: -3,
    closesInDays: 10,
    questions: [
      { prompt: 'Quel format de formation convient le mieux à votre organisation ?', kind: 'SINGLE_CHOICE', options: FORMATS, required: true },
      { prompt: 'Quels thèmes devraient être prioritaires ?', kind: 'MULTIPLE_CHOICE', options: THEMES, required: true },
      {
        prompt: 'Dans quelle mesure le protocole provincial de référencement répond-il à vos besoins ? (1 : pas du tout, 5 : tout à fait)',
        kind: 'SCALE',
        required: true,
      },
      { prompt: 'Commentaires ou suggestions pour la table provinciale', kind: 'TEXT' },
    ],
    responses: [
      {
        organization: 'escale',
        by: 'secretaryCapitale',
        inDays: -2,
        answers: ['Hybride', [THEMES[0], THEMES[3]], 4, 'Prévoir des séances en soirée pour les équipes communautaires.'],
      },
      { organization: 'justice', by: 'chairOutaouais', inDays: -1, answers: ['En ligne', [THEMES[1], THEMES[2]], 3, null] },
    ],
  },
  {
    // CLOSED by itself at closesAt, with six responses: results for the Québec officers and for
    // the people of every invited organization.
    key: 'echange',
    table: 'quebec',
    title: 'Consultation sur l’échange d’information entre partenaires (fictive)',
    description:
      'Avant de réviser le protocole d’échange d’information, la table provinciale demande aux organisations des tables régionales ce qui fonctionne et ce qui manque.',
    audience: ['montreal', 'capitale', 'outaouais'],
    createdBy: 'chairQuebec',
    createdInDays: -34,
    openedBy: 'chairQuebec',
    openedInDays: -33,
    closesInDays: -19,
    questions: [
      {
        prompt: 'Votre organisation connaît-elle le protocole d’échange d’information en vigueur ?',
        kind: 'SINGLE_CHOICE',
        options: ['Oui', 'En partie', 'Non'],
        required: true,
      },
      { prompt: 'Qu’est-ce qui faciliterait les échanges entre vos équipes et vos partenaires ?', kind: 'MULTIPLE_CHOICE', options: CONTACTS },
      { prompt: 'Les échanges d’information actuels sont-ils assez rapides ? (1 : pas du tout, 5 : tout à fait)', kind: 'SCALE', required: true },
      { prompt: 'Quelles difficultés rencontrez-vous dans les échanges d’information ?', kind: 'TEXT' },
    ],
    responses: [
      {
        organization: 'police',
        by: 'memberPolice',
        inDays: -31,
        answers: ['Oui', [CONTACTS[0], CONTACTS[2]], 3, 'Les coordonnées des personnes-ressources changent souvent.'],
      },
      { organization: 'dpj', by: 'chairMontreal', inDays: -30, answers: ['Oui', [CONTACTS[0]], 2, 'Les demandes arrivent par plusieurs canaux à la fois.'] },
      { organization: 'phare', by: 'memberPhare', inDays: -27, answers: ['En partie', [CONTACTS[1]], 2, null] },
      {
        organization: 'policeQc',
        by: 'chairCapitale',
        inDays: -26,
        answers: ['Oui', [CONTACTS[0], CONTACTS[2]], 4, 'Un registre commun éviterait les doublons.'],
      },
      {
        organization: 'escale',
        by: 'secretaryCapitale',
        inDays: -24,
        answers: ['Non', [CONTACTS[1]], 1, 'Nous ne savons pas toujours à qui transmettre une information.'],
      },
      { organization: 'victimes', by: 'secretaryOutaouais', inDays: -21, answers: ['En partie', [], 3, null] },
    ],
  },
];
