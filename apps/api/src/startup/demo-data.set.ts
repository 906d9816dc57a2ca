/**
 * The content of the demo data set: fictitious organizations, tables, people and seats, named
 * by keys that the loader turns into ids. Nothing here describes a real body or person.
 */
import type { EnumValue, Locale, Sector, TableLevel, TableRole } from '@concertation/shared-domain';
import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_REQUESTER_EMAIL } from './demo-data';

export interface DemoOrganization {
  key: string;
  name: string;
  acronym: string | null;
  sector: EnumValue<Sector>;
  region: string;
  website: string | null;
}
export interface DemoTable {
  key: string;
  name: string;
  level: EnumValue<TableLevel>;
  parent: string | null;
  regions: string[];
  quorum: number | null;
  mandate: string;
}
export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  organization: string | null;
  pendingOrganization?: string;
  coordinator?: boolean;
  locale?: EnumValue<Locale>;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'police',
    name: 'Corps de police régional des Deux-Rives (fictif)',
    acronym: 'CPRDR',
    sector: 'POLICE',
    region: 'QC-06',
    website: 'https://police-deux-rives.exemple.test',
  },
  {
    key: 'dpj',
    name: 'Direction de la protection de la jeunesse de l’Île (fictif)',
    acronym: 'DPJI',
    sector: 'YOUTH_PROTECTION',
    region: 'QC-06',
    website: null,
  },
  {
    key: 'sante',
    name: 'Centre intégré de santé et de services sociaux du Plateau-Est (fictif)',
    acronym: 'CISSS-PE',
    sector: 'HEALTH_AND_SOCIAL_SERVICES',
    region: 'QC-06',
    website: 'https://cisss-plateau-est.exemple.test',
  },
  { key: 'phare', name: 'Maison d’hébergement Le Phare (fictif)', acronym: null, sector: 'COMMUNITY', region: 'QC-06', website: null },
  {
    key: 'ecole',
    name: 'Centre de services scolaire des Érables (fictif)',
    acronym: 'CSSE',
    sector: 'EDUCATION',
    region: 'QC-06',
    website: 'https://css-erables.exemple.test',
  },
  { key: 'policeQc', name: 'Service de police de la Capitale-des-Neiges (fictif)', acronym: 'SPCN', sector: 'POLICE', region: 'QC-03', website: null },
  { key: 'escale', name: 'Regroupement communautaire L’Escale (fictif)', acronym: null, sector: 'COMMUNITY', region: 'QC-03', website: null },
  { key: 'justice', name: 'Bureau des poursuites de l’Outaouais (fictif)', acronym: 'BPO', sector: 'JUSTICE', region: 'QC-07', website: null },
  {
    key: 'ville',
    name: 'Municipalité de Val-des-Outardes (fictif)',
    acronym: null,
    sector: 'MUNICIPAL',
    region: 'QC-07',
    website: 'https://val-des-outardes.exemple.test',
  },
  { key: 'victimes', name: 'Centre d’aide aux victimes Boréal (fictif)', acronym: 'CAVB', sector: 'COMMUNITY', region: 'QC-07', website: null },
  { key: 'ministere', name: 'Secrétariat à la sécurité des jeunes (fictif)', acronym: 'SSJ', sector: 'GOVERNMENT', region: 'CA-QC', website: null },
  {
    key: 'alliance',
    name: 'Alliance pancanadienne pour l’enfance (fictif)',
    acronym: 'APE',
    sector: 'OTHER',
    region: 'CA-ON',
    website: 'https://alliance-enfance.exemple.test',
  },
];

/**
 * How many days before the loading day the network was set up: its tables created, their members
 * admitted, their people seated, in the days that follow (demo-data.loader.ts). Before the year of
 * history of demo-history.set.ts.
 */
export const DEMO_SETUP_DAYS_AGO = 400;

const MANDATE = 'Table fictive de démonstration. ';

export const DEMO_TABLES: DemoTable[] = [
  {
    key: 'national',
    name: 'Table nationale de concertation (fictive)',
    level: 'NATIONAL',
    parent: null,
    regions: ['CA-QC', 'CA-ON', 'CA-NB'],
    quorum: null,
    mandate: `${MANDATE}Partager les pratiques entre provinces pour prévenir l’exploitation sexuelle des mineurs.`,
  },
  {
    key: 'quebec',
    name: 'Table provinciale du Québec (fictive)',
    level: 'PROVINCIAL',
    parent: 'national',
    regions: ['CA-QC'],
    quorum: 3,
    mandate: `${MANDATE}Coordonner les tables régionales du Québec et harmoniser les protocoles de collaboration.`,
  },
  {
    key: 'montreal',
    name: 'Table régionale de Montréal (fictive)',
    level: 'REGIONAL',
    parent: 'quebec',
    regions: ['QC-06'],
    quorum: null,
    mandate: `${MANDATE}Concerter police, protection de la jeunesse, santé, éducation et milieu communautaire à Montréal.`,
  },
  {
    key: 'capitale',
    name: 'Table régionale de la Capitale-Nationale (fictive)',
    level: 'REGIONAL',
    parent: 'quebec',
    regions: ['QC-03'],
    quorum: 2,
    mandate: `${MANDATE}Repérer et accompagner les jeunes à risque dans la Capitale-Nationale.`,
  },
  {
    key: 'outaouais',
    name: 'Table régionale de l’Outaouais (fictive)',
    level: 'REGIONAL',
    parent: 'quebec',
    regions: ['QC-07'],
    quorum: null,
    mandate: `${MANDATE}Relier les services de part et d’autre de la rivière des Outaouais.`,
  },
];

