/**
 * The demo data set's collaboration protocols: two protocols of the provincial Québec table, each
 * with versions whose texts differ (so that comparing two versions shows something), adopted
 * unevenly by the regional tables: the current version here, an older one there, in progress
 * elsewhere, and nothing in most regions. Keys name the tables and people of demo-data.set.ts;
 * days count from the loading day. Everything is fictitious.
 */
import type { EnumValue, AdoptionStatus, Sector } from '@concertation/shared-domain';

export interface DemoAdoptionStep {
  inDays: number;
  by: string;
  status: EnumValue<AdoptionStatus>;
  /** The version number it names (recordAdoption records the current one when none is given). */
  version: number;
  note?: string;
  /** The table's decision that adopted it (demo-meetings.set.ts keys), tied when there is one. */
  decision?: { meeting: string; item: string };
}

export interface DemoProtocol {
  key: string;
  owner: string;
  title: string;
  summary: string;
  sectors: EnumValue<Sector>[];
  versions: Array<{ inDays: number; by: string; body: string; changeNote?: string }>;
  /** Per table, its changes in order: the last one is its adoption record (one per table). */
  adoptions: Record<string, DemoAdoptionStep[]>;
}

const REFERENCING_V1 = `# Protocole de référencement des victimes mineures (fictif)

## 1. Objet
Ce protocole fictif encadre la référence d’un jeune d’une organisation membre d’une table régionale vers une autre, pour que chaque référence soit reçue, suivie et fermée.

## 2. Organisations visées
- Corps policiers
- Directions de la protection de la jeunesse
- Établissements de santé et de services sociaux
- Organismes communautaires

## 3. Étapes
1. L’organisation qui réfère remplit une fiche de référence.
2. Elle transmet la fiche à l’organisation qui reçoit.
3. L’organisation qui reçoit confirme la réception.
4. Les deux organisations conviennent du suivi.

## 4. Confidentialité
Seuls les renseignements nécessaires au suivi sont transmis, selon les lois applicables.
`;

const REFERENCING_V2 = `# Protocole de référencement des victimes mineures (fictif)

## 1. Objet
Ce protocole fictif encadre la référence d’un jeune d’une organisation membre d’une table régionale vers une autre, pour que chaque référence soit reçue, suivie et fermée.

## 2. Organisations visées
- Corps policiers
- Directions de la protection de la jeunesse
- Établissements de santé et de services sociaux
- Milieu scolaire
- Organismes communautaires

## 3. Étapes
1. L’organisation qui réfère remplit une fiche de référence.
2. Elle transmet la fiche à l’organisation qui reçoit.
3. L’organisation qui reçoit confirme la réception dans un délai de deux jours ouvrables.
4. Les deux organisations conviennent du suivi dans les dix jours ouvrables.

## 4. Confidentialité
Seuls les renseignements nécessaires au suivi sont transmis, selon les lois applicables.

## 5. Révision
La table provinciale révise ce protocole chaque année avec les tables régionales.
`;

const REFERENCING_V3 = `# Protocole de référencement des victimes mineures (fictif)

## 1. Objet
Ce protocole fictif encadre la référence d’un jeune d’une organisation membre d’une table régionale vers une autre, pour que chaque référence soit reçue, suivie et fermée.

## 2. Organisations visées
- Corps policiers
- Directions de la protection de la jeunesse
- Établissements de santé et de services sociaux
- Milieu scolaire
- Organismes communautaires

## 3. Étapes
1. L’organisation qui réfère remplit la fiche commune de référencement (annexe A).
2. Elle transmet la fiche à la personne-ressource désignée par l’organisation qui reçoit ; le secrétariat de la table régionale tient la liste des personnes-ressources à jour.
3. L’organisation qui reçoit confirme la réception dans un délai de deux jours ouvrables, ou d’un jour ouvrable quand la référence est marquée urgente.
4. Les deux organisations conviennent du suivi dans les dix jours ouvrables.

## 4. Confidentialité
Seuls les renseignements nécessaires au suivi sont transmis, selon les lois applicables.

## 5. Révision
La table provinciale révise ce protocole chaque année avec les tables régionales.

## Annexe A — Fiche commune de référencement
Organisation qui réfère, personne-ressource, organisation qui reçoit, motif de la référence, niveau d’urgence, date de transmission.
`;

