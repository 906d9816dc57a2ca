import { useState, type ReactNode } from 'react';
import { downloadWithToken, useDescribeError } from '@concertation/web-data-access';
import { Button, type ButtonProps } from '@concertation/web-ui';

export interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'onError'> {
  path: string;
  fileName: string;
  children: ReactNode;
  onError: (message: string) => void;
}

/** A file behind the bearer token: fetched, then saved (a plain link cannot send the token). */
export function DownloadButton({ path, fileName, children, onError, ...rest }: DownloadButtonProps) {
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
    <Button {...rest} busy={busy} onClick={download}>
      {children}
    </Button>
  );
}
