import { useCallback, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import {
  addToTableActionItems,
  hasErrorCode,
  useActionItemChanged,
  useDescribeError,
  useSession,
  useTableActionItems,
  type ActionItemStatus,
  type ActionItemSummary,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, EmptyState, ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';
import { BoardColumn } from './board-column';
import { ACTION_STATUSES } from './due';
import { isOwner } from './owner';
import { sortByUrgency } from './urgency';
import { useStatusMove } from './use-status-move';

/**
 * `/tables/:id/actions`: the table's action items in one column per status, each in urgency order,
 * kept live. Officers move any card to another column; assignees their own.
 */
export function TableActionsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const board = useTableActionItems(id);
  const table = board.table;
  const howToId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<ActionItemSummary | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

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

  const {
    move,
    movingId,
    error: moveError,
  } = useStatusMove({
    onConflict: () => board.refetch(),
    onMoved: useCallback(
      (item: ActionItemSummary) => setAnnouncement(t('actions.board.changed', { title: item.title, status: t(`actions.status.${item.status}` as const) })),
      [t],
    ),
  });
  // Moved with a button or an arrow key: the card keeps the focus in its new column.
  const moveFromCard = useCallback(
    (item: ActionItemSummary, status: ActionItemStatus) => {
      void move(item, status).then(() => setFocusId(item.id));
    },
    [move],
  );
  const clearFocus = useCallback(() => setFocusId(null), []);

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
  const mayMove = (item: ActionItemSummary) => isOfficer || isOwner(item, me);
  const items = sortByUrgency(board.items);
  return (
    <>
      <PageHeader
        level={2}
        title={t('actions.board.title')}
        description={
          <>
            <p>{t('actions.board.intro')}</p>
            {items.some(mayMove) && <p id={howToId}>{t('actions.board.howTo')}</p>}
          </>
        }
      />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {board.error && <ErrorMessage>{describe(board.error)}</ErrorMessage>}
      {moveError && <ErrorMessage>{moveError}</ErrorMessage>}
      {items.length === 0 ? (
        <EmptyState title={t('actions.board.emptyBoard')}>{t('actions.board.emptyBoardHint')}</EmptyState>
      ) : (
        <div className="board">
          {ACTION_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              items={items.filter((item) => item.status === status)}
              mayMove={mayMove}
              dragged={dragged}
              movingId={movingId}
              focusId={focusId}
              howToId={howToId}
              onMove={moveFromCard}
              onDrop={(target) => {
                if (dragged) void move(dragged, target);
                setDragged(null);
              }}
              onDragStart={setDragged}
              onDragEnd={() => setDragged(null)}
              onFocused={clearFocus}
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
