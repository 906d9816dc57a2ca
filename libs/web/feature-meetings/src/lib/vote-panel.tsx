import { useEffect, useRef, useState } from 'react';
import type { MeetingFloor, MeetingVote } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, EmptyState } from '@concertation/web-ui';
import { useAnnouncer } from './announcer';
import { resultSentence } from './floor-labels';
import { OpenVoteForm } from './open-vote-form';
import type { MeetingDetails } from './types';
import { VoteCard } from './vote-card';

export interface VotesPanelProps {
  meeting: MeetingDetails;
  floor: MeetingFloor;
  isOfficer: boolean;
  /** The viewer's own organization, to tell their own ballot from the one they cast by proxy. */
  ownOrganizationId: string | null;
}

/**
 * The meeting's formal votes, the latest first. Whoever is in the room hears a vote open and close
 * (whoever did it, through the live events), and their own ballot recorded, in a polite live region.
 */
export function VotesPanel({ meeting, floor, isOfficer, ownOrganizationId }: VotesPanelProps) {
  const { t } = useI18n();
  const { announce, region } = useAnnouncer();
  const [opening, setOpening] = useState(false);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const closedForm = useRef(false);
  const inProgress = meeting.status === 'IN_PROGRESS';
  const votes = floor.votes;
  useVoteAnnouncements(votes, announce);
  // Leaving the form without opening a vote brings focus back to the button that opened it.
  useEffect(() => {
    if (!opening && closedForm.current) toggle.current?.focus();
    closedForm.current = false;
  }, [opening]);

  // The latest first, each in one place whatever becomes of it: a vote that closes stays where it is read.
  const latestFirst = [...votes].reverse();
  const someOpen = votes.some((vote) => vote.status === 'OPEN');
  const card = (vote: MeetingVote) => (
    <li key={vote.id}>
      <VoteCard
        vote={vote}
        ballotOrganizations={floor.viewerBallotOrganizations}
        ownOrganizationId={ownOrganizationId}
        canManage={isOfficer && inProgress}
        announce={announce}
        focusOnMount={vote.id === openedId}
      />
    </li>
  );

  return (
    <div className="votes">
      {region}
      {isOfficer && inProgress && !opening && (
        <div className="button-row">
          <Button ref={toggle} variant="secondary" onClick={() => setOpening(true)}>
            {t('votes.open.toggle')}
          </Button>
        </div>
      )}
      {isOfficer && inProgress && opening && (
        <OpenVoteForm
          meeting={meeting}
          onCancel={() => {
            closedForm.current = true;
            setOpening(false);
          }}
          onOpened={(vote) => {
            setOpenedId(vote.id);
            setOpening(false);
          }}
        />
      )}
      {votes.length === 0 && <EmptyState title={t('votes.none')} />}
      {inProgress && someOpen && floor.viewerBallotOrganizations.length === 0 && <p className="form__note">{t('votes.ballot.nobody')}</p>}
      {votes.length > 0 && <ul className="votes__list">{latestFirst.map(card)}</ul>}
    </div>
  );
}

/**
 * Says « Vote ouvert » and « Vote clos » as votes change, whoever changed them; what was already
 * there when the room opened is not announced.
 */
function useVoteAnnouncements(votes: readonly MeetingVote[], announce: (text: string) => void) {
  const { t } = useI18n();
  const known = useRef<Map<string, MeetingVote['status']> | null>(null);
  useEffect(() => {
    const before = known.current;
    known.current = new Map(votes.map((vote) => [vote.id, vote.status]));
    if (!before) return;
    for (const vote of votes) {
      const was = before.get(vote.id);
      if (was === vote.status) continue;
      if (vote.status === 'OPEN' && was === undefined) announce(t('votes.announce.opened', { question: vote.question }));
      if (vote.status === 'CLOSED') announce(t('votes.announce.closed', { question: vote.question, result: resultSentence(vote, t) }));
      if (vote.status === 'CANCELLED') announce(t('votes.announce.cancelled', { question: vote.question }));
    }
  }, [votes, announce, t]);
}
