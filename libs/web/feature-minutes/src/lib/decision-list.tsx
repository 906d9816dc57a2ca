import type { ReactNode } from 'react';
import { useI18n, withColon } from '@concertation/web-i18n';
import { anchors } from '@concertation/shared-paths';
import { Markdown, type MarkdownProps } from '@concertation/web-ui';
import { DecisionOutcomeBadge } from './badges';
import type { MinutesDecision } from './types';

/** « Pour 7 · Contre 1 · Abstentions 2 »: only the counts that were recorded. */
export function VoteCounts({ decision }: { decision: MinutesDecision }) {
  const { t, language, formatNumber } = useI18n();
  const parts = [
    decision.votesFor !== null ? t('minutes.decisions.votesFor', { count: formatNumber(decision.votesFor) }) : null,
    decision.votesAgainst !== null ? t('minutes.decisions.votesAgainst', { count: formatNumber(decision.votesAgainst) }) : null,
    decision.abstentions !== null ? t('minutes.decisions.abstentions', { count: formatNumber(decision.abstentions) }) : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return (
    <p className="decision__votes">
      <span className="visually-hidden">{withColon(t('minutes.decisions.votesLabel'), language)}</span>
      {parts.join(' · ')}
    </p>
  );
}

export interface DecisionListProps {
  decisions: readonly MinutesDecision[];
  empty: string;
  /** What an officer may do with a decision (create an action item from it). */
  renderActions?: (decision: MinutesDecision) => ReactNode;
  /** On the minutes page, each decision is a link target (`#decision-<id>`, used by search results). */
  anchored?: boolean;
  /** Headings inside a decision's text sit under the list's own heading. */
  headingLevel?: MarkdownProps['headingLevel'];
}

export function DecisionList({ decisions, empty, renderActions, anchored = false, headingLevel = 5 }: DecisionListProps) {
  if (decisions.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="decision-list">
      {decisions.map((decision) => (
        <li key={decision.id} className="decision" {...(anchored ? { id: anchors.decision(decision.id), tabIndex: -1 } : {})}>
          <p className="badges">
            <DecisionOutcomeBadge outcome={decision.outcome} />
          </p>
          {/* Short, but written in the same Markdown as the notes: a list of conditions, a word in bold. */}
          <Markdown className="decision__text" headingLevel={headingLevel}>
            {decision.text}
          </Markdown>
          <VoteCounts decision={decision} />
          {renderActions?.(decision)}
        </li>
      ))}
    </ul>
  );
}
