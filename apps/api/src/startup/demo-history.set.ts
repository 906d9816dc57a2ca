/**
 * A year of past activity for the demo tables, so that their reports show something on a first
 * start: about one meeting a month (a few cancelled, one short of quorum), who attended each,
 * the decisions and formal votes taken there, the action items given out and how they ended, the
 * referrals sent up and how long they waited for an answer, and two consultations closed with
 * their responses. Keys name the tables, people and organizations of demo-data.set.ts; days are
 * counted back from the loading day. It all lies before the meetings of demo-meetings.set.ts and
 * demo-network.set.ts, which it leaves as they are. Every text is fictitious.
 */
import type { EnumValue, AgendaItemKind, DecisionOutcome } from '@concertation/shared-domain';
import type { DemoConsultation } from './demo-network.set';

/** How a task ended, counted in days from its creation: done, cancelled, or still open now in that status. */
export type DemoTaskEnd = { done: number } | { cancelled: number } | { open: 'OPEN' | 'IN_PROGRESS' | 'BLOCKED' };

export interface DemoHistoryTask {
  title: string;
  /** A person seated at the table, or else an organization member of it (no one named). */
  assignee?: string;
  organization?: string;
  /** Due this many days after the meeting. */
  dueInDays: number;
  end: DemoTaskEnd;
}

export interface DemoHistoryTopic {
  title: string;
  kind: EnumValue<AgendaItemKind>;
  presenter?: string;
  /**
   * What the table decided on it. With `vote`, a formal YES_NO_ABSTAIN vote of the member
   * organizations present, counted by tallyVote, gives the decision (its text is the question);
   * otherwise the outcome is the one given.
   */
  decision?: { text: string; outcome?: EnumValue<DecisionOutcome>; vote?: boolean };
  tasks?: DemoHistoryTask[];
}

export interface DemoHistoryTable {
  table: string;
  title: string;
  hour: number;
  hours: number;
  location: string | null;
  onlineUrl: string | null;
  chair: string;
  /**
   * The meetings, oldest first, this many days before the loading day (moved back to the Friday
   * before when that falls on a weekend); a cancelled one gives its reason.
   */
  meetings: Array<{ daysAgo: number; cancelled?: string }>;
  /**
   * For each person seated at the table, their attendance at the held meetings, oldest first:
   * P present, A absent, E excused. Quorum follows: a table short of members present misses it.
   */
  attendance: Record<string, string>;
  /** One per held meeting, oldest first: the item of the meeting besides its opening and round table. */
  topics: DemoHistoryTopic[];
}

