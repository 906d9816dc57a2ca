/**
 * The demo data set's minutes, decisions and action items, for the past meetings of
 * demo-meetings.set.ts and for tables without meetings. Keys name the meetings, agenda items,
 * tables, people and organizations of the other sets; days count from the loading day (negative:
 * past). Everything is fictitious and about coordination work (protocols, referrals, training,
 * hotlines): no real person, body or situation. In-camera items' notes stay on those items.
 */
import type { EnumValue, ActionItemStatus, DecisionOutcome, MinutesStatus } from '@concertation/shared-domain';

export interface DemoMinutes {
  meeting: string;
  /** The officer who edits, circulates and approves them. */
  secretary: string;
  summary: string;
  /** Agenda item key → notes. */
  notes: Record<string, string>;
  status: EnumValue<MinutesStatus>;
  /** For APPROVED minutes: the later meeting (key) where they were approved. */
  approvedAt?: string;
}

export interface DemoDecision {
  key: string;
  meeting: string;
  item: string | null;
  text: string;
  outcome: EnumValue<DecisionOutcome>;
  votes?: [votesFor: number, against: number, abstentions: number];
}

export interface DemoActionUpdate {
  author: string;
  /** Days from today (≤ 0). */
  inDays: number;
  body?: string;
  status?: EnumValue<ActionItemStatus>;
}

export interface DemoActionItem {
  table: string;
  title: string;
  description: string;
  createdBy: string;
  createdInDays: number;
  meeting?: string;
  item?: string;
  decision?: string;
  assignee?: string;
  organization?: string;
  /** Days from today of the due date (negative: past), or null for none. */
  dueInDays: number | null;
  /** In order; the last status named is the item's status (OPEN without any). */
  updates: DemoActionUpdate[];
}

export const DEMO_MINUTES: DemoMinutes[] = [
  {
    meeting: 'montrealEarlier',
    secretary: 'secretaryMontreal',
    status: 'APPROVED',
    approvedAt: 'montrealPast',
    summary:
      'Les partenaires ont adopté la version révisée du protocole de référencement et fait le point sur la ligne d’écoute et les places d’hébergement d’urgence. Les signalements du trimestre ont été examinés à huis clos.',
    notes: {
      earlierOpening: 'Ordre du jour adopté sans modification. Quatre organisations membres présentes : le quorum est atteint.',
      protocole:
        'Le secrétariat présente les changements au protocole de référencement : délais de réponse, personnes-ressources par organisation et fiche commune de référencement. Les partenaires demandent des formations communes pour les nouvelles équipes.',
      ligneEcoute:
        'La maison d’hébergement présente le bilan de la ligne d’écoute : les appels de soir sont en hausse et les places d’hébergement d’urgence sont souvent complètes. Une liste à jour des ressources d’hébergement sera partagée.',
      earlierInCamera: 'Huis clos. Revue des trajectoires de référencement de trois situations fictives ; aucun renseignement nominatif au procès-verbal.',
    },
  },
  {
    meeting: 'montrealPast',
    secretary: 'secretaryMontreal',
    status: 'CIRCULATED',
    summary:
      'Suivi des signalements à huis clos, report de la campagne de prévention dans les écoles à la prochaine réunion, et rappel des formations prévues sur l’orientation vers la ligne d’écoute.',
    notes: {
      pastOpening: 'Ordre du jour adopté. Le procès-verbal de la réunion précédente est approuvé.',
      suiviSignalements:
        'Huis clos. Les partenaires font le point sur les trajectoires de suivi et sur les délais entre les organisations ; un bilan des signalements du trimestre sera préparé.',
      campagne:
        'Les ateliers de prévention dans les écoles ont rejoint huit groupes (chiffres fictifs). La présentation du calendrier de l’automne est reportée : la maison d’hébergement n’était pas représentée.',
      pastVaria: 'Rappel : les formations communes sur l’orientation vers la ligne d’écoute auront lieu ce mois-ci.',
    },
  },
  {
    meeting: 'capitalePast',
    secretary: 'secretaryCapitale',
    status: 'DRAFT',
    summary: 'Présentation du portrait régional du repérage des jeunes à risque ; cas complexes discutés à huis clos. Procès-verbal en rédaction.',
    notes: {
      capitaleOpening: 'Ordre du jour adopté.',
      portrait:
        'Le portrait régional (données fictives) montre une hausse des références vers les ressources communautaires et un manque de places d’hébergement jeunesse. Les partenaires souhaitent des formations communes au repérage.',
      casComplexes: 'Huis clos. Concertation sur les trajectoires de deux situations fictives ; les suivis sont confiés aux organisations concernées.',
    },
  },
];

