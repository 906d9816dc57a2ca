import type { MeetingVote } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, DataTable } from '@concertation/web-ui';
import { choiceLabel } from './floor-labels';

/**
 * A closed vote's result: adopted or rejected and by which threshold, the count of each answer as
 * bars beside a table of the same numbers (the table is what assistive technology reads; the
 * bars are hidden from it), and how each organization voted unless the vote was secret.
 */
export function VoteResults({ vote }: { vote: MeetingVote }) {
  const { t, formatNumber } = useI18n();
  const results = vote.results ?? vote.options.map((option) => ({ option, count: 0 }));
  const total = results.reduce((sum, row) => sum + row.count, 0);
  const highest = Math.max(1, ...results.map((row) => row.count));
  const rows = results.map((row) => ({ key: row.option, label: choiceLabel(vote, row.option, t), count: row.count }));
  const ballots = [...vote.ballots].sort((a, b) => a.organization.name.localeCompare(b.organization.name));

  return (
    <div className="vote-results">
      <p className="vote-results__outcome">
        <Badge tone={vote.passed ? 'success' : 'danger'}>{t(`votes.result.outcome.${vote.passed ? 'ADOPTED' : 'REJECTED'}` as const)}</Badge>{' '}
        {t(vote.passed ? 'votes.result.met' : 'votes.result.notMet', { threshold: t(`votes.thresholds.${vote.threshold}` as const) })}
        {vote.winningOption !== null && <> {t('votes.result.winning', { option: vote.winningOption })}</>}
      </p>
      <div className="vote-results__figures">
        <ul className="vote-chart" aria-hidden="true">
          {rows.map((row) => (
            <li key={row.key} className="vote-chart__row">
              <span className="vote-chart__label">{row.label}</span>
              <span className="vote-chart__track">
                <span className="vote-chart__bar" style={{ width: `${Math.round((row.count / highest) * 100)}%` }} />
              </span>
              <span className="vote-chart__count">{formatNumber(row.count)}</span>
            </li>
          ))}
        </ul>
        <DataTable
          caption={t('votes.result.caption', { question: vote.question })}
          hideCaption
          rows={[...rows, { key: '', label: t('votes.result.total'), count: total }]}
          rowKey={(row) => row.key || 'total'}
          columns={[
            { key: 'answer', header: t('votes.result.option'), rowHeader: true, render: (row) => row.label },
            { key: 'count', header: t('votes.result.count'), render: (row) => formatNumber(row.count) },
          ]}
        />
      </div>
      <h4 className="vote-results__ballots-title">{t('votes.result.ballots')}</h4>
      {vote.secret && <p className="muted">{t('votes.result.secretBallots')}</p>}
      {ballots.length === 0 ? (
        <p className="muted">{t('votes.result.noBallot')}</p>
      ) : (
        <ul className="vote-results__ballots">
          {ballots.map((ballot) => (
            <li key={ballot.organization.id}>
              {ballot.choice === null
                ? t('votes.result.voted', { organization: ballot.organization.name })
                : t('votes.result.choiceOf', { organization: ballot.organization.name, choice: choiceLabel(vote, ballot.choice, t) })}
              {ballot.byProxy && <span className="muted"> ({t('votes.result.byProxy')})</span>}
            </li>
          ))}
        </ul>
      )}
      {vote.decision && <p className="muted">{t('votes.result.inMinutes')}</p>}
    </div>
  );
}
