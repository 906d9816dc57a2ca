/** The words of the CSV and PDF reports, French first. */
export type ReportLocale = 'FR' | 'EN';

export const REPORT_LABELS = {
  FR: {
    title: "Bilan d'activité",
    networkTitle: "Bilan d'activité du réseau",
    period: (from: string, to: string) => `Du ${from} au ${to}`,
    generated: (on: string) => `Produit le ${on} par Concertation`,
    countsOnly: 'Ce bilan ne contient que des nombres : aucun titre, texte ni nom de personne.',
    figures: 'Chiffres clés',
    monthly: 'Activité par mois',
    attendanceByOrganization: 'Présence par organisation',
    noHeldMeeting: 'Aucune réunion tenue pendant la période.',
    noMember: 'Aucune organisation membre active.',
    none: '—',
    days: (n: number) => `${formatNumber('FR', n)} j`,
    percent: (rate: number) => `${formatNumber('FR', Math.round(rate * 1000) / 10)} %`,
    attendedOf: (attended: number, held: number) => `${attended} sur ${held}`,
    levels: { REGIONAL: 'Régionale', PROVINCIAL: 'Provinciale', NATIONAL: 'Nationale' } as Record<string, string>,
    kinds: { organization: 'Organisation', month: 'Mois', table: 'Table', region: 'Région' },
    fields: {
      kind: 'Type',
      organization: 'Organisation',
      month: 'Mois',
      name: 'Nom',
      level: 'Niveau',
      tables: 'Tables régionales',
      meetingsHeld: 'Réunions tenues',
      meetingsCancelled: 'Réunions annulées',
      quorumMissed: 'Réunions sans quorum',
      attendanceRate: 'Taux de présence',
      meetingsAttended: 'Réunions avec présence',
      decisions: 'Décisions',
      votes: 'Votes tenus',
      actionItemsCreated: 'Actions créées',
      actionItemsCompleted: 'Actions terminées',
      actionItemsOpen: 'Actions ouvertes',
      actionItemsOverdue: 'Actions en retard',
      medianDaysToComplete: 'Délai médian de réalisation (jours)',
      ballotsCast: 'Votes exprimés',
      referralsSent: 'Renvois envoyés',
      referralsReceived: 'Renvois reçus',
      referralsAnswered: 'Renvois répondus',
      medianDaysToAnswerReferral: 'Délai médian de réponse aux renvois (jours)',
      consultationsRun: 'Consultations lancées',
      consultationResponseRate: 'Taux de réponse aux consultations',
      protocolsAdopted: 'Protocoles adoptés',
    },
  },
  EN: {
    title: 'Activity report',
    networkTitle: 'Network activity report',
    period: (from: string, to: string) => `From ${from} to ${to}`,
    generated: (on: string) => `Produced on ${on} by Concertation`,
    countsOnly: 'This report holds numbers only: no title, text or person’s name.',
    figures: 'Key figures',
    monthly: 'Activity by month',
    attendanceByOrganization: 'Attendance by organization',
    noHeldMeeting: 'No meeting was held in the period.',
    noMember: 'No active member organization.',
    none: '—',
    days: (n: number) => `${formatNumber('EN', n)} d`,
    percent: (rate: number) => `${formatNumber('EN', Math.round(rate * 1000) / 10)}%`,
    attendedOf: (attended: number, held: number) => `${attended} of ${held}`,
    levels: { REGIONAL: 'Regional', PROVINCIAL: 'Provincial', NATIONAL: 'National' } as Record<string, string>,
    kinds: { organization: 'Organization', month: 'Month', table: 'Table', region: 'Region' },
    fields: {
      kind: 'Type',
      organization: 'Organization',
      month: 'Month',
      name: 'Name',
      level: 'Level',
      tables: 'Regional tables',
      meetingsHeld: 'Meetings held',
      meetingsCancelled: 'Meetings cancelled',
      quorumMissed: 'Meetings without quorum',
      attendanceRate: 'Attendance rate',
      meetingsAttended: 'Meetings attended',
      decisions: 'Decisions',
      votes: 'Votes held',
      actionItemsCreated: 'Action items created',
      actionItemsCompleted: 'Action items completed',
      actionItemsOpen: 'Action items open',
      actionItemsOverdue: 'Action items overdue',
      medianDaysToComplete: 'Median days to complete',
      ballotsCast: 'Ballots cast',
      referralsSent: 'Referrals sent',
      referralsReceived: 'Referrals received',
      referralsAnswered: 'Referrals answered',
      medianDaysToAnswerReferral: 'Median days to answer a referral',
      consultationsRun: 'Consultations run',
      consultationResponseRate: 'Consultation response rate',
      protocolsAdopted: 'Protocols adopted',
    },
  },
};

export type ReportLabels = (typeof REPORT_LABELS)['FR'];

export function formatNumber(locale: ReportLocale, n: number): string {
  return n.toLocaleString(locale === 'FR' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
}

/** 2027-04-01 as "1er avril 2027" / "April 1, 2027". */
export function longDate(locale: ReportLocale, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  // French writes the first of the month as an ordinal: « 1er avril 2027 ».
  if (locale === 'FR' && d === 1)
    return `1er ${new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('fr-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale === 'FR' ? 'fr-CA' : 'en-CA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** 2027-04 as "avr. 2027" / "Apr 2027". */
export function shortMonth(locale: ReportLocale, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale === 'FR' ? 'fr-CA' : 'en-CA', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
