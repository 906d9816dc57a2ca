import { Link } from 'react-router';
import type { UrgentActionItem } from '@concertation/web-data-access';
import { formatDate, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, VisuallyHidden } from '@concertation/web-ui';

/** A due date is a calendar day, not an instant: written as that day whatever the viewer's zone. */
const DAY_AT_NOON_UTC = 'T12:00:00Z';

export function UrgentActions({ items }: { items: readonly UrgentActionItem[] }) {
  const { t, language } = useI18n();
  return (
    <>
      {items.length === 0 ? (
        <p className="muted">{t('home.actions.empty')}</p>
      ) : (
        <ul className="card-list">
          {items.map((item) => (
            <li key={item.id} className="card home-entry">
              {(item.overdue || item.status === 'BLOCKED') && (
                <p className="home-entry__kind">
                  {item.overdue && <Badge tone="danger">{t('home.actions.overdue')}</Badge>}
                  {item.status === 'BLOCKED' && <Badge tone="warning">{t('home.actions.blocked')}</Badge>}
                </p>
              )}
              <h3 className="card__title home-entry__title">{item.title}</h3>
              <p className="card__meta">
                <span className="home-entry__table">{item.table.name}</span>
                {item.dueOn ? (
                  <time dateTime={item.dueOn}>{t('home.actions.dueOn', { date: formatDate(`${item.dueOn}${DAY_AT_NOON_UTC}`, language, 'UTC') })}</time>
                ) : (
                  <span>{t('home.actions.noDue')}</span>
                )}
              </p>
              <p className="home-entry__step">
                <Link to={paths.actionItem(item.id)}>
                  {t('home.actions.open')}
                  <VisuallyHidden>{t('home.about', { title: item.title })}</VisuallyHidden>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="home__more">
        <Link to={paths.myActions()}>{t('home.actions.all')}</Link>
      </p>
    </>
  );
}
