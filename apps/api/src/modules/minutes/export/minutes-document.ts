import type { EnumValue, AttendanceStatus, DecisionOutcome, ActionItemStatus, MinutesStatus, Locale } from '@concertation/shared-domain';

export type MinutesLocale = EnumValue<Locale>;

export interface DecisionLine {
  text: string;
  outcome: EnumValue<DecisionOutcome>;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
}

/** A closed vote: its question, the count of each option and the result; never who chose what. */
export interface VoteLine {
  question: string;
  secret: boolean;
  counts: Array<{ option: string; count: number }>;
  passed: boolean;
}

/**
 * The minutes of one meeting as ONE reader may see them: built by MinutesDocumentService (which
 * leaves out what the reader may not see), then written as Markdown or PDF by pure functions.
 */
export interface MinutesDocument {
  locale: MinutesLocale;
  tableName: string;
  meetingTitle: string;
  /** Date and hours, formatted in the meeting's time zone. */
  when: string;
  timeZone: string;
  location: string | null;
  status: EnumValue<MinutesStatus>;
  version: number;
  approvedOn: string | null;
  summary: string | null;
  attendance: Array<{ name: string; organization: string | null; status: EnumValue<AttendanceStatus> }>;
  /** Numbered 1..n within what the reader sees. */
  items: Array<{ number: number; title: string; inCamera: boolean; notes: string | null; votes: VoteLine[]; decisions: DecisionLine[] }>;
  /** Decisions taken outside any agenda item. */
  otherDecisions: DecisionLine[];
  actions: Array<{ title: string; owner: string | null; dueOn: string | null; status: EnumValue<ActionItemStatus> }>;
}

interface Labels {
  minutes: string;
  table: string;
  date: string;
  location: string;
  status: string;
  version: string;
  approvedOn: string;
  summary: string;
  attendance: string;
  noAttendance: string;
  agenda: string;
  noAgenda: string;
  inCamera: string;
  decisions: string;
  otherDecisions: string;
  actions: string;
  noActions: string;
  due: string;
  owner: string;
  votes: (d: DecisionLine) => string;
  formalVotes: string;
  secretBallot: string;
  /** The options of a YES_NO_ABSTAIN vote in words; a CHOICE's options are shown as written. */
  yesNoAbstain: Record<string, string>;
  votePassed: Record<'true' | 'false', string>;
  minutesStatus: Record<EnumValue<MinutesStatus>, string>;
  outcome: Record<EnumValue<DecisionOutcome>, string>;
  presence: Record<EnumValue<AttendanceStatus>, string>;
  actionStatus: Record<EnumValue<ActionItemStatus>, string>;
}

export const LABELS: Record<MinutesLocale, Labels> = {
  FR: {
    minutes: 'Procès-verbal',
    table: 'Table',
    date: 'Date',
    location: 'Lieu',
    status: 'Statut',
    version: 'Version',
    approvedOn: 'Adopté le',
    summary: 'Résumé',
    attendance: 'Présences',
    noAttendance: 'Présences non consignées.',
    agenda: 'Ordre du jour',
    noAgenda: 'Aucun point.',
    inCamera: 'huis clos',
    decisions: 'Décisions',
    otherDecisions: 'Autres décisions',
    actions: 'Suivis',
    noActions: 'Aucun suivi.',
    due: 'échéance',
    owner: 'responsable',
    votes: (d) => `pour ${d.votesFor ?? 0}, contre ${d.votesAgainst ?? 0}, abstentions ${d.abstentions ?? 0}`,
    formalVotes: 'Votes',
    secretBallot: 'scrutin secret',
    yesNoAbstain: { YES: 'pour', NO: 'contre', ABSTAIN: 'abstention' },
    votePassed: { true: 'adopté', false: 'rejeté' },
    minutesStatus: { DRAFT: 'brouillon', CIRCULATED: 'diffusé', APPROVED: 'adopté' },
    outcome: { ADOPTED: 'Adoptée', REJECTED: 'Rejetée', CONSENSUS: 'Consensus', DEFERRED: 'Reportée' },
    presence: { PRESENT: 'présent·e', ABSENT: 'absent·e', EXCUSED: 'excusé·e' },
    actionStatus: { OPEN: 'à faire', IN_PROGRESS: 'en cours', BLOCKED: 'bloqué', DONE: 'fait', CANCELLED: 'annulé' },
  },
  EN: {
    minutes: 'Minutes',
    table: 'Table',
    date: 'Date',
    location: 'Location',
    status: 'Status',
    version: 'Version',
    approvedOn: 'Approved on',
    summary: 'Summary',
    attendance: 'Attendance',
    noAttendance: 'Attendance not recorded.',
    agenda: 'Agenda',
    noAgenda: 'No items.',
    inCamera: 'in camera',
    decisions: 'Decisions',
    otherDecisions: 'Other decisions',
    actions: 'Action items',
    noActions: 'No action items.',
    due: 'due',
    owner: 'owner',
    votes: (d) => `for ${d.votesFor ?? 0}, against ${d.votesAgainst ?? 0}, abstentions ${d.abstentions ?? 0}`,
    formalVotes: 'Votes',
    secretBallot: 'secret ballot',
    yesNoAbstain: { YES: 'yes', NO: 'no', ABSTAIN: 'abstain' },
    votePassed: { true: 'passed', false: 'failed' },
    minutesStatus: { DRAFT: 'draft', CIRCULATED: 'circulated', APPROVED: 'approved' },
    outcome: { ADOPTED: 'Adopted', REJECTED: 'Rejected', CONSENSUS: 'Consensus', DEFERRED: 'Deferred' },
    presence: { PRESENT: 'present', ABSENT: 'absent', EXCUSED: 'excused' },
    actionStatus: { OPEN: 'open', IN_PROGRESS: 'in progress', BLOCKED: 'blocked', DONE: 'done', CANCELLED: 'cancelled' },
  },
};

/** "Adopted (for 5, against 1, abstentions 0)"; votes only when some were counted. */
export function decisionLabel(labels: Labels, d: DecisionLine): string {
  const counted = d.votesFor !== null || d.votesAgainst !== null || d.abstentions !== null;
  return counted ? `${labels.outcome[d.outcome]} (${labels.votes(d)})` : labels.outcome[d.outcome];
}

/** "Adopt the budget? (secret ballot) — yes 5, no 1, abstain 0 — passed": counts only, never a ballot. */
export function voteLabel(labels: Labels, v: VoteLine): string {
  const counts = v.counts.map((c) => `${labels.yesNoAbstain[c.option] ?? oneLine(c.option)} ${c.count}`).join(', ');
  return `${oneLine(v.question)}${v.secret ? ` (${labels.secretBallot})` : ''} — ${counts} — ${labels.votePassed[v.passed ? 'true' : 'false']}`;
}

/** One-line fields (titles, names) never break the layout they are put in. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
