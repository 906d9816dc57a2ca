import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ActionItemStatus, ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button } from '@concertation/web-ui';
import { ActionCardContent } from './action-card';
import { ACTION_STATUSES } from './due';

export interface BoardCardProps {
  item: ActionItemSummary;
  /** Officers move any card; owners their own; others only read. */
  movable: boolean;
  moving: boolean;
  /** Set after a move: the card takes the focus back in its new column. */
  focused: boolean;
  howToId: string;
  onMove: (item: ActionItemSummary, status: ActionItemStatus) => void;
  onDragStart: (item: ActionItemSummary) => void;
  onDragEnd: () => void;
  onFocused: () => void;
}

/**
 * A card of the board. It moves by drag and drop, by its « Déplacer vers… » buttons, or with the
 * left and right arrow keys while it has the focus (to the neighbouring column).
 */
export function BoardCard({ item, movable, moving, focused, howToId, onMove, onDragStart, onDragEnd, onFocused }: BoardCardProps) {
  const { t } = useI18n();
  const card = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (!focused) return;
    card.current?.focus();
    onFocused();
  }, [focused, onFocused]);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Only the card itself: arrows inside its link or buttons keep their usual meaning.
    if (event.target !== event.currentTarget || moving) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next = ACTION_STATUSES[ACTION_STATUSES.indexOf(item.status) + step];
    if (!step || !next) return;
    event.preventDefault();
    onMove(item, next);
  };

  if (!movable) {
    return (
      <li className="card board__card">
        <ActionCardContent item={item} />
      </li>
    );
  }
  return (
    <li
      ref={card}
      className="card board__card board__card--movable"
      draggable
      tabIndex={0}
      aria-describedby={howToId}
      aria-keyshortcuts="ArrowLeft ArrowRight"
      aria-busy={moving || undefined}
      onKeyDown={onKeyDown}
      onDragStart={(event) => {
        event.dataTransfer?.setData('text/plain', item.id);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        onDragStart(item);
      }}
      onDragEnd={onDragEnd}
    >
      <ActionCardContent item={item} />
      <details className="board__moves">
        <summary>
          <span aria-hidden="true">{t('actions.board.moveMenu')}</span>
          <span className="visually-hidden">{t('actions.board.moveGroup', { title: item.title })}</span>
        </summary>
        <div className="board__move-buttons" role="group" aria-label={t('actions.board.moveGroup', { title: item.title })}>
          {ACTION_STATUSES.filter((status) => status !== item.status).map((status) => (
            <Button key={status} size="small" variant="secondary" disabled={moving} onClick={() => onMove(item, status)}>
              {t('actions.board.moveTo', { status: t(`actions.status.${status}` as const) })}
            </Button>
          ))}
        </div>
      </details>
    </li>
  );
}