export const DEMO_DECISIONS: DemoDecision[] = [
  {
    key: 'protocoleAdopte',
    meeting: 'montrealEarlier',
    item: 'protocole',
    text: 'Adopter la version révisée du protocole de référencement entre partenaires (fictif).',
    outcome: 'ADOPTED',
    votes: [4, 0, 0],
  },
  {
    key: 'ligneEcouteSoir',
    meeting: 'montrealEarlier',
    item: 'ligneEcoute',
    text: 'Demander l’élargissement des heures de la ligne d’écoute en soirée.',
    outcome: 'CONSENSUS',
  },
  {
    key: 'huisClosEarlier',
    meeting: 'montrealEarlier',
    item: 'earlierInCamera',
    text: 'Confier le suivi des trajectoires examinées aux organisations concernées (huis clos).',
    outcome: 'CONSENSUS',
  },
  {
    key: 'campagneReportee',
    meeting: 'montrealPast',
    item: 'campagne',
    text: 'Reporter le calendrier de la campagne de prévention à la prochaine réunion.',
    outcome: 'DEFERRED',
  },
  {
    key: 'bilanSignalements',
    meeting: 'montrealPast',
    item: 'suiviSignalements',
    text: 'Préparer un bilan trimestriel des signalements, présenté à huis clos.',
    outcome: 'ADOPTED',
    votes: [3, 0, 1],
  },
  {
    key: 'formationsCommunes',
    meeting: 'capitalePast',
    item: 'portrait',
    text: 'Offrir des formations communes au repérage des jeunes à risque.',
    outcome: 'ADOPTED',
    votes: [2, 0, 0],
  },
];

