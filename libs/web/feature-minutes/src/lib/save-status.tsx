import { useI18n } from '@concertation/web-i18n';
import { Button } from '@concertation/web-ui';
import type { SaveStatus } from './use-minutes-autosave';

/** Where the autosave stands, announced politely; a failed save offers to try again. */
export function SaveStatusLine({ status, paused, onRetry }: { status: SaveStatus; paused: boolean; onRetry: () => void }) {
  const { t, formatTime } = useI18n();
  const text = paused
    ? t('minutes.save.paused')
    : status.kind === 'pending'
      ? t('minutes.save.pending')
      : status.kind === 'saving'
        ? t('minutes.save.saving')
        : status.kind === 'saved'
          ? t('minutes.save.saved', { time: formatTime(status.at) })
          : status.kind === 'error'
            ? t('minutes.save.error', { message: status.message })
            : '';
  return (
    <div className={status.kind === 'error' && !paused ? 'save-status save-status--error' : 'save-status'}>
      <p role="status" aria-live="polite" aria-atomic="true" className="save-status__text">
        {text}
      </p>
      {status.kind === 'error' && !status.forbidden && !paused && (
        <Button variant="secondary" size="small" onClick={onRetry}>
          {t('minutes.save.retry')}
        </Button>
      )}
    </div>
  );
}
