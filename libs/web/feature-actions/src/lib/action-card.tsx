import { Link } from 'react-router';
import type { ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ActionDueBadge, ActionStatusBadge } from './action-badges';
import { ActionResponsible } from './action-responsible';
import { formatDueOn } from './due';

export interface ActionCardContentProps {
  item: ActionItemSummary;
  /** Across tables (« Mes actions »): which table, and the status (the board's column says it there). */
  showTable?: boolean;
}

/** A card's words: the title (a link), who answers for it, the due date with its urgency, and where it belongs. */
export function ActionCardContent({ item, showTable = false }: ActionCardContentProps) {
  const { t, language } = useI18n();
  return (
    <>
      <h3 className="card__title action-card__title">
        <Link to={paths.actionItem(item.id)}>{item.title}</Link>
      </h3>
      <p className="card__meta">
        <ActionResponsible item={item} labelled />
      </p>
      <p className="card__meta action-card__due">
        {item.dueOn ? (
          <time dateTime={item.dueOn}>{t('actions.due.on', { date: formatDueOn(item.dueOn, language) })}</time>
        ) : (
          <span className="muted">{t('actions.due.none')}</span>
        )}
        <ActionDueBadge item={item} />
        {showTable && <ActionStatusBadge status={item.status} />}
      </p>
      {showTable && <p className="card__meta muted action-card__table">{t('actions.card.table', { table: item.table.name })}</p>}
    </>
  );
}

/** « Mes actions »: one card per item, in the order given (urgency). */
export function ActionCardList({ items, label }: { items: readonly ActionItemSummary[]; label: string }) {
  return (
    <ul className="card-list action-cards" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="card action-card">
          <ActionCardContent item={item} showTable />
        </li>
      ))}
    </ul>
  );
}