export const DEMO_ACTION_ITEMS: DemoActionItem[] = [
  // Montréal
  {
    table: 'montreal',
    meeting: 'montrealEarlier',
    decision: 'protocoleAdopte',
    organization: 'dpj',
    createdBy: 'secretaryMontreal',
    createdInDays: -42,
    dueInDays: -30,
    title: 'Diffuser le protocole de référencement révisé aux partenaires',
    description: 'Envoyer la version adoptée et la fiche commune de référencement à chaque organisation membre.',
    updates: [
      { author: 'chairMontreal', inDays: -38, status: 'IN_PROGRESS', body: 'Envoi aux directions en cours.' },
      { author: 'chairMontreal', inDays: -33, status: 'DONE', body: 'Protocole diffusé à toutes les organisations membres.' },
    ],
  },
  {
    table: 'montreal',
    meeting: 'montrealPast',
    item: 'campagne',
    organization: 'dpj',
    createdBy: 'secretaryMontreal',
    createdInDays: -21,
    dueInDays: 1,
    title: 'Planifier la reprise de la campagne de prévention dans les écoles',
    description: 'Proposer un calendrier d’ateliers pour l’automne avec le centre de services scolaire.',
    updates: [
      { author: 'chairMontreal', inDays: -15, body: 'Premier contact avec les écoles partenaires (fictives).' },
      { author: 'secretaryMontreal', inDays: -6, body: 'Ébauche du calendrier à compléter avant la réunion.' },
    ],
  },
  {
    table: 'montreal',
    meeting: 'montrealEarlier',
    item: 'ligneEcoute',
    organization: 'phare',
    assignee: 'memberPhare',
    createdBy: 'secretaryMontreal',
    createdInDays: -42,
    dueInDays: -5,
    title: 'Mettre à jour la liste des ressources d’hébergement d’urgence',
    description: 'Recenser les places d’hébergement disponibles et les numéros de garde des ressources partenaires.',
    updates: [
      { author: 'memberPhare', inDays: -35, status: 'IN_PROGRESS', body: 'Appels aux ressources d’hébergement commencés.' },
      { author: 'memberPhare', inDays: -8, body: 'Il manque encore les réponses de deux ressources.' },
    ],
  },
  {
    table: 'montreal',
    meeting: 'montrealPast',
    organization: 'sante',
    createdBy: 'secretaryMontreal',
    createdInDays: -21,
    dueInDays: 2,
    title: 'Former les intervenants à l’orientation vers la ligne d’écoute',
    description: 'Deux séances de formation commune pour les nouvelles équipes du CISSS et des organismes.',
    updates: [
      { author: 'secretaryMontreal', inDays: -12, body: 'Salle réservée et formatrice confirmée (fictive).' },
      { author: 'observer', inDays: -4, body: 'Inscriptions ouvertes aux équipes du Plateau-Est.' },
    ],
  },
  {
    table: 'montreal',
    meeting: 'montrealPast',
    decision: 'bilanSignalements',
    organization: 'police',
    assignee: 'memberPolice',
    createdBy: 'secretaryMontreal',
    createdInDays: -21,
    dueInDays: -2,
    title: 'Préparer le bilan trimestriel des signalements',
    description: 'Bilan agrégé et anonymisé, présenté à huis clos à la prochaine réunion.',
    updates: [
      { author: 'memberPolice', inDays: -14, status: 'IN_PROGRESS', body: 'Compilation des données agrégées commencée.' },
      { author: 'memberPolice', inDays: -5, status: 'BLOCKED', body: 'En attente de l’extraction des données du trimestre.' },
    ],
  },
  {
    // membre.police's home page: an overdue item still OPEN, beside the BLOCKED one above.
    table: 'montreal',
    meeting: 'montrealPast',
    item: 'campagne',
    organization: 'police',
    assignee: 'memberPolice',
    createdBy: 'chairMontreal',
    createdInDays: -21,
    dueInDays: -3,
    title: 'Transmettre la liste des agents-ressources pour les écoles',
    description: 'Un agent-ressource (fictif) par secteur scolaire, avec ses coordonnées professionnelles, pour la reprise de la campagne.',
    updates: [
      { author: 'chairMontreal', inDays: -10, body: 'Rappel : la liste est attendue avant la reprise de la campagne.' },
      { author: 'memberPolice', inDays: -4, body: 'Deux secteurs scolaires restent à couvrir.' },
    ],
  },
  {
    table: 'montreal',
    meeting: 'montrealEarlier',
    organization: 'sante',
    createdBy: 'chairMontreal',
    createdInDays: -42,
    dueInDays: -20,
    title: 'Organiser une rencontre avec la ligne d’écoute régionale',
    description: 'Présenter la table et ses partenaires à l’équipe de la ligne d’écoute.',
    updates: [
      { author: 'secretaryMontreal', inDays: -30, body: 'Deux dates proposées.' },
      { author: 'chairMontreal', inDays: -22, status: 'CANCELLED', body: 'Remplacée par les formations communes sur l’orientation vers la ligne d’écoute.' },
    ],
  },
  {
    table: 'montreal',
    meeting: 'montrealEarlier',
    item: 'protocole',
    assignee: 'secretaryMontreal',
    createdBy: 'chairMontreal',
    createdInDays: -42,
    dueInDays: -10,
    title: 'Réviser la fiche de référencement vers la protection de la jeunesse',
    description: 'Aligner la fiche sur le protocole adopté et la faire valider par la DPJ.',
    updates: [
      { author: 'secretaryMontreal', inDays: -25, body: 'Commentaires reçus de la DPJ (fictive).' },
      { author: 'chairMontreal', inDays: -9, body: 'Échéance dépassée : à reprendre avant la prochaine réunion.' },
    ],
  },
  // Capitale-Nationale
  {
    table: 'capitale',
    meeting: 'capitalePast',
    item: 'portrait',
    organization: 'policeQc',
    createdBy: 'secretaryCapitale',
    createdInDays: -14,
    dueInDays: 1,
    title: 'Compléter le portrait régional des jeunes à risque',
    description: 'Ajouter les données fictives des organismes communautaires au portrait présenté.',
    updates: [
      { author: 'chairCapitale', inDays: -10, status: 'IN_PROGRESS', body: 'Données policières agrégées transmises.' },
      { author: 'secretaryCapitale', inDays: -3, body: 'Données communautaires en cours de validation.' },
    ],
  },
  {
    table: 'capitale',
    meeting: 'capitalePast',
    decision: 'formationsCommunes',
    assignee: 'secretaryCapitale',
    createdBy: 'chairCapitale',
    createdInDays: -14,
    dueInDays: -4,
    title: 'Recenser les places d’hébergement jeunesse de la région',
    description: 'Liste des ressources d’hébergement pour les jeunes, à joindre au plan d’action.',
    updates: [
      { author: 'secretaryCapitale', inDays: -9, status: 'IN_PROGRESS', body: 'Appels aux ressources commencés.' },
      { author: 'secretaryCapitale', inDays: -5, status: 'DONE', body: 'Liste complète déposée dans les documents de la table.' },
    ],
  },
  {
    table: 'capitale',
    meeting: 'capitalePast',
    item: 'casComplexes',
    organization: 'escale',
    createdBy: 'chairCapitale',
    createdInDays: -14,
    dueInDays: 5,
    title: 'Coordonner le suivi des cas complexes (fictifs)',
    description: 'Huis clos : réunir les intervenants concernés et rendre compte à la table.',
    updates: [
      { author: 'secretaryCapitale', inDays: -11, body: 'Rencontre des intervenants fixée (fictive).' },
      { author: 'secretaryCapitale', inDays: -2, status: 'IN_PROGRESS', body: 'Première rencontre tenue.' },
    ],
  },
  // Tables without meetings yet
  {
    table: 'national',
    organization: 'alliance',
    createdBy: 'secretaryNational',
    createdInDays: -20,
    dueInDays: 20,
    title: 'Partager le guide pancanadien de formation des intervenants',
    description: 'Traduire et diffuser le guide (fictif) aux tables provinciales.',
    updates: [
      { author: 'chairNational', inDays: -15, status: 'IN_PROGRESS', body: 'Traduction commencée.' },
      { author: 'secretaryNational', inDays: -6, body: 'Relecture de la version française prévue.' },
    ],
  },
  {
    table: 'quebec',
    organization: 'ministere',
    createdBy: 'secretaryQuebec',
    createdInDays: -25,
    dueInDays: -3,
    title: 'Harmoniser les protocoles régionaux de référencement',
    description: 'Comparer les protocoles des trois tables régionales et proposer un modèle commun.',
    updates: [
      { author: 'chairQuebec', inDays: -18, status: 'IN_PROGRESS', body: 'Protocoles de Montréal et de la Capitale-Nationale reçus.' },
      { author: 'secretaryQuebec', inDays: -7, body: 'Il manque le protocole de l’Outaouais.' },
    ],
  },
  {
    table: 'outaouais',
    organization: 'justice',
    createdBy: 'secretaryOutaouais',
    createdInDays: -10,
    dueInDays: 12,
    title: 'Recenser les lignes d’écoute de part et d’autre de la rivière',
    description: 'Répertoire des lignes d’écoute et des services de garde des deux rives.',
    updates: [
      { author: 'chairOutaouais', inDays: -8, body: 'Premier tableau partagé avec le secrétariat.' },
      { author: 'secretaryOutaouais', inDays: -1, body: 'Ajout des services municipaux (fictifs).' },
    ],
  },
  {
    table: 'outaouais',
    assignee: 'memberVille',
    organization: 'ville',
    createdBy: 'chairOutaouais',
    createdInDays: -10,
    dueInDays: 30,
    title: 'Mettre en ligne le répertoire des ressources régionales',
    description: 'Publication sur le site municipal (fictif) une fois le répertoire validé.',
    updates: [
      { author: 'memberVille', inDays: -7, status: 'IN_PROGRESS', body: 'Page préparée sur le site municipal.' },
      { author: 'memberVille', inDays: -2, status: 'BLOCKED', body: 'En attente du répertoire validé par la table.' },
    ],
  },
];
