import { useEffect, useId, useRef, useState } from 'react';
import { useCancelVote, useCloseVote, useDescribeError, type MeetingVote } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, Button, ConfirmDialog, ErrorMessage } from '@concertation/web-ui';
import { BallotForm } from './ballot-form';
import { voteRule } from './floor-labels';
import { VoteResults } from './vote-results';

type BallotOrganization = { id: string; name: string };

export interface VoteCardProps {
  vote: MeetingVote;
  /** Whose ballot the viewer may cast (Meeting.viewerBallotOrganizations). */
  ballotOrganizations: readonly BallotOrganization[];
  /** The viewer's own organization: the others they vote for, they vote for by proxy. */
  ownOrganizationId: string | null;
  canManage: boolean;
  announce: (text: string) => void;
  /** Just opened by this viewer: focus lands on its question, where the form was. */
  focusOnMount?: boolean;
}

/** Who has voted while the vote is open — never how: each eligible organization, voted or not yet. */
function Turnout({ vote }: { vote: MeetingVote }) {
  const { t, tp, language } = useI18n();
  const id = useId();
  const voted = new Set(vote.votedOrganizations.map((organization) => organization.id));
  const eligible = [...vote.eligibleOrganizations].sort((a, b) => a.name.localeCompare(b.name, language));
  const { count, total } = turnoutOf(vote);
  return (
    <div className="vote-turnout">
      <h4 id={`${id}-title`} className="vote-turnout__title">
        {t('votes.turnout.title')}
      </h4>
      <p className="vote-turnout__count">{tp('votes.turnout.count', count, { total })}</p>
      <div className="vote-turnout__bar" aria-hidden="true">
        <span style={{ width: `${total ? Math.round((count / total) * 100) : 0}%` }} />
      </div>
      <ul className="vote-turnout__list" aria-labelledby={`${id}-title`}>
        {eligible.map((organization) => (
          <li key={organization.id}>
            <span>{organization.name}</span>{' '}
            <Badge tone={voted.has(organization.id) ? 'success' : 'neutral'}>
              {t(voted.has(organization.id) ? 'votes.turnout.voted' : 'votes.turnout.notVoted')}
            </Badge>
          </li>
        ))}
      </ul>
      <p className="form__note">{t('votes.turnout.hint')}</p>
    </div>
  );
}

/**
 * One vote: its question, item and rule in words; while open, the turnout, a ballot form for each
 * organization the viewer may vote for, and the officers' « close » and « cancel » (each asked
 * first); once closed, its result.
 */
export function VoteCard({ vote, ballotOrganizations, ownOrganizationId, canManage, announce, focusOnMount = false }: VoteCardProps) {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const [close, closing] = useCloseVote();
  const [cancel, cancelling] = useCancelVote();
  const [asking, setAsking] = useState<'close' | 'cancel' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = vote.status === 'OPEN';
  const eligible = new Set(vote.eligibleOrganizations.map((organization) => organization.id));
  const mine = open ? ballotOrganizations.filter((organization) => eligible.has(organization.id)) : [];

  const confirm = async () => {
    const action = asking;
    setError(null);
    try {
      // The room's live region says the vote closed, for the officer too (VotesPanel).
      if (action === 'close') await close(vote.id);
      else if (action === 'cancel') await cancel(vote.id);
      // The buttons are gone with the open vote: focus goes to its question, above the result.
      heading.current?.focus();
    } catch (caught) {
      setError(describe(caught, { FORBIDDEN: t('votes.errors.closeForbidden'), NOT_FOUND: t('votes.errors.notFound') }));
    } finally {
      setAsking(null);
    }
  };

  return (
    <article className="vote-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="vote-card__question">
        {vote.question}
      </h3>
      <p className="badges">
        <Badge tone={open ? 'info' : vote.status === 'CLOSED' ? 'neutral' : 'warning'}>{t(`votes.status.${vote.status}` as const)}</Badge>
        {vote.secret && <Badge>{t('votes.secret')}</Badge>}
      </p>
      <div className="muted vote-card__meta">
        <p>{t('votes.onItem', { title: vote.agendaItem.title })}</p>
        <p>{voteRule(vote, t)}</p>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {open && (
        <>
          <Turnout vote={vote} />
          {mine.map((organization) => (
            <BallotForm key={organization.id} vote={vote} organization={organization} byProxy={organization.id !== ownOrganizationId} announce={announce} />
          ))}
          {canManage && (
            <div className="button-row">
              <Button onClick={() => setAsking('close')} busy={closing.loading}>
                {t('votes.close.action')}
              </Button>
              <Button variant="secondary" onClick={() => setAsking('cancel')} busy={cancelling.loading}>
                {t('votes.cancel.action')}
              </Button>
            </div>
          )}
        </>
      )}
      {vote.status === 'CLOSED' && <VoteResults vote={vote} />}
      {vote.status === 'CANCELLED' && <p className="muted">{t('votes.result.cancelled')}</p>}
      <ConfirmDialog
        open={asking !== null}
        title={t(asking === 'cancel' ? 'votes.cancel.title' : 'votes.close.title')}
        confirmLabel={t(asking === 'cancel' ? 'votes.cancel.action' : 'votes.close.action')}
        cancelLabel={t(asking === 'cancel' ? 'votes.cancel.keep' : 'common.cancel')}
        tone={asking === 'cancel' ? 'danger' : 'primary'}
        busy={closing.loading || cancelling.loading}
        onCancel={() => setAsking(null)}
        onConfirm={() => void confirm()}
      >
        <p>
          <strong>{vote.question}</strong>
        </p>
        <p>{t(asking === 'cancel' ? 'votes.cancel.question' : 'votes.close.question')}</p>
        {asking === 'close' && <p>{tp('votes.turnout.count', turnoutOf(vote).count, { total: turnoutOf(vote).total })}</p>}
      </ConfirmDialog>
    </article>
  );
}

/** How many of the eligible organizations have voted, of how many. */
function turnoutOf(vote: MeetingVote): { count: number; total: number } {
  const voted = new Set(vote.votedOrganizations.map((organization) => organization.id));
  return { count: vote.eligibleOrganizations.filter((organization) => voted.has(organization.id)).length, total: vote.eligibleOrganizations.length };
}