export const DEMO_HISTORY_TABLES: DemoHistoryTable[] = [
  {
    table: 'montreal',
    title: 'Réunion mensuelle de la table de Montréal (fictive)',
    hour: 9,
    hours: 2,
    location: 'Salle du conseil, 1234 rue Fictive, Montréal',
    onlineUrl: 'https://visio.exemple.test/table-montreal',
    chair: 'chairMontreal',
    meetings: [
      { daysAgo: 343 },
      { daysAgo: 315 },
      { daysAgo: 287 },
      { daysAgo: 259, cancelled: 'Reportée : la plupart des partenaires participent ce jour-là à une formation commune (fictive).' },
      { daysAgo: 231 },
      { daysAgo: 203 },
      { daysAgo: 175 },
      { daysAgo: 147 },
      { daysAgo: 119 },
      { daysAgo: 91 },
      { daysAgo: 63 },
    ],
    // The health centre is there when its delegate or its alternate is. The fifth held meeting
    // misses quorum (3 of 4 organizations): only the DPJ and the health centre are there.
    attendance: {
      chairMontreal: 'PPPPPPPPPP',
      secretaryMontreal: 'PPEPPPPEPP',
      observer: 'APPPAPPAAP',
      memberPolice: 'PPAPAPPPPP',
      memberPhare: 'PEPEEPEPPE',
    },
    topics: [
      {
        title: 'Plan de travail annuel de la table',
        kind: 'DECISION',
        presenter: 'chairMontreal',
        decision: { text: 'Adopter le plan de travail annuel de la table (fictif) ?', vote: true },
        tasks: [{ title: 'Diffuser le plan de travail aux organisations membres', assignee: 'secretaryMontreal', dueInDays: 14, end: { done: 6 } }],
      },
      {
        title: 'Portrait des situations signalées au premier trimestre (fictif)',
        kind: 'DISCUSSION',
        presenter: 'memberPolice',
        tasks: [{ title: 'Compiler les données agrégées du premier trimestre', organization: 'police', dueInDays: 30, end: { done: 24 } }],
      },
      {
        title: 'Formation commune sur le repérage',
        kind: 'DECISION',
        presenter: 'memberPhare',
        decision: { text: 'Tenir deux séances de formation commune au repérage cet automne (fictif).', outcome: 'CONSENSUS' },
        tasks: [
          { title: 'Réserver les salles des séances de formation', assignee: 'memberPhare', dueInDays: 21, end: { done: 35 } },
          { title: 'Recenser les intervenants à inscrire aux séances', organization: 'sante', dueInDays: 30, end: { done: 18 } },
        ],
      },
      {
        title: 'Protocole d’accueil des jeunes en fugue',
        kind: 'DECISION',
        presenter: 'chairMontreal',
        decision: { text: 'Adopter le protocole d’accueil des jeunes en fugue (fictif) ?', vote: true },
        tasks: [{ title: 'Traduire le protocole d’accueil en anglais', organization: 'dpj', dueInDays: 30, end: { cancelled: 25 } }],
      },
      {
        title: 'Entente de partage de données agrégées',
        kind: 'DECISION',
        presenter: 'secretaryMontreal',
        decision: { text: 'Reporter la décision sur l’entente de partage de données, faute de quorum (fictif).', outcome: 'DEFERRED' },
      },
      {
        title: 'Entente de partage de données agrégées (suite)',
        kind: 'DECISION',
        presenter: 'secretaryMontreal',
        decision: { text: 'Adopter l’entente de partage de données agrégées entre partenaires (fictive) ?', vote: true },
        tasks: [{ title: 'Faire signer l’entente de partage par chaque organisation', assignee: 'chairMontreal', dueInDays: 30, end: { done: 41 } }],
      },
      {
        title: 'Bilan de la campagne estivale de prévention',
        kind: 'DISCUSSION',
        presenter: 'memberPhare',
        tasks: [{ title: 'Rédiger le bilan de la campagne estivale', assignee: 'memberPhare', dueInDays: 21, end: { open: 'IN_PROGRESS' } }],
      },
      {
        title: 'Sous-comité sur le milieu scolaire',
        kind: 'DECISION',
        presenter: 'memberPhare',
        decision: { text: 'Créer un sous-comité permanent sur le milieu scolaire (fictif).', outcome: 'REJECTED' },
        tasks: [{ title: 'Proposer un calendrier de rencontres avec les écoles', organization: 'phare', dueInDays: 30, end: { done: 20 } }],
      },
      {
        title: 'Portrait des situations signalées au troisième trimestre (fictif)',
        kind: 'DISCUSSION',
        presenter: 'memberPolice',
        tasks: [{ title: 'Compiler les données agrégées du troisième trimestre', organization: 'police', dueInDays: 30, end: { open: 'BLOCKED' } }],
      },
      {
        title: 'Budget de fonctionnement de l’an prochain',
        kind: 'DECISION',
        presenter: 'chairMontreal',
        decision: { text: 'Adopter le budget de fonctionnement de la table (fictif) ?', vote: true },
        tasks: [{ title: 'Transmettre le budget adopté au bailleur de fonds (fictif)', assignee: 'secretaryMontreal', dueInDays: 14, end: { done: 9 } }],
      },
    ],
  },
  {
    table: 'capitale',
    title: 'Rencontre mensuelle de la table de la Capitale-Nationale (fictive)',
    hour: 13,
    hours: 2,
    location: 'Centre communautaire fictif, Québec',
    onlineUrl: null,
    chair: 'chairCapitale',
    meetings: [
      { daysAgo: 315 },
      { daysAgo: 285 },
      { daysAgo: 255 },
      { daysAgo: 225 },
      { daysAgo: 195 },
      { daysAgo: 165 },
      { daysAgo: 135 },
      { daysAgo: 105 },
      { daysAgo: 75 },
      { daysAgo: 45 },
    ],
    attendance: {
      chairCapitale: 'PPPPPPPPPP',
      secretaryCapitale: 'PPPPPPPPPP',
    },
    topics: [
      {
        title: 'Plan d’action régional',
        kind: 'DECISION',
        presenter: 'chairCapitale',
        decision: { text: 'Retenir trois priorités pour le plan d’action régional (fictif).', outcome: 'CONSENSUS' },
        tasks: [{ title: 'Mettre en forme le plan d’action régional', assignee: 'secretaryCapitale', dueInDays: 14, end: { done: 10 } }],
      },
      {
        title: 'Repérage dans les centres commerciaux',
        kind: 'DISCUSSION',
        presenter: 'chairCapitale',
        tasks: [{ title: 'Rencontrer la sécurité des centres commerciaux (fictifs)', organization: 'policeQc', dueInDays: 30, end: { done: 28 } }],
      },
      { title: 'Ressources d’aide de la région', kind: 'INFORMATION', presenter: 'secretaryCapitale' },
      {
        title: 'Entente de collaboration entre la police et le milieu communautaire',
        kind: 'DECISION',
        presenter: 'secretaryCapitale',
        decision: { text: 'Adopter l’entente de collaboration entre la police et le milieu communautaire (fictive) ?', vote: true },
        tasks: [{ title: 'Faire signer l’entente par les deux directions', assignee: 'chairCapitale', dueInDays: 21, end: { done: 33 } }],
      },
      {
        title: 'Bilan des formations du printemps',
        kind: 'DISCUSSION',
        presenter: 'secretaryCapitale',
        tasks: [{ title: 'Évaluer les formations données au printemps', organization: 'escale', dueInDays: 30, end: { cancelled: 15 } }],
      },
      { title: 'Consultation des intervenants de première ligne', kind: 'INFORMATION', presenter: 'chairCapitale' },
      {
        title: 'Outil commun de repérage',
        kind: 'DECISION',
        presenter: 'chairCapitale',
        decision: { text: 'Utiliser l’outil commun de repérage dans les deux organisations (fictif) ?', vote: true },
        tasks: [{ title: 'Former les équipes à l’outil commun de repérage', organization: 'escale', dueInDays: 45, end: { done: 38 } }],
      },
      {
        title: 'Portrait régional semestriel',
        kind: 'DISCUSSION',
        presenter: 'secretaryCapitale',
        tasks: [{ title: 'Préparer le portrait régional semestriel', assignee: 'secretaryCapitale', dueInDays: 30, end: { open: 'IN_PROGRESS' } }],
      },
      {
        title: 'Outils de sensibilisation pour toute la province',
        kind: 'DECISION',
        presenter: 'secretaryCapitale',
        decision: { text: 'Demander à la table provinciale des outils de sensibilisation communs (fictif).', outcome: 'ADOPTED' },
      },
      {
        title: 'Calendrier des rencontres de l’automne',
        kind: 'INFORMATION',
        presenter: 'chairCapitale',
        tasks: [{ title: 'Réserver la salle du centre communautaire (fictif)', assignee: 'chairCapitale', dueInDays: 14, end: { done: 3 } }],
      },
    ],
  },
  {
    table: 'outaouais',
    title: 'Réunion régulière de la table de l’Outaouais (fictive)',
    hour: 9,
    hours: 2,
    location: 'Hôtel de ville fictif de Val-des-Outardes',
    onlineUrl: 'https://visio.exemple.test/table-outaouais',
    chair: 'chairOutaouais',
    meetings: [
      { daysAgo: 327 },
      { daysAgo: 297 },
      { daysAgo: 267 },
      { daysAgo: 237 },
      { daysAgo: 207 },
      { daysAgo: 177, cancelled: 'Annulée : la salle de l’hôtel de ville (fictif) n’était pas disponible.' },
      { daysAgo: 147 },
      { daysAgo: 117 },
      { daysAgo: 87 },
      { daysAgo: 57 },
      { daysAgo: 27 },
    ],
    attendance: {
      chairOutaouais: 'PPPPPPPPPP',
      secretaryOutaouais: 'PPEPPPPEPP',
      memberVille: 'PAPPAEPPAP',
    },
    topics: [
      {
        title: 'Règles de fonctionnement de la table',
        kind: 'DECISION',
        presenter: 'chairOutaouais',
        decision: { text: 'Adopter les règles de fonctionnement de la table (fictives).', outcome: 'CONSENSUS' },
        tasks: [{ title: 'Rédiger les règles de fonctionnement', assignee: 'secretaryOutaouais', dueInDays: 21, end: { done: 14 } }],
      },
      {
        title: 'Services de part et d’autre de la rivière',
        kind: 'DISCUSSION',
        presenter: 'chairOutaouais',
        tasks: [{ title: 'Dresser la liste des services ontariens partenaires (fictifs)', organization: 'justice', dueInDays: 30, end: { done: 45 } }],
      },
      {
        title: 'Accompagnement des victimes au tribunal',
        kind: 'DISCUSSION',
        presenter: 'secretaryOutaouais',
        tasks: [{ title: 'Préparer un guide d’accompagnement au tribunal', organization: 'victimes', dueInDays: 45, end: { done: 40 } }],
      },
      {
        title: 'Prévention dans les parcs municipaux',
        kind: 'DECISION',
        presenter: 'memberVille',
        decision: { text: 'Installer des affiches de prévention dans les parcs municipaux (fictif) ?', vote: true },
        tasks: [{ title: 'Commander les affiches de prévention', assignee: 'memberVille', dueInDays: 21, end: { done: 12 } }],
      },
      { title: 'Délais de réponse aux demandes d’accompagnement', kind: 'DISCUSSION', presenter: 'secretaryOutaouais' },
      {
        title: 'Budget municipal de prévention',
        kind: 'DECISION',
        presenter: 'memberVille',
        decision: { text: 'Reporter la décision sur le budget de prévention après l’adoption du budget municipal (fictif).', outcome: 'DEFERRED' },
      },
      {
        title: 'Budget municipal de prévention (suite)',
        kind: 'DECISION',
        presenter: 'memberVille',
        decision: { text: 'Demander au conseil municipal un budget de prévention pour l’an prochain (fictif) ?', vote: true },
        tasks: [{ title: 'Déposer la demande de budget au conseil municipal (fictif)', assignee: 'memberVille', dueInDays: 30, end: { open: 'OPEN' } }],
      },
      {
        title: 'Bilan des accompagnements du semestre',
        kind: 'INFORMATION',
        presenter: 'secretaryOutaouais',
        tasks: [{ title: 'Compiler les accompagnements du semestre', organization: 'victimes', dueInDays: 21, end: { done: 19 } }],
      },
      { title: 'Consultation sur les priorités régionales : résultats', kind: 'INFORMATION', presenter: 'chairOutaouais' },
      {
        title: 'Calendrier du comité mensuel',
        kind: 'DECISION',
        presenter: 'chairOutaouais',
        decision: { text: 'Tenir un comité mensuel le deuxième mardi de chaque mois (fictif).', outcome: 'CONSENSUS' },
        tasks: [{ title: 'Envoyer les invitations du comité mensuel', assignee: 'chairOutaouais', dueInDays: 7, end: { done: 5 } }],
      },
    ],
  },
  {
    table: 'quebec',
    title: 'Réunion mensuelle de la table provinciale du Québec (fictive)',
    hour: 13,
    hours: 2,
    location: 'Salle fictive du Secrétariat, Québec',
    onlineUrl: 'https://visio.exemple.test/table-quebec',
    chair: 'chairQuebec',
    meetings: [
      { daysAgo: 328 },
      { daysAgo: 298 },
      { daysAgo: 268 },
      { daysAgo: 238 },
      { daysAgo: 208 },
      { daysAgo: 178 },
      { daysAgo: 148 },
      { daysAgo: 118 },
      { daysAgo: 88 },
      { daysAgo: 58 },
    ],
    // No one sits for the Capitale-des-Neiges police at this table: it never counts as present.
    // The fifth meeting misses quorum (3): the police service sent its regrets.
    attendance: {
      chairQuebec: 'PPPPPPPPPP',
      secretaryQuebec: 'PPPPPPPPPP',
      memberPolice: 'PPPPEPPPPP',
    },
    topics: [
      {
        title: 'Priorités provinciales de l’année',
        kind: 'DECISION',
        presenter: 'chairQuebec',
        decision: { text: 'Adopter les priorités provinciales de l’année (fictives) ?', vote: true },
        tasks: [{ title: 'Diffuser les priorités aux tables régionales', assignee: 'secretaryQuebec', dueInDays: 14, end: { done: 7 } }],
      },
      { title: 'Tour des tables régionales', kind: 'INFORMATION', presenter: 'secretaryQuebec' },
      {
        title: 'Révision du protocole provincial de référencement',
        kind: 'DISCUSSION',
        presenter: 'chairQuebec',
        tasks: [{ title: 'Recueillir les commentaires des régions sur le protocole', assignee: 'chairQuebec', dueInDays: 45, end: { done: 52 } }],
      },
      {
        title: 'Financement des projets régionaux',
        kind: 'DECISION',
        presenter: 'chairQuebec',
        decision: { text: 'Répartir l’enveloppe des projets régionaux entre les trois régions (fictif) ?', vote: true },
        tasks: [{ title: 'Informer les régions de la répartition de l’enveloppe', organization: 'ministere', dueInDays: 14, end: { done: 4 } }],
      },
      {
        title: 'Indicateurs communs de suivi',
        kind: 'DECISION',
        presenter: 'secretaryQuebec',
        decision: { text: 'Reporter l’adoption des indicateurs communs de suivi, faute de quorum (fictif).', outcome: 'DEFERRED' },
      },
      {
        title: 'Indicateurs communs de suivi (suite)',
        kind: 'DECISION',
        presenter: 'secretaryQuebec',
        decision: { text: 'Adopter cinq indicateurs communs de suivi (fictifs) ?', vote: true },
        tasks: [{ title: 'Préparer le gabarit des indicateurs communs', organization: 'dpj', dueInDays: 30, end: { done: 26 } }],
      },
      {
        title: 'Tour des tables régionales',
        kind: 'INFORMATION',
        presenter: 'secretaryQuebec',
        tasks: [{ title: 'Rassembler les rapports d’activité des régions', assignee: 'secretaryQuebec', dueInDays: 30, end: { cancelled: 12 } }],
      },
      {
        title: 'Rapport annuel du réseau',
        kind: 'DISCUSSION',
        presenter: 'chairQuebec',
        tasks: [{ title: 'Rédiger la première version du rapport annuel', assignee: 'chairQuebec', dueInDays: 45, end: { done: 30 } }],
      },
      {
        title: 'Accueil des nouveaux membres des tables',
        kind: 'DECISION',
        presenter: 'memberPolice',
        decision: { text: 'Offrir une séance d’accueil aux nouveaux membres des tables régionales (fictive).', outcome: 'CONSENSUS' },
        tasks: [{ title: 'Planifier la séance d’accueil des nouveaux membres', organization: 'police', dueInDays: 30, end: { open: 'IN_PROGRESS' } }],
      },
      { title: 'Suivi des références reçues des régions', kind: 'INFORMATION', presenter: 'secretaryQuebec' },
    ],
  },
  {
    table: 'national',
    title: 'Réunion trimestrielle de la Table nationale (fictive)',
    hour: 11,
    hours: 2,
    location: null,
    onlineUrl: 'https://visio.exemple.test/table-nationale',
    chair: 'chairNational',
    meetings: [{ daysAgo: 345 }, { daysAgo: 255 }, { daysAgo: 165 }, { daysAgo: 75 }],
    attendance: {
      chairNational: 'PPPP',
      secretaryNational: 'PPPP',
    },
    topics: [
      { title: 'Échanges entre les provinces', kind: 'INFORMATION', presenter: 'chairNational' },
      {
        title: 'Guide national des pratiques',
        kind: 'DECISION',
        presenter: 'chairNational',
        decision: { text: 'Préparer un guide national des pratiques prometteuses (fictif).', outcome: 'CONSENSUS' },
        tasks: [{ title: 'Recueillir les pratiques des provinces', assignee: 'secretaryNational', dueInDays: 60, end: { done: 50 } }],
      },
      {
        title: 'Guide national des pratiques : première version',
        kind: 'DISCUSSION',
        presenter: 'secretaryNational',
        tasks: [{ title: 'Mettre en page le guide national', organization: 'alliance', dueInDays: 45, end: { done: 30 } }],
      },
      { title: 'Demandes des tables provinciales', kind: 'INFORMATION', presenter: 'secretaryNational' },
    ],
  },
];

