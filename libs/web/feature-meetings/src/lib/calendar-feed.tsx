import { useId, useRef, useState } from 'react';
import { useDescribeError, useRotateCalendarFeed } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog, ErrorMessage } from '@concertation/web-ui';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an old browser): select the text and use the legacy command.
    if (!input) return false;
    input.select();
    return document.execCommand?.('copy') ?? false;
  }
}

/**
 * The secret address of the viewer's calendar feed (every meeting of their tables), for Outlook,
 * Google or Apple calendars. The server cannot show an existing one: each request issues a new
 * address and the old one stops working, so it asks first.
 */
export function CalendarFeed() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [rotate, { loading }] = useRotateCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    setNotice(null);
    try {
      const next = await rotate();
      setUrl(next);
      setNotice(t(url ? 'calendar.feed.rotated' : 'calendar.feed.created'));
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setAsking(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    const copied = await copyText(url, inputRef.current);
    setNotice(copied ? t('calendar.feed.copied') : t('calendar.feed.copyFailed'));
  };

  return (
    <div className="calendar-feed">
      <p>{t('calendar.feed.intro')}</p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {notice && <Alert tone="success">{notice}</Alert>}
      {url && (
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('calendar.feed.urlLabel')}
          </label>
          <p className="field__hint" id={`${inputId}-hint`}>
            {t('calendar.feed.secretHint')}
          </p>
          <div className="inline-editor">
            <input
              ref={inputRef}
              id={inputId}
              className="field__control calendar-feed__url"
              readOnly
              value={url}
              aria-describedby={`${inputId}-hint`}
              onFocus={(event) => event.target.select()}
            />
            <Button variant="secondary" onClick={copy}>
              {t('calendar.feed.copy')}
            </Button>
          </div>
        </div>
      )}
      <div className="button-row">
        <Button variant={url ? 'secondary' : 'primary'} busy={loading} onClick={() => setAsking(true)}>
          {t(url ? 'calendar.feed.rotate' : 'calendar.feed.create')}
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t(url ? 'calendar.feed.rotateTitle' : 'calendar.feed.createTitle')}
        confirmLabel={t(url ? 'calendar.feed.rotate' : 'calendar.feed.create')}
        cancelLabel={t('common.cancel')}
        busy={loading}
        onCancel={() => setAsking(false)}
        onConfirm={confirm}
      >
        {t('calendar.feed.rotateWarning')}
      </ConfirmDialog>
    </div>
  );
}
