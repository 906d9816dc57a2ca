import { useId, useState } from 'react';
import type { ActionItemStatus, ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { cx } from '@concertation/web-ui';
import { BoardCard } from './board-card';

export interface BoardColumnProps {
  status: ActionItemStatus;
  /** Already in urgency order. */
  items: readonly ActionItemSummary[];
  mayMove: (item: ActionItemSummary) => boolean;
  /** The card being dragged, if any: the column accepts it when it comes from another one. */
  dragged: ActionItemSummary | null;
  movingId: string | null;
  focusId: string | null;
  howToId: string;
  onMove: (item: ActionItemSummary, status: ActionItemStatus) => void;
  onDrop: (status: ActionItemStatus) => void;
  onDragStart: (item: ActionItemSummary) => void;
  onDragEnd: () => void;
  onFocused: () => void;
}

/** One status of the board: a heading, how many, a card per item, and a place to drop a card. */
export function BoardColumn({
  status,
  items,
  dragged,
  movingId,
  focusId,
  howToId,
  mayMove,
  onMove,
  onDrop,
  onDragStart,
  onDragEnd,
  onFocused,
}: BoardColumnProps) {
  const { t, tp } = useI18n();
  const headingId = useId();
  const [over, setOver] = useState(false);
  const accepts = !!dragged && dragged.status !== status;
  return (
    <section
      className={cx('board__column', `board__column--${status.toLowerCase()}`, accepts && over && 'board__column--over')}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!accepts) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (!accepts) return;
        event.preventDefault();
        onDrop(status);
      }}
    >
      <h2 id={headingId} className="board__title">
        {t(`actions.status.${status}` as const)}
      </h2>
      <p className="board__count muted">{tp('actions.board.count', items.length)}</p>
      {items.length === 0 ? (
        <p className="muted">{t('actions.board.empty')}</p>
      ) : (
        <ul className="card-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <BoardCard
              key={item.id}
              item={item}
              movable={mayMove(item)}
              moving={movingId === item.id}
              focused={focusId === item.id}
              howToId={howToId}
              onMove={onMove}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onFocused={onFocused}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
