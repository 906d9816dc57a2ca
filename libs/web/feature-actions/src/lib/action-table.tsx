import { Link } from 'react-router';
import type { ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { DataTable } from '@concertation/web-ui';
import { ActionDueBadge, ActionStatusBadge } from './action-badges';
import { formatDueOn } from './due';
import { useOwnerLabel } from './use-owner-label';

/** One row per action item: its title (a link), table, owner, due date with its badge, status. */
export function ActionTable({ items, caption }: { items: readonly ActionItemSummary[]; caption: string }) {
  const { t, language } = useI18n();
  const owner = useOwnerLabel();
  return (
    <DataTable
      caption={caption}
      hideCaption
      rows={items}
      rowKey={(item) => item.id}
      columns={[
        { key: 'title', header: t('actions.columns.title'), rowHeader: true, render: (item) => <Link to={paths.actionItem(item.id)}>{item.title}</Link> },
        { key: 'table', header: t('actions.columns.table'), render: (item) => item.table.name },
        { key: 'owner', header: t('actions.columns.owner'), render: (item) => owner(item) },
        {
          key: 'due',
          header: t('actions.columns.due'),
          render: (item) => (
            <span className="action-due">
              {item.dueOn ? <time dateTime={item.dueOn}>{formatDueOn(item.dueOn, language)}</time> : <span className="muted">{t('actions.due.none')}</span>}{' '}
              <ActionDueBadge item={item} />
            </span>
          ),
        },
        { key: 'status', header: t('actions.columns.status'), render: (item) => <ActionStatusBadge status={item.status} /> },
      ]}
    />
  );
}
