import type { ActionItemDetail } from '@concertation/web-data-access';
import { useI18n, withColon } from '@concertation/web-i18n';
import { ActionStatusBadge } from './action-badges';

/** The item's progress updates, newest first (as the server gives them): who, when, status, words. */
export function ActionHistory({ updates }: { updates: ActionItemDetail['updates'] }) {
  const { t, language, formatDateTime } = useI18n();
  if (updates.length === 0) return <p className="muted">{t('actions.history.empty')}</p>;
  return (
    <ol className="action-history" aria-label={t('actions.history.title')}>
      {updates.map((update) => (
        <li key={update.id} className="action-history__entry">
          <p className="action-history__meta">
            <strong>{update.author.displayName}</strong>, <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time>
          </p>
          {update.status && (
            <p className="action-history__status">
              <span className="visually-hidden">{t('actions.history.statusChange', { status: t(`actions.status.${update.status}` as const) })}</span>
              <span aria-hidden="true">
                {withColon(t('actions.item.status'), language)}
                <ActionStatusBadge status={update.status} />
              </span>
            </p>
          )}
          {update.body && <p className="prose action-history__body">{update.body}</p>}
        </li>
      ))}
    </ol>
  );
}
