import { useState, type ReactNode } from 'react';
import { downloadWithToken, useDescribeError } from '@concertation/web-data-access';
import { Button } from '@concertation/web-ui';

/** A file behind the bearer token (the minutes as Markdown or PDF): fetched, then saved. */
export function DownloadButton({ path, fileName, children, onError }: { path: string; fileName: string; children: ReactNode; onError: (message: string) => void }) {
  const describe = useDescribeError();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadWithToken(path, fileName);
    } catch (error) {
      onError(describe(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" busy={busy} onClick={download}>
      {children}
    </Button>
  );
}
