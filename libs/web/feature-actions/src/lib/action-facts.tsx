import { Link } from 'react-router';
import type { ActionItemDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ActionDueBadge, ActionStatusBadge } from './action-badges';
import { formatDueOn } from './due';
import { ActionResponsible } from './action-responsible';

/** Where the item comes from (table, meeting, agenda item, decision: each only when visible) and who answers for it. */
export function ActionFacts({ item }: { item: ActionItemDetail }) {
  const { t, language, formatDateTime } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('actions.item.table')}</dt>
      <dd>
        <Link to={paths.table(item.table.id)}>{item.table.name}</Link>
        {item.table.viewerRole && (
          <>
            {' · '}
            <Link to={paths.tableActions(item.table.id)}>{t('actions.item.board')}</Link>
          </>
        )}
      </dd>
      {item.meeting && (
        <>
          <dt>{t('actions.item.meeting')}</dt>
          <dd>
            <Link to={paths.meeting(item.meeting.id)}>{item.meeting.title}</Link> (
            <time dateTime={item.meeting.startsAt}>{formatDateTime(item.meeting.startsAt)}</time>)
          </dd>
        </>
      )}
      {item.agendaItem && (
        <>
          <dt>{t('actions.item.agendaItem')}</dt>
          <dd>{item.meeting ? <Link to={paths.meeting(item.meeting.id)}>{item.agendaItem.title}</Link> : item.agendaItem.title}</dd>
        </>
      )}
      {item.decision && (
        <>
          <dt>{t('actions.item.decision')}</dt>
          <dd className="prose">{item.decision.text}</dd>
        </>
      )}
      <dt>{t('actions.item.owner')}</dt>
      <dd>
        <ActionResponsible item={item} />
      </dd>
      <dt>{t('actions.item.due')}</dt>
      <dd>
        {item.dueOn ? <time dateTime={item.dueOn}>{formatDueOn(item.dueOn, language)}</time> : t('actions.due.none')} <ActionDueBadge item={item} />
      </dd>
      <dt>{t('actions.item.status')}</dt>
      <dd>
        <ActionStatusBadge status={item.status} />
      </dd>
      {item.completedAt && (
        <>
          <dt>{t('actions.item.completedAt')}</dt>
          <dd>
            <time dateTime={item.completedAt}>{formatDateTime(item.completedAt)}</time>
          </dd>
        </>
      )}
      <dt>{t('actions.item.createdBy')}</dt>
      <dd>
        {item.createdBy.displayName}, <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
      </dd>
      <dt>{t('actions.item.description')}</dt>
      <dd className="prose">{item.description || <span className="muted">{t('actions.item.noDescription')}</span>}</dd>
    </dl>
  );
}