const EXCHANGE_V1 = `# Protocole d’échange d’information entre corps policiers et DPJ (fictif)

## 1. Objet
Ce protocole fictif précise comment les corps policiers et les directions de la protection de la jeunesse s’échangent l’information nécessaire à la protection d’un jeune.

## 2. Principes
- Transmettre seulement l’information nécessaire.
- Consigner chaque échange dans le dossier de chaque organisation.

## 3. Modalités
1. La demande d’information est faite par écrit.
2. L’organisation qui reçoit la demande répond dans les cinq jours ouvrables.
3. En cas d’urgence, la demande peut être faite par téléphone, puis confirmée par écrit.
`;

const EXCHANGE_V2 = `# Protocole d’échange d’information entre corps policiers et DPJ (fictif)

## 1. Objet
Ce protocole fictif précise comment les corps policiers et les directions de la protection de la jeunesse s’échangent l’information nécessaire à la protection d’un jeune.

## 2. Principes
- Transmettre seulement l’information nécessaire.
- Consigner chaque échange dans un registre commun des échanges, tenu par chaque table régionale.

## 3. Modalités
1. Chaque organisation désigne un point de contact unique, dont les coordonnées sont communiquées à la table régionale.
2. La demande d’information est faite par écrit au point de contact.
3. L’organisation qui reçoit la demande répond dans les trois jours ouvrables.
4. En cas d’urgence, la demande peut être faite par téléphone, puis confirmée par écrit le jour même.

## 4. Bilan
Chaque table régionale fait un bilan annuel des échanges avec la table provinciale.
`;

export const DEMO_PROTOCOLS: DemoProtocol[] = [
  {
    key: 'referencement',
    owner: 'quebec',
    title: 'Protocole de référencement des victimes mineures (fictif)',
    summary: 'Comment les organisations membres d’une table régionale se réfèrent un jeune, avec les délais de réponse et la fiche commune.',
    sectors: ['POLICE', 'YOUTH_PROTECTION', 'HEALTH_AND_SOCIAL_SERVICES', 'EDUCATION', 'COMMUNITY'],
    versions: [
      { inDays: -55, by: 'secretaryQuebec', body: REFERENCING_V1 },
      { inDays: -48, by: 'secretaryQuebec', body: REFERENCING_V2, changeNote: 'Ajoute le milieu scolaire, les délais de réponse et la révision annuelle.' },
      {
        inDays: -20,
        by: 'chairQuebec',
        body: REFERENCING_V3,
        changeNote:
          'Intègre la fiche commune de référencement et les personnes-ressources proposées par la table de Montréal, et un délai pour les références urgentes.',
      },
    ],
    adoptions: {
      // ADOPTED an older version (outdated), by the decision of its meeting.
      montreal: [
        {
          inDays: -42,
          by: 'secretaryMontreal',
          status: 'ADOPTED',
          version: 2,
          note: 'Adopté en réunion régulière de la table.',
          decision: { meeting: 'montrealEarlier', item: 'protocole' },
        },
      ],
      // ADOPTED the current version, after a while in progress.
      capitale: [
        { inDays: -30, by: 'chairCapitale', status: 'IN_PROGRESS', version: 2, note: 'Présenté aux partenaires ; adoption prévue à l’automne.' },
        { inDays: -8, by: 'chairCapitale', status: 'ADOPTED', version: 3, note: 'Adopté dans sa version 3 par les partenaires de la région.' },
      ],
      outaouais: [{ inDays: -6, by: 'chairOutaouais', status: 'IN_PROGRESS', version: 3, note: 'Examen par le comité mensuel.' }],
    },
  },
  {
    key: 'echange',
    owner: 'quebec',
    title: 'Protocole d’échange d’information entre corps policiers et DPJ (fictif)',
    summary: 'Les modalités d’échange d’information entre les corps policiers et les directions de la protection de la jeunesse.',
    sectors: ['POLICE', 'YOUTH_PROTECTION', 'JUSTICE'],
    versions: [
      { inDays: -50, by: 'chairQuebec', body: EXCHANGE_V1 },
      {
        inDays: -15,
        by: 'chairQuebec',
        body: EXCHANGE_V2,
        changeNote:
          'Tient compte de la consultation des tables régionales : point de contact unique, registre commun des échanges, délai de réponse raccourci.',
      },
    ],
    adoptions: {
      outaouais: [{ inDays: -30, by: 'chairOutaouais', status: 'ADOPTED', version: 1, note: 'Adopté par les partenaires de la région.' }],
      capitale: [{ inDays: -6, by: 'secretaryCapitale', status: 'IN_PROGRESS', version: 2, note: 'Analyse de la version 2 par les partenaires.' }],
    },
  },
];
