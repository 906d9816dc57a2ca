import { useState } from 'react';
import { Link } from 'react-router';
import { downloadMyData, FileTransferError, useDescribeError } from '@concertation/web-data-access';
import { formatByteSize, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage } from '@concertation/web-ui';

type Download = { state: 'idle' } | { state: 'running'; bytes: number } | { state: 'done'; bytes: number } | { state: 'failed'; message: string };

export interface MyDataSectionProps {
  /** Tests pass a fake; the screen downloads `GET /me/data.json`. */
  download?: typeof downloadMyData;
}

/**
 * « Mes données »: the file of everything the platform keeps about the viewer. The server streams
 * it, so its size is unknown until the end: progress says how much has arrived, in a live region.
 */
export function MyDataSection({ download = downloadMyData }: MyDataSectionProps) {
  const { t, language } = useI18n();
  const describeError = useDescribeError();
  const [progress, setProgress] = useState<Download>({ state: 'idle' });
  const size = (bytes: number) => formatByteSize(bytes, language);

  const start = async () => {
    let received = 0;
    setProgress({ state: 'running', bytes: 0 });
    try {
      await download({
        onProgress: (bytes) => {
          received = bytes;
          setProgress({ state: 'running', bytes });
        },
      });
      setProgress({ state: 'done', bytes: received });
    } catch (error) {
      // A connection cut midway: the network error's words would blame the connection, not the interruption.
      const interrupted = error instanceof FileTransferError && error.status === 0 && received > 0;
      setProgress({ state: 'failed', message: interrupted ? t('myData.interrupted') : describeError(error) || t('errors.unknown') });
    }
  };

  return (
    <>
      <p>{t('myData.intro')}</p>
      <p>
        <Button variant="secondary" busy={progress.state === 'running'} onClick={start}>
          {t('myData.download')}
        </Button>
      </p>
      {/* Announced politely as the bytes arrive; an error interrupts (ErrorMessage is role="alert"). */}
      <div role="status" aria-live="polite" className="my-data__progress">
        {progress.state === 'running' && (progress.bytes === 0 ? t('myData.preparing') : t('myData.receiving', { size: size(progress.bytes) }))}
      </div>
      {progress.state === 'done' && <Alert tone="success">{t('myData.done', { size: size(progress.bytes) })}</Alert>}
      {progress.state === 'failed' && <ErrorMessage>{progress.message}</ErrorMessage>}
      <p>
        <Link to={paths.privacy()}>{t('myData.privacyLink')}</Link>
      </p>
    </>
  );
}