export interface DemoHistoryReferral {
  from: string;
  to: string;
  /** The sending table's held history meeting (1 = its first) whose topic it comes from, if any. */
  sourceMeeting?: number;
  title: string;
  rationale: string;
  referredBy: string;
  referredDaysAgo: number;
  decided: {
    by: string;
    /** Answered this many days after it was referred. */
    afterDays: number;
    accept: boolean;
    response?: string;
    /** Accepted into the receiving table's first held meeting after the answer, with this decision if any. */
    decision?: { text: string; outcome: EnumValue<DecisionOutcome> };
  };
}

/** Referrals of the past year, each answered, some quickly, some after weeks. */
export const DEMO_HISTORY_REFERRALS: DemoHistoryReferral[] = [
  {
    from: 'montreal',
    to: 'quebec',
    sourceMeeting: 2,
    title: 'Harmoniser les formulaires de consentement entre les régions',
    rationale: 'Chaque organisation utilise son propre formulaire de consentement (fictif). Un modèle provincial simplifierait les échanges.',
    referredBy: 'chairMontreal',
    referredDaysAgo: 310,
    decided: {
      by: 'chairQuebec',
      afterDays: 6,
      accept: true,
      response: 'Inscrit à l’ordre du jour de la prochaine réunion provinciale.',
      decision: { text: 'Confier au secrétariat provincial la préparation d’un formulaire de consentement commun (fictif).', outcome: 'ADOPTED' },
    },
  },
  {
    from: 'montreal',
    to: 'quebec',
    sourceMeeting: 3,
    title: 'Financer les séances de formation commune au repérage',
    rationale: 'La table de Montréal organise deux séances de formation commune et demande un soutien financier provincial (fictif).',
    referredBy: 'chairMontreal',
    referredDaysAgo: 255,
    decided: {
      by: 'secretaryQuebec',
      afterDays: 13,
      accept: false,
      response: 'L’enveloppe de l’année est déjà répartie ; la demande sera revue l’an prochain (fictif).',
    },
  },
  {
    from: 'montreal',
    to: 'quebec',
    sourceMeeting: 6,
    title: 'Étendre l’entente de partage de données agrégées à toute la province',
    rationale: 'L’entente adoptée à Montréal (fictive) pourrait servir de modèle aux autres régions.',
    referredBy: 'secretaryMontreal',
    referredDaysAgo: 170,
    decided: { by: 'chairQuebec', afterDays: 9, accept: true, response: 'Discuté à la prochaine réunion provinciale.' },
  },
  {
    from: 'capitale',
    to: 'quebec',
    title: 'Reconnaître les heures de formation des intervenants communautaires',
    rationale: 'Les intervenants communautaires suivent les formations communes sans que leurs heures soient reconnues (fictif).',
    referredBy: 'chairCapitale',
    referredDaysAgo: 222,
    decided: {
      by: 'chairQuebec',
      afterDays: 20,
      accept: false,
      response: 'La reconnaissance des heures relève des employeurs ; la table provinciale appuiera une démarche commune (fictif).',
    },
  },
  {
    from: 'capitale',
    to: 'quebec',
    sourceMeeting: 9,
    title: 'Fournir des outils de sensibilisation communs à toutes les régions',
    rationale: 'La Capitale-Nationale propose que la table provinciale produise des affiches et des dépliants communs (fictifs).',
    referredBy: 'secretaryCapitale',
    referredDaysAgo: 73,
    decided: { by: 'secretaryQuebec', afterDays: 2, accept: true, response: 'Accepté : inscrit à la prochaine réunion provinciale.' },
  },
  {
    from: 'outaouais',
    to: 'quebec',
    sourceMeeting: 5,
    title: 'Harmoniser les délais de réponse aux demandes d’accompagnement',
    rationale: 'Les délais varient beaucoup d’une région à l’autre (données fictives) ; la table de l’Outaouais propose une cible commune.',
    referredBy: 'chairOutaouais',
    referredDaysAgo: 195,
    decided: {
      by: 'chairQuebec',
      afterDays: 4,
      accept: true,
      decision: { text: 'Viser une réponse en cinq jours ouvrables à toute demande d’accompagnement (fictif).', outcome: 'CONSENSUS' },
    },
  },
  {
    from: 'outaouais',
    to: 'quebec',
    title: 'Ajouter les services municipaux au répertoire provincial',
    rationale: 'Les services municipaux de prévention (fictifs) manquent au répertoire provincial des ressources.',
    referredBy: 'secretaryOutaouais',
    referredDaysAgo: 110,
    decided: { by: 'secretaryQuebec', afterDays: 16, accept: true, response: 'Accepté : à l’ordre du jour de la prochaine réunion.' },
  },
  {
    from: 'quebec',
    to: 'national',
    sourceMeeting: 6,
    title: 'Partager les indicateurs communs de suivi avec les autres provinces',
    rationale: 'Les indicateurs adoptés au Québec (fictifs) pourraient être comparés d’une province à l’autre.',
    referredBy: 'chairQuebec',
    referredDaysAgo: 170,
    decided: { by: 'chairNational', afterDays: 11, accept: true, response: 'Accepted: on the agenda of the next national meeting.' },
  },
  {
    from: 'quebec',
    to: 'national',
    title: 'Financer une ligne d’écoute nationale',
    rationale: 'Plusieurs régions demandent une ligne d’écoute ouverte le soir partout au pays (fictif).',
    referredBy: 'secretaryQuebec',
    referredDaysAgo: 200,
    decided: {
      by: 'secretaryNational',
      afterDays: 7,
      accept: false,
      response: 'Le financement d’une ligne d’écoute dépasse le mandat de la Table nationale ; à présenter aux ministères concernés (fictif).',
    },
  },
];