/** ACTIVE memberships: table key → organization keys. */
export const DEMO_MEMBERSHIPS: Record<string, string[]> = {
  national: ['alliance', 'ministere'],
  quebec: ['ministere', 'dpj', 'police', 'policeQc'],
  montreal: ['police', 'dpj', 'sante', 'phare'],
  capitale: ['policeQc', 'escale'],
  outaouais: ['justice', 'ville', 'victimes'],
};

export const DEMO_USERS: DemoUser[] = [
  { key: 'coordinator', email: 'coordination@exemple.test', displayName: 'Camille Coordination (fictive)', organization: null, coordinator: true },
  { key: 'chairNational', email: 'presidence.nationale@exemple.test', displayName: 'Jordan Nationale (fictif)', organization: 'alliance', locale: 'EN' },
  { key: 'secretaryNational', email: 'secretariat.national@exemple.test', displayName: 'Alexis Secrétariat (fictif)', organization: 'ministere' },
  { key: 'chairQuebec', email: 'presidence.quebec@exemple.test', displayName: 'Dominique Provinciale (fictive)', organization: 'ministere' },
  { key: 'secretaryQuebec', email: 'secretariat.quebec@exemple.test', displayName: 'Sacha Greffe (fictif)', organization: 'dpj' },
  { key: 'chairMontreal', email: DEMO_MONTREAL_CHAIR_EMAIL, displayName: 'Claude Présidence (fictive)', organization: 'dpj' },
  { key: 'secretaryMontreal', email: 'secretariat.montreal@exemple.test', displayName: 'Maxime Procès-Verbal (fictif)', organization: 'sante' },
  { key: 'chairCapitale', email: 'presidence.capitale@exemple.test', displayName: 'Frédérique Capitale (fictive)', organization: 'policeQc' },
  { key: 'secretaryCapitale', email: 'secretariat.capitale@exemple.test', displayName: 'Noa Escale (fictif)', organization: 'escale' },
  { key: 'chairOutaouais', email: 'presidence.outaouais@exemple.test', displayName: 'Morgan Outaouais (fictif)', organization: 'justice' },
  { key: 'secretaryOutaouais', email: 'secretariat.outaouais@exemple.test', displayName: 'Eden Boréal (fictive)', organization: 'victimes' },
  { key: 'memberPolice', email: 'membre.police@exemple.test', displayName: 'Charlie Patrouille (fictif)', organization: 'police' },
  { key: 'memberPhare', email: 'membre.phare@exemple.test', displayName: 'Lou Hébergement (fictive)', organization: 'phare' },
  { key: 'memberVille', email: 'membre.ville@exemple.test', displayName: 'Ariel Municipal (fictif)', organization: 'ville' },
  { key: 'observer', email: 'observation.montreal@exemple.test', displayName: 'Robin Observation (fictif)', organization: 'sante' },
  // Colleagues who sit at no table: one the health centre sends to the next Montréal meeting
  // (demo-meetings.set.ts), one the police service's delegate may send (the end-to-end flow does).
  { key: 'colleagueSante', email: 'intervention.sante@exemple.test', displayName: 'Jules Intervention (fictif)', organization: 'sante' },
  { key: 'colleaguePolice', email: 'releve.police@exemple.test', displayName: 'Sasha Relève (fictive)', organization: 'police' },
  { key: 'requester', email: DEMO_REQUESTER_EMAIL, displayName: 'Andréa Scolaire (fictive)', organization: 'ecole' },
  { key: 'pending', email: 'affiliation.attente@exemple.test', displayName: 'Kim En-Attente (fictif)', organization: null, pendingOrganization: 'phare' },
];

/** Seats: [table, user, role]; each user sits for their confirmed organization. */
export const DEMO_SEATS: Array<[table: string, user: string, role: EnumValue<TableRole>]> = [
  ['national', 'chairNational', 'CHAIR'],
  ['national', 'secretaryNational', 'SECRETARY'],
  ['quebec', 'chairQuebec', 'CHAIR'],
  ['quebec', 'secretaryQuebec', 'SECRETARY'],
  ['quebec', 'memberPolice', 'MEMBER'],
  ['montreal', 'chairMontreal', 'CHAIR'],
  ['montreal', 'secretaryMontreal', 'SECRETARY'],
  ['montreal', 'memberPolice', 'MEMBER'],
  ['montreal', 'memberPhare', 'MEMBER'],
  ['montreal', 'observer', 'OBSERVER'],
  ['capitale', 'chairCapitale', 'CHAIR'],
  ['capitale', 'secretaryCapitale', 'SECRETARY'],
  ['outaouais', 'chairOutaouais', 'CHAIR'],
  ['outaouais', 'secretaryOutaouais', 'SECRETARY'],
  ['outaouais', 'memberVille', 'MEMBER'],
];

/**
 * Who represents each member organization at a table: [table, organization, delegate, alternates in
 * order]. Each person sits at that table for that organization (DEMO_SEATS).
 */
export const DEMO_REPRESENTATIVES: Array<[table: string, organization: string, delegate: string, alternates: string[]]> = [
  ['montreal', 'police', 'memberPolice', []],
  ['montreal', 'dpj', 'chairMontreal', []],
  ['montreal', 'sante', 'secretaryMontreal', ['observer']],
  ['montreal', 'phare', 'memberPhare', []],
];

/** The request waiting for the Montréal table's officers: its requester is a confirmed user of the school service. */
export const DEMO_PENDING_REQUEST = {
  table: 'montreal',
  organization: 'ecole',
  requester: 'requester',
  message: 'Notre centre de services scolaire (fictif) souhaite se joindre à la table pour les activités de prévention.',
};
