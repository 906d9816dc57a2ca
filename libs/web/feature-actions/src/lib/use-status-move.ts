import { useCallback, useState } from 'react';
import { hasErrorCode, useDescribeError, useUpdateActionItem, type ActionItemStatus, type ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';

export interface StatusMoveOptions {
  /** After a CONFLICT: fetch the items' current versions so that the next try can succeed. */
  onConflict: () => Promise<unknown>;
  onMoved: (item: ActionItemSummary) => void;
}

/**
 * A board card's move to another status column (dragged, a button, or an arrow key): sent with
 * the version on screen so that a change made meanwhile is not silently overwritten.
 */
export function useStatusMove({ onConflict, onMoved }: StatusMoveOptions) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [update] = useUpdateActionItem();
  const [movingId, setMovingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const move = useCallback(
    async (item: ActionItemSummary, status: ActionItemStatus) => {
      if (status === item.status) return;
      setError(null);
      setMovingId(item.id);
      try {
        const saved = await update(item.id, { status }, item.version);
        if (saved) onMoved(saved);
      } catch (caught) {
        if (hasErrorCode(caught, 'CONFLICT')) {
          setError(t('actions.board.conflict', { title: item.title }));
          await onConflict().catch(() => undefined);
        } else {
          setError(describe(caught));
        }
      } finally {
        setMovingId(null);
      }
    },
    [update, onMoved, onConflict, t, describe],
  );

  return { move, movingId, error };
}