const YES_PARTLY_NO = ['Oui', 'En partie', 'Non'];
const NEEDS = ['Formation', 'Outils de repérage', 'Soutien clinique', 'Temps de concertation'];

/** Consultations of the past year, closed with their responses; each table consults its own members. */
export const DEMO_HISTORY_CONSULTATIONS: DemoConsultation[] = [
  {
    key: 'premiereLigne',
    table: 'capitale',
    title: 'Consultation des intervenants de première ligne (fictive)',
    description: 'La table de la Capitale-Nationale demande à ses organisations membres ce dont leurs intervenants ont besoin.',
    audience: ['capitale'],
    createdBy: 'chairCapitale',
    createdInDays: -172,
    openedBy: 'chairCapitale',
    openedInDays: -170,
    closesInDays: -156,
    questions: [
      { prompt: 'Vos intervenants connaissent-ils les ressources de la région ?', kind: 'SINGLE_CHOICE', options: YES_PARTLY_NO, required: true },
      { prompt: 'De quoi vos intervenants ont-ils le plus besoin ?', kind: 'MULTIPLE_CHOICE', options: NEEDS, required: true },
      { prompt: 'Commentaires', kind: 'TEXT' },
    ],
    responses: [
      { organization: 'policeQc', by: 'chairCapitale', inDays: -168, answers: ['En partie', [NEEDS[0], NEEDS[1]], null] },
      {
        organization: 'escale',
        by: 'secretaryCapitale',
        inDays: -160,
        answers: ['Oui', [NEEDS[2], NEEDS[3]], 'Les équipes de soir sont difficiles à joindre pour les formations.'],
      },
    ],
  },
  {
    key: 'prioritesOutaouais',
    table: 'outaouais',
    title: 'Consultation sur les priorités régionales de l’année (fictive)',
    description: 'Avant de fixer ses priorités, la table de l’Outaouais consulte ses organisations membres.',
    audience: ['outaouais'],
    createdBy: 'secretaryOutaouais',
    createdInDays: -130,
    openedBy: 'chairOutaouais',
    openedInDays: -128,
    closesInDays: -114,
    questions: [
      {
        prompt: 'Quelle priorité la table devrait-elle retenir ?',
        kind: 'SINGLE_CHOICE',
        options: ['Prévention', 'Accompagnement', 'Liaison avec l’Ontario'],
        required: true,
      },
      { prompt: 'La table répond-elle aux besoins de votre organisation ? (1 : pas du tout, 5 : tout à fait)', kind: 'SCALE', required: true },
    ],
    responses: [
      { organization: 'justice', by: 'chairOutaouais', inDays: -125, answers: ['Liaison avec l’Ontario', 4] },
      { organization: 'victimes', by: 'secretaryOutaouais', inDays: -118, answers: ['Accompagnement', 3] },
    ],
  },
];
