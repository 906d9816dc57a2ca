import { useState, type FormEvent } from 'react';
import { hasErrorCode, useDescribeError, useUpdateActionItem, type ActionItemStatus, type ActionItemSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage } from '@concertation/web-ui';
import { ACTION_STATUSES } from './due';

export interface StatusChangeFormProps {
  item: ActionItemSummary;
  /** After a CONFLICT: fetch the item's current version so that the next try can succeed. */
  onConflict: () => Promise<unknown>;
  onChanged: (item: ActionItemSummary) => void;
}

/**
 * A card's status change: a select and a button (keyboard and screen-reader friendly, no drag),
 * sent with the version on screen so that a change made meanwhile is not silently overwritten.
 */
export function StatusChangeForm({ item, onConflict, onChanged }: StatusChangeFormProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [update, { loading }] = useUpdateActionItem();
  const [status, setStatus] = useState<ActionItemStatus>(item.status);
  const [error, setError] = useState<string | null>(null);
  const selectId = `status-${item.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === item.status) return;
    setError(null);
    try {
      const saved = await update(item.id, { status }, item.version);
      if (saved) onChanged(saved);
    } catch (caught) {
      if (hasErrorCode(caught, 'CONFLICT')) {
        setError(t('actions.board.conflict', { title: item.title }));
        await onConflict().catch(() => undefined);
      } else {
        setError(describe(caught));
      }
    }
  };

  return (
    <form className="status-change" onSubmit={submit}>
      <label htmlFor={selectId} className="status-change__label">
        <span aria-hidden="true">{t('actions.columns.status')}</span>
        <span className="visually-hidden">{t('actions.board.newStatus', { title: item.title })}</span>
      </label>
      <div className="status-change__controls">
        <select id={selectId} className="field__control" value={status} onChange={(event) => setStatus(event.target.value as ActionItemStatus)}>
          {ACTION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`actions.status.${value}` as const)}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          size="small"
          variant="secondary"
          busy={loading}
          disabled={status === item.status}
          aria-label={t('actions.board.changeFor', { title: item.title })}
        >
          {t('actions.board.change')}
        </Button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </form>
  );
}
