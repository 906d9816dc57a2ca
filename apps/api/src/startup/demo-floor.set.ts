/**
 * The floor of the demo meeting under way (demo-meetings.set.ts, `montrealNow`): its current item,
 * a vote already closed on the item before it, and the speakers' list of the current item. Keys
 * name the meeting's items and the people and organizations of demo-data.set.ts; times are
 * minutes before the data is loaded. Every text is fictitious.
 */
import type { EnumValue, SpeakerStatus, VoteMethod, VoteThreshold } from '@concertation/shared-domain';

export interface DemoSpeaker {
  user: string;
  status: EnumValue<SpeakerStatus>;
  requestedMinutesAgo: number;
  startedMinutesAgo?: number;
  endedMinutesAgo?: number;
}

export const DEMO_FLOOR = {
  meeting: 'montrealNow',
  /** The item under discussion, current for this many minutes. */
  currentItem: 'nowTransit',
  currentForMinutes: 12,
  /** Closed as closeVote leaves it: results, passed, and its decision recorded on the item. */
  vote: {
    item: 'nowShelterPlan',
    question: 'Adopter le plan régional d’hébergement d’urgence pour les jeunes (fictif) ?',
    method: 'YES_NO_ABSTAIN' as EnumValue<VoteMethod>,
    threshold: 'SIMPLE_MAJORITY' as EnumValue<VoteThreshold>,
    secret: false,
    openedBy: 'chairMontreal',
    openedMinutesAgo: 22,
    closedMinutesAgo: 15,
    /** [organization, the person who cast its ballot (sitting for it), choice]. */
    ballots: [
      ['police', 'memberPolice', 'YES'],
      ['dpj', 'chairMontreal', 'YES'],
      ['sante', 'secretaryMontreal', 'ABSTAIN'],
      ['phare', 'memberPhare', 'NO'],
    ] as Array<[organization: string, by: string, choice: string]>,
  },
  /**
   * The current item's list: the community house spoke first, the police speaks now; the health
   * service waits and is called before the community house's second turn (speakingOrder).
   */
  speakers: [
    { user: 'memberPhare', status: 'DONE', requestedMinutesAgo: 11, startedMinutesAgo: 10, endedMinutesAgo: 7 },
    { user: 'memberPolice', status: 'SPEAKING', requestedMinutesAgo: 9, startedMinutesAgo: 7 },
    { user: 'memberPhare', status: 'WAITING', requestedMinutesAgo: 6 },
    { user: 'secretaryMontreal', status: 'WAITING', requestedMinutesAgo: 4 },
  ] as DemoSpeaker[],
};
