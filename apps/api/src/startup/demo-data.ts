/**
 * The fictitious demo data set loaded at start when DEMO_DATA is on and the database has no
 * organization yet (see demo-data.seeder.ts). Every name says it is fictitious, every e-mail is
 * at exemple.test (a reserved domain), and every account shares this password.
 */
export const DEMO_PASSWORD = 'demo-concertation-2026';

/** The Montréal table's chair, who has a membership request to decide. */
export const DEMO_MONTREAL_CHAIR_EMAIL = 'presidence.montreal@exemple.test';
/** A confirmed user of the school service whose request to join the Montréal table is pending: once accepted, they sit there as a MEMBER. */
export const DEMO_REQUESTER_EMAIL = 'demande.ecole@exemple.test';

/** Printed at start by main.ts: who to sign in as to see each role. */
export const DEMO_SIGN_INS: ReadonlyArray<{ email: string; role: string }> = [
  { email: 'coordination@exemple.test', role: 'coordinator — platform (fictive)' },
  { email: 'presidence.nationale@exemple.test', role: 'chair — Table nationale (fictive)' },
  { email: 'presidence.quebec@exemple.test', role: 'chair — Table provinciale du Québec (fictive)' },
  { email: DEMO_MONTREAL_CHAIR_EMAIL, role: 'chair — Table régionale de Montréal (fictive)' },
  { email: 'secretariat.montreal@exemple.test', role: 'secretary — Table régionale de Montréal (fictive)' },
  { email: 'presidence.capitale@exemple.test', role: 'chair — Table régionale de la Capitale-Nationale (fictive)' },
  { email: 'presidence.outaouais@exemple.test', role: 'chair — Table régionale de l’Outaouais (fictive)' },
  { email: 'membre.police@exemple.test', role: 'member — Montréal and Québec tables (fictive)' },
  { email: 'observation.montreal@exemple.test', role: 'observer — Table régionale de Montréal (fictive)' },
  { email: 'intervention.sante@exemple.test', role: 'substitute — sent by the CISSS to the next Montréal meeting only (fictive)' },
  { email: 'releve.police@exemple.test', role: 'colleague of the police service, at no table — one the police may send (fictive)' },
  { email: DEMO_REQUESTER_EMAIL, role: 'requester — pending membership request at the Table régionale de Montréal (fictive)' },
  { email: 'affiliation.attente@exemple.test', role: 'no confirmed organization yet — affiliation waiting for a coordinator' },
];
