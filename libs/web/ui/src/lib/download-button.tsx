import { useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from './button';

export interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'onError'> {
  /** The server's path of the file. */
  path: string;
  /** The name to save it under when the server does not give one. */
  fileName: string;
  /**
   * Fetches and saves the file. A file behind the bearer token cannot be a plain link (a link
   * cannot send the token): screens pass data-access's `downloadWithToken`.
   */
  fetchFile: (path: string, fileName: string) => Promise<void>;
  /** The download failed; the screen says why (data-access's `useDescribeError`). */
  onError: (error: unknown) => void;
  children: ReactNode;
}

/** A button that downloads a file, busy (and so not pressed twice) until the file is saved or refused. */
export function DownloadButton({ path, fileName, fetchFile, onError, children, ...rest }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await fetchFile(path, fileName);
    } catch (error) {
      onError(error);
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
