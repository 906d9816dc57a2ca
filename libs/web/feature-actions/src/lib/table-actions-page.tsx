import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { addToTableActionItems, hasErrorCode, useActionItemChanged, useDescribeError, useSession, useTableActionItems } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, EmptyState, ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';
import { BoardColumn } from './board-column';
import { ACTION_STATUSES } from './due';

/**
 * `/tables/:id/actions`: the table's action items in one column per status, kept live. Officers
 * change any item's status from its card; assignees their own.
 */
export function TableActionsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const board = useTableActionItems(id);
  const table = board.table;
  const [announcement, setAnnouncement] = useState('');

  useActionItemChanged(
    { tableId: id },
    {
      skip: !table?.viewerRole,
      onChanged: (item, cache) => {
        const before = board.items.find((known) => known.id === item.id);
        if (!before) {
          addToTableActionItems(cache, id, item);
          setAnnouncement(t('actions.board.arrived', { title: item.title }));
        } else if (before.status !== item.status) {
          setAnnouncement(t('actions.board.moved', { title: item.title, status: t(`actions.status.${item.status}` as const) }));
        }
      },
    },
  );

  if (board.loading) return <Loading label={t('actions.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('actions.board.notFoundTitle')} />
        <ErrorMessage>
          {hasErrorCode(board.error, 'FORBIDDEN') ? t('actions.board.forbidden') : board.error ? describe(board.error) : t('errors.notFound')}
        </ErrorMessage>
        <p>
          <Link to={paths.table(id)}>{t('actions.board.backToTable')}</Link>
        </p>
      </>
    );
  }

  const isOfficer = isOfficerRole(table.viewerRole);
  return (
    <>
      <PageHeader level={2} title={t('actions.board.title')} description={<p>{t('actions.board.intro')}</p>} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {board.error && <ErrorMessage>{describe(board.error)}</ErrorMessage>}
      {board.items.length === 0 ? (
        <EmptyState title={t('actions.board.emptyBoard')}>{t('actions.board.emptyBoardHint')}</EmptyState>
      ) : (
        <div className="board">
          {ACTION_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              items={board.items.filter((item) => item.status === status)}
              me={me}
              isOfficer={isOfficer}
              onConflict={() => board.refetch()}
              onChanged={(item) => setAnnouncement(t('actions.board.changed', { title: item.title, status: t(`actions.status.${item.status}` as const) }))}
            />
          ))}
        </div>
      )}
      {board.hasNextPage && (
        <div className="load-more">
          <Button variant="secondary" busy={board.loadingMore} onClick={() => void board.loadMore()}>
            {t('actions.board.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
