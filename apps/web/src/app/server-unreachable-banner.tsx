import { useEffect, useState } from 'react';
import { useRetryConnection, useServerReachable } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button } from '@concertation/web-ui';

/**
 * Says plainly that nothing is being saved while the server does not answer, and offers to try
 * again. It goes away by itself at the first answer; the browser coming back online retries at once.
 */
export function ServerUnreachableBanner() {
  const { t } = useI18n();
  const reachable = useServerReachable();
  const retry = useRetryConnection();
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    const onOnline = () => void retry();
    globalThis.addEventListener('online', onOnline);
    return () => globalThis.removeEventListener('online', onOnline);
  }, [retry]);

  if (reachable) return null;
  return (
    <div className="server-banner" role="alert">
      <div className="server-banner__inner">
        <p className="server-banner__text">{t('app.serverUnreachable')}</p>
        <Button
          size="small"
          variant="secondary"
          busy={retrying}
          onClick={async () => {
            setRetrying(true);
            try {
              await retry();
            } finally {
              setRetrying(false);
            }
          }}
        >
          {retrying ? t('app.retryingConnection') : t('app.retryConnection')}
        </Button>
      </div>
    </div>
  );
}
