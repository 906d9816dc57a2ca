import { useId, useState, type FormEvent } from 'react';
import { useCastBallot, useDescribeError, type MeetingVote } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, cx } from '@concertation/web-ui';
import { choiceLabel } from './floor-labels';

export interface BallotFormProps {
  vote: MeetingVote;
  organization: { id: string; name: string };
  /** The viewer casts this organization's ballot through the proxy their own organization holds. */
  byProxy: boolean;
  announce: (text: string) => void;
}

/**
 * « Voter pour <organisation> »: the answers as radio buttons, the ballot already recorded for
 * that organization (by the viewer or a colleague), and, once cast, a confirmation on screen and
 * in the room's live region. A ballot may be changed while the vote is open; the last one counts.
 */
export function BallotForm({ vote, organization, byProxy, announce }: BallotFormProps) {
  const { t, formatTime } = useI18n();
  const describe = useDescribeError();
  const id = useId();
  const [cast, { loading }] = useCastBallot();
  const current = vote.ballots.find((ballot) => ballot.organization.id === organization.id) ?? null;
  const [choice, setChoice] = useState<string>(current?.choice ?? '');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const legend = t(byProxy ? 'votes.ballot.forProxy' : 'votes.ballot.for', { organization: organization.name });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!choice) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await cast(vote.id, organization.id, choice);
      announce(t('votes.ballot.recorded', { organization: organization.name, choice: choiceLabel(vote, choice, t) }));
    } catch (caught) {
      setError(
        describe(caught, {
          FORBIDDEN: t('votes.errors.castForbidden'),
          BAD_USER_INPUT: t('votes.errors.castBadInput'),
          NOT_FOUND: t('votes.errors.notFound'),
        }),
      );
    }
  };

  return (
    <form className="ballot" onSubmit={submit} noValidate>
      <fieldset
        className={cx('field', 'ballot__choices', missing && 'field--invalid')}
        data-invalid={missing ? 'true' : undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
      >
        <legend className="field__label">{legend}</legend>
        {vote.options.map((option) => (
          <label key={option} className="checkbox">
            <input type="radio" name={`${id}-choice`} value={option} checked={choice === option} onChange={() => setChoice(option)} />
            <span>{choiceLabel(vote, option, t)}</span>
          </label>
        ))}
        {missing && (
          <p id={`${id}-missing`} className="field__error">
            {t('votes.ballot.choose')}
          </p>
        )}
      </fieldset>
      {current && (
        <div className="ballot__current">
          <p className="ballot__recorded">
            {current.choice === null
              ? t('votes.ballot.currentSecretOther', { organization: organization.name })
              : t('votes.ballot.current', { organization: organization.name, choice: choiceLabel(vote, current.choice, t) })}{' '}
            <span className="muted">{t('votes.ballot.castBy', { name: current.castBy.displayName, time: formatTime(current.castAt) })}</span>
          </p>
          <p className="form__note">{t('votes.ballot.changeHint')}</p>
        </div>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="form__actions">
        {/* Named after its organization: with a proxy, the same screen holds two of these forms. */}
        <Button type="submit" busy={loading} aria-label={current ? t('votes.ballot.changeFor', { organization: organization.name }) : legend}>
          {t(current ? 'votes.ballot.change' : 'votes.ballot.submit')}
        </Button>
      </div>
    </form>
  );
}
