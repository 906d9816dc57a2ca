import { useState } from 'react';
import { downloadWithToken, useDescribeError } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { DownloadButton, ErrorMessage } from '@concertation/web-ui';

export interface ReportFile {
  format: 'CSV' | 'PDF';
  /** The API's path, period included (shared-paths' endpoints). */
  path: string;
  /** The name to save it under when the server gives none. */
  fileName: string;
}

type DownloadState = { kind: 'idle' } | { kind: 'preparing' | 'done'; format: string } | { kind: 'failed'; format: string; reason: string };

/**
 * The report's files, fetched with the bearer token as the minutes' are (a link cannot send it).
 * What happens is said in words: « Preparing the CSV file… », then done, or why it failed.
 */
export function ReportDownloads({ files }: { files: readonly ReportFile[] }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  return (
    <div className="report-downloads">
      <div className="button-row">
        {files.map((file) => (
          <DownloadButton
            key={file.format}
            variant="secondary"
            path={file.path}
            fileName={file.fileName}
            fetchFile={async (path, fileName) => {
              setState({ kind: 'preparing', format: file.format });
              await downloadWithToken(path, fileName);
              setState({ kind: 'done', format: file.format });
            }}
            onError={(error) => setState({ kind: 'failed', format: file.format, reason: describe(error) })}
          >
            {t(file.format === 'CSV' ? 'reports.download.csv' : 'reports.download.pdf')}
          </DownloadButton>
        ))}
      </div>
      <p className="report-downloads__status" role="status">
        {state.kind === 'preparing' && t('reports.download.preparing', { format: state.format })}
        {state.kind === 'done' && t('reports.download.done', { format: state.format })}
      </p>
      {state.kind === 'failed' && <ErrorMessage>{t('reports.download.failed', { format: state.format, reason: state.reason })}</ErrorMessage>}
    </div>
  );
}
