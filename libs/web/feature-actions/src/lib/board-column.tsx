import { useId } from 'react';
import { Link } from 'react-router';
import type { ActionItemStatus, ActionItemSummary, Viewer } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ActionDueBadge } from './action-badges';
import { formatDueOn } from './due';
import { isOwner } from './owner';
import { StatusChangeForm } from './status-change-form';
import { useOwnerLabel } from './use-owner-label';

export interface BoardColumnProps {
  status: ActionItemStatus;
  items: readonly ActionItemSummary[];
  me: Viewer | null;
  isOfficer: boolean;
  onConflict: () => Promise<unknown>;
  onChanged: (item: ActionItemSummary) => void;
}

/** One status of the board: a heading, how many, and a card per item. */
export function BoardColumn({ status, items, me, isOfficer, onConflict, onChanged }: BoardColumnProps) {
  const { t, tp, language } = useI18n();
  const owner = useOwnerLabel();
  const headingId = useId();
  return (
    <section className={`board__column board__column--${status.toLowerCase()}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="board__title">
        {t(`actions.status.${status}` as const)}
      </h2>
      <p className="board__count muted">{tp('actions.board.count', items.length)}</p>
      {items.length === 0 ? (
        <p className="muted">{t('actions.board.empty')}</p>
      ) : (
        <ul className="card-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id} className="card board__card">
              <h3 className="card__title">
                <Link to={paths.actionItem(item.id)}>{item.title}</Link>
              </h3>
              <p className="card__meta">{owner(item)}</p>
              <p className="card__meta">
                {item.dueOn ? (
                  <time dateTime={item.dueOn}>{t('actions.due.on', { date: formatDueOn(item.dueOn, language) })}</time>
                ) : (
                  <span className="muted">{t('actions.due.none')}</span>
                )}
              </p>
              <p className="badges">
                <ActionDueBadge item={item} />
              </p>
              {(isOfficer || isOwner(item, me)) && <StatusChangeForm item={item} onConflict={onConflict} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
